"""Headline counts of a database, as `summary --json` prints them."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Activity, Contact, Customer, Deal, Order, Payment, VisitPlan
from app.segments import at_risk_count, tier_counts


def _count(session: Session, model: Any, *where: Any) -> int:
    query = select(func.count()).select_from(model).where(model.deleted_at.is_(None), *where)
    return int(session.scalar(query) or 0)


def summarize(session: Session, today: date | None = None) -> dict[str, Any]:
    """Count customers, contacts, deals by status, tiers, risks and due visits."""
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
    }
