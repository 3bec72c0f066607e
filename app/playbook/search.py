"""Search across all playbook text: Chinese substring, pinyin (full or initials), English words."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy.orm import Session

from app.derived.search import search_key
from app.playbook.content import GROUP_NAMES, PlaybookItem, load_shipped
from app.playbook.entries import Entry, load_entries
from app.text import fold, pinyin_keys

# A title match outranks a match in the scripts; among equals the shipped order holds.
TITLE, BODY, PINYIN = 0, 1, 2


# Keyed by the words themselves, so an edited entry is searched as it reads now.
_HAYSTACKS: dict[tuple[object, ...], tuple[str, str, str]] = {}


def _haystack(item: PlaybookItem) -> tuple[str, str, str]:
    key = (
        item.kind,
        item.group,
        tuple(sorted(item.title.items())),
        tuple(sorted((code, tuple(parts)) for code, parts in item.body.items())),
    )
    found = _HAYSTACKS.get(key)
    if found is None:
        found = _HAYSTACKS[key] = _build(item)
    return found


# Among equally good matches, what a rep on the phone needs first.
SEARCH_ORDER = {"objection": 0, "closing_signal": 1, "spin": 2, "sop": 3}


def search_entries(entries: Sequence[Entry], query: str) -> list[Entry]:
    """Return the entries matching every word of the query, best first."""
    pool = sorted(entries, key=lambda e: SEARCH_ORDER.get(e.kind, 9))
    by_key = {entry.key: entry for entry in pool}
    hits = search_playbook(query, [entry.as_item() for entry in pool], limit=len(pool) or 1)
    return [by_key[hit.key] for hit in hits if hit.key in by_key]


def book_items(session: Session) -> list[PlaybookItem]:
    """Everything the playbook search reads: the book's entries, then templates and techniques."""
    shipped = [item for item in load_shipped()[0] if item.kind in ("template", "technique")]
    entries = sorted(load_entries(session), key=lambda e: SEARCH_ORDER.get(e.kind, 9))
    return [entry.as_item() for entry in entries] + shipped


def _build(item: PlaybookItem) -> tuple[str, str, str]:
    titles = " ".join([*item.title.values(), *GROUP_NAMES.get(item.group, ())])
    texts = " ".join(" ".join(parts) for parts in item.body.values())
    chinese = item.title.get("zh", "")
    full, initials = pinyin_keys(fold(chinese))
    return fold(titles), fold(texts), f"{full} {initials}"


def _rank(item: PlaybookItem, words: list[str]) -> int | None:
    title, body, pinyin = _haystack(item)
    worst = TITLE
    for word in words:
        if word in title:
            continue
        if word in body:
            worst = max(worst, BODY)
        elif word.isascii() and word in pinyin:
            worst = max(worst, PINYIN)
        else:
            return None
    return worst


def search_playbook(
    query: str, items: Iterable[PlaybookItem] | None = None, limit: int = 50
) -> list[PlaybookItem]:
    """Find entries containing every word of the query, best first."""
    words = [search_key(word) for word in query.split()]
    words = [word for word in words if word]
    if not words:
        return []
    pool = list(items) if items is not None else list(load_shipped()[0])
    ranked = []
    for position, item in enumerate(pool):
        rank = _rank(item, words)
        if rank is not None:
            ranked.append((rank, position, item))
    ranked.sort(key=lambda row: row[:2])
    return [item for _, _, item in ranked[:limit]]
