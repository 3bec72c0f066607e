"""Column header figures: count, amount and weighted amount of the deals a filter matches."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import Integer, func, select, type_coerce
from sqlalchemy.orm import Session

from app.models import Deal, Stage
from app.models.types import utcnow
from app.pipeline.board import board_query
from app.pipeline.cards import CENTS, NO_FILTER, BoardFilter, ColumnTotals


def column_totals(
    session: Session, flt: BoardFilter = NO_FILTER, now: datetime | None = None
) -> dict[str, ColumnTotals]:
    """Return count, amount and weighted amount of open deals per stage (one GROUP BY).

    Grouping by the probability override too keeps the stage table out of the scan; the few
    groups are weighted here, exactly, in Decimal.
    """
    now = now or utcnow()
    probabilities = {sid: p for sid, p in session.execute(select(Stage.id, Stage.probability))}
    rows = session.execute(
        board_query(
            select(
                Deal.stage_id,
                Deal.probability_override,
                func.count(),
                func.sum(type_coerce(Deal.amount, Integer)),
            ),
            flt,
            now,
        )
        .where(Deal.status == "open")
        .group_by(Deal.stage_id, Deal.probability_override)
    )
    totals: dict[str, ColumnTotals] = {}
    for stage_id, override, count, cents in rows:
        amount = Decimal(cents or 0) / CENTS
        probability = probabilities.get(stage_id, 0) if override is None else override
        before = totals.get(stage_id, ColumnTotals())
        totals[stage_id] = ColumnTotals(
            before.count + count,
            before.amount + amount,
            before.weighted + amount * probability / CENTS,
        )
    return totals


def closed_totals(
    session: Session, status: str, flt: BoardFilter = NO_FILTER, now: datetime | None = None
) -> ColumnTotals:
    """Return count and amount of won or lost deals matching the filter."""
    now = now or utcnow()
    count, cents = session.execute(
        board_query(
            select(func.count(), func.sum(type_coerce(Deal.amount, Integer))), flt, now
        ).where(Deal.status == status)
    ).one()
    total = Decimal(cents or 0) / CENTS
    return ColumnTotals(int(count), total, total if status == "won" else Decimal(0))
