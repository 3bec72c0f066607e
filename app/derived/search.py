"""The one builder of a customer's search text, and its refresh for the customers touched.

The haystack holds, separated by \\x1f so no match spans two values: the folded name, its full
pinyin and pinyin initials, the digits of every customer and contact phone, every email, and
each contact's name with its full pinyin. Queries are folded the same way (see `search_key`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable

from sqlalchemy import Connection, bindparam, select, update

from app.bulk import chunked
from app.models import Contact, Customer, table_of
from app.text import fold, phone_key, pinyin_keys

SEPARATOR = "\x1f"
_NOT_DIGIT = re.compile(r"\D+")
_PHONE_LIKE = re.compile(r"^[\d\s()+\-./]+$")


def _phone_parts(phone: str | None) -> list[str]:
    if not phone:
        return []
    digits = _NOT_DIGIT.sub("", phone)
    key = phone_key(phone)
    return [part for part in dict.fromkeys((key, digits)) if part]


def customer_search_text(
    name: str,
    phones: Iterable[str | None] = (),
    emails: Iterable[str | None] = (),
    contact_names: Iterable[str | None] = (),
) -> str:
    """Build the lower-case haystack the customer search matches against."""
    folded = fold(name or "")
    full, initials = pinyin_keys(folded)
    parts = [folded, full, initials]
    for phone in phones:
        parts.extend(_phone_parts(phone))
    parts.extend(fold(email) for email in emails if email)
    for contact in contact_names:
        if contact:
            folded_contact = fold(contact)
            parts.append(folded_contact)
            parts.append(pinyin_keys(folded_contact)[0])
    return SEPARATOR.join(dict.fromkeys(part for part in parts if part))


def search_key(query: str) -> str:
    """Fold a typed query like the haystack: '138-0013 8000' → '13800138000', 'ＨＺ' → 'hz'."""
    text = fold(query.strip())
    if _PHONE_LIKE.match(text) and sum(ch.isdigit() for ch in text) >= 4:
        return _NOT_DIGIT.sub("", text)
    return text


def refresh_search_text(conn: Connection, customer_ids: Collection[str]) -> int:
    """Rebuild the search text of these customers from their rows and live contacts.

    Derived data, so updated_at stays: a rebuild is not an edit sync should carry.
    """
    customers, contacts = table_of(Customer), Contact.__table__
    changed: list[dict[str, str]] = []
    for ids in chunked(sorted(set(customer_ids))):
        people: dict[str, list[tuple[str, str | None, str | None]]] = defaultdict(list)
        query = (
            select(contacts.c.customer_id, contacts.c.name, contacts.c.phone, contacts.c.email)
            .where(contacts.c.customer_id.in_(ids), contacts.c.deleted_at.is_(None))
            .order_by(contacts.c.is_primary.desc(), contacts.c.created_at, contacts.c.id)
        )
        for customer_id, name, phone, email in conn.execute(query):
            people[customer_id].append((name, phone, email))
        query = select(
            customers.c.id,
            customers.c.name,
            customers.c.phone,
            customers.c.email,
            customers.c.search_text,
        ).where(customers.c.id.in_(ids))
        for row in conn.execute(query):
            mine = people[row.id]
            fresh = customer_search_text(
                row.name,
                [row.phone, *(p[1] for p in mine)],
                [row.email, *(p[2] for p in mine)],
                [p[0] for p in mine],
            )
            if fresh != row.search_text:
                changed.append({"customer_id": row.id, "text": fresh})
    if changed:
        conn.execute(
            update(customers)
            .where(customers.c.id == bindparam("customer_id"))
            .values(search_text=bindparam("text"), updated_at=customers.c.updated_at),
            changed,
        )
    return len(changed)
