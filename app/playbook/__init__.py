"""The playbook: objection scripts, SPIN questions, closing signals, stage SOPs, templates."""

from app.playbook.content import ContentError, PlaybookItem, load_shipped
from app.playbook.search import search_playbook
from app.playbook.sync import prepare_playbook

__all__ = ["ContentError", "PlaybookItem", "load_shipped", "prepare_playbook", "search_playbook"]
