"""What the kanban board reads: stages and pages of cards, filtered and sorted in SQL."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from datetime import date, datetime
from functools import cmp_to_key
from typing import Any, TypeVarTuple

from sqlalchemy import Integer, String, and_, func, literal, or_, select, text, type_coerce
from sqlalchemy.orm import QueryableAttribute, Session
from sqlalchemy.sql import Select
from sqlalchemy.sql.elements import ColumnElement

from app.customers.lookup import contains_pattern
from app.models import Customer, Deal, Stage, VisitPlan
from app.models.types import utcnow
from app.pipeline.cards import NO_FILTER, BoardFilter, Card, StageInfo
from app.pipeline.rotting import rotting_clause

PAGE_SIZE = 200
SORTS = ("amount", "recent", "oldest", "close_date", "score", "closed")
_Row = TypeVarTuple("_Row")


def list_stages(session: Session) -> list[StageInfo]:
    """Return the live open stages in board order."""
    rows = session.execute(
        select(
            Stage.id,
            Stage.key,
            Stage.name,
            Stage.name_en,
            Stage.position,
            Stage.probability,
            Stage.rot_days,
            Stage.required_fields,
        )
        .where(Stage.deleted_at.is_(None))
        .order_by(Stage.position, Stage.name)
    )
    return [StageInfo(*row[:7], tuple(row[7] or ())) for row in rows]


def _tier() -> ColumnElement[str]:
    return Customer.effective_tier  # type: ignore[return-value]


def _filter_clauses(flt: BoardFilter, now: datetime) -> list[ColumnElement[bool]]:
    clauses: list[ColumnElement[bool]] = [Deal.deleted_at.is_(None), Customer.deleted_at.is_(None)]
    searched = contains_pattern(flt.text)
    if searched:
        pattern = searched[1]
        clauses.append(
            or_(
                Customer.search_text.like(pattern, escape="\\"),
                func.lower(Deal.title).like(pattern, escape="\\"),
            )
        )
    if flt.owner:
        clauses.append(Deal.owner == flt.owner)
    if flt.tier:
        clauses.append(_tier() == flt.tier)
    if flt.rotting_only:
        clauses.append(rotting_clause(now))
    if flt.close_month:
        year, month = flt.close_month
        start = date(year, month, 1)
        end = date(year + month // 12, month % 12 + 1, 1)
        clauses.append(and_(Deal.expected_close_date >= start, Deal.expected_close_date < end))
    return clauses


def board_query(query: Select[*_Row], flt: BoardFilter, now: datetime) -> Select[*_Row]:
    """Add the joins and filters every board query shares; Stage only when rot days matter."""
    query = query.select_from(Deal).join(Customer, Customer.id == Deal.customer_id)
    if flt.rotting_only:
        query = query.join(Stage, Stage.id == Deal.stage_id)
    return query.where(*_filter_clauses(flt, now))


def _sort_key(sort: str) -> tuple[ColumnElement[Any], bool]:
    """Return the non-NULL sort expression and whether it runs descending.

    A sort is a name, optionally with ":asc" or ":desc" to turn its usual direction
    ("amount:asc" is the smallest first), as the won and lost tables' headers ask.
    """
    name, _, direction = sort.partition(":")
    expression, descending = _named_sort(name)
    if direction:
        descending = direction == "desc"
    return expression, descending


def _named_sort(sort: str) -> tuple[ColumnElement[Any], bool]:
    entered = type_coerce(func.coalesce(Deal.stage_entered_at, Deal.created_at), String)
    match sort:
        case "amount":
            return type_coerce(Deal.amount, Integer), True
        case "recent":
            return entered, True
        case "oldest":
            return entered, False
        case "close_date":
            return func.coalesce(type_coerce(Deal.expected_close_date, String), "9999-12-31"), False
        case "score":
            return func.coalesce(Deal.lead_score, -1), True
        case "closed":
            return func.coalesce(type_coerce(Deal.closed_date, String), ""), True
        case "customer":
            return type_coerce(Customer.name, String), False
        case "title":
            return type_coerce(Deal.title, String), False
        case "cycle":  # days from created to closed
            days = func.julianday(Deal.closed_date) - func.julianday(func.date(Deal.created_at))
            return func.coalesce(days, -1), True
        case "reason":
            return func.coalesce(Deal.lost_reason, ""), False
    raise ValueError(f"unknown sort {sort!r}")


def _card_columns(sort: str) -> list[ColumnElement[Any] | QueryableAttribute[Any]]:
    return [
        Deal.id,
        Deal.customer_id,
        Customer.name,
        Deal.title,
        Deal.amount,
        Deal.currency,
        Deal.stage_id,
        Deal.status,
        _tier(),
        Deal.probability_override,
        Deal.stage_entered_at,
        Deal.last_activity_at,
        Deal.created_at,
        Deal.expected_close_date,
        Deal.closed_date,
        Deal.lost_reason,
        Deal.lead_score,
        Deal.owner,
        _sort_key(sort)[0].label("sort_key"),
    ]


def _cards(session: Session, rows: Sequence[Any]) -> list[Card]:
    """Attach each card's next planned visit, one grouped query for the whole page.

    A correlated subquery would run before ORDER BY … LIMIT for every deal of the column.
    """
    customer_ids = list({row[1] for row in rows})
    visits: dict[str, date] = {}
    if customer_ids:
        earliest = session.execute(
            select(VisitPlan.customer_id, func.min(VisitPlan.due_date))
            .where(
                VisitPlan.customer_id.in_(customer_ids),
                VisitPlan.status == "planned",
                VisitPlan.deleted_at.is_(None),
            )
            .group_by(VisitPlan.customer_id)
        )
        visits = {customer_id: due for customer_id, due in earliest}
    # One starred tuple: mypy cannot tell how many fields a slice fills, so arguments after it
    # would count as too many.
    return [Card(*(*row[:18], visits.get(row[1]), row[18])) for row in rows]


def fetch_cards(
    session: Session,
    *,
    stage_id: str | None,
    status: str = "open",
    flt: BoardFilter = NO_FILTER,
    sort: str = "amount",
    after: Card | None = None,
    limit: int = PAGE_SIZE,
    now: datetime | None = None,
) -> list[Card]:
    """Return one page of a column's cards in sort order, continuing after the card given."""
    now = now or utcnow()
    key, descending = _sort_key(sort)
    query = board_query(select(*_card_columns(sort)), flt, now).where(Deal.status == status)
    if stage_id is not None:
        query = query.where(Deal.stage_id == stage_id)
    if after is not None:
        last = literal(after.sort_key)
        beyond = key < last if descending else key > last
        query = query.where(or_(beyond, and_(key == last, Deal.id > after.id)))
    query = query.order_by(key.desc() if descending else key.asc(), Deal.id).limit(limit)
    return _cards(session, session.execute(query).all())


