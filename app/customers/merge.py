"""Merge one customer into another, keeping every related record, as one undoable action."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.changes import ActionError, ChangeSet, Outcome
from app.models import (
    Activity,
    Complaint,
    Contact,
    Customer,
    Deal,
    Handoff,
    Order,
    Payment,
    Synced,
    VisitPlan,
)
from app.models.types import utcnow

# Rows that belong to a customer through customer_id; the rest (order lines, stage history,
# script usage) hang off these and follow them.
RELATED: tuple[type[Synced], ...] = (
    Contact,
    Deal,
    Activity,
    VisitPlan,
    Order,
    Payment,
    Complaint,
    Handoff,
)
# Fields of the kept customer filled from the merged one when empty; pairs move together.
FILLED: tuple[tuple[str, ...], ...] = (
    ("industry",),
    ("size_band",),
    ("region",),
    ("city",),
    ("address",),
    ("phone", "phone_key"),
    ("email",),
    ("website",),
    ("source",),
    ("founded_date",),
    ("first_cooperation_date",),
    ("referred_by_id",),
    ("info_verified_at",),
    ("notes",),
    ("main_business",),
    ("org_structure",),
    ("procurement_process",),
    ("current_suppliers",),
    ("pain_points",),
    ("preferred_channel",),
    ("product_preferences",),
    ("service_preferences",),
    ("icp_score",),
    ("tier_override", "tier_override_reason"),
    ("owner",),
)


def _live(session: Session, customer_id: str) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise ActionError("customers.merge_missing")
    if customer.deleted_at is not None:
        raise ActionError("customers.merge_retired", name=customer.name)
    return customer


def _filled(keep: Customer, gone: Customer) -> dict[str, object]:
    values: dict[str, object] = {}
    for group in FILLED:
        if getattr(keep, group[0]) in (None, "") and getattr(gone, group[0]) not in (None, ""):
            values.update({name: getattr(gone, name) for name in group})
    if values.get("referred_by_id") == keep.id:
        del values["referred_by_id"]  # the merged customer was referred by the kept one
    return values


def merge_customers(
    session: Session, keep_id: str, merge_id: str, *, now: datetime | None = None
) -> Outcome:
    """Merge customer merge_id into keep_id: its records move over, then it is retired.

    Contacts, deals, activities, visit plans, orders, payments, complaints and handoffs are
    re-pointed (tombstoned ones too, so an undo elsewhere still lands right), customers it
    referred now name the kept one, the kept customer's empty fields take the merged one's
    values, and the merged customer is tombstoned. Refused for the same customer twice or a
    retired (or missing) one; nothing is written then.
    """
    if keep_id == merge_id:
        raise ActionError("customers.merge_self")
    keep, gone = _live(session, keep_id), _live(session, merge_id)
    now = now or utcnow()
    changes = ChangeSet()
    has_primary = session.scalar(
        select(Contact.id).where(
            Contact.customer_id == keep.id,
            Contact.is_primary.is_(True),
            Contact.deleted_at.is_(None),
        )
    )
    for model in RELATED:
        rows = session.scalars(
            select(model).where(model.customer_id == gone.id).order_by(model.id)  # type: ignore[attr-defined]
        )
        for row in rows.all():
            values: dict[str, object] = {"customer_id": keep.id}
            if isinstance(row, Contact) and row.is_primary and has_primary:
                values["is_primary"] = False
            changes.update(row, now, **values)
    referred = session.scalars(
        select(Customer).where(Customer.referred_by_id == gone.id).order_by(Customer.id)
    )
    for customer in referred.all():
        target = None if customer.id == keep.id else keep.id
        changes.update(customer, now, referred_by_id=target)
    values = _filled(keep, gone)
    if values:
        changes.update(keep, now, **values)
    changes.update(gone, now, deleted_at=now)
    session.flush()
    return Outcome(changes, created_id=keep.id)
