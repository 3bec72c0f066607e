"""Receivables (回款): due vs received, aging of what is overdue, on-time collection rate.

Due and received count the payments due inside the period. Aging is a snapshot on the period's
last day (today while the period runs): every payment due before it and not fully received,
by days overdue. The on-time rate is the share of the amount due in the period (up to that
day) that arrived on or before its due date.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Integer, case, func, select, type_coerce
from sqlalchemy.orm import Session

from app.insights.scope import Scope, share
from app.models import Payment

CENTS = Decimal(100)
AGING_BUCKETS = ("0_30", "31_60", "61_90", "over_90")


@dataclass(frozen=True)
class Receivables:
    """The money side of the period."""

    due: Decimal
    received: Decimal
    outstanding: Decimal  # of the payments due in the period
    aging: dict[str, Decimal]  # overdue amount by bucket, on as_of
    aging_count: dict[str, int]
    on_time_rate: float | None

    @property
    def overdue(self) -> Decimal:
        """Everything overdue on the snapshot day."""
        return sum(self.aging.values(), Decimal(0))


def receivables(session: Session, scope: Scope) -> Receivables:
    """Sum due and received, age what is overdue and rate on-time collection."""
    due = type_coerce(Payment.amount_due, Integer)
    got = type_coerce(Payment.amount_received, Integer)
    in_period = (scope.mine(Payment), scope.within_days(Payment.due_date))
    total_due, total_got = session.execute(
        select(func.coalesce(func.sum(due), 0), func.coalesce(func.sum(got), 0)).where(*in_period)
    ).one()
    as_of = scope.as_of
    on_time = case(
        (Payment.received_date <= Payment.due_date, func.min(got, due)),
        else_=0,
    )
    rated_due, rated_on_time = session.execute(
        select(func.coalesce(func.sum(due), 0), func.coalesce(func.sum(on_time), 0)).where(
            *in_period, Payment.due_date <= as_of
        )
    ).one()
    late = func.julianday(as_of.isoformat()) - func.julianday(Payment.due_date)
    bucket = case(
        (late <= 30, AGING_BUCKETS[0]),
        (late <= 60, AGING_BUCKETS[1]),
        (late <= 90, AGING_BUCKETS[2]),
        else_=AGING_BUCKETS[3],
    )
    aging = dict.fromkeys(AGING_BUCKETS, Decimal(0))
    aging_count = dict.fromkeys(AGING_BUCKETS, 0)
    for name, count, cents in session.execute(
        select(bucket, func.count(), func.sum(due - got))
        .where(scope.mine(Payment), Payment.due_date < as_of, got < due)
        .group_by(bucket)
    ):
        aging[name] = Decimal(cents or 0) / CENTS
        aging_count[name] = count
    return Receivables(
        Decimal(total_due) / CENTS,
        Decimal(total_got) / CENTS,
        Decimal(total_due - total_got) / CENTS,
        aging,
        aging_count,
        share(rated_on_time, rated_due),
    )
