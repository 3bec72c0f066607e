"""The customer search behind the search box, the pickers and `main.py search`.

A query is folded like the stored haystack (see app.derived.search): name substring, full
pinyin, pinyin initials, phone digits (any 4+ digit fragment, dashes and spaces ignored), email
and contact names. Best match first: the name starting with the query, then a pinyin, phone,
email or contact name starting with it, then a match inside; among equals the larger 12-month
revenue first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ColumnElement, case, func, literal_column, select, text
from sqlalchemy.orm import Session

from app.derived.search import SEPARATOR, search_key
from app.models import Customer, VisitPlan
from app.models.search_index import MIN_KEY, SEARCH_INDEX

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


def matches(query: str) -> ColumnElement[bool] | None:
    """The SQL condition a customer meets for the typed query (None: the query is blank)."""
    key = search_key(query)
    if not key:
        return None
    return _contains(key)


def _contains(key: str) -> ColumnElement[bool]:
    # Keys of 3+ characters narrow to the trigram index's candidates first; LIKE then decides,
    # so results are exactly those of the plain scan (the index folds case more widely).
    like = Customer.search_text.like(f"%{_escape_like(key)}%", escape="\\")
    if len(key) < MIN_KEY:
        return like
    phrase = '"' + key.replace('"', '""') + '"'
    candidates = text(
        f"SELECT rowid FROM {SEARCH_INDEX} WHERE {SEARCH_INDEX} MATCH :phrase"
    ).bindparams(phrase=phrase)
    return literal_column("customer.rowid").in_(candidates) & like


def _rank(key: str) -> ColumnElement[int]:
    # 0: the name starts with it; 1: a pinyin, phone, email or contact starts with it; 2: inside.
    escaped = _escape_like(key)
    return case(
        (Customer.search_text.like(f"{escaped}%", escape="\\"), 0),
        (Customer.search_text.like(f"%{SEPARATOR}{escaped}%", escape="\\"), 1),
        else_=2,
    )


def search_customers(session: Session, query: str, limit: int = DEFAULT_LIMIT) -> list[CustomerHit]:
    """Find live customers matching the query, best match first."""
    key = search_key(query)
    if not key or limit < 1:
        return []
    # First the page of ids (rank and sort keys only), then the columns and the next visit for
    # that page: a broad key matches thousands, and each would otherwise run the subquery.
    page = list(
        session.scalars(
            select(Customer.id)
            .where(Customer.deleted_at.is_(None), _contains(key))
            .order_by(_rank(key), Customer.revenue_12m.desc(), Customer.name, Customer.id)
            .limit(limit)
        )
    )
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
