"""What the kanban board reads: stages, cards and column totals, filtered and sorted in SQL."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import cmp_to_key
from typing import Any

from sqlalchemy import (
    Integer, String, and_, bindparam, func, literal, or_, select, type_coerce, update,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app.models import Activity, Customer, Deal, Stage, VisitPlan
from app.models.types import utcnow
from app.text import fold

PAGE_SIZE = 200
SORTS = ("amount", "recent", "oldest", "close_date", "score", "closed")
_CENTS = Decimal(100)


@dataclass(frozen=True, slots=True)
class StageInfo:
    """A live stage as the board shows it."""

    id: str
    key: str
    name: str
    name_en: str | None
    position: int
    probability: int
    rot_days: int
    required_fields: tuple[str, ...]


@dataclass(frozen=True)
class BoardFilter:
    """The board's filter bar; every part narrows the SQL, none filters in Python."""

    text: str = ""
    owner: str | None = None
    tier: str | None = None
    rotting_only: bool = False
    close_month: tuple[int, int] | None = None  # (year, month) of the expected close date


@dataclass(frozen=True, slots=True)
class Card:
    """The columns one card paints: a plain tuple, never an ORM object."""

    id: str
    customer_id: str
    customer_name: str
    title: str
    amount: Decimal
    currency: str
    stage_id: str
    status: str
    tier: str
    probability_override: int | None
    stage_entered_at: datetime | None
    last_activity_at: datetime | None
    created_at: datetime
    expected_close_date: date | None
    closed_date: date | None
    lost_reason: str | None
    lead_score: int | None
    owner: str | None
    next_visit: date | None
    sort_key: Any

    @property
    def last_touch(self) -> datetime:
        """Return when the deal last changed stage or had an activity."""
        entered = self.stage_entered_at or self.created_at
        return max(entered, self.last_activity_at) if self.last_activity_at else entered

    def days_in_stage(self, now: datetime) -> int:
        return max(0, (now - (self.stage_entered_at or self.created_at)).days)

    def weighted(self, stage_probability: int) -> Decimal:
        """Return amount × probability (the deal's override, else its stage's)."""
        probability = self.probability_override
        if probability is None:
            probability = stage_probability
        return self.amount * probability / _CENTS


@dataclass(frozen=True)
class ColumnTotals:
    """A column header's figures: all matching deals, loaded or not."""

    count: int = 0
    amount: Decimal = Decimal(0)
    weighted: Decimal = Decimal(0)

    def plus(self, card: Card, stage_probability: int, sign: int = 1) -> ColumnTotals:
        """Return the totals with one card added (sign 1) or taken away (sign -1)."""
        return ColumnTotals(
            self.count + sign,
            self.amount + sign * card.amount,
            self.weighted + sign * card.weighted(stage_probability),
        )


def is_rotting(last_touch: datetime, rot_days: int, now: datetime) -> bool:
    """Tell whether a deal untouched since last_touch has rotted in a stage with rot_days."""
    return now - last_touch > timedelta(days=rot_days)


def list_stages(session: Session) -> list[StageInfo]:
    """Return the live open stages in board order."""
    rows = session.execute(
        select(
            Stage.id, Stage.key, Stage.name, Stage.name_en, Stage.position, Stage.probability,
            Stage.rot_days, Stage.required_fields,
        )
        .where(Stage.deleted_at.is_(None))
        .order_by(Stage.position, Stage.name)
    )
    return [StageInfo(*row[:7], tuple(row[7] or ())) for row in rows]


def _tier() -> ColumnElement[str]:
    return func.coalesce(Customer.tier_override, Customer.tier)


def _last_touch() -> ColumnElement[Any]:
    entered = func.coalesce(Deal.stage_entered_at, Deal.created_at)
    # SQLite's two-argument max() is scalar; NULL would win, hence the coalesce.
    return func.max(entered, func.coalesce(Deal.last_activity_at, entered))


def rotting_clause(now: datetime) -> ColumnElement[bool]:
    """Return the SQL form of is_rotting; the query must join Stage."""
    now_param = bindparam("rot_now", now.strftime("%Y-%m-%d %H:%M:%S.%f"), type_=String)
    return func.julianday(now_param) - func.julianday(_last_touch()) > Stage.rot_days


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _filter_clauses(flt: BoardFilter, now: datetime) -> list[ColumnElement[bool]]:
    clauses: list[ColumnElement[bool]] = [Deal.deleted_at.is_(None), Customer.deleted_at.is_(None)]
    text = fold(flt.text.strip())
    if text:
        pattern = f"%{_escape_like(text)}%"
        clauses.append(or_(
            Customer.search_text.like(pattern, escape="\\"),
            func.lower(Deal.title).like(pattern, escape="\\"),
        ))
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


def _sort_key(sort: str) -> tuple[ColumnElement[Any], bool]:
    """Return the non-NULL sort expression and whether it runs descending."""
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
    raise ValueError(f"unknown sort {sort!r}")


def _card_columns(sort: str) -> list[ColumnElement[Any]]:
    next_visit = (
        select(func.min(VisitPlan.due_date))
        .where(
            VisitPlan.customer_id == Deal.customer_id,
            VisitPlan.status == "planned",
            VisitPlan.deleted_at.is_(None),
        )
        .scalar_subquery()
    )
    return [
        Deal.id, Deal.customer_id, Customer.name, Deal.title, Deal.amount, Deal.currency,
        Deal.stage_id, Deal.status, _tier(), Deal.probability_override, Deal.stage_entered_at,
        Deal.last_activity_at, Deal.created_at, Deal.expected_close_date, Deal.closed_date,
        Deal.lost_reason, Deal.lead_score, Deal.owner, next_visit.label("next_visit"),
        _sort_key(sort)[0].label("sort_key"),
    ]


