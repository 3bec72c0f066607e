"""Derived figures of deals: the last activity (for rotting) and the lead score."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.lead_score import recompute_scores
from app.models import Activity, Deal, table_of


def refresh_last_activity(session: Session, customer_ids: Collection[str] | None = None) -> None:
    """Bring open deals' last_activity_at in step with their activities (one Core UPDATE).

    All open deals, or those of some customers. Derived data, so updated_at stays.
    """
    table = table_of(Deal)
    latest = (
        select(func.max(Activity.occurred_at))
        .where(Activity.deal_id == table.c.id, Activity.deleted_at.is_(None))
        .scalar_subquery()
    )
    statement = (
        update(table)
        .where(table.c.status == "open", table.c.deleted_at.is_(None))
        .values(last_activity_at=latest, updated_at=table.c.updated_at)
    )
    if customer_ids is not None:
        statement = statement.where(table.c.customer_id.in_(list(customer_ids)))
    session.execute(statement)


def refresh_deals(
    session: Session, customer_ids: Collection[str] | None = None, now: datetime | None = None
) -> None:
    """Refresh last activity and lead score of open deals (all, or some customers')."""
    refresh_last_activity(session, customer_ids)
    recompute_scores(session, now=now, customer_ids=customer_ids)
