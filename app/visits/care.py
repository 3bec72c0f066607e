"""Care reminders (情感维系, manual 二.五.4): festivals, company anniversaries, contact birthdays.

- A festival is greeted a few days ahead (setting "care_lead_days", default 3) for A and B
  customers (effective tier); anniversaries (founding, first cooperation) and birthdays for
  every customer, the same days ahead.
- A birthday or anniversary on 29 February is remembered on 28 February in a common year.
- A reminder the rep dismissed or greeted is stored (care_reminder), so it does not come back;
  a greeting is logged as an activity (kind "care", WeChat), which counts as contact.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import String, exists, func, literal_column, select, type_coerce
from sqlalchemy.orm import Session

from app import settings
from app.changes import ActionError, ChangeSet, Outcome
from app.models import Activity, CareReminder, Contact, Customer
from app.models.customers import DAY_OF_YEAR
from app.models.types import utcnow
from app.playbook.templates import fill_template
from app.visits.festivals import anniversary_in, days_between, festivals_between

LEAD_SETTING = "care_lead_days"
GREETED_TIERS = ("A", "B")
TEMPLATE_KEYS = {
    "founded": "anniversary_company_founding",
    "cooperation": "anniversary_cooperation",
    "birthday": "birthday_contact",
}


@dataclass(frozen=True)
class CareItem:
    """One care occasion for one customer (or one of its contacts) on a day."""

    occasion: str  # a festival code, "founded", "cooperation" or "birthday"
    occurs_on: date
    customer_id: str
    customer_name: str
    tier: str
    contact_id: str | None = None
    contact_name: str | None = None
    years: int | None = None  # anniversaries: how many years it will be

    @property
    def key(self) -> str:
        """Return an id stable across runs (the .ics UID and the reminder list use it)."""
        return f"care-{self.occasion}-{self.occurs_on.isoformat()}-{self.contact_id or self.customer_id}"

    @property
    def template_key(self) -> str:
        """Return the playbook message template this occasion's greeting is filled from."""
        return TEMPLATE_KEYS.get(self.occasion, f"holiday_{self.occasion}")


def lead_days(session: Session) -> int:
    """Return how many days ahead care reminders come up."""
    try:
        return max(0, min(30, int(settings.get(session, LEAD_SETTING))))
    except (TypeError, ValueError):
        return 3


def _handled(session: Session, start: date, end: date) -> set[tuple[str, str, date, str]]:
    rows = session.execute(
        select(
            CareReminder.customer_id,
            CareReminder.contact_id,
            CareReminder.occasion,
            CareReminder.occurs_on,
        ).where(
            CareReminder.deleted_at.is_(None),
            CareReminder.occurs_on >= start,
            CareReminder.occurs_on <= end,
        )
    )
    return {(cid, occasion, day, contact or "") for cid, contact, occasion, day in rows}


def _month_days(start: date, end: date) -> dict[str, date]:
    """Map "MM-DD" to its day in the window; "02-29" too when 28 February of a common year is in."""
    days = {day.strftime("%m-%d"): day for day in days_between(start, end)}
    for day in list(days.values()):
        if (day.month, day.day) == (2, 28) and anniversary_in(2, 29, day.year) == day:
            days["02-29"] = day
    return days


def _festival_items(session: Session, start: date, end: date, limit: int) -> list[CareItem]:
    items: list[CareItem] = []
    for code, day in festivals_between(start, end):
        done = exists().where(
            CareReminder.customer_id == Customer.id,
            CareReminder.occasion == code,
            CareReminder.occurs_on == day,
            CareReminder.deleted_at.is_(None),
        )
        rows = session.execute(
            select(Customer.id, Customer.name, Customer.effective_tier)
            .where(
                Customer.deleted_at.is_(None),
                Customer.effective_tier.in_(GREETED_TIERS),
                ~done,
            )
            .order_by(Customer.effective_tier, Customer.name, Customer.id)
            .limit(limit)
        )
        items.extend(CareItem(code, day, cid, name, tier) for cid, name, tier in rows)
    return items