def fetch_cards(
    session: Session,
    *,
    stage_id: str | None,
    status: str = "open",
    flt: BoardFilter = BoardFilter(),
    sort: str = "amount",
    after: Card | None = None,
    limit: int = PAGE_SIZE,
    now: datetime | None = None,
) -> list[Card]:
    """Return one page of a column's cards in sort order, continuing after the card given."""
    now = now or utcnow()
    key, descending = _sort_key(sort)
    query = (
        select(*_card_columns(sort))
        .join(Customer, Customer.id == Deal.customer_id)
        .join(Stage, Stage.id == Deal.stage_id)
        .where(Deal.status == status, *_filter_clauses(flt, now))
    )
    if stage_id is not None:
        query = query.where(Deal.stage_id == stage_id)
    if after is not None:
        last = literal(after.sort_key)
        beyond = key < last if descending else key > last
        query = query.where(or_(beyond, and_(key == last, Deal.id > after.id)))
    query = query.order_by(key.desc() if descending else key.asc(), Deal.id).limit(limit)
    return [Card(*row) for row in session.execute(query)]


def fetch_card(session: Session, deal_id: str, sort: str = "amount") -> Card | None:
    """Return one live deal's card, whatever its status."""
    row = session.execute(
        select(*_card_columns(sort))
        .join(Customer, Customer.id == Deal.customer_id)
        .where(Deal.id == deal_id, Deal.deleted_at.is_(None))
    ).first()
    return Card(*row) if row else None


def card_matches(session: Session, deal_id: str, flt: BoardFilter, now: datetime | None = None) -> bool:
    """Tell whether a deal passes the filter (used to place a card after an undo or edit)."""
    now = now or utcnow()
    found = session.scalar(
        select(Deal.id)
        .join(Customer, Customer.id == Deal.customer_id)
        .join(Stage, Stage.id == Deal.stage_id)
        .where(Deal.id == deal_id, *_filter_clauses(flt, now))
    )
    return found is not None


def _weighted_cents() -> ColumnElement[Any]:
    probability = func.coalesce(Deal.probability_override, Stage.probability)
    return func.sum(type_coerce(Deal.amount, Integer) * probability)


def _totals(count: int, cents: int | None, weighted: int | None) -> ColumnTotals:
    return ColumnTotals(
        int(count), Decimal(cents or 0) / _CENTS, Decimal(weighted or 0) / (_CENTS * _CENTS)
    )


def column_totals(
    session: Session, flt: BoardFilter = BoardFilter(), now: datetime | None = None
) -> dict[str, ColumnTotals]:
    """Return count, amount and weighted amount of open deals per stage (one GROUP BY)."""
    now = now or utcnow()
    rows = session.execute(
        select(
            Deal.stage_id, func.count(), func.sum(type_coerce(Deal.amount, Integer)),
            _weighted_cents(),
        )
        .join(Customer, Customer.id == Deal.customer_id)
        .join(Stage, Stage.id == Deal.stage_id)
        .where(Deal.status == "open", *_filter_clauses(flt, now))
        .group_by(Deal.stage_id)
    )
    return {stage_id: _totals(*figures) for stage_id, *figures in rows}


def closed_totals(
    session: Session, status: str, flt: BoardFilter = BoardFilter(), now: datetime | None = None
) -> ColumnTotals:
    """Return count and amount of won or lost deals matching the filter."""
    now = now or utcnow()
    count, cents = session.execute(
        select(func.count(), func.sum(type_coerce(Deal.amount, Integer)))
        .join(Customer, Customer.id == Deal.customer_id)
        .join(Stage, Stage.id == Deal.stage_id)
        .where(Deal.status == status, *_filter_clauses(flt, now))
    ).one()
    total = Decimal(cents or 0) / _CENTS
    return ColumnTotals(int(count), total, total if status == "won" else Decimal(0))


def owners(session: Session) -> list[str]:
    """Return the owners that have live deals, for the owner filter."""
    return list(session.scalars(
        select(Deal.owner).where(Deal.deleted_at.is_(None), Deal.owner.is_not(None))
        .distinct().order_by(Deal.owner)
    ))


def close_months(session: Session) -> list[tuple[int, int]]:
    """Return the (year, month) pairs open deals expect to close in, for the month filter."""
    month = func.substr(type_coerce(Deal.expected_close_date, String), 1, 7)
    rows = session.scalars(
        select(month).where(
            Deal.status == "open", Deal.deleted_at.is_(None), Deal.expected_close_date.is_not(None)
        ).distinct().order_by(month)
    )
    return [(int(value[:4]), int(value[5:7])) for value in rows if value]


def refresh_last_activity(session: Session, deal_ids: Iterable[str] | None = None) -> None:
    """Bring deal.last_activity_at in step with the deal's activities (one Core UPDATE).

    The column is derived data, so updated_at is kept as it was.
    """
    table = Deal.__table__
    latest = (
        select(func.max(Activity.occurred_at))
        .where(Activity.deal_id == table.c.id, Activity.deleted_at.is_(None))
        .scalar_subquery()
    )
    statement = (
        update(table)
        .where(table.c.status == "open", table.c.deleted_at.is_(None))
        .values(last_activity_at=latest, updated_at=table.c.updated_at)
    )
    if deal_ids is not None:
        statement = statement.where(table.c.id.in_(list(deal_ids)))
    session.execute(statement)


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
    target = key(card)
    low, high = 0, len(cards)
    while low < high:
        middle = (low + high) // 2
        if key(cards[middle]) < target:
            low = middle + 1
        else:
            high = middle
    return low
