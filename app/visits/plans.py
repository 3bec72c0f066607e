"""What the rep does to a planned visit: plan one by hand, move it, complete it, skip it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from app.activities import FollowUp, log_follow_up
from app.changes import ActionError, ChangeSet, Outcome
from app.models import Customer, VisitPlan
from app.models.types import utcnow
from app.vocab import ACTIVITY_KINDS

# A visit's kind is an activity kind; these are the ones a visit plan offers.
VISIT_KINDS = ("presale_visit", "insale_visit", "aftersale_visit", "complaint_followup")


def _planned_visit(session: Session, visit_id: str) -> VisitPlan:
    visit = session.get(VisitPlan, visit_id)
    if visit is None or visit.deleted_at is not None:
        raise ActionError("calendar.visit_gone")
    if visit.status != "planned":
        raise ActionError("calendar.visit_not_planned")
    return visit


def plan_visit(
    session: Session,
    customer_id: str,
    due: date,
    kind: str = "presale_visit",
    note: str = "",
    *,
    now: datetime | None = None,
) -> Outcome:
    """Plan a visit by hand for a customer on a day."""
    now = now or utcnow()
    customer = session.get(Customer, customer_id)
    if customer is None or customer.deleted_at is not None:
        raise ActionError("pipeline.customer_gone")
    if kind not in ACTIVITY_KINDS:
        raise ActionError("activity.unknown_kind", kind=kind)
    changes = ChangeSet()
    visit = changes.create(
        session,
        VisitPlan(
            customer_id=customer_id,
            due_date=due,
            kind=kind,
            status="planned",
            source="manual",
            note=note.strip() or None,
            owner=customer.owner,
        ),
        now,
    )
    session.flush()
    return Outcome(changes, created_id=visit.id)


def reschedule_visit(
    session: Session, visit_id: str, due: date, *, now: datetime | None = None
) -> Outcome:
    """Move a planned visit to another day (a cadence visit keeps it until the next contact)."""
    visit = _planned_visit(session, visit_id)
    changes = ChangeSet()
    if visit.due_date != due:
        changes.update(visit, now or utcnow(), due_date=due)
    session.flush()
    return Outcome(changes)


def skip_visit(
    session: Session, visit_id: str, reason: str, *, now: datetime | None = None
) -> Outcome:
    """Skip a planned visit with the reason; it stays visible as skipped."""
    reason = reason.strip()
    if not reason:
        raise ActionError("calendar.skip_needs_reason")
    visit = _planned_visit(session, visit_id)
    changes = ChangeSet()
    changes.update(visit, now or utcnow(), status="skipped", reason=reason)
    session.flush()
    return Outcome(changes)


@dataclass
class VisitReport:
    """What completing a visit asks: what happened, the customer's feedback, the intent level."""

    summary: str = ""
    feedback: str | None = None
    intent_level: int | None = None
    next_step: str | None = None
    channel: str = "visit"
    occurred_at: datetime | None = None


def complete_visit(
    session: Session, visit_id: str, report: VisitReport, *, now: datetime | None = None
) -> Outcome:
    """Mark a visit done and log it as an activity; the cadence then plans the next one."""
    now = now or utcnow()
    visit = _planned_visit(session, visit_id)
    logged = log_follow_up(
        session,
        FollowUp(
            customer_id=visit.customer_id,
            channel=report.channel,
            kind=visit.kind if visit.kind in ACTIVITY_KINDS else "other",
            summary=report.summary or (visit.note or ""),
            occurred_at=report.occurred_at or now,
            deal_id=visit.deal_id,
            contact_id=visit.contact_id,
            feedback=report.feedback,
            intent_level=report.intent_level,
            next_step=report.next_step,
        ),
        now=now,
    )
    changes = logged.changes
    changes.update(visit, now, status="done", completed_at=now, activity_id=logged.created_id)
    session.flush()
    return Outcome(changes, created_id=logged.created_id)
