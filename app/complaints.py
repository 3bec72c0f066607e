"""Complaint handling [M2.6]: record, then listen → apologise → confirm → resolve → follow up.

`step` is the last step done: a complaint is recorded at "listen" (the rep listened and wrote it
down) and each later step is done in order, never skipped. Confirming promises a time;
resolving records the resolution and plans the follow-up visit; the follow-up records the root
cause (a code of COMPLAINT_ROOT_CAUSES) and the customer's satisfaction, and closes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.changes import ActionError, ChangeSet, Outcome
from app.i18n import msg
from app.labels import label
from app.models import Complaint, Customer, VisitPlan
from app.models.service import COMPLAINT_STEPS, SEVERITIES
from app.models.types import utcnow
from app.vocab import CHANNELS, COMPLAINT_ROOT_CAUSES

# Working days from resolving to the follow-up visit (weekends skipped; holidays are the
# calendar's business).
FOLLOW_UP_WORKING_DAYS = 3
LIST_LIMIT = 500


@dataclass(frozen=True)
class ComplaintDraft:
    """A complaint as the rep records it."""

    customer_id: str
    channel: str
    description: str
    severity: str = "medium"
    contact_id: str | None = None
    received_at: datetime | None = None


@dataclass(frozen=True)
class ComplaintRow:
    """One complaint as the list shows it."""

    id: str
    customer_id: str
    customer_name: str
    received_at: datetime
    channel: str | None
    severity: str
    step: str
    description: str
    promised_at: datetime | None
    overdue_days: int  # 0 unless the promised time has passed unresolved


RESOLVED_STEPS = ("resolve", "follow_up", "closed")


def next_step(step: str) -> str | None:
    """Return the step to do after `step`, or None once closed.

    A complaint stored at "follow_up" (a follow-up under way, as imported books have it)
    still has its follow-up to record.
    """
    if step == "closed":
        return None
    if step == "follow_up" or step not in COMPLAINT_STEPS:
        return "follow_up"
    return COMPLAINT_STEPS[COMPLAINT_STEPS.index(step) + 1]


def add_working_days(start: date, days: int) -> date:
    """Return the date `days` working days (Monday–Friday) after start."""
    day = start
    while days > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day


def overdue_days(complaint: Complaint, today: date) -> int:
    """Days since the promised time passed while unresolved (0 when not overdue)."""
    if complaint.promised_at is None or complaint.resolved_at is not None:
        return 0
    if complaint.step in RESOLVED_STEPS or complaint.deleted_at is not None:
        return 0
    return max(0, (today - complaint.promised_at.date()).days)


def record_complaint(
    session: Session, draft: ComplaintDraft, *, now: datetime | None = None
) -> Outcome:
    """Record a complaint as heard: the first step, listen and record, is done."""
    now = now or utcnow()
    customer = session.get(Customer, draft.customer_id)
    if customer is None or customer.deleted_at is not None:
        raise ActionError("pipeline.customer_gone")
    if draft.channel not in CHANNELS:
        raise ActionError("activity.unknown_channel", channel=draft.channel)
    if draft.severity not in SEVERITIES:
        raise ActionError("complaint.unknown_severity", severity=draft.severity)
    if not draft.description.strip():
        raise ActionError("complaint.description_required")
    changes = ChangeSet()
    complaint = Complaint(
        customer_id=customer.id,
        contact_id=draft.contact_id,
        received_at=draft.received_at or now,
        channel=draft.channel,
        description=draft.description.strip(),
        severity=draft.severity,
        step="listen",
        owner=customer.owner,
    )
    changes.create(session, complaint, now)
    session.flush()
    return Outcome(changes, created_id=complaint.id)


def advance_complaint(
    session: Session,
    complaint_id: str,
    step: str,
    *,
    promised_at: datetime | None = None,
    resolution: str | None = None,
    root_cause: str | None = None,
    satisfaction: int | None = None,
    now: datetime | None = None,
) -> Outcome:
    """Do the complaint's next step; any other step is refused, naming the one due."""
    now = now or utcnow()
    complaint = session.get(Complaint, complaint_id)
    if complaint is None or complaint.deleted_at is not None:
        raise ActionError("complaint.gone")
    due = next_step(complaint.step)
    if due is None:
        raise ActionError("complaint.closed")
    if step != due:
        raise ActionError(
            "complaint.out_of_order",
            step=label(f"complaint_step.{step}"),
            due=label(f"complaint_step.{due}"),
        )
    changes = ChangeSet()
    if step == "apologise":
        changes.update(complaint, now, step=step)
    elif step == "confirm":
        if promised_at is None:
            raise ActionError("complaint.promise_required")
        changes.update(complaint, now, step=step, promised_at=promised_at)
    elif step == "resolve":
        words = (resolution or "").strip()
        if not words:
            raise ActionError("complaint.resolution_required")
        changes.update(complaint, now, step=step, resolved_at=now, resolution=words)
        _plan_follow_up(session, changes, complaint, now)
    else:  # follow_up: root cause and satisfaction, then closed
        if root_cause not in COMPLAINT_ROOT_CAUSES:
            raise ActionError("complaint.root_cause_required")
        if satisfaction is None or not 1 <= satisfaction <= 5:
            raise ActionError("complaint.satisfaction_range")
        changes.update(
            complaint, now, step="closed", root_cause=root_cause, satisfaction=satisfaction
        )
    session.flush()
    return Outcome(changes)