def _dated_items(session: Session, start: date, end: date) -> list[CareItem]:
    month_days = _month_days(start, end)
    keys = list(month_days)
    items: list[CareItem] = []
    for occasion, column in (
        ("founded", Customer.founded_date),
        ("cooperation", Customer.first_cooperation_date),
    ):
        mmdd = func.strftime(literal_column(DAY_OF_YEAR), type_coerce(column, String))
        rows = session.execute(
            select(Customer.id, Customer.name, Customer.effective_tier, column, mmdd).where(
                Customer.deleted_at.is_(None), column.is_not(None), mmdd.in_(keys)
            )
        )
        for cid, name, tier, since, key in rows:
            day = month_days[key]
            if day.year > since.year:
                items.append(CareItem(occasion, day, cid, name, tier, years=day.year - since.year))
    mmdd = func.strftime(literal_column(DAY_OF_YEAR), type_coerce(Contact.birthday, String))
    rows = session.execute(
        select(Customer.id, Customer.name, Customer.effective_tier, Contact.id, Contact.name, mmdd)
        .join(Customer, Customer.id == Contact.customer_id)
        .where(
            Contact.deleted_at.is_(None),
            Customer.deleted_at.is_(None),
            Contact.birthday.is_not(None),
            mmdd.in_(keys),
        )
    )
    for cid, name, tier, contact_id, contact_name, key in rows:
        items.append(
            CareItem("birthday", month_days[key], cid, name, tier, contact_id, contact_name)
        )
    return items


def care_between(
    session: Session, start: date, end: date, *, limit: int = 500, festivals: bool = True
) -> list[CareItem]:
    """List the care occasions start…end not yet dismissed or greeted, by day.

    Read a day at a time: on a big book the first day or two fill the list, and the days after
    are never read (a hundred thousand customers' anniversaries over a week are ~7,000 rows).
    """
    handled = _handled(session, start, end)
    items: list[CareItem] = []
    for day in days_between(start, end):
        found = [
            item
            for item in _dated_items(session, day, day)
            if (item.customer_id, item.occasion, day, item.contact_id or "") not in handled
        ]
        if festivals:
            found.extend(_festival_items(session, day, day, limit - len(items)))
        found.sort(key=lambda item: (item.tier, item.customer_name, item.key))
        items.extend(found)
        if len(items) >= limit:
            break
    return items[:limit]


def care_reminders(session: Session, today: date, *, limit: int = 500) -> list[CareItem]:
    """List the care reminders due now: occasions from today to the lead days ahead."""
    return care_between(session, today, today + timedelta(days=lead_days(session)), limit=limit)


def greeting_text(session: Session, item: CareItem, lang: str | None = None) -> str:
    """Fill the occasion's message template from the customer (and contact)."""
    extra: dict[str, Any] = {"years": item.years} if item.years else {}
    return fill_template(
        session,
        item.template_key,
        customer_id=item.customer_id,
        contact_id=item.contact_id,
        lang=lang,
        date=item.occurs_on,
        **extra,
    )


def _record(
    session: Session, changes: ChangeSet, item: CareItem, status: str, now: datetime, **more: Any
) -> CareReminder:
    customer = session.get(Customer, item.customer_id)
    if customer is None or customer.deleted_at is not None:
        raise ActionError("pipeline.customer_gone")
    row = CareReminder(
        customer_id=item.customer_id,
        contact_id=item.contact_id,
        occasion=item.occasion,
        occurs_on=item.occurs_on,
        status=status,
        owner=customer.owner,
        **more,
    )
    changes.create(session, row, now)
    return row


def dismiss_care(session: Session, item: CareItem, *, now: datetime | None = None) -> Outcome:
    """Dismiss a care reminder so it does not come back."""
    changes = ChangeSet()
    row = _record(session, changes, item, "dismissed", now or utcnow())
    session.flush()
    return Outcome(changes, created_id=row.id)


def send_greeting(
    session: Session, item: CareItem, text: str, *, now: datetime | None = None
) -> Outcome:
    """Log a care greeting (WeChat) as an activity and close the reminder."""
    now = now or utcnow()
    text = text.strip()
    if not text:
        raise ActionError("calendar.greeting_empty")
    changes = ChangeSet()
    customer = session.get(Customer, item.customer_id)
    if customer is None or customer.deleted_at is not None:
        raise ActionError("pipeline.customer_gone")
    activity = changes.create(
        session,
        Activity(
            customer_id=item.customer_id,
            contact_id=item.contact_id,
            occurred_at=now,
            channel="wechat",
            kind="care",
            summary=text,
            owner=customer.owner,
        ),
        now,
    )
    session.flush()
    _record(session, changes, item, "done", now, activity_id=activity.id)
    session.flush()
    return Outcome(changes, created_id=activity.id)
