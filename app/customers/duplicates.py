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

from sqlalchemy import func, select, union_all
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


def _name_groups(session: Session) -> list[list[str]]:
    groups: dict[str, list[str]] = defaultdict(list)
    rows = session.execute(
        select(Customer.id, Customer.name, Customer.name_key).where(Customer.deleted_at.is_(None))
    )
    for customer_id, name, name_key in rows:
        key = group_name_key(name_key or normalise_company_name(name or ""))
        if key:
            groups[key].append(customer_id)
    return list(groups.values())


def _shared(session: Session, customer_key: object, contact_key: object) -> list[list[str]]:
    live = Customer.deleted_at.is_(None)
    keyed = union_all(
        select(Customer.id.label("cid"), customer_key.label("k")).where(live),  # type: ignore[attr-defined]
        select(Contact.customer_id.label("cid"), contact_key.label("k"))  # type: ignore[attr-defined]
        .join(Customer, Customer.id == Contact.customer_id)
        .where(live, Contact.deleted_at.is_(None)),
    ).subquery()
    rows = session.execute(
        select(func.group_concat(keyed.c.cid.distinct()))
        .where(keyed.c.k.is_not(None), keyed.c.k != "")
        .group_by(keyed.c.k)
        .having(func.count(keyed.c.cid.distinct()).between(2, MAX_GROUP))
    )
    return [ids.split(",") for (ids,) in rows]


def dismissed(session: Session) -> set[str]:
    """Return the pair keys the rep marked as not a duplicate."""
    value = settings.get(session, DISMISSED)
    return {str(key) for key in value} if isinstance(value, list) else set()


def find_duplicates(session: Session, limit: int = 500) -> list[DuplicatePair]:
    """List possible duplicate pairs, most reasons first, leaving dismissed pairs out."""
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    sources = (
        ("name", _name_groups(session)),
        ("phone", _shared(session, Customer.phone_key, Contact.phone_key)),
        ("email", _shared(session, func.lower(Customer.email), func.lower(Contact.email))),
    )
    for reason, groups in sources:
        for ids in groups:
            if 2 <= len(ids) <= MAX_GROUP:
                for pair in combinations(sorted(set(ids)), 2):
                    found[pair].add(reason)
    skip = dismissed(session)
    pairs = [
        DuplicatePair(a, b, tuple(code for code in REASONS if code in reasons))
        for (a, b), reasons in found.items()
        if pair_key(a, b) not in skip
    ]
    pairs.sort(key=lambda p: (-len(p.reasons), REASONS.index(p.reasons[0]), p.first_id))
    return pairs[:limit]


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
