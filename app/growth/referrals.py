"""Referrals: who referred a customer, whom it referred, and what those customers brought in.

Revenue from referred customers is the referred customers' order revenue: the last 12 months
(the derived `revenue_12m`, app.derived's figure) and all time (live orders summed).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select, type_coerce
from sqlalchemy.orm import Session, aliased

from app.changes import ActionError, ChangeSet, Outcome
from app.models import Customer, Order
from app.models.types import Money, utcnow

_Referred = aliased(Customer)


@dataclass(frozen=True)
class Referred:
    """A customer someone referred, and what it has bought."""

    id: str
    name: str
    tier: str
    revenue_12m: Decimal
    revenue_all: Decimal


@dataclass(frozen=True)
class Referrals:
    """One customer's referral links and totals."""

    referred_by: tuple[str, str] | None  # (id, name)
    referred: list[Referred]
    notes: str | None

    @property
    def count(self) -> int:
        return len(self.referred)

    @property
    def revenue_12m(self) -> Decimal:
        return sum((r.revenue_12m for r in self.referred), Decimal(0))

    @property
    def revenue_all(self) -> Decimal:
        return sum((r.revenue_all for r in self.referred), Decimal(0))


@dataclass(frozen=True)
class Referrer:
    """A referral source as the referral view lists it."""

    id: str
    name: str
    tier: str
    referred: int
    revenue_12m: Decimal
    revenue_all: Decimal
    notes: str | None


def _all_time() -> object:
    return (
        select(func.coalesce(func.sum(Order.amount), 0))
        .where(Order.customer_id == _Referred.id, Order.deleted_at.is_(None))
        .correlate(_Referred)
        .scalar_subquery()
    )


def _money(value: Decimal | None) -> Decimal:
    # Sums keep the Money column's type, so they come back as Decimal amounts.
    return Decimal(0) if value is None else Decimal(value)


def customer_referrals(session: Session, customer_id: str) -> Referrals:
    """Return who referred the customer and the live customers it referred, biggest first."""
    me = session.get(Customer, customer_id)
    if me is None:
        return Referrals(None, [], None)
    by = session.get(Customer, me.referred_by_id) if me.referred_by_id else None
    referred_by = (by.id, by.name) if by is not None and by.deleted_at is None else None
    total = _all_time().label("all_time")  # type: ignore[attr-defined]
    rows = session.execute(
        select(_Referred.id, _Referred.name, _Referred.effective_tier, _Referred.revenue_12m, total)
        .where(_Referred.referred_by_id == customer_id, _Referred.deleted_at.is_(None))
        .order_by(total.desc(), _Referred.name, _Referred.id)
    )
    referred = [
        Referred(rid, name, tier, r12 or Decimal(0), _money(all_time))
        for rid, name, tier, r12, all_time in rows
    ]
    return Referrals(referred_by, referred, me.referral_notes)


def top_referrers(session: Session, limit: int = 200) -> list[Referrer]:
    """Return the customers who referred others, by customers referred then revenue."""
    count = func.count(_Referred.id).label("referred")
    r12 = type_coerce(func.sum(_Referred.revenue_12m), Money).label("r12")
    everything = type_coerce(func.sum(_all_time()), Money).label("all_time")
    rows = session.execute(
        select(
            Customer.id,
            Customer.name,
            Customer.effective_tier,
            Customer.referral_notes,
            count,
            r12,
            everything,
        )
        .join(_Referred, _Referred.referred_by_id == Customer.id)
        .where(Customer.deleted_at.is_(None), _Referred.deleted_at.is_(None))
        .group_by(Customer.id)
        .order_by(count.desc(), everything.desc(), Customer.name, Customer.id)
        .limit(limit)
    )
    return [
        Referrer(cid, name, tier, n, _money(r12v), _money(allv), notes)
        for cid, name, tier, notes, n, r12v, allv in rows
    ]


def _live(session: Session, customer_id: str) -> Customer:
    row = session.get(Customer, customer_id)
    if row is None or row.deleted_at is not None:
        raise ActionError("pipeline.customer_gone")
    return row


def set_referrer(
    session: Session, customer_id: str, referrer_id: str | None, *, now: datetime | None = None
) -> Outcome:
    """Record who referred a customer (None clears it); refuse itself and referral loops."""
    now = now or utcnow()
    customer = _live(session, customer_id)
    if referrer_id is not None:
        _live(session, referrer_id)
        step: str | None = referrer_id
        seen: set[str] = set()
        while step is not None and step not in seen:
            if step == customer_id:
                raise ActionError("growth.referral_loop")
            seen.add(step)
            step = session.scalar(select(Customer.referred_by_id).where(Customer.id == step))
    changes = ChangeSet()
    if customer.referred_by_id != referrer_id:
        changes.update(customer, now, referred_by_id=referrer_id)
        session.flush()
    return Outcome(changes)


def save_referral_notes(
    session: Session, customer_id: str, notes: str | None, *, now: datetime | None = None
) -> Outcome:
    """Store what was promised or given to a customer for its referrals."""
    now = now or utcnow()
    customer = _live(session, customer_id)
    text = (notes or "").strip() or None
    changes = ChangeSet()
    if customer.referral_notes != text:
        changes.update(customer, now, referral_notes=text)
        session.flush()
    return Outcome(changes)