def _plan_follow_up(
    session: Session, changes: ChangeSet, complaint: Complaint, now: datetime
) -> None:
    summary = (
        complaint.description
        if len(complaint.description) <= 40
        else (complaint.description[:39] + "…")
    )
    changes.create(
        session,
        VisitPlan(
            customer_id=complaint.customer_id,
            contact_id=complaint.contact_id,
            due_date=add_working_days(now.date(), FOLLOW_UP_WORKING_DAYS),
            kind="complaint_followup",
            source="complaint",
            status="planned",
            note=msg("complaint.follow_up_note", summary=summary),
            owner=complaint.owner,
        ),
        now,
    )


def list_complaints(
    session: Session,
    *,
    open_only: bool = False,
    customer_id: str | None = None,
    today: date | None = None,
) -> list[ComplaintRow]:
    """List complaints, overdue first, then open before closed, newest first."""
    today = today or date.today()
    query = (
        select(Complaint, Customer.name)
        .join(Customer, Customer.id == Complaint.customer_id)
        .where(Complaint.deleted_at.is_(None))
        .order_by(Complaint.received_at.desc())
        .limit(LIST_LIMIT)
    )
    if open_only:
        query = query.where(Complaint.step != "closed")
    if customer_id is not None:
        query = query.where(Complaint.customer_id == customer_id)
    rows = [
        ComplaintRow(
            c.id,
            c.customer_id,
            name,
            c.received_at,
            c.channel,
            c.severity,
            c.step,
            c.description,
            c.promised_at,
            overdue_days(c, today),
        )
        for c, name in session.execute(query)
    ]
    rows.sort(key=lambda r: (r.overdue_days == 0, r.step == "closed"))
    return rows


def overdue_complaints(session: Session, now: datetime | None = None) -> list[str]:
    """Return the ids of complaints whose promised time has passed unresolved."""
    now = now or utcnow()
    query = select(Complaint.id).where(
        Complaint.deleted_at.is_(None),
        Complaint.promised_at.is_not(None),
        Complaint.promised_at < now,
        Complaint.resolved_at.is_(None),
        Complaint.step.not_in(RESOLVED_STEPS),
    )
    return list(session.scalars(query))


def root_cause_counts(session: Session, since: datetime | None = None) -> dict[str, int]:
    """Count closed complaints by root cause, every code present (for analytics)."""
    query = (
        select(Complaint.root_cause, func.count())
        .where(Complaint.deleted_at.is_(None), Complaint.root_cause.is_not(None))
        .group_by(Complaint.root_cause)
    )
    if since is not None:
        query = query.where(Complaint.received_at >= since)
    counts = dict.fromkeys(COMPLAINT_ROOT_CAUSES, 0)
    for cause, count in session.execute(query):
        counts[str(cause)] = counts.get(str(cause), 0) + count
    return counts


def promise_time(day: date) -> datetime:
    """Return the moment a promise for a day runs out: the end of that day."""
    return datetime.combine(day, time(23, 59))
