"""Read the cached growth suggestions: one customer's, and the opportunities list over the book."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from app.i18n import msg
from app.models import Customer, GrowthSuggestion, Product

PAGE = 200
_Basis = aliased(Product)


@dataclass(frozen=True)
class Suggestion:
    """One suggested product for one customer, with the sentence a rep reads."""

    customer_id: str
    customer_name: str
    tier: str
    kind: str  # cross, up
    product_id: str
    product_name: str
    basis_name: str | None
    reason: str
    rank: int
    support: float
    confidence: float
    lift: float
    price_gap: Decimal | None
    last_bought: date | None
    list_price: Decimal | None


def money_text(amount: Decimal) -> str:
    """Return an amount as the reason sentences show it: ¥12,800 (cents only when there are)."""
    return f"¥{amount:,.2f}" if amount != amount.to_integral() else f"¥{amount:,.0f}"


def reason_text(row: Any) -> str:
    """Turn a cached suggestion's codes and counts into one sentence in the user's language."""
    if row.kind == "up":
        if row.price_gap is None:
            return msg("growth.reason_up_no_price", current=row.basis_name, target=row.product_name)
        return msg(
            "growth.reason_up",
            current=row.basis_name,
            target=row.product_name,
            gap=money_text(row.price_gap),
        )
    code = (
        "growth.reason_cross_industry"
        if row.peer_kind == "industry"
        else "growth.reason_cross_size"
    )
    return msg(
        code,
        both=row.with_both,
        peers=row.with_basis,
        group=row.peer_value,
        basis=row.basis_name,
    )


def _query(rows: Any = None) -> Any:
    s = GrowthSuggestion if rows is None else rows.c
    return (
        select(
            s.customer_id,
            Customer.name.label("customer_name"),
            s.tier,
            s.kind,
            s.product_id,
            Product.name.label("product_name"),
            Product.unit_price.label("list_price"),
            _Basis.name.label("basis_name"),
            s.rank,
            s.peer_kind,
            s.peer_value,
            s.with_basis,
            s.with_both,
            s.support,
            s.confidence,
            s.lift,
            s.price_gap,
            s.last_bought,
        )
        .join(Customer, Customer.id == s.customer_id)
        .join(Product, Product.id == s.product_id)
        .outerjoin(_Basis, _Basis.id == s.basis_product_id)
        .where(Customer.deleted_at.is_(None), Product.deleted_at.is_(None), Product.active)
    )


def _suggestion(row: Any) -> Suggestion:
    return Suggestion(
        row.customer_id,
        row.customer_name,
        row.tier,
        row.kind,
        row.product_id,
        row.product_name,
        row.basis_name,
        reason_text(row),
        row.rank,
        row.support,
        row.confidence,
        row.lift,
        row.price_gap,
        row.last_bought,
        row.list_price,
    )


def customer_suggestions(session: Session, customer_id: str) -> list[Suggestion]:
    """Return one customer's suggestions: cross-sell by rank, then up-sell by rank."""
    s = GrowthSuggestion
    query = _query().where(s.customer_id == customer_id).order_by(s.kind, s.rank)
    return [_suggestion(row) for row in session.execute(query)]


def best_offers(session: Session, customer_ids: list[str]) -> dict[str, str]:
    """Return the product each of these customers is best offered next: rank 1, cross-sell first."""
    s = GrowthSuggestion
    # rank + 0: not the list index's rank column (a scan of every rank-1 row), but the primary
    # key's customer_id for the page's few customers.
    query = _query().where(s.customer_id.in_(customer_ids), s.rank + 0 == 1)
    # Later rows win in the dict: up-sell first, so cross-sell is the one kept.
    return {
        row.customer_id: row.product_name for row in session.execute(query.order_by(s.kind.desc()))
    }


def _not_offered(session: Session) -> list[str]:
    return list(
        session.scalars(
            select(Product.id).where(Product.deleted_at.is_not(None) | Product.active.is_(False))
        )
    )


def _page(session: Session, kind: str | None, tier: str | None) -> Any:
    # Order and cut on the cache's own index first; join names only for the rows shown.
    # The cache holds live customers only (the derived pass drops deleted ones).
    s = GrowthSuggestion
    query = select(s).where(s.rank == 1)
    hidden = _not_offered(session)
    if hidden:
        query = query.where(s.product_id.not_in(hidden))
    if kind:
        query = query.where(s.kind == kind)
    if tier:
        query = query.where(s.tier == tier)
    return query


def list_opportunities(
    session: Session,
    kind: str | None = None,
    tier: str | None = None,
    *,
    offset: int = 0,
    limit: int = PAGE,
) -> list[Suggestion]:
    """Return a page of the best suggestion per customer and kind: tier A first, then the
    kind's own measure (cross-sell confidence then lift; up-sell most recent purchase then the
    price gap), ties by customer and product id."""
    s = GrowthSuggestion
    order = (s.tier, s.kind, s.score, s.score2, s.customer_id, s.product_id)
    rows = _page(session, kind, tier).order_by(*order).offset(offset).limit(limit).subquery()
    c = rows.c
    query = _query(rows).order_by(c.tier, c.kind, c.score, c.score2, c.customer_id, c.product_id)
    return [_suggestion(row) for row in session.execute(query)]


def count_opportunities(session: Session, kind: str | None = None, tier: str | None = None) -> int:
    """Count the rows list_opportunities pages through."""
    rows = _page(session, kind, tier).subquery()
    return int(session.scalar(select(func.count()).select_from(rows)) or 0)
