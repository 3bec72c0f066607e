"""Weighted forecast: open deals by expected close month, amount × probability.

The probability is the deal's own override, else its stage's. Deals expected to close inside
the period count in their month; open deals with no expected close date are summed apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Integer, func, select, type_coerce
from sqlalchemy.orm import Session

from app.insights.scope import Scope
from app.models import Deal, Stage

CENTS = Decimal(100)


@dataclass(frozen=True)
class ForecastMonth:
    """One month of the forecast ("2026-03")."""

    month: str
    deals: int
    amount: Decimal
    weighted: Decimal


@dataclass(frozen=True)
class Forecast:
    """The months of the period, and what has no expected close date."""

    months: list[ForecastMonth]
    undated_deals: int
    undated_amount: Decimal

    @property
    def weighted_total(self) -> Decimal:
        """The weighted amount of every dated month."""
        return sum((m.weighted for m in self.months), Decimal(0))


def months_between(scope: Scope) -> list[str]:
    """Return "YYYY-MM" for every month the period touches."""
    year, month, found = scope.start.year, scope.start.month, []
    while (year, month) <= (scope.end.year, scope.end.month):
        found.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found


def forecast(session: Session, scope: Scope) -> Forecast:
    """Sum open deals and their weighted amounts by expected close month."""
    cents = type_coerce(Deal.amount, Integer)
    probability = func.coalesce(Deal.probability_override, Stage.probability)
    month = func.strftime("%Y-%m", Deal.expected_close_date)
    base = (
        select()
        .select_from(Deal)
        .join(Stage, Stage.id == Deal.stage_id)
        .where(scope.mine(Deal), Deal.status == "open")
    )
    rows = {
        m: (count, amount or 0, weighted or 0)
        for m, count, amount, weighted in session.execute(
            base.add_columns(month, func.count(), func.sum(cents), func.sum(cents * probability))
            .where(scope.within_days(Deal.expected_close_date))
            .group_by(month)
        )
    }
    undated_count, undated_cents = session.execute(
        base.add_columns(func.count(), func.coalesce(func.sum(cents), 0)).where(
            Deal.expected_close_date.is_(None)
        )
    ).one()
    months = [
        ForecastMonth(
            m,
            rows.get(m, (0, 0, 0))[0],
            Decimal(rows.get(m, (0, 0, 0))[1]) / CENTS,
            (Decimal(rows.get(m, (0, 0, 0))[2]) / CENTS / CENTS).quantize(Decimal("0.01")),
        )
        for m in months_between(scope)
    ]
    return Forecast(months, int(undated_count), Decimal(undated_cents) / CENTS)