def fetch_card(session: Session, deal_id: str, sort: str = "amount") -> Card | None:
    """Return one live deal's card, whatever its status."""
    row = session.execute(
        select(*_card_columns(sort))
        .join(Customer, Customer.id == Deal.customer_id)
        .where(Deal.id == deal_id, Deal.deleted_at.is_(None))
    ).first()
    return _cards(session, [row])[0] if row else None


def card_matches(
    session: Session, deal_id: str, flt: BoardFilter, now: datetime | None = None
) -> bool:
    """Tell whether a deal passes the filter (used to place a card after an undo or edit)."""
    now = now or utcnow()
    found = session.scalar(board_query(select(Deal.id), flt, now).where(Deal.id == deal_id))
    return found is not None


def owners(session: Session) -> list[str]:
    """Return the owners that have live deals, for the owner filter."""
    return list(
        session.scalars(
            select(Deal.owner)
            .where(Deal.deleted_at.is_(None), Deal.owner.is_not(None))
            .distinct()
            .order_by(Deal.owner)
        )
    )


# Pinned to the covering index: with sampled statistics (app.sqlite.ANALYSIS_LIMIT) the planner
# prefers ix_deal_board (status) and reads every open deal's row for its month — 250–500 ms on a
# 100k book whose pages are not cached yet, against ~3 ms here.
_CLOSE_MONTHS = text(
    "SELECT DISTINCT substr(expected_close_date, 1, 7) AS month"
    " FROM deal INDEXED BY ix_deal_open_close"
    " WHERE status = 'open' AND deleted_at IS NULL AND expected_close_date IS NOT NULL"
    " ORDER BY month"
)


def close_months(session: Session) -> list[tuple[int, int]]:
    """Return the (year, month) pairs open deals expect to close in, for the month filter."""
    rows = session.scalars(_CLOSE_MONTHS)
    return [(int(value[:4]), int(value[5:7])) for value in rows if value]


def _compare(sort: str) -> Any:
    descending = _sort_key(sort)[1]

    def compare(a: Card, b: Card) -> int:
        if a.sort_key != b.sort_key:
            before = a.sort_key > b.sort_key if descending else a.sort_key < b.sort_key
            return -1 if before else 1
        return (a.id > b.id) - (a.id < b.id)

    return cmp_to_key(compare)


def insertion_row(cards: list[Card], card: Card, sort: str) -> int:
    """Return where card belongs among cards already in sort order."""
    key = _compare(sort)
    return bisect_left(cards, key(card), key=key)
