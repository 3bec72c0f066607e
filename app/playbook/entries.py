"""The book's playbook entries as a rep sees them: one entry in both languages, edits undoable.

A shipped entry has one row per language (same builtin_key); an entry the rep adds has one
row, in the language it was written in. Shown in a language without a row of its own, an
entry shows the other language's text, marked as not translated.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.changes import ActionError, ChangeSet, Outcome
from app.i18n import UserMessage, language
from app.models import PlaybookEntry
from app.models.types import utcnow
from app.playbook.content import GROUP_NAMES, PlaybookItem, load_shipped

KINDS = ("sop", "spin", "objection", "closing_signal")
KIND_ORDER = {kind: index for index, kind in enumerate(KINDS)}


@dataclass(frozen=True)
class EntryText:
    """An entry's words in one language (marked when they are the other language's)."""

    title: str
    concern: str = ""
    scripts: tuple[str, ...] = ()
    follow_up: str = ""
    untranslated: bool = False


@dataclass(frozen=True)
class Entry:
    """One playbook entry: its kind, group, rows and words in each language it has."""

    key: str  # the shipped key, or the row id of an entry the rep added
    kind: str
    group: str  # objection category, SPIN type or stage key
    technique: str | None
    position: int
    builtin: bool
    edited: bool
    retired: bool
    row_ids: dict[str, str] = field(default_factory=dict)  # "zh_CN" / "en" → row id
    texts: dict[str, EntryText] = field(default_factory=dict)

    def lang_of(self, lang: str | None = None) -> str:
        """Return the language whose row is shown in lang (the other one when it has none)."""
        wanted = "zh_CN" if (lang or language()).startswith("zh") else "en"
        return wanted if wanted in self.texts else next(iter(self.texts))

    def row_id(self, lang: str | None = None) -> str:
        """Return the id of the row shown in lang: the one usage and edits go to."""
        return self.row_ids[self.lang_of(lang)]

    def text(self, lang: str | None = None) -> EntryText:
        """Return the words to show in lang; the other language's, marked, when it has none."""
        shown = self.lang_of(lang)
        text = self.texts[shown]
        wanted = "zh_CN" if (lang or language()).startswith("zh") else "en"
        if shown == wanted:
            return text

        def mark(value: str) -> str:
            marked = UserMessage("playbook.untranslated", text=value)
            return marked.in_language(wanted) if value else ""

        return EntryText(
            mark(text.title),
            text.concern,
            text.scripts,
            text.follow_up,
            untranslated=True,
        )

    def as_item(self) -> PlaybookItem:
        """Return the entry in the form the search reads."""
        codes = {"zh_CN": "zh", "en": "en"}
        title = {codes[lang]: t.title for lang, t in self.texts.items()}
        body = {
            codes[lang]: [p for p in (t.title, t.concern, *t.scripts, t.follow_up) if p]
            for lang, t in self.texts.items()
        }
        return PlaybookItem(self.key, self.kind, self.group, title, body, self.technique)


def _group(row: PlaybookEntry) -> str:
    return row.category or row.spin_type or row.stage_key or ""


def load_entries(session: Session, *, include_retired: bool = False) -> list[Entry]:
    """Read every live entry, grouped across languages, in the shipped order then added."""
    query = select(PlaybookEntry).where(PlaybookEntry.deleted_at.is_(None))
    grouped: dict[str, list[PlaybookEntry]] = {}
    for row in session.scalars(query.order_by(PlaybookEntry.position, PlaybookEntry.created_at)):
        grouped.setdefault(row.builtin_key or row.id, []).append(row)
    entries = []
    for key, rows in grouped.items():
        retired = all(row.retired_at is not None for row in rows)
        if retired and not include_retired:
            continue
        first = rows[0]
        entries.append(
            Entry(
                key=key,
                kind=first.kind,
                group=_group(first),
                technique=first.technique,
                position=first.position if first.builtin_key else 1_000_000,
                builtin=first.builtin_key is not None,
                edited=any(row.edited_at is not None for row in rows),
                retired=retired,
                row_ids={row.lang: row.id for row in rows},
                texts={
                    row.lang: EntryText(
                        row.title,
                        row.concern or "",
                        tuple(row.scripts or ()),
                        row.follow_up or "",
                    )
                    for row in rows
                },
            )
        )
    entries.sort(key=lambda e: (KIND_ORDER.get(e.kind, 9), e.position))
    return entries


