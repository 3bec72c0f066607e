"""The win-back list with its reasons in words, and the one-click planned win-back visit."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.changes import ActionError, ChangeSet, Outcome
from app.i18n import msg
from app.models import Customer, VisitPlan
from app.models.types import utcnow
from app.segments import WinBackEntry, describe_churn, win_back_list

# A win-back visit is planned this many days ahead: soon, with time to call and book it.
WINBACK_VISIT_DAYS = 3
WINBACK_SOURCE = "winback"
WINBACK_KIND = "care"


@dataclass(frozen=True)
class WinBackRow:
    """One line of the win-back list: the customer, why they are at risk, and any visit planned."""

    entry: WinBackEntry
    reasons: list[str]
    next_visit: date | None

    def needs_visit(self, today: date | None = None) -> bool:
        """Tell whether a win-back visit would come sooner than the visit already planned."""
        return not covered(self.next_visit, today or date.today())


def covered(next_visit: date | None, today: date) -> bool:
    """Tell whether a planned visit is due soon enough to serve as the win-back visit."""
    return next_visit is not None and next_visit <= today + timedelta(days=WINBACK_VISIT_DAYS)


def next_visits(session: Session, customer_ids: Iterable[str]) -> dict[str, date]:
    """Return the earliest planned (not done, not skipped) visit of each of these customers."""
    ids = list(customer_ids)
    if not ids:
        return {}
    rows = session.execute(
        select(VisitPlan.customer_id, func.min(VisitPlan.due_date))
        .where(
            VisitPlan.customer_id.in_(ids),
            VisitPlan.status == "planned",
            VisitPlan.deleted_at.is_(None),
        )
        .group_by(VisitPlan.customer_id)
    )
    return {customer_id: due for customer_id, due in rows}


def win_back_rows(
    session: Session, limit: int = 200, today: date | None = None
) -> list[WinBackRow]:
    """List churn-risk customers by value at stake, with reasons in the current language."""
    today = today or date.today()
    entries = win_back_list(session, limit)
    planned = next_visits(session, (e.customer_id for e in entries))
    return [
        WinBackRow(e, describe_churn(e.churn_reason, today), planned.get(e.customer_id))
        for e in entries
    ]


def plan_win_back_visits(
    session: Session,
    customer_ids: Iterable[str],
    *,
    today: date | None = None,
    now: datetime | None = None,
) -> Outcome:
    """Plan a win-back visit for each customer with no visit planned that soon (undoable).

    The visit is due WINBACK_VISIT_DAYS from today and its note names the risk reasons; a
    customer whose planned visit is due by then (or overdue) keeps just that one. A later
    cadence visit stays as it is. Refused when no visit could be planned.
    """
    today, now = today or date.today(), now or utcnow()
    ids = list(dict.fromkeys(customer_ids))
    planned = {
        customer_id: due
        for customer_id, due in next_visits(session, ids).items()
        if covered(due, today)
    }
    changes = ChangeSet()
    for customer_id in ids:
        customer = session.get(Customer, customer_id)
        if customer is None or customer.deleted_at is not None or customer_id in planned:
            continue
        reasons = "; ".join(describe_churn(customer.churn_reason, today))
        changes.create(
            session,
            VisitPlan(
                customer_id=customer_id,
                due_date=today + timedelta(days=WINBACK_VISIT_DAYS),
                kind=WINBACK_KIND,
                source=WINBACK_SOURCE,
                status="planned",
                note=msg("customers.winback_note", reasons=reasons) if reasons else None,
                owner=customer.owner,
            ),
            now,
        )
    if not changes:
        if len(ids) == 1 and ids[0] in planned:
            raise ActionError("customers.winback_planned", day=planned[ids[0]].isoformat())
        raise ActionError("customers.winback_nothing")
    session.flush()
    return Outcome(changes, created_id=changes.rows[0].row_id)
