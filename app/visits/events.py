"""Customer events (客户关怀活动, manual 二.五.5): salons, seminars, product days.

Plan an event, invite customers by tier and RFM segment, record who came: each attendance is an
activity (channel "event") on the event's day, so it counts as contact and moves the cadence.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app import settings
from app.changes import ActionError, ChangeSet, Outcome
from app.models import Activity, Customer, CustomerEvent, EventInvite
from app.models.customers import TIERS
from app.models.types import utcnow
from app.segments import SEGMENTS

EVENT_HOUR = time(14, 0)  # when an attendance is logged on the event's day


@dataclass(frozen=True)
class EventRow:
    """An event with its invitation and attendance counts."""

    id: str
    name: str
    held_on: date
    place: str | None
    invited: int
    attended: int


@dataclass(frozen=True)
class InviteRow:
    """One invited customer."""

    id: str
    customer_id: str
    customer_name: str
    tier: str
    status: str


def plan_event(
    session: Session,
    name: str,
    held_on: date,
    place: str = "",
    note: str = "",
    *,
    now: datetime | None = None,
) -> Outcome:
    """Plan a customer event."""
    name = name.strip()
    if not name:
        raise ActionError("calendar.event_needs_name")
    now = now or utcnow()
    changes = ChangeSet()
    event = changes.create(
        session,
        CustomerEvent(
            name=name,
            held_on=held_on,
            place=place.strip() or None,
            note=note.strip() or None,
            owner=settings.get(session, "owner") or None,
        ),
        now,
    )
    session.flush()
    return Outcome(changes, created_id=event.id)


def _event(session: Session, event_id: str) -> CustomerEvent:
    event = session.get(CustomerEvent, event_id)
    if event is None or event.deleted_at is not None:
        raise ActionError("calendar.event_gone")
    return event


def invite(
    session: Session,
    event_id: str,
    *,
    tiers: Collection[str] = (),
    segments: Collection[str] = (),
    now: datetime | None = None,
) -> Outcome:
    """Invite every live customer of these tiers or RFM segments not invited yet."""
    _event(session, event_id)
    tiers = [tier for tier in tiers if tier in TIERS]
    segments = [segment for segment in segments if segment in SEGMENTS]
    if not tiers and not segments:
        raise ActionError("calendar.event_needs_audience")
    now = now or utcnow()
    already = select(EventInvite.customer_id).where(
        EventInvite.event_id == event_id, EventInvite.deleted_at.is_(None)
    )
    rows = session.execute(
        select(Customer.id, Customer.owner)
        .where(
            Customer.deleted_at.is_(None),
            or_(Customer.effective_tier.in_(tiers), Customer.rfm_segment.in_(segments)),
            Customer.id.not_in(already),
        )
        .order_by(Customer.name)
    ).all()
    changes = ChangeSet()
    for customer_id, owner in rows:
        changes.create(
            session,
            EventInvite(event_id=event_id, customer_id=customer_id, status="invited", owner=owner),
            now,
        )
    session.flush()
    return Outcome(changes)


def record_attendance(
    session: Session, invite_ids: Collection[str], *, now: datetime | None = None
) -> Outcome:
    """Mark invited customers as attended and log each attendance as an activity."""
    now = now or utcnow()
    changes = ChangeSet()
    for invite_id in invite_ids:
        row = session.get(EventInvite, invite_id)
        if row is None or row.deleted_at is not None or row.status == "attended":
            continue
        event = _event(session, row.event_id)
        when = datetime.combine(event.held_on, EVENT_HOUR)
        activity = changes.create(
            session,
            Activity(
                customer_id=row.customer_id,
                occurred_at=min(when, now),
                channel="event",
                kind="other",
                summary=event.name if not event.place else f"{event.name} · {event.place}",
                owner=row.owner,
            ),
            now,
        )
        session.flush()
        changes.update(row, now, status="attended", activity_id=activity.id)
    session.flush()
    return Outcome(changes)


def list_events(session: Session, limit: int = 200) -> list[EventRow]:
    """List events, the newest first, with how many were invited and came."""
    invited = func.count(EventInvite.id)
    attended = func.count(EventInvite.id).filter(EventInvite.status == "attended")
    rows = session.execute(
        select(
            CustomerEvent.id,
            CustomerEvent.name,
            CustomerEvent.held_on,
            CustomerEvent.place,
            invited,
            attended,
        )
        .outerjoin(
            EventInvite,
            (EventInvite.event_id == CustomerEvent.id) & EventInvite.deleted_at.is_(None),
        )
        .where(CustomerEvent.deleted_at.is_(None))
        .group_by(CustomerEvent.id)
        .order_by(CustomerEvent.held_on.desc(), CustomerEvent.id)
        .limit(limit)
    )
    return [EventRow(*row) for row in rows]


def invites_of(session: Session, event_id: str, limit: int = 2000) -> list[InviteRow]:
    """List an event's invited customers by name."""
    rows = session.execute(
        select(
            EventInvite.id,
            EventInvite.customer_id,
            Customer.name,
            Customer.effective_tier,
            EventInvite.status,
        )
        .join(Customer, Customer.id == EventInvite.customer_id)
        .where(
            EventInvite.event_id == event_id,
            EventInvite.deleted_at.is_(None),
            Customer.deleted_at.is_(None),
        )
        .order_by(Customer.name, EventInvite.id)
        .limit(limit)
    )
    return [InviteRow(*row) for row in rows]
