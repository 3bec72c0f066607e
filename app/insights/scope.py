"""The period and owner every insight is computed for."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from statistics import median
from typing import Any

from sqlalchemy import ColumnElement, select, union
from sqlalchemy.orm import Session

from app.models import Customer, Deal, Payment, Stage

PERIODS = ("month", "quarter", "year")


@dataclass(frozen=True)
class Scope:
    """An inclusive period [start, end] and the rep it is about (None = every owner)."""

    start: date
    end: date
    owner: str | None = None
    today: date | None = None  # "now" for aging and projections; date.today() when None

    @property
    def as_of(self) -> date:
        """The day snapshots are taken: today, but never after the period's end."""
        return min(self.end, self.today or date.today())

    @property
    def begins(self) -> datetime:
        """The first moment of the period."""
        return datetime.combine(self.start, time.min)

    @property
    def ends(self) -> datetime:
        """The first moment after the period."""
        return datetime.combine(self.end + timedelta(days=1), time.min)

    def mine(self, model: Any) -> ColumnElement[bool]:
        """Return the live-row and owner condition for a Synced model."""
        live = model.deleted_at.is_(None)
        return live if self.owner is None else live & (model.owner == self.owner)

    def within(self, column: Any) -> ColumnElement[bool]:
        """Return "a datetime column falls in the period"."""
        return (column >= self.begins) & (column < self.ends)

    def within_days(self, column: Any) -> ColumnElement[bool]:
        """Return "a date column falls in the period"."""
        return (column >= self.start) & (column <= self.end)


def period_of(kind: str, today: date) -> tuple[date, date]:
    """Return the month, quarter or year that contains today, as (first day, last day)."""
    if kind == "month":
        start = today.replace(day=1)
        following = (start + timedelta(days=32)).replace(day=1)
    elif kind == "quarter":
        start = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        following = (start + timedelta(days=93)).replace(day=1)
    elif kind == "year":
        start, following = date(today.year, 1, 1), date(today.year + 1, 1, 1)
    else:
        raise ValueError(kind)
    return start, following - timedelta(days=1)


def owners(session: Session) -> list[str]:
    """Return every owner named on a customer, deal or payment, sorted."""
    found = union(
        *(
            select(model.owner).where(model.owner.is_not(None), model.deleted_at.is_(None))
            for model in (Customer, Deal, Payment)
        )
    )
    return sorted(name for name in session.scalars(found) if name)


def stage_order(session: Session) -> list[tuple[str, str, str, str | None]]:
    """Return the live stages in board order as (id, key, name, English name)."""
    rows = session.execute(
        select(Stage.id, Stage.key, Stage.name, Stage.name_en)
        .where(Stage.deleted_at.is_(None))
        .order_by(Stage.position, Stage.key)
    )
    return [(r.id, r.key, r.name, r.name_en) for r in rows]


def stats(values: list[float]) -> tuple[float | None, float | None]:
    """Return (mean, median) of values, None for both when there are none."""
    if not values:
        return None, None
    return sum(values) / len(values), float(median(values))


def share(part: float, whole: float) -> float | None:
    """Return part / whole, None when whole is zero."""
    return part / whole if whole else None


__all__ = ["PERIODS", "Scope", "owners", "period_of", "share", "stage_order", "stats"]
