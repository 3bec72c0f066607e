"""Logging an interaction (跟进记录): the action behind "log a follow-up" everywhere it is offered."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from app.changes import ActionError, ChangeSet, Outcome
from app.i18n import msg
from app.models import Activity, Contact, Customer, Deal, VisitPlan
from app.models.activities import ACTIVITY_KINDS, CHANNELS
from app.models.types import utcnow


@dataclass
class FollowUp:
    """What the follow-up form asks."""

    customer_id: str
    channel: str = "phone"
    kind: str = "other"
    summary: str = ""
    occurred_at: datetime | None = None
    deal_id: str | None = None
    contact_id: str | None = None
    feedback: str | None = None
    intent_level: int | None = None
    next_step: str | None = None
    # When the next step is due: planned as a reminder (a manual visit plan) on that day.
    next_step_date: date | None = None


def follow_up_problems(data: FollowUp, today: date | None = None) -> list[str]:
    """List what the follow-up form lacks, in the user's language (empty: it can be saved)."""
    today = today or date.today()
    problems: list[str] = []
    if not data.summary.strip():
        problems.append(msg("activity.summary_empty"))
    if data.next_step_date is not None and data.next_step_date < today:
        problems.append(msg("activity.next_step_past"))
    if data.next_step_date is not None and not (data.next_step or "").strip():
        problems.append(msg("activity.next_step_empty"))
    return problems


def log_follow_up(session: Session, data: FollowUp, *, now: datetime | None = None) -> Outcome:
    """Record an interaction; the derived owner then moves last contact and clears stalling."""
    now = now or utcnow()
    customer = session.get(Customer, data.customer_id)
    if customer is None or customer.deleted_at is not None:
        raise ActionError("pipeline.customer_gone")
    if data.channel not in CHANNELS:
        raise ActionError("activity.unknown_channel", channel=data.channel)
    if data.kind not in ACTIVITY_KINDS:
        raise ActionError("activity.unknown_kind", kind=data.kind)
    if data.intent_level is not None and not 1 <= data.intent_level <= 5:
        raise ActionError("activity.intent_range")
    if data.deal_id is not None:
        deal = session.get(Deal, data.deal_id)
        if deal is None or deal.customer_id != data.customer_id:
            raise ActionError("activity.deal_not_customers")
    if data.contact_id is not None:
        contact = session.get(Contact, data.contact_id)
        if contact is None or contact.customer_id != data.customer_id:
            raise ActionError("activity.contact_not_customers")
    changes = ChangeSet()
    activity = changes.create(
        session,
        Activity(
            customer_id=data.customer_id,
            deal_id=data.deal_id,
            contact_id=data.contact_id,
            occurred_at=data.occurred_at or now,
            channel=data.channel,
            kind=data.kind,
            summary=data.summary.strip(),
            feedback=(data.feedback or "").strip() or None,
            intent_level=data.intent_level,
            next_step=(data.next_step or "").strip() or None,
            owner=customer.owner,
        ),
        now,
    )
    if data.next_step_date is not None:
        changes.create(
            session,
            VisitPlan(
                customer_id=data.customer_id,
                deal_id=data.deal_id,
                contact_id=data.contact_id,
                due_date=data.next_step_date,
                kind=data.kind,
                source="manual",
                note=(data.next_step or "").strip() or None,
                owner=customer.owner,
            ),
            now,
        )
    session.flush()
    return Outcome(changes, created_id=activity.id)
