"""What the customer grid and table read: pages of customers, filtered and sorted in SQL.

The search box's condition comes from app.customers.search (`matches`), so typing combines
with every filter. Pages continue after the last row shown (keyset paging on the sort key and
the id, both in the same direction, compared as one row value so SQLite walks the index);
the next visit is read for the page's own rows in one grouped query.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    String,
    and_,
    func,
    literal,
    literal_column,
    or_,
    select,
    tuple_,
    type_coerce,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from app import settings
from app.customers.search import is_broad, matches
from app.growth.suggestions import best_offers
from app.models import Customer, VisitPlan
from app.models.customers import TIER_KEY_SQL, TIERS
from app.models.types import utcnow

PAGE_SIZE = 100
# Sort names and whether each runs descending unless asked otherwise.
SORTS: dict[str, bool] = {
    "name": False,
    "tier": False,
    "revenue": True,
    "last_contact": True,
    "next_visit": False,
    "verified": False,
    "industry": False,
    "city": False,
    "segment": False,
}
NO_VISIT = "9999-12-31"


@dataclass(frozen=True)
class CustomerFilter:
    """What the filter bar asks for; empty fields do not filter."""

    text: str = ""
    tier: str | None = None
    segment: str | None = None
    at_risk: bool = False
    industry: str | None = None
    city: str | None = None
    owner: str | None = None
    stale_only: bool = False


NO_FILTER = CustomerFilter()


@dataclass(frozen=True)
class CustomerRow:
    """One customer as a card or a table row shows it (plain values, never an ORM object)."""

    id: str
    name: str
    tier: str
    tier_manual: bool
    segment: str | None
    at_risk: bool
    churn_reason: str | None
    industry: str | None
    city: str | None
    owner: str | None
    phone: str | None
    last_contact_at: datetime | None
    revenue_12m: Decimal
    info_verified_at: datetime | None
    stale: bool
    next_visit: date | None
    sort_key: Any = None
    offer: str | None = None  # the best growth suggestion's product (app.derived.growth)


@dataclass(frozen=True)
class FilterChoices:
    """The values the industry, city and owner filters offer."""

    industries: list[str]
    cities: list[str]
    owners: list[str]


def stale_before(session: Session, now: datetime) -> datetime:
    """Return the moment before which verified information counts as stale."""
    days = int(settings.get(session, "info_stale_days") or 180)
    return now - timedelta(days=days)


def _tier() -> ColumnElement[str]:
    return Customer.effective_tier  # type: ignore[return-value]


def filter_clauses(
    flt: CustomerFilter, stale_at: datetime, *, walked: bool = False
) -> list[ColumnElement[bool]]:
    """Return the WHERE conditions of a filter (live customers only).

    walked: the search is tested on each customer the sort's index walk passes (a broad key).
    """
    clauses: list[ColumnElement[bool]] = [Customer.deleted_at.is_(None)]
    searched = matches(flt.text, walked=walked)
    if searched is not None:
        clauses.append(searched)
    if flt.tier in TIERS:
        clauses.append(_tier() == flt.tier)
    if flt.segment:
        clauses.append(Customer.rfm_segment == flt.segment)
    if flt.at_risk:
        clauses.append(Customer.churn_risk.is_(True))
    for column, value in (
        (Customer.industry, flt.industry),
        (Customer.city, flt.city),
        (Customer.owner, flt.owner),
    ):
        if value:
            clauses.append(column == value)
    if flt.stale_only:
        clauses.append(
            or_(Customer.info_verified_at.is_(None), Customer.info_verified_at < stale_at)
        )
    return clauses


def _next_visits() -> Any:
    return (
        select(VisitPlan.customer_id, func.min(VisitPlan.due_date).label("due"))
        .where(VisitPlan.status == "planned", VisitPlan.deleted_at.is_(None))
        .group_by(VisitPlan.customer_id)
        .subquery("next_visit")
    )


def _sort(sort: str) -> tuple[str, bool]:
    name, _, direction = sort.partition(":")
    if name not in SORTS:
        raise ValueError(f"unknown sort {sort!r}")
    return name, (direction == "desc") if direction else SORTS[name]


# Sorts on a column that may be empty: NULL sorts first going up and last going down (SQLite's
# own order), so each walks its index. Up, "never contacted" comes first: the longest without.
NULLABLE = {
    "last_contact": Customer.last_contact_at,
    "verified": Customer.info_verified_at,
    "industry": Customer.industry,
    "city": Customer.city,
    "segment": Customer.rfm_segment,
}


def _key(name: str, visits: Any) -> ColumnElement[Any]:
    """The sort expression; NULL only for the columns in NULLABLE."""
    match name:
        case "name":
            return type_coerce(Customer.name, String)
        case "revenue":
            return type_coerce(Customer.revenue_12m, Integer)
        case "tier":  # as literal SQL, so SQLite uses the expression index of the same text
            return literal_column(TIER_KEY_SQL, String)
        case "next_visit":
            return func.coalesce(type_coerce(visits.c.due, String), NO_VISIT)
    return type_coerce(NULLABLE[name], String)


def _after(key: ColumnElement[Any], name: str, descending: bool, after: CustomerRow) -> Any:
    last = after.sort_key
    mine, theirs = tuple_(key, Customer.id), tuple_(literal(last), literal(after.id))
    beyond = mine < theirs if descending else mine > theirs
    if name not in NULLABLE:
        return beyond
    if descending:  # the filled ones going down, then the empty ones
        if last is None:
            return and_(key.is_(None), Customer.id < after.id)
        return or_(beyond, key.is_(None))
    if last is None:  # the empty ones first, then the filled ones going up
        return or_(and_(key.is_(None), Customer.id > after.id), key.is_not(None))
    return beyond


def _columns(key: ColumnElement[Any]) -> list[Any]:
    return [
        Customer.id,
        Customer.name,
        _tier(),
        Customer.tier_override,
        Customer.rfm_segment,
        Customer.churn_risk,
        Customer.churn_reason,
        Customer.industry,
        Customer.city,
        Customer.owner,
        Customer.phone,
        Customer.last_contact_at,
        Customer.revenue_12m,
        Customer.info_verified_at,
        key.label("sort_key"),
    ]


def _rows(session: Session, rows: Sequence[Any], stale_at: datetime) -> list[CustomerRow]:
    ids = [row[0] for row in rows]
    visits: dict[str, date] = {}
    if ids:
        earliest = session.execute(
            select(VisitPlan.customer_id, func.min(VisitPlan.due_date))
            .where(
                VisitPlan.customer_id.in_(ids),
                VisitPlan.status == "planned",
                VisitPlan.deleted_at.is_(None),
            )
            .group_by(VisitPlan.customer_id)
        )
        visits = {customer_id: due for customer_id, due in earliest}
    offers = best_offers(session, ids) if ids else {}
    return [
        CustomerRow(
            id=row[0],
            name=row[1],
            tier=row[2],
            tier_manual=row[3] in TIERS,
            segment=row[4],
            at_risk=bool(row[5]),
            churn_reason=row[6],
            industry=row[7],
            city=row[8],
            owner=row[9],
            phone=row[10],
            last_contact_at=row[11],
            revenue_12m=row[12] if row[12] is not None else Decimal(0),
            info_verified_at=row[13],
            stale=row[13] is None or row[13] < stale_at,
            next_visit=visits.get(row[0]),
            sort_key=row[14],
            offer=offers.get(row[0]),
        )
        for row in rows
    ]


def list_query(
    flt: CustomerFilter,
    sort: str,
    stale_at: datetime,
    after: CustomerRow | None = None,
    *,
    walked: bool = False,
) -> Select[Any]:
    """Return the page query (without LIMIT), for fetching and for EXPLAIN QUERY PLAN."""
    name, descending = _sort(sort)
    visits = _next_visits() if name == "next_visit" else None
    key = _key(name, visits)
    query = select(*_columns(key)).select_from(Customer)
    if visits is not None:
        query = query.outerjoin(visits, visits.c.customer_id == Customer.id)
    query = query.where(*filter_clauses(flt, stale_at, walked=walked))
    if after is not None:
        query = query.where(_after(key, name, descending, after))
    if descending:
        return query.order_by(key.desc(), Customer.id.desc())
    return query.order_by(key.asc(), Customer.id.asc())


def fetch_customers(
    session: Session,
    flt: CustomerFilter = NO_FILTER,
    sort: str = "revenue",
    *,
    after: CustomerRow | None = None,
    limit: int = PAGE_SIZE,
    now: datetime | None = None,
) -> list[CustomerRow]:
    """Return one page of customers in sort order, continuing after the row given."""
    stale_at = stale_before(session, now or utcnow())
    # Every sort but the next visit walks an index: for a broad search, walking it to a page of
    # matches reads far fewer customers than sorting all of them (a cold "zhang": 155 → 4 ms).
    walked = _sort(sort)[0] != "next_visit" and bool(flt.text) and is_broad(session, flt.text)
    query = list_query(flt, sort, stale_at, after, walked=walked).limit(limit)
    return _rows(session, session.execute(query).all(), stale_at)


def fetch_customer_row(
    session: Session, customer_id: str, sort: str = "revenue", now: datetime | None = None
) -> CustomerRow | None:
    """Return one live customer's row (to repaint it after an edit), None when retired."""
    stale_at = stale_before(session, now or utcnow())
    name, _descending = _sort(sort)
    visits = _next_visits() if name == "next_visit" else None
    query = select(*_columns(_key(name, visits))).select_from(Customer)
    if visits is not None:
        query = query.outerjoin(visits, visits.c.customer_id == Customer.id)
    row = session.execute(
        query.where(Customer.id == customer_id, Customer.deleted_at.is_(None))
    ).first()
    return _rows(session, [row], stale_at)[0] if row else None


def count_listed(
    session: Session,
    flt: CustomerFilter = NO_FILTER,
    now: datetime | None = None,
    cap: int | None = None,
) -> int:
    """Count every customer the filter lets through (the count label, beyond one page).

    With a cap the count stops past it (cap + 1 means "more than cap"): a broad search such as
    one letter matches most of a big book, and counting every match would hold the list up.
    """
    stale_at = stale_before(session, now or utcnow())
    matching = select(Customer.id).where(*filter_clauses(flt, stale_at))
    if cap is not None:
        matching = matching.limit(cap + 1)
    return int(session.scalar(select(func.count()).select_from(matching.subquery())) or 0)


def filter_choices(session: Session) -> FilterChoices:
    """Return the industries, cities and owners of live customers, for the filter bar."""

    def distinct(column: Any) -> list[str]:
        query = (
            select(column)
            .where(Customer.deleted_at.is_(None), column.is_not(None), column != "")
            .distinct()
            .order_by(column)
        )
        return list(session.scalars(query))

    return FilterChoices(
        distinct(Customer.industry), distinct(Customer.city), distinct(Customer.owner)
    )
