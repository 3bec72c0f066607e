"""Copy the shipped playbook into the book at start-up, without losing the rep's own changes.

Each shipped entry becomes one row per language (builtin_key + lang). A new shipped entry
arrives; a newer version replaces a row's text unless the rep edited it (edited_at set); a
retired row stays retired; a text missing in one language gets no row there and the other
language is shown instead, marked.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import settings
from app.db import Database
from app.models import PlaybookEntry
from app.models.types import new_id, utcnow
from app.playbook.content import PlaybookItem, load_shipped

LANG_CODES = {"zh": "zh_CN", "en": "en"}
SYNCED_KINDS = ("objection", "spin", "closing_signal", "sop")
SYNCED_SETTING = "playbook_content"


@dataclass(frozen=True)
class SyncResult:
    """What a content sync did: rows added, rows brought up to date, edited rows kept."""

    added: int = 0
    updated: int = 0
    kept: int = 0


def _digest(items: Sequence[PlaybookItem]) -> str:
    text = "|".join(f"{i.kind}:{i.key}:{i.version}" for i in items if i.kind in SYNCED_KINDS)
    return hashlib.sha1(text.encode("utf-8"), usedforsecurity=False).hexdigest()


def _values(item: PlaybookItem, parts: dict[str, Any], position: int) -> dict[str, Any]:
    return {
        "kind": item.kind,
        "category": item.group if item.kind == "objection" else None,
        "spin_type": item.group if item.kind == "spin" else None,
        "stage_key": item.group if item.kind == "sop" else None,
        "title": parts["title"],
        "concern": parts.get("concern"),
        "scripts": list(parts.get("scripts") or []),
        "follow_up": parts.get("follow_up"),
        "technique": item.technique,
        "position": position,
        "builtin_version": item.version,
    }


def sync_content(
    session: Session,
    items: Sequence[PlaybookItem] | None = None,
    *,
    force: bool = False,
    now: datetime | None = None,
) -> SyncResult:
    """Bring the book's shipped entries up to the given (default: shipped) content."""
    items = list(load_shipped()[0]) if items is None else list(items)
    digest = _digest(items)
    if not force and settings.get(session, SYNCED_SETTING) == digest:
        return SyncResult()
    now = now or utcnow()
    rows = {
        (row.builtin_key, row.lang): row
        for row in session.scalars(
            select(PlaybookEntry).where(PlaybookEntry.builtin_key.is_not(None))
        )
    }
    added = updated = kept = 0
    for position, item in enumerate(items):
        if item.kind not in SYNCED_KINDS or not item.fields:
            continue
        for code, lang in LANG_CODES.items():
            parts = item.fields.get(code) or {}
            if not parts.get("title"):
                continue
            values = _values(item, parts, position)
            row = rows.get((item.key, lang))
            if row is None:
                row = PlaybookEntry(id=new_id(), builtin_key=item.key, lang=lang, **values)
                row.created_at = row.updated_at = now
                session.add(row)
                rows[item.key, lang] = row
                added += 1
            elif (row.builtin_version or 0) >= item.version:
                continue
            elif row.edited_at is not None:
                kept += 1  # the rep's wording wins over the newer shipped one
            else:
                for name, value in values.items():
                    setattr(row, name, value)
                row.updated_at = now
                updated += 1
    settings.put(session, SYNCED_SETTING, digest)
    session.flush()
    return SyncResult(added, updated, kept)


def content_problems() -> list[str]:
    """Return one line per problem in the shipped content file, in the user's language."""
    return [str(problem) for problem in load_shipped()[1]]


def prepare_playbook(db: Database) -> list[str]:
    """At start-up: bring the shipped content into the book; return its problems, one a line."""
    with db.write() as session:
        sync_content(session)
    return content_problems()
