"""Creating and editing a customer record (and its first contact) as one undoable action."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import settings
from app.changes import ActionError, ChangeSet, Outcome
from app.i18n import msg
from app.models import Contact, Customer
from app.models.customers import CONTACT_ROLES
from app.models.types import utcnow
from app.parsing.errors import ValueProblem
from app.parsing.values import normalise_company_name, parse_email, parse_phone

BASIC_FIELDS = ("name", "industry", "size_band", "region", "city", "address", "source", "notes")


@dataclass
class ContactInput:
    """One person at the customer, as the form asks."""

    name: str = ""
    role: str = "other"
    phone: str = ""
    email: str = ""
    wechat: str = ""
    birthday: date | None = None
    title: str = ""
    notes: str = ""

    def is_blank(self) -> bool:
        return not any((self.name.strip(), self.phone.strip(), self.email.strip()))


@dataclass
class CustomerInput:
    """What the new-customer form asks: the basics and, optionally, one contact."""

    name: str = ""
    industry: str = ""
    size_band: str = ""
    region: str = ""
    city: str = ""
    address: str = ""
    source: str = ""
    notes: str = ""
    phone: str = ""
    email: str = ""
    contact: ContactInput = field(default_factory=ContactInput)


def _phone(text: str, caption: str, problems: list[str]) -> tuple[str | None, str | None]:
    if not text.strip():
        return None, None
    try:
        phone = parse_phone(text)
    except ValueProblem:
        problems.append(msg("customer.bad_phone", field=caption, text=text))
        return None, None
    return (phone.display, phone.key) if phone else (None, None)


def _email(text: str, caption: str, problems: list[str]) -> str | None:
    if not text.strip():
        return None
    try:
        return parse_email(text)
    except ValueProblem:
        problems.append(msg("customer.bad_email", field=caption, text=text))
        return None


def validate_customer(session: Session, data: CustomerInput) -> list[str]:
    """List what is wrong with the form, in the user's language (empty when it can be saved)."""
    problems: list[str] = []
    if not normalise_company_name(data.name):
        problems.append(msg("customer.name_empty"))
    else:
        key = normalise_company_name(data.name)
        taken = session.scalar(
            select(Customer.name).where(Customer.name_key == key, Customer.deleted_at.is_(None))
        )
        if taken:
            problems.append(msg("customer.name_taken", name=taken))
    _phone(data.phone, msg("customer.field.phone"), problems)
    _email(data.email, msg("customer.field.email"), problems)
    if not data.contact.is_blank():
        problems.extend(validate_person(data.contact))
    return problems


def validate_person(person: ContactInput) -> list[str]:
    """List what is wrong with a contact's form, in the user's language."""
    problems: list[str] = []
    if not person.name.strip():
        problems.append(msg("customer.contact_name_empty"))
    if person.role not in CONTACT_ROLES:
        problems.append(msg("customer.contact_role"))
    _phone(person.phone, msg("customer.field.contact_phone"), problems)
    _email(person.email, msg("customer.field.contact_email"), problems)
    if person.birthday and not date(1900, 1, 1) <= person.birthday <= date.today():
        problems.append(msg("customer.contact_birthday"))
    return problems


def check_phone(text: str, caption: str, problems: list[str]) -> None:
    """Add a line to problems when text is neither blank nor a phone number."""
    _phone(text, caption, problems)


def check_email(text: str, caption: str, problems: list[str]) -> None:
    """Add a line to problems when text is neither blank nor an e-mail address."""
    _email(text, caption, problems)


def phone_of(text: str) -> tuple[str | None, str | None]:
    """Return (display, key) of a phone already validated; (None, None) when blank."""
    return _phone(text, "", [])


def email_of(text: str) -> str | None:
    """Return an e-mail already validated, lower-cased; None when blank."""
    return _email(text, "", [])


def create_customer(
    session: Session, data: CustomerInput, *, now: datetime | None = None
) -> Outcome:
    """Create a customer and its first contact; refuse (nothing written) when the form is wrong."""
    now = now or utcnow()
    problems = validate_customer(session, data)
    if problems:
        raise ActionError("pipeline.problems", problems="\n".join(problems))
    ignored: list[str] = []
    phone, phone_key = _phone(data.phone, "", ignored)
    owner = settings.get(session, "owner") or None
    changes = ChangeSet()
    values = {name: (getattr(data, name).strip() or None) for name in BASIC_FIELDS}
    customer = Customer(
        **values,
        name_key=normalise_company_name(data.name),
        phone=phone,
        phone_key=phone_key,
        email=_email(data.email, "", ignored),
        info_verified_at=now,
        owner=owner,
    )
    customer.name = data.name.strip()
    changes.create(session, customer, now)
    session.flush()
    person = data.contact
    if not person.is_blank():
        contact_phone, contact_key = _phone(person.phone, "", ignored)
        changes.create(
            session,
            Contact(
                customer_id=customer.id,
                name=person.name.strip(),
                role=person.role,
                phone=contact_phone,
                phone_key=contact_key,
                email=_email(person.email, "", ignored),
                wechat=person.wechat.strip() or None,
                birthday=person.birthday,
                is_primary=True,
                owner=owner,
            ),
            now,
        )
        session.flush()
    return Outcome(changes, created_id=customer.id)
