"""What the calendar reads: per-day counts for a month or week, and visit lists paged by key.

Counts are one GROUP BY over the partial ix_visit_live_due for the days shown; lists are
keyset-paged on (due_date, id), so a book with 20k overdue visits still answers a page at a time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, NamedTuple

from sqlalchemy import Select, func, select, tuple_
from sqlalchemy.orm import Session

from app.models import Customer, VisitPlan

SECTIONS = ("overdue", "today", "week", "skipped")
SKIPPED_SHOWN_DAYS = 30  # skipped visits stay in the agenda this long


@dataclass(frozen=True)
class DayCount:
    """One day's visits: planned (due, or overdue once the day is past), done and skipped."""

    planned: int = 0
    done: int = 0
    skipped: int = 0

    def overdue(self, day: date, today: date) -> int:
        """Return the planned visits of this day that are overdue as of today."""
        return self.planned if day < today else 0


class VisitItem(NamedTuple):
    """A visit as the calendar shows it (plain values, never an ORM object)."""

    id: str
    customer_id: str
    customer_name: str
    tier: str
    due_date: date
    kind: str
    source: str
    status: str
    note: str | None
    reason: str | None


def day_counts(session: Session, start: date, end: date) -> dict[date, DayCount]:
    """Count visits per day and status for the days start…end (inclusive)."""
    rows = session.execute(
        select(VisitPlan.due_date, VisitPlan.status, func.count())
        .where(
            VisitPlan.status.in_(("planned", "done", "skipped")),
            VisitPlan.due_date >= start,
            VisitPlan.due_date <= end,
            VisitPlan.deleted_at.is_(None),
        )
        .group_by(VisitPlan.status, VisitPlan.due_date)
    )
    counts: dict[date, dict[str, int]] = {}
    for day, status, count in rows:
        counts.setdefault(day, {})[status] = count
    return {day: DayCount(**values) for day, values in counts.items()}


def _items_query() -> Select[*tuple[Any, ...]]:
    return (
        select(
            VisitPlan.id,
            VisitPlan.customer_id,
            Customer.name,
            Customer.effective_tier,
            VisitPlan.due_date,
            VisitPlan.kind,
            VisitPlan.source,
            VisitPlan.status,
            VisitPlan.note,
            VisitPlan.reason,
        )
        .join(Customer, Customer.id == VisitPlan.customer_id)
        .where(VisitPlan.deleted_at.is_(None), Customer.deleted_at.is_(None))
    )


def _page(
    session: Session, query: Select[*tuple[Any, ...]], after: tuple[date, str] | None, limit: int
) -> list[VisitItem]:
    if after is not None:
        query = query.where(tuple_(VisitPlan.due_date, VisitPlan.id) > tuple_(*after))
    query = query.order_by(VisitPlan.due_date, VisitPlan.id).limit(limit)
    return [VisitItem(*row) for row in session.execute(query)]


def visits_between(
    session: Session,
    start: date,
    end: date,
    *,
    after: tuple[date, str] | None = None,
    limit: int = 200,
) -> list[VisitItem]:
    """List the visits due start…end (every status), by day, a page at a time."""
    query = _items_query().where(VisitPlan.due_date >= start, VisitPlan.due_date <= end)
    return _page(session, query, after, limit)


def section_bounds(section: str, today: date) -> tuple[str, date | None, date | None]:
    """Return (status, first day, last day) an agenda section lists."""
    if section == "overdue":
        return "planned", None, today - timedelta(days=1)
    if section == "today":
        return "planned", today, today
    if section == "week":
        return "planned", today + timedelta(days=1), today + timedelta(days=7)
    if section == "skipped":
        return "skipped", today - timedelta(days=SKIPPED_SHOWN_DAYS), None
    raise ValueError(section)


def agenda(
    session: Session,
    section: str,
    today: date,
    *,
    after: tuple[date, str] | None = None,
    limit: int = 200,
) -> list[VisitItem]:
    """List one agenda section (overdue, today, the coming week, recently skipped), paged."""
    status, first, last = section_bounds(section, today)
    query = _items_query().where(VisitPlan.status == status)
    if first is not None:
        query = query.where(VisitPlan.due_date >= first)
    if last is not None:
        query = query.where(VisitPlan.due_date <= last)
    return _page(session, query, after, limit)


def agenda_count(session: Session, section: str, today: date) -> int:
    """Count one agenda section's visits."""
    status, first, last = section_bounds(section, today)
    query = (
        select(func.count())
        .select_from(VisitPlan)
        .where(VisitPlan.status == status, VisitPlan.deleted_at.is_(None))
    )
    if first is not None:
        query = query.where(VisitPlan.due_date >= first)
    if last is not None:
        query = query.where(VisitPlan.due_date <= last)
    return session.scalar(query) or 0
