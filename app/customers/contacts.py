"""A customer's contacts: add, edit and retire them, each as one undoable action."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from app.changes import ActionError, ChangeSet, Outcome
from app.customers.records import ContactInput, email_of, phone_of, validate_person
from app.models import Contact, Customer
from app.models.types import utcnow


def _values(data: ContactInput) -> dict[str, object]:
    phone, key = phone_of(data.phone)
    return {
        "name": data.name.strip(),
        "title": data.title.strip() or None,
        "role": data.role,
        "phone": phone,
        "phone_key": key,
        "email": email_of(data.email),
        "wechat": data.wechat.strip() or None,
        "birthday": data.birthday,
        "notes": data.notes.strip() or None,
    }


def _check(data: ContactInput) -> None:
    problems = validate_person(data)
    if problems:
        raise ActionError("pipeline.problems", problems="\n".join(problems))


def contact_input(contact: Contact) -> ContactInput:
    """Return a contact's values as the contact form shows them."""
    return ContactInput(
        name=contact.name,
        role=contact.role,
        phone=contact.phone or "",
        email=contact.email or "",
        wechat=contact.wechat or "",
        birthday=contact.birthday,
        title=contact.title or "",
        notes=contact.notes or "",
    )


def load_contact(session: Session, contact_id: str) -> ContactInput:
    """Return the form values of a live contact (ActionError when it is gone)."""
    return contact_input(_live(session, contact_id))


def _live(session: Session, contact_id: str) -> Contact:
    contact = session.get(Contact, contact_id)
    if contact is None or contact.deleted_at is not None:
        raise ActionError("customers.contact_gone")
    return contact


def add_contact(
    session: Session, customer_id: str, data: ContactInput, *, now: datetime | None = None
) -> Outcome:
    """Add a person to a customer; the first one becomes the primary contact."""
    now = now or utcnow()
    customer = session.get(Customer, customer_id)
    if customer is None or customer.deleted_at is not None:
        raise ActionError("pipeline.customer_gone")
    _check(data)
    has_primary = any(c.is_primary and c.deleted_at is None for c in customer.contacts)
    changes = ChangeSet()
    contact = changes.create(
        session,
        Contact(
            customer_id=customer_id,
            is_primary=not has_primary,
            owner=customer.owner,
            **_values(data),
        ),
        now,
    )
    session.flush()
    return Outcome(changes, created_id=contact.id)


def update_contact(
    session: Session, contact_id: str, data: ContactInput, *, now: datetime | None = None
) -> Outcome:
    """Save an edited contact; only what changed is written."""
    now = now or utcnow()
    contact = _live(session, contact_id)
    _check(data)
    changed = {k: v for k, v in _values(data).items() if getattr(contact, k) != v}
    changes = ChangeSet()
    if changed:
        changes.update(contact, now, **changed)
    return Outcome(changes)


def retire_contact(session: Session, contact_id: str, *, now: datetime | None = None) -> Outcome:
    """Retire a contact who left (a tombstone; undo brings them back)."""
    now = now or utcnow()
    contact = _live(session, contact_id)
    changes = ChangeSet()
    changes.update(contact, now, deleted_at=now, is_primary=False)
    return Outcome(changes)
