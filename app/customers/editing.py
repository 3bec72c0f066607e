"""Editing a customer record: its dimensions, retiring it, marking it verified, overriding its tier.

Every function is an action (session → Outcome) run through app.actions.perform, so it is one
unit of work, undoable, and the derived figures of the customer are refreshed after it. A form
with problems raises ActionError listing them all; nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.changes import ActionError, ChangeSet, Outcome
from app.customers.records import check_email, check_phone, email_of, phone_of
from app.i18n import msg
from app.models import Customer
from app.models.customers import SIZE_BANDS, TIERS
from app.models.types import utcnow
from app.parsing.values import normalise_company_name
from app.vocab import CHANNELS

# Free-text fields, written as typed (trimmed; blank is none).
TEXT_FIELDS = (
    "industry",
    "region",
    "city",
    "address",
    "website",
    "source",
    "notes",
    "main_business",
    "org_structure",
    "procurement_process",
    "current_suppliers",
    "pain_points",
    "product_preferences",
    "service_preferences",
)
EARLIEST = date(1800, 1, 1)


@dataclass
class CustomerEdit:
    """The editable dimensions of a customer: basic, business and preference information.

    Transaction and interaction summaries are derived from orders and activities, not edited.
    """

    name: str = ""
    industry: str = ""
    size_band: str = ""
    region: str = ""
    city: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    source: str = ""
    founded_date: date | None = None
    first_cooperation_date: date | None = None
    referred_by_id: str | None = None
    notes: str = ""
    main_business: str = ""
    org_structure: str = ""
    procurement_process: str = ""
    current_suppliers: str = ""
    pain_points: str = ""
    preferred_channel: str = ""
    product_preferences: str = ""
    service_preferences: str = ""


def edit_of(customer: Customer) -> CustomerEdit:
    """Return a customer's editable values as the form shows them."""
    values: dict[str, Any] = {}
    for item in fields(CustomerEdit):
        value = getattr(customer, item.name)
        values[item.name] = value if value is not None or item.type != "str" else ""
    return CustomerEdit(**values)


def load_edit(session: Session, customer_id: str) -> CustomerEdit:
    """Return the form values of a live customer (ActionError when it is gone)."""
    return edit_of(_live(session, customer_id))


def _live(session: Session, customer_id: str) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None or customer.deleted_at is not None:
        raise ActionError("pipeline.customer_gone")
    return customer


def _date_problem(day: date | None, caption: str, today: date) -> str | None:
    if day is not None and not EARLIEST <= day <= today:
        return msg("customers.date_impossible", field=caption)
    return None


def validate_edit(session: Session, customer_id: str, data: CustomerEdit) -> list[str]:
    """List what is wrong with the edited record, in the user's language (empty: it can be saved)."""
    problems: list[str] = []
    key = normalise_company_name(data.name)
    if not key:
        problems.append(msg("customer.name_empty"))
    else:
        taken = session.scalar(
            select(Customer.name).where(
                Customer.name_key == key,
                Customer.deleted_at.is_(None),
                Customer.id != customer_id,
            )
        )
        if taken:
            problems.append(msg("customer.name_taken", name=taken))
    check_phone(data.phone, msg("customer.field.phone"), problems)
    check_email(data.email, msg("customer.field.email"), problems)
    today = date.today()
    for day, caption in (
        (data.founded_date, msg("customers.field.founded")),
        (data.first_cooperation_date, msg("customers.field.first_cooperation")),
    ):
        problem = _date_problem(day, caption, today)
        if problem:
            problems.append(problem)
    if data.size_band and data.size_band not in SIZE_BANDS:
        problems.append(msg("customers.bad_choice", field=msg("customers.field.size_band")))
    if data.preferred_channel and data.preferred_channel not in CHANNELS:
        problems.append(msg("customers.bad_choice", field=msg("customers.field.channel")))
    if data.referred_by_id:
        if data.referred_by_id == customer_id:
            problems.append(msg("customers.referred_self"))
        else:
            referrer = session.get(Customer, data.referred_by_id)
            if referrer is None or referrer.deleted_at is not None:
                problems.append(msg("customers.referrer_gone"))
    return problems


def _values(data: CustomerEdit) -> dict[str, Any]:
    phone, key = phone_of(data.phone)
    values: dict[str, Any] = {name: getattr(data, name).strip() or None for name in TEXT_FIELDS}
    values.update(
        name=data.name.strip(),
        name_key=normalise_company_name(data.name),
        size_band=data.size_band or None,
        phone=phone,
        phone_key=key,
        email=email_of(data.email),
        founded_date=data.founded_date,
        first_cooperation_date=data.first_cooperation_date,
        referred_by_id=data.referred_by_id or None,
        preferred_channel=data.preferred_channel or None,
    )
    return values


def update_customer(
    session: Session, customer_id: str, data: CustomerEdit, *, now: datetime | None = None
) -> Outcome:
    """Save the edited dimensions; only what changed is written (nothing: no undo step)."""
    now = now or utcnow()
    customer = _live(session, customer_id)
    problems = validate_edit(session, customer_id, data)
    if problems:
        raise ActionError("pipeline.problems", problems="\n".join(problems))
    changed = {
        name: value for name, value in _values(data).items() if getattr(customer, name) != value
    }
    changes = ChangeSet()
    if changed:
        changes.update(customer, now, **changed)
    return Outcome(changes)


def retire_customer(session: Session, customer_id: str, *, now: datetime | None = None) -> Outcome:
    """Retire a customer (a tombstone that travels by CSV); undo brings it back."""
    now = now or utcnow()
    customer = _live(session, customer_id)
    changes = ChangeSet()
    changes.update(customer, now, deleted_at=now)
    return Outcome(changes)


def mark_verified(session: Session, customer_id: str, *, now: datetime | None = None) -> Outcome:
    """Record that the rep checked the customer's information today (freshness resets)."""
    now = now or utcnow()
    customer = _live(session, customer_id)
    changes = ChangeSet()
    changes.update(customer, now, info_verified_at=now)
    return Outcome(changes)


def set_tier_override(
    session: Session,
    customer_id: str,
    tier: str | None,
    reason: str = "",
    *,
    now: datetime | None = None,
) -> Outcome:
    """Set a manual tier with its reason, or clear it (tier None) so the computed tier counts."""
    now = now or utcnow()
    customer = _live(session, customer_id)
    changes = ChangeSet()
    if tier is None:
        if customer.tier_override is None and customer.tier_override_reason is None:
            raise ActionError("customers.no_override")
        changes.update(customer, now, tier_override=None, tier_override_reason=None)
        return Outcome(changes)
    if tier not in TIERS:
        raise ActionError("customers.override_tier")
    if not reason.strip():
        raise ActionError("customers.override_reason")
    changes.update(customer, now, tier_override=tier, tier_override_reason=reason.strip())
    return Outcome(changes)
