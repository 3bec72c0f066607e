"""Derived growth suggestions: the full rebuild in the background, and per-action upkeep.

The full rebuild ranks every customer from one read of the book, then writes the cache in short
write transactions of CHUNK customers, so a rep's own actions never wait long behind it. It runs
when the cache is stale: after a full derived pass (daily, after imports) marks it so, or when
the rep asks. An action that writes orders or customers keeps its customers' rows right at once
(app.growth.refresh.refresh_growth with their ids).
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from sqlalchemy.orm import Session

from app import settings
from app.changes import Outcome
from app.db import Database
from app.growth.refresh import (
    drop_deleted,
    load_book,
    ranker_for,
    refresh_growth,
    refresh_growth_tiers,
    replace_rows,
)
from app.progress import Progress, report

# Rows that change a customer's basket or peer group. Catalogue edits (retire, rank) are read
# through at display time (retired products are never shown) and ranked in by the rebuild.
GROWTH_INPUTS = frozenset({"sales_order", "order_line", "customer"})
GROWTH_PASS = "growth_full_pass_on"
CHUNK = 1_000


def refresh_growth_touched(
    session: Session, outcome: Outcome, customer_ids: Collection[str] | None = None
) -> None:
    """Keep the suggestions of the customers one action touched right, or just their tier."""
    ids = outcome.customer_ids if customer_ids is None else customer_ids
    if not ids:
        return
    if outcome.entities & GROWTH_INPUTS:
        refresh_growth(session, ids)
    else:
        refresh_growth_tiers(session, ids)


def mark_growth_stale(session: Session) -> None:
    """Ask for a full rebuild (the full derived pass calls this: tiers and orders moved)."""
    settings.put(session, GROWTH_PASS, "")


def growth_is_stale(db: Database, today: date | None = None) -> bool:
    """Tell whether the cache has not been rebuilt today, or was marked stale since."""
    today = today or date.today()
    with db.session() as session:
        return settings.get(session, GROWTH_PASS) != today.isoformat()


def rebuild_growth(
    db: Database, progress: Progress | None = None, today: date | None = None
) -> int:
    """Rebuild every customer's suggestions; return the rows written (background work)."""
    today = today or date.today()
    with db.session() as session:
        book = load_book(session)
        ranker = ranker_for(session, book)
    targets = sorted(book.customers)
    written = 0
    for start in range(0, len(targets), CHUNK):
        report(progress, start, len(targets))
        with db.write() as session:
            written += replace_rows(session, book, ranker, targets[start : start + CHUNK])
    with db.write() as session:
        drop_deleted(session)
        settings.put(session, GROWTH_PASS, today.isoformat())
    report(progress, len(targets), len(targets))
    return written
