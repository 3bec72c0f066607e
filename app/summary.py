"""Headline counts of a database, as `summary --json` prints them."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Activity, Contact, Customer, Deal, Order, Payment, PlaybookEntry, VisitPlan
from app.pipeline import column_totals
from app.segments import at_risk_count, tier_counts

WON_WINDOW_DAYS = 365


def _count(session: Session, model: Any, *where: Any) -> int:
    query = select(func.count()).select_from(model).where(model.deleted_at.is_(None), *where)
    return int(session.scalar(query) or 0)


def is_empty(session: Session) -> bool:
    """Tell whether the book has no customer at all (a first run)."""
    return session.scalar(select(Customer.id).limit(1)) is None


def _yuan(amount: Decimal) -> float | int:
    # Plain numbers in yuan for JSON: whole amounts as integers, else to the cent.
    return int(amount) if amount == amount.to_integral_value() else float(amount)


def money(session: Session, today: date | None = None) -> dict[str, Decimal]:
    """Open and weighted pipeline (the board's own totals), won in 12 months, overdue receivables."""
    today = today or date.today()
    stages = column_totals(session).values()
    won = session.scalar(
        select(func.coalesce(func.sum(Deal.amount), 0)).where(
            Deal.deleted_at.is_(None),
            Deal.status == "won",
            Deal.closed_date > today - timedelta(days=WON_WINDOW_DAYS),
            Deal.closed_date <= today,
        )
    )
    overdue = session.scalar(
        select(func.coalesce(func.sum(Payment.amount_due - Payment.amount_received), 0)).where(
            Payment.deleted_at.is_(None),
            Payment.due_date < today,
            Payment.amount_received < Payment.amount_due,
        )
    )
    return {
        "open_pipeline": sum((t.amount for t in stages), Decimal(0)),
        "weighted_pipeline": sum((t.weighted for t in stages), Decimal(0)),
        "won_12m": Decimal(won or 0),
        "receivable_overdue": Decimal(overdue or 0),
    }


def playbook_entry_count(session: Session) -> int:
    """Count the live playbook entries."""
    return _count(session, PlaybookEntry, PlaybookEntry.retired_at.is_(None))


def summarize(session: Session, today: date | None = None) -> dict[str, Any]:
    """Count customers, contacts, deals by status, tiers, risks, due visits, and the money."""
    today = today or date.today()
    deals = dict.fromkeys(("open", "won", "lost"), 0)
    for status, count in session.execute(
        select(Deal.status, func.count()).where(Deal.deleted_at.is_(None)).group_by(Deal.status)
    ):
        deals[status] = count
    planned = (VisitPlan.status == "planned",)
    return {
        "customers": _count(session, Customer),
        "contacts": _count(session, Contact),
        "deals": deals,
        "activities": _count(session, Activity),
        "orders": _count(session, Order),
        "payments": _count(session, Payment),
        "tiers": tier_counts(session),
        "at_risk": at_risk_count(session),
        "visits_due_7d": _count(
            session,
            VisitPlan,
            *planned,
            VisitPlan.due_date >= today,
            VisitPlan.due_date <= today + timedelta(days=7),
        ),
        "visits_overdue": _count(session, VisitPlan, *planned, VisitPlan.due_date < today),
        "money": {key: _yuan(value) for key, value in money(session, today).items()},
    }
