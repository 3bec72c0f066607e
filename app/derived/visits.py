"""The cadence visit: one planned visit per customer, due a tier's cadence after the last contact.

Every logged activity counts as contact (calls, WeChat, visits, care greetings, event
attendance: Customer.last_contact_at, kept by app.segments). A skipped cadence visit also
starts a new cycle from its own day, so skipping does not bring it straight back as overdue.
The due day is anchor + cadence days of the effective tier (manual override included), moved
to the next working day (app.workdays: weekends, public holidays, 调休).

Each planned cadence row records its basis ("<anchor>+<days>"). A row whose basis still
holds is left alone — the rep may have dragged it to another day — and a row whose basis moved
(new contact, tier change, cadence setting) is re-planned. The pass reads plain tuples and
writes with executemany, so the whole book takes one scan. Its kind says where the customer
stood when it was (re-)planned: 售中 while a deal is open, 售后 once they bought, 售前 before.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    String,
    and_,
    bindparam,
    case,
    cast,
    exists,
    func,
    insert,
    literal,
    select,
    type_coerce,
    update,
)
from sqlalchemy.orm import Session

from app import settings
from app.models import Customer, Deal, VisitPlan, table_of
from app.models.customers import effective_tier
from app.models.types import new_id, utcnow
from app.segments.rules import parse_cadence
from app.workdays import next_workday

CADENCE = "cadence"
_c = table_of(Customer).c
_v = table_of(VisitPlan).c


def cadence_basis(anchor: date, days: int) -> str:
    """Return the stored basis of a cadence visit planned from this anchor day."""
    return f"{anchor.isoformat()}+{days}"


def cadence_due(anchor: date, days: int) -> date:
    """Return when a cadence visit falls: anchor + days, moved to the next working day."""
    return next_workday(anchor + timedelta(days=days))


def _text(column: Any) -> Any:
    return type_coerce(column, String)


_pv = table_of(VisitPlan).alias("planned_visit").c


def _planned_cadence(*conditions: Any) -> Any:
    return and_(
        _pv.customer_id == _c.id,
        _pv.source == CADENCE,
        _pv.status == "planned",
        _pv.deleted_at.is_(None),
        *conditions,
    )


def _selling() -> Any:
    """Whether the customer has an open deal: the visit is then 售中 (in-sale), not 售前/售后."""
    d = table_of(Deal).c
    return (
        exists()
        .where(d.customer_id == _c.id, d.status == "open", d.deleted_at.is_(None))
        .correlate(table_of(Customer))
    )


def visit_kind(bought: bool, selling: bool) -> str:
    """Return the kind of a cadence visit: in-sale while a deal is open, after-sale once bought."""
    if selling:
        return "insale_visit"
    return "aftersale_visit" if bought else "presale_visit"


def _customers(session: Session, ids: list[str] | None, cadence: dict[str, int]) -> Sequence[Any]:
    """Read the customers whose cadence visit may need work (all live ones, or these)."""
    sk = table_of(VisitPlan).alias("skipped_visit").c
    skipped = (
        select(_text(func.max(sk.due_date)))
        .where(
            sk.customer_id == _c.id,
            sk.source == CADENCE,
            sk.status == "skipped",
            sk.deleted_at.is_(None),
        )
        .correlate(table_of(Customer))
        .scalar_subquery()
    )
    query = select(
        _c.id,
        _c.owner,
        _c.tier,
        _c.tier_override,
        _text(_c.last_contact_at),
        _text(_c.created_at),
        skipped,
        _c.deleted_at.is_not(None),
        _c.last_order_date.is_not(None),
        _selling(),
    )
    if ids is not None:
        query = query.where(_c.id.in_(ids))
    else:
        # The whole book: skip, inside SQLite, every customer whose one planned cadence visit
        # already has the basis _anchor() and the cadence give (the same rule, in SQL).
        contact_day = func.substr(
            func.coalesce(_text(_c.last_contact_at), _text(_c.created_at)), 1, 10
        )
        anchor = func.max(contact_day, func.coalesce(skipped, ""))
        tier = Customer.effective_tier
        days = case((tier == "A", cadence["A"]), (tier == "B", cadence["B"]), else_=cadence["C"])
        basis = anchor + literal("+") + cast(days, String)
        customer = table_of(Customer)
        planned_count = (
            select(func.count())
            .select_from(_pv.customer_id.table)
            .where(_planned_cadence())
            .correlate(customer)
            .scalar_subquery()
        )
        matching = exists().where(_planned_cadence(_pv.planned_from == basis)).correlate(customer)
        settled = and_(planned_count == 1, matching)
        query = query.where(_c.deleted_at.is_(None), ~settled)
    with session.connection().execute(query) as result:
        return result.cursor.fetchall()


def _retired_with_customer(session: Session) -> list[str]:
    """Return the planned cadence visits of deleted customers."""
    query = (
        select(_v.id)
        .join(Customer, Customer.id == _v.customer_id)
        .where(
            _v.source == CADENCE,
            _v.status == "planned",
            _v.deleted_at.is_(None),
            Customer.deleted_at.is_not(None),
        )
    )
    return list(session.scalars(query))


def _planned(session: Session, ids: list[str] | None) -> dict[str, list[tuple[str, str | None]]]:
    query = select(_v.customer_id, _v.id, _v.planned_from, _text(_v.created_at)).where(
        _v.source == CADENCE, _v.status == "planned", _v.deleted_at.is_(None)
    )
    if ids is not None:
        query = query.where(_v.customer_id.in_(ids))
    rows: dict[str, list[tuple[str, str | None, str]]] = {}
    with session.connection().execute(query) as result:
        for customer_id, visit_id, basis, created in result.cursor.fetchall():
            rows.setdefault(customer_id, []).append((visit_id, basis, created))
    # Oldest first where a customer has more than one (rare), without sorting the whole scan.
    return {
        customer_id: [
            (v, b)
            for v, b, _ in (sorted(found, key=lambda r: (r[2], r[0])) if len(found) > 1 else found)
        ]
        for customer_id, found in rows.items()
    }


def _anchor(last_contact: str | None, created: str, skipped: str | None) -> date:
    day = (last_contact or created)[:10]
    if skipped and skipped > day:
        day = skipped
    return date.fromisoformat(day)


def refresh_visit_plans(
    session: Session, customer_ids: Collection[str] | None = None, now: datetime | None = None
) -> int:
    """Keep one planned cadence visit per live customer (all, or these); return rows written."""
    now = now or utcnow()
    session.flush()
    ids = sorted(set(customer_ids)) if customer_ids is not None else None
    if ids is not None and not ids:
        return 0
    cadence = parse_cadence(settings.get(session, "cadence_days"))
    customers = _customers(session, ids, cadence)
    # A full pass on a settled book reads a handful of customers: fetch just their visits.
    few = [row[0] for row in customers] if ids is None and len(customers) <= 500 else ids
    planned = _planned(session, few)
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    retired: list[str] = [] if ids is not None else _retired_with_customer(session)
    for row in customers:
        (
            customer_id,
            owner,
            tier,
            override,
            last_contact,
            created,
            skipped,
            gone,
            bought,
            selling,
        ) = row
        rows = planned.get(customer_id, [])
        if gone:
            retired.extend(visit_id for visit_id, _ in rows)
            continue
        days = cadence[effective_tier(tier, override)]
        anchor = _anchor(last_contact, created, skipped)
        basis = cadence_basis(anchor, days)
        keep = next((row for row in rows if row[1] == basis), rows[0] if rows else None)
        retired.extend(visit_id for visit_id, _ in rows if keep is None or visit_id != keep[0])
        due = cadence_due(anchor, days)
        kind = visit_kind(bought, selling)
        if keep is None:
            inserts.append(_new_row(customer_id, owner, kind, due, basis, now))
        elif keep[1] != basis:
            updates.append({"p_id": keep[0], "p_due": due, "p_basis": basis, "p_kind": kind})
    _write(session, inserts, updates, retired, now)
    return len(inserts) + len(updates) + len(retired)


def _new_row(
    customer_id: str, owner: str | None, kind: str, due: date, basis: str, now: datetime
) -> dict[str, Any]:
    return {
        "id": new_id(),
        "customer_id": customer_id,
        "due_date": due,
        "kind": kind,
        "status": "planned",
        "source": CADENCE,
        "planned_from": basis,
        "owner": owner,
        "created_at": now,
        "updated_at": now,
    }


def _write(
    session: Session,
    inserts: list[dict[str, Any]],
    updates: list[dict[str, Any]],
    retired: list[str],
    now: datetime,
) -> None:
    table = table_of(VisitPlan)
    if inserts:
        session.execute(insert(table), inserts)
    if updates:
        # Derived: updated_at stays, every copy of the book re-plans from its own rows.
        session.execute(
            update(table)
            .where(table.c.id == bindparam("p_id"))
            .values(
                due_date=bindparam("p_due"),
                planned_from=bindparam("p_basis"),
                kind=bindparam("p_kind"),
                updated_at=table.c.updated_at,
            ),
            updates,
        )
    if retired:
        # A second cadence row (left by undo, or a merged book) is tombstoned so sync carries it.
        for start in range(0, len(retired), 500):
            session.execute(
                update(table)
                .where(table.c.id.in_(retired[start : start + 500]))
                .values(deleted_at=now, updated_at=now)
            )
    if inserts or updates or retired:
        for obj in list(session.identity_map.values()):
            if isinstance(obj, VisitPlan):
                session.expire(obj)
