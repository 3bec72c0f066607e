"""The customer search behind the search box, the pickers and `main.py search`.

A query is folded like the stored haystack (see app.derived.search): name substring, full
pinyin, pinyin initials, phone digits (any 4+ digit fragment, dashes and spaces ignored), email
and contact names. Best match first: the name starting with the query, then a pinyin, phone,
email or contact name starting with it, then a match inside; among equals the larger 12-month
revenue first.

Keys of two or more characters find their candidates in indexes (the trigram index and its
vocabulary, migrations 0011 and 0012); few candidates are ranked at once, and a broad key
("有限公司" matches nearly everyone) is answered rank by rank, walking live customers best
first until the page is full. A one-character key has no index and scans.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ColumnElement, Integer, case, func, literal_column, select, text
from sqlalchemy.orm import Session

from app.derived.search import SEPARATOR, search_key
from app.models import Customer, VisitPlan
from app.models.search_index import MIN_KEY, SEARCH_INDEX, SEARCH_VOCAB

DEFAULT_LIMIT = 20


@dataclass(frozen=True)
class CustomerHit:
    """One search result, as the list, the pickers and `search --json` show it."""

    id: str
    name: str
    tier: str
    segment: str | None
    at_risk: bool
    city: str | None
    phone: str | None
    last_contact: datetime | None
    next_visit: date | None
    revenue_12m: Decimal

    def to_json(self) -> dict[str, object]:
        """The keys of SPEC §10, dates ISO, money as a plain number in yuan."""
        revenue = self.revenue_12m
        return {
            "id": self.id,
            "name": self.name,
            "tier": self.tier,
            "segment": self.segment,
            "at_risk": self.at_risk,
            "city": self.city,
            "phone": self.phone,
            "last_contact": self.last_contact.isoformat() if self.last_contact else None,
            "next_visit": self.next_visit.isoformat() if self.next_visit else None,
            "revenue_12m": int(revenue)
            if revenue == revenue.to_integral_value()
            else float(revenue),
        }


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _like(pattern: str) -> ColumnElement[bool]:
    return Customer.search_text.like(pattern, escape="\\")


_ROWID = literal_column("customer.rowid", Integer())
# The unary plus keeps SQLite from answering the IN from the rowid, so a list walks its sort
# index and tests each customer it passes (see listed_match).
_WALKED_ROWID = literal_column("+customer.rowid", Integer())
_LIVE = Customer.deleted_at.is_(None)
_BEST_FIRST = (-Customer.revenue_12m, Customer.name, Customer.id)  # as ix_customer_search_order
_HEAD = 8  # characters of the haystack ix_customer_search_head holds
_LAST = "\U0010ffff"
# A level with more candidates than this is broad: walking live customers best first
# (ix_customer_search_order) finds a page sooner than ranking every candidate.
BROAD = 1000
# A list sorted by an index of its own (100 a page, 100k customers) reads ~100 × 100k / n rows
# walking that index to a page of n matches, and all n ranking them: walking wins past ~3,000.
LIST_BROAD = 3000

Rows = tuple[str, dict[str, str]]  # a SELECT of customer rowids from indexes, its parameters
_VOCAB_RANGE = f"FROM {SEARCH_VOCAB} WHERE term >= :key AND term < :key || :last"
_STARTING = (  # every trigram starting with the key, as one MATCH expression
    f"SELECT rowid FROM {SEARCH_INDEX} WHERE {SEARCH_INDEX} MATCH coalesce(("
    "SELECT group_concat('\"' || replace(term, '\"', '\"\"') || '\"', ' OR ') "
    f"{_VOCAB_RANGE}), :phrase)"
)
_LIVE_SQL = "SELECT rowid FROM customer WHERE deleted_at IS NULL AND"
_ROWS = {  # by the length of the fragment, capped at 3
    3: f"SELECT rowid FROM {SEARCH_INDEX} WHERE {SEARCH_INDEX} MATCH :phrase",
    # before a third character a trigram starts with it; else it ends the haystack
    2: f"{_STARTING} UNION ALL {_LIVE_SQL} substr(search_text, -2) = :key",
    1: f"{_STARTING} UNION ALL {_LIVE_SQL} substr(search_text, -2) >= :key"
    f" AND substr(search_text, -2) < :key || :last UNION ALL {_LIVE_SQL}"
    " substr(search_text, -1) = :key",
}
_HEADS = (
    f"{_LIVE_SQL} substr(search_text, 1, {_HEAD}) >= :key"
    f" AND substr(search_text, 1, {_HEAD}) < :key || :last"
)
_TERMS = 200  # a short key starting more trigrams than this is broad


def _rows(fragment: str) -> Rows:
    """The index rows of every customer whose haystack may contain the fragment.

    The indexes fold case more widely than LIKE, so these are candidates: LIKE decides. A
    fragment shorter than a trigram is found where it starts one (the index's vocabulary) or
    where it ends the haystack (ix_customer_search_tail, ix_customer_search_last).
    """
    if len(fragment) >= MIN_KEY:
        return _ROWS[3], {"phrase": _phrase(fragment)}
    return _ROWS[len(fragment)], {"key": fragment, "last": _LAST, "phrase": _phrase(fragment)}


def matches(query: str, *, walked: bool = False) -> ColumnElement[bool] | None:
    """The SQL condition a customer meets for the typed query (None: the query is blank).

    walked: tested on each customer a sorted walk passes, not answered from the candidates.
    """
    key = search_key(query)
    if not key:
        return None
    like = _like(f"%{_escape_like(key)}%")
    if len(key) == 1:  # most of a book may hold one character: LIKE alone is faster
        return like
    sql, params = _rows(key)
    return (_WALKED_ROWID if walked else _ROWID).in_(text(sql).bindparams(**params)) & like


def is_broad(session: Session, query: str) -> bool:
    """Tell whether the query has more than LIST_BROAD candidates (a walk finds a page sooner)."""
    key = search_key(query)
    if len(key) < 2:
        return bool(key)
    return _candidates(session, _rows(key), LIST_BROAD) is None


def _candidates(session: Session, rows: Rows, broad: int | None = None) -> list[int] | None:
    """The rowids of these index rows, or None when there are more than `broad` (BROAD)."""
    broad = BROAD if broad is None else broad
    sql, params = rows
    if _VOCAB_RANGE in sql:
        terms = f"SELECT count(*) FROM (SELECT 1 {_VOCAB_RANGE} LIMIT {_TERMS + 1})"
        started = text(terms).bindparams(key=params["key"], last=_LAST)
        if (session.scalar(started) or 0) > _TERMS:
            return None
    found = set(session.scalars(text(f"{sql} LIMIT {broad + 1}").bindparams(**params)))
    return None if len(found) > broad else list(found)


def _rank(key: str) -> ColumnElement[int]:
    escaped = _escape_like(key)
    return case((_like(f"{escaped}%"), 0), (_like(f"%{SEPARATOR}{escaped}%"), 1), else_=2)


def _page(session: Session, key: str, limit: int) -> list[str]:
    """The ids of the best `limit` matches: few candidates are ranked, broad keys walked."""
    escaped = _escape_like(key)
    inside = _like(f"%{escaped}%")
    rowids = _candidates(session, _rows(key))
    if rowids is not None:
        ranked = select(Customer.id).where(_LIVE, _ROWID.in_(rowids), inside)
        return list(session.scalars(ranked.order_by(_rank(key), *_BEST_FIRST).limit(limit)))
    # Broad: rank by rank (0 the name starts with the key, 1 a pinyin, phone, email or contact
    # does, 2 inside), the conditions excluding each other so the pages simply follow.
    head, part = _like(f"{escaped}%"), _like(f"%{SEPARATOR}{escaped}%")
    heads: Rows = _HEADS, {"key": key[:_HEAD], "last": _LAST}
    levels = [(head, heads), (part & ~head, _rows(SEPARATOR + key)), (inside & ~head & ~part, None)]
    page: list[str] = []
    for condition, rows in levels:
        if len(page) == limit:
            break
        level = select(Customer.id).where(_LIVE, condition)
        few = None if rows is None else _candidates(session, rows)
        if few is not None:
            level = level.where(_ROWID.in_(few))
        page += session.scalars(level.order_by(*_BEST_FIRST).limit(limit - len(page)))
    return page


def search_customers(session: Session, query: str, limit: int = DEFAULT_LIMIT) -> list[CustomerHit]:
    """Find live customers matching the query, best match first."""
    key = search_key(query)
    if not key or limit < 1:
        return []
    # First the page of ids (rank and sort keys only), then the columns and the next visit for
    # that page: a broad key matches thousands, and each would otherwise run the subquery.
    page = _page(session, key, limit)
    if not page:
        return []
    next_visit = (
        select(func.min(VisitPlan.due_date))
        .where(
            VisitPlan.customer_id == Customer.id,
            VisitPlan.deleted_at.is_(None),
            VisitPlan.status == "planned",
        )
        .scalar_subquery()
    )
    rows = session.execute(
        select(
            Customer.id,
            Customer.name,
            Customer.effective_tier,
            Customer.rfm_segment,
            Customer.churn_risk,
            Customer.city,
            Customer.phone,
            Customer.last_contact_at,
            next_visit,
            Customer.revenue_12m,
        ).where(Customer.id.in_(page))
    )
    found = {
        row[0]: CustomerHit(
            id=row[0],
            name=row[1],
            tier=row[2],
            segment=row[3],
            at_risk=bool(row[4]),
            city=row[5],
            phone=row[6],
            last_contact=row[7],
            next_visit=row[8],
            revenue_12m=row[9] if row[9] is not None else Decimal(0),
        )
        for row in rows
    }
    return [found[customer_id] for customer_id in page if customer_id in found]


def count_customers(session: Session, query: str) -> int:
    """Count every live customer the query matches (the list's total, beyond one page)."""
    condition = matches(query)
    if condition is None:
        return 0
    return int(
        session.scalar(select(func.count()).where(Customer.deleted_at.is_(None), condition)) or 0
    )
