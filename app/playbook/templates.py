"""Message templates (greetings, follow-ups, payment reminders) filled from a customer or deal.

The texts are shipped as data (the "templates" section of app/data/playbook.json) in Simplified
Chinese and English. Placeholders, by name:

  {contact}  the contact's name        {company}  the customer's name
  {product}  the product talked about  {date}     a date (today unless given; a payment reminder: the open payment's due date)
  {amount}   an amount in ¥ (the deal's; a payment reminder: what is still owed)
  {rep}      the rep (setting "owner")
  {years}    years since founding / first cooperation (anniversaries)
  {holiday}  the holiday's name (the general greeting)

A value that cannot be found leaves a readable blank such as 【联系人】 / [contact]; a placeholder
the code does not know is left the same way, never a KeyError.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from string import Formatter
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import settings
from app.i18n import language
from app.labels import label
from app.models import Contact, Customer, Deal, Order, Payment, Product
from app.playbook.content import PlaybookItem, load_shipped

PLACEHOLDERS = ("contact", "company", "product", "date", "amount", "rep", "years", "holiday")
TEMPLATE_KINDS = (
    "holiday",
    "anniversary",
    "birthday",
    "after_visit",
    "proposal_followup",
    "payment_reminder",
    "complaint_followup",
)


@dataclass(frozen=True)
class Template:
    """One message template: key, kind, title and text in the chosen language."""

    key: str
    kind: str
    title: str
    text: str


def _code(lang: str | None) -> str:
    return "zh" if (lang or language()).startswith("zh") else "en"


def _shipped() -> list[PlaybookItem]:
    return [item for item in load_shipped()[0] if item.kind == "template"]


def _as_template(item: PlaybookItem, lang: str | None) -> Template:
    return Template(item.key, item.group, item.title_in(lang), item.text_in(lang))


def list_templates(kind: str | None = None, lang: str | None = None) -> list[Template]:
    """List the shipped templates (of one kind, or all) in the shipped order."""
    return [_as_template(item, lang) for item in _shipped() if kind is None or item.group == kind]


def get_template(key: str, lang: str | None = None) -> Template | None:
    """Return one template by key, or None when no template has it."""
    for item in _shipped():
        if item.key == key:
            return _as_template(item, lang)
    return None


def blank(name: str, lang: str | None = None) -> str:
    """Return the readable blank left where a value is missing."""
    word = label(f"placeholder.{name}", "zh_CN" if _code(lang) == "zh" else "en")
    if word.startswith("placeholder."):
        word = name
    return f"【{word}】" if _code(lang) == "zh" else f"[{word}]"


def render_text(text: str, values: dict[str, Any], lang: str | None = None) -> str:
    """Fill {named} placeholders; missing or unknown names become readable blanks."""
    out: list[str] = []
    try:
        parsed = list(Formatter().parse(text))
    except ValueError:  # an unbalanced brace in edited text: show it as written
        return text
    for literal, name, _spec, _conv in parsed:
        out.append(literal)
        if name is None:
            continue
        value = values.get(name)
        out.append(blank(name, lang) if value in (None, "") else str(value))
    return "".join(out)


def format_amount(amount: Decimal | int | float) -> str:
    """Show an amount as ¥12,345 (¥12,345.50 when it has cents)."""
    value = Decimal(str(amount))
    if value == value.to_integral_value():
        return f"¥{int(value):,}"
    return f"¥{value:,.2f}"


def format_date(day: date, lang: str | None = None) -> str:
    """Show a date as a rep writes it in a message: 12月3日 / 3 Dec 2026."""
    if _code(lang) == "zh":
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {day.strftime('%b')} {day.year}"


def _live(row: Any) -> Any:
    return row if row is not None and row.deleted_at is None else None


def _contact_of(session: Session, customer: Customer | None, deal: Deal | None) -> Contact | None:
    found = _live(session.get(Contact, deal.contact_id)) if deal and deal.contact_id else None
    if found is not None:
        return found
    if customer is None:
        return None
    return session.scalars(
        select(Contact)
        .where(Contact.customer_id == customer.id, Contact.deleted_at.is_(None))
        .order_by(Contact.is_primary.desc(), Contact.created_at)
        .limit(1)
    ).first()


def _product_of(session: Session, customer: Customer | None, deal: Deal | None) -> str | None:
    query = select(Product.name).join(Order, Order.product_id == Product.id)
    if deal is not None:
        found = session.scalars(
            query.where(Order.deal_id == deal.id, Order.deleted_at.is_(None)).limit(1)
        ).first()
        if found:
            return found
    if customer is not None:
        found = session.scalars(
            query.where(Order.customer_id == customer.id, Order.deleted_at.is_(None))
            .order_by(Order.order_date.desc())
            .limit(1)
        ).first()
        if found:
            return found
    return deal.title if deal is not None else None


def _open_payment(
    session: Session, customer: Customer | None, today: date, *, overdue: bool
) -> Payment | None:
    """The payment a reminder is about: the oldest overdue one, or the next one coming due."""
    if customer is None:
        return None
    owed = select(Payment).where(
        Payment.customer_id == customer.id,
        Payment.deleted_at.is_(None),
        Payment.amount_received < Payment.amount_due,
    )
    if overdue:
        first = owed.where(Payment.due_date < today).order_by(Payment.due_date)
    else:
        first = owed.where(Payment.due_date >= today).order_by(Payment.due_date)
    found = session.scalars(first.limit(1)).first()
    return found or session.scalars(owed.order_by(Payment.due_date).limit(1)).first()


def _years(key: str, customer: Customer | None, today: date) -> int | None:
    if customer is None:
        return None
    start = customer.founded_date if "founding" in key else customer.first_cooperation_date
    return today.year - start.year if start is not None else None


def template_values(
    session: Session,
    key: str = "",
    *,
    customer_id: str | None = None,
    deal_id: str | None = None,
    contact_id: str | None = None,
    lang: str | None = None,
    today: date | None = None,
) -> dict[str, Any]:
    """Find the placeholder values a customer / deal / contact gives (missing ones absent)."""
    today = today or date.today()
    deal = _live(session.get(Deal, deal_id)) if deal_id else None
    customer_id = customer_id or (deal.customer_id if deal is not None else None)
    customer = _live(session.get(Customer, customer_id)) if customer_id else None
    contact = _live(session.get(Contact, contact_id)) if contact_id else None
    if contact is None:
        contact = _contact_of(session, customer, deal)
    values: dict[str, Any] = {
        "contact": contact.name if contact is not None else None,
        "company": customer.name if customer is not None else None,
        "product": _product_of(session, customer, deal),
        "date": format_date(today, lang),
        "amount": format_amount(deal.amount) if deal is not None and deal.amount else None,
        "rep": settings.get(session, "owner") or None,
        "years": _years(key, customer, today),
    }
    payment = None
    if key.startswith("payment_"):
        payment = _open_payment(session, customer, today, overdue=key.endswith("_firm"))
    if payment is not None:  # a payment reminder is about what is owed, not the deal's size
        values["amount"] = format_amount(payment.amount_due - payment.amount_received)
        values["date"] = format_date(payment.due_date, lang)
    return {name: value for name, value in values.items() if value not in (None, "")}


def fill_template(
    session: Session,
    key: str,
    *,
    customer_id: str | None = None,
    deal_id: str | None = None,
    contact_id: str | None = None,
    lang: str | None = None,
    **extra: Any,
) -> str:
    """Return a template's text filled from the customer / deal / contact and extra values.

    extra overrides what the records give: date= (a date or text), amount= (a number or
    text), product=, holiday=, years=, contact=, company=, rep=. An unknown key gives "".
    """
    template = get_template(key, lang)
    if template is None:
        return ""
    values = template_values(
        session, key, customer_id=customer_id, deal_id=deal_id, contact_id=contact_id, lang=lang
    )
    for name, value in extra.items():
        if isinstance(value, date):
            value = format_date(value, lang)
        elif isinstance(value, (Decimal, int, float)) and name == "amount":
            value = format_amount(value)
        if value not in (None, ""):
            values[name] = value
    return render_text(template.text, values, lang)
