"""Find customers the way every search box does: a folded substring of their search text."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Customer
from app.text import fold

SEARCH_LIMIT = 30


def contains_pattern(text: str) -> tuple[str, str] | None:
    """Return (folded needle, LIKE pattern escaped with backslash) for a typed query, or None."""
    needle = fold(text.strip())
    if not needle:
        return None
    escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return needle, f"%{escaped}%"


def find_customers(
    session: Session, query: str, limit: int = SEARCH_LIMIT
) -> list[tuple[str, str]]:
    """Return (id, name) of live customers whose name, pinyin, phone or contacts contain query.

    Matches nearer the start of the search text come first, then shorter names.
    """
    pattern = contains_pattern(query)
    if pattern is None:
        return []
    needle, like = pattern
    rows = session.execute(
        select(Customer.id, Customer.name)
        .where(Customer.deleted_at.is_(None), Customer.search_text.like(like, escape="\\"))
        .order_by(
            func.instr(Customer.search_text, needle), func.length(Customer.name), Customer.name
        )
        .limit(limit)
    )
    return [(row[0], row[1]) for row in rows]


def customer_name(session: Session, customer_id: str) -> str | None:
    """Return a customer's name (deleted ones too, so an old deal still shows whose it was)."""
    return session.scalar(select(Customer.name).where(Customer.id == customer_id))