# -- editing ------------------------------------------------------------------------------
@dataclass(frozen=True)
class EntryDraft:
    """What the editor hands over: the entry's kind, group and words in one language."""

    kind: str
    group: str
    title: str
    concern: str = ""
    scripts: tuple[str, ...] = ()
    follow_up: str = ""
    technique: str | None = None


def _columns(draft: EntryDraft) -> dict[str, object]:
    if draft.kind not in KINDS:
        raise ActionError("playbook.unknown_kind", kind=draft.kind)
    title = draft.title.strip()
    if not title:
        raise ActionError("playbook.title_required")
    group = draft.group.strip() or None
    return {
        "kind": draft.kind,
        "category": group if draft.kind == "objection" else None,
        "spin_type": group if draft.kind == "spin" else None,
        "stage_key": group if draft.kind == "sop" else None,
        "title": title,
        "concern": draft.concern.strip() or None,
        "scripts": [s.strip() for s in draft.scripts if s.strip()],
        "follow_up": draft.follow_up.strip() or None,
        "technique": draft.technique or None,
    }


def add_entry(
    session: Session, draft: EntryDraft, lang: str, *, now: datetime | None = None
) -> Outcome:
    """Add an entry of the rep's own, written in lang."""
    now = now or utcnow()
    values = _columns(draft)
    changes = ChangeSet()
    row = PlaybookEntry(lang="zh_CN" if lang.startswith("zh") else "en", position=0, **values)
    changes.create(session, row, now)
    row.edited_at = now
    session.flush()
    return Outcome(changes, created_id=row.id)


def _live_row(session: Session, row_id: str) -> PlaybookEntry:
    row = session.get(PlaybookEntry, row_id)
    if row is None or row.deleted_at is not None:
        raise ActionError("playbook.entry_gone")
    return row


def edit_entry(
    session: Session, row_id: str, draft: EntryDraft, *, now: datetime | None = None
) -> Outcome:
    """Change an entry's words; a shipped entry edited here keeps them through upgrades."""
    now = now or utcnow()
    row = _live_row(session, row_id)
    values = _columns(draft)
    changes = ChangeSet()
    changes.update(row, now, **values, edited_at=now)
    session.flush()
    return Outcome(changes)


def _rows_of(session: Session, row_id: str) -> list[PlaybookEntry]:
    row = _live_row(session, row_id)
    if row.builtin_key is None:
        return [row]
    query = select(PlaybookEntry).where(
        PlaybookEntry.builtin_key == row.builtin_key, PlaybookEntry.deleted_at.is_(None)
    )
    return list(session.scalars(query))


def retire_entry(session: Session, row_id: str, *, now: datetime | None = None) -> Outcome:
    """Retire an entry in both languages: hidden from the lists, its usage kept."""
    now = now or utcnow()
    changes = ChangeSet()
    for row in _rows_of(session, row_id):
        if row.retired_at is None:
            changes.update(row, now, retired_at=now)
    session.flush()
    return Outcome(changes)


def restore_entry(session: Session, row_id: str, *, now: datetime | None = None) -> Outcome:
    """Bring a retired entry back into the lists."""
    now = now or utcnow()
    changes = ChangeSet()
    for row in _rows_of(session, row_id):
        if row.retired_at is not None:
            changes.update(row, now, retired_at=None)
    session.flush()
    return Outcome(changes)


def group_names(group: str) -> tuple[str, ...]:
    """Return the words a group is called by, for search (both languages)."""
    return GROUP_NAMES.get(group, ())


def technique_texts(lang: str | None = None) -> dict[str, tuple[str, str]]:
    """Return each shipped technique's name and how-to in lang: key → (name, how)."""
    return {
        item.key: (item.title_in(lang), item.text_in(lang))
        for item in load_shipped()[0]
        if item.kind == "technique"
    }
