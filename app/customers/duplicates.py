"""Possible duplicate customers: the same normalised name, phone or e-mail on two live records.

Each key is grouped in one pass (names) or one GROUP BY (phones and e-mails of customers and
their contacts), so the cost grows with the book, not with its square. A key shared by more
than MAX_GROUP customers (a switchboard, a placeholder address) says nothing about any pair and
is left out. Pairs the rep dismissed ("not a duplicate") are kept in one setting.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from itertools import combinations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import settings
from app.changes import Outcome
from app.i18n import msg
from app.labels import label
from app.models import Activity, Contact, Customer, Deal, Order
from app.parsing.values import normalise_company_name

REASONS = ("name", "phone", "email")
MAX_GROUP = 8
DISMISSED = "customers.not_duplicates"
_GROUP_SUFFIXES = ("集团", "group", "holdings")


def group_name_key(name_key: str) -> str:
    """Loosen a stored name key for duplicate hints: 云启集团 and 云启 are probably one customer."""
    if name_key.endswith(_GROUP_SUFFIXES):
        for suffix in _GROUP_SUFFIXES:
            if name_key.endswith(suffix) and len(name_key) > len(suffix):
                return name_key[: -len(suffix)]
    return name_key


def duplicate_name_key(name: str) -> str:
    """Return the key two names share when they probably name one company.

    Width, case, spaces, brackets and punctuation are ignored and the legal form is dropped
    (有限公司, 股份有限公司, 有限责任公司, 公司, Co., Ltd., Inc. …, see normalise_company_name),
    and so is a trailing 集团 / Group.
    """
    return group_name_key(normalise_company_name(name))


@dataclass(frozen=True)
class DuplicatePair:
    """Two live customers that may be one, and why (codes from REASONS, in that order)."""

    first_id: str
    second_id: str
    reasons: tuple[str, ...]

    @property
    def key(self) -> str:
        return pair_key(self.first_id, self.second_id)


def pair_key(one: str, other: str) -> str:
    """Return the order-free key of a pair, as dismissals store it."""
    return "|".join(sorted((one, other)))


def reason_text(code: str) -> str:
    """Return a duplicate reason code as words in the current language."""
    if code == "name":
        return msg("customers.dup_reason.name")
    if code == "phone":
        return msg("customers.dup_reason.phone")
    if code == "email":
        return msg("customers.dup_reason.email")
    return code


def describe_reasons(reasons: tuple[str, ...]) -> str:
    """Join a pair's reasons the way the current language lists things."""
    return label("list.separator").join(reason_text(code) for code in reasons)


def _groups(session: Session) -> dict[str, list[set[str]]]:
    """Group live customers by name key, phone key and e-mail in one pass over each table."""
    by: dict[str, dict[str, set[str]]] = {code: defaultdict(set) for code in REASONS}
    names, phones, emails = by["name"], by["phone"], by["email"]
    conn = session.connection()
    # Raw tuples: 100k customers and their contacts are read once, keyed in plain dicts.
    customers = conn.exec_driver_sql(
        "SELECT id, name, name_key, phone_key, lower(email) FROM customer WHERE deleted_at IS NULL"
    ).fetchall()
    for customer_id, name, name_key, phone, email in customers:
        key = group_name_key(name_key or normalise_company_name(name or ""))
        if key:
            names[key].add(customer_id)
        if phone:
            phones[phone].add(customer_id)
        if email:
            emails[email].add(customer_id)
    live = {row[0] for row in customers}
    contacts = conn.exec_driver_sql(
        "SELECT customer_id, phone_key, lower(email) FROM contact"
        " WHERE deleted_at IS NULL AND (phone_key IS NOT NULL OR email IS NOT NULL)"
    ).cursor.fetchall()
    for customer_id, phone, email in contacts:
        if customer_id in live:
            if phone:
                phones[phone].add(customer_id)
            if email:
                emails[email].add(customer_id)
    return {
        code: [ids for ids in keyed.values() if 2 <= len(ids) <= MAX_GROUP]
        for code, keyed in by.items()
    }


def dismissed(session: Session) -> set[str]:
    """Return the pair keys the rep marked as not a duplicate."""
    value = settings.get(session, DISMISSED)
    return {str(key) for key in value} if isinstance(value, list) else set()


def find_duplicates(session: Session, limit: int = 500) -> list[DuplicatePair]:
    """List possible duplicate pairs, most reasons first, leaving dismissed pairs out."""
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    for reason, groups in _groups(session).items():
        for ids in groups:
            for pair in combinations(sorted(ids), 2):
                found[pair].add(reason)
    skip = dismissed(session)
    rank = {code: index for index, code in enumerate(REASONS)}

    def strength(item: tuple[tuple[str, str], set[str]]) -> tuple[int, int]:
        return -len(item[1]), min(rank[code] for code in item[1])

    ordered = sorted(found.items(), key=strength)
    pairs: list[DuplicatePair] = []
    for (a, b), reasons in ordered:
        if len(pairs) == limit:
            break
        if pair_key(a, b) not in skip:
            pairs.append(DuplicatePair(a, b, tuple(code for code in REASONS if code in reasons)))
    return pairs


def dismiss_pair(session: Session, one: str, other: str) -> Outcome:
    """Remember that two customers are not one (a setting; there is nothing to undo)."""
    keys = sorted(dismissed(session) | {pair_key(one, other)})
    settings.put(session, DISMISSED, keys)
    return Outcome()


@dataclass(frozen=True)
class CustomerSide:
    """What the duplicates view shows of one side of a pair."""

    customer_id: str
    name: str
    tier: str
    industry: str
    city: str
    phone: str
    email: str
    contacts: int
    deals: int
    orders: int
    activities: int
    revenue_12m: Decimal


def _counts(
    session: Session, model: type[Contact | Deal | Order | Activity], ids: list[str]
) -> dict[str, int]:
    rows = session.execute(
        select(model.customer_id, func.count())
        .where(model.customer_id.in_(ids), model.deleted_at.is_(None))
        .group_by(model.customer_id)
    )
    return {customer_id: count for customer_id, count in rows}


def sides(session: Session, ids: list[str]) -> dict[str, CustomerSide]:
    """Return the key fields and record counts of these customers, by id."""
    contacts, deals = _counts(session, Contact, ids), _counts(session, Deal, ids)
    orders, activities = _counts(session, Order, ids), _counts(session, Activity, ids)
    out: dict[str, CustomerSide] = {}
    for c in session.scalars(select(Customer).where(Customer.id.in_(ids))):
        out[c.id] = CustomerSide(
            c.id,
            c.name,
            c.effective_tier,
            c.industry or "",
            c.city or "",
            c.phone or "",
            c.email or "",
            contacts.get(c.id, 0),
            deals.get(c.id, 0),
            orders.get(c.id, 0),
            activities.get(c.id, 0),
            c.revenue_12m or Decimal(0),
        )
    return out
