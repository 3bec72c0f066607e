"""Derived growth suggestions: which writes move them, and refreshing the customers touched."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.changes import Outcome
from app.growth.refresh import refresh_growth, refresh_growth_tiers

# Rows that change a customer's basket or peer group. Catalogue edits (retire, rank) are read
# through at display time and fully applied by the daily pass.
GROWTH_INPUTS = frozenset({"sales_order", "order_line", "customer"})


def refresh_growth_touched(session: Session, outcome: Outcome) -> None:
    """Recompute the suggestions of the customers one action touched, or just their tier."""
    ids = outcome.customer_ids
    if not ids:
        return
    if outcome.entities & GROWTH_INPUTS:
        refresh_growth(session, ids)
    else:
        refresh_growth_tiers(session, ids)
