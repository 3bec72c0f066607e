"""The pickers' view of the customer search: (id, name) pairs, and a customer's name."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.customers.search import search_customers
from app.derived.search import search_key
from app.models import Customer

SEARCH_LIMIT = 30


def contains_pattern(text: str) -> tuple[str, str] | None:
    """Return (folded needle, LIKE pattern escaped with backslash) for a typed query, or None."""
    needle = search_key(text)
    if not needle:
        return None
    escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return needle, f"%{escaped}%"


def find_customers(
    session: Session, query: str, limit: int = SEARCH_LIMIT
) -> list[tuple[str, str]]:
    """Return (id, name) of the customers the search box would list first for the query."""
    return [(hit.id, hit.name) for hit in search_customers(session, query, limit)]


def customer_name(session: Session, customer_id: str) -> str | None:
    """Return a customer's name (deleted ones too, so an old deal still shows whose it was)."""
    return session.scalar(select(Customer.name).where(Customer.id == customer_id))
