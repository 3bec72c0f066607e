"""Playbook entries (objections, SPIN questions, closing, SOP) and script usage."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced

ENTRY_KINDS = ("objection", "spin", "closing_signal", "closing_technique", "sop")
SPIN_TYPES = ("situation", "problem", "implication", "need_payoff")
USAGE_OUTCOMES = ("positive", "neutral", "negative")


class PlaybookEntry(Synced, Base):
    """One piece of sales know-how; scripts are the answers a rep can copy."""

    __tablename__ = "playbook_entry"

    kind: Mapped[str] = mapped_column(String(20))
    lang: Mapped[str] = mapped_column(String(8), default="zh_CN")
    category: Mapped[str | None] = mapped_column(String(40))
    stage_key: Mapped[str | None] = mapped_column(String(40))
    spin_type: Mapped[str | None] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(Text)
    concern: Mapped[str | None] = mapped_column(Text)
    scripts: Mapped[list[str]] = mapped_column(JSON, default=list)
    follow_up: Mapped[str | None] = mapped_column(Text)
    technique: Mapped[str | None] = mapped_column(String(80))
    position: Mapped[int] = mapped_column(Integer, default=0)
    # Shipped entries keep a stable key so content updates can find them.
    builtin_key: Mapped[str | None] = mapped_column(String(60))
    # The shipped version this row holds; a newer one replaces it unless edited_at is set.
    builtin_version: Mapped[int | None] = mapped_column(Integer)
    edited_at: Mapped[datetime | None] = mapped_column(DateTime)
    retired_at: Mapped[datetime | None] = mapped_column(DateTime)
    search_text: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_playbook_kind", "kind", "lang", "stage_key"),
        Index("ix_playbook_builtin", "builtin_key", "lang"),
    )


class ScriptUsage(Synced, Base):
    """A script used on a deal, and how the customer took it."""

    __tablename__ = "script_usage"

    entry_id: Mapped[str] = mapped_column(ForeignKey("playbook_entry.id", ondelete="CASCADE"))
    script_index: Mapped[int] = mapped_column(Integer, default=0)
    deal_id: Mapped[str | None] = mapped_column(ForeignKey("deal.id", ondelete="SET NULL"))
    used_at: Mapped[datetime] = mapped_column(DateTime)
    outcome: Mapped[str | None] = mapped_column(String(10))
    note: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_script_usage_entry", "entry_id"),)
