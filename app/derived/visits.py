"""The cadence visit: one planned visit per customer, due a tier's cadence after the last contact.

Every logged activity counts as contact (calls, WeChat, visits, care greetings, event
attendance: Customer.last_contact_at, kept by app.segments). A skipped cadence visit also
starts a new cycle from its own day, so skipping does not bring it straight back as overdue.
The due day is anchor + cadence days of the effective tier (manual override included), moved
to the next working day (app.workdays: weekends, public holidays, 调休).

Each planned cadence row records its basis ("<anchor>+<days>"). A row whose basis still
holds is left alone — the rep may have dragged it to another day — and a row whose basis moved
(new contact, tier change, cadence setting) is re-planned. The pass reads plain tuples and
writes with executemany, so the whole book takes one scan.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import String, bindparam, func, insert, select, type_coerce, update
from sqlalchemy.orm import Session

from app import settings
from app.models import Customer, VisitPlan, table_of
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


def _customers(session: Session, ids: list[str] | None) -> Sequence[Any]:
    skipped = (
        select(_text(func.max(_v.due_date)))
        .where(
            _v.customer_id == _c.id,
            _v.source == CADENCE,
            _v.status == "skipped",
            _v.deleted_at.is_(None),
        )
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
    )
    query = query.where(_c.id.in_(ids)) if ids is not None else query.where(_c.deleted_at.is_(None))
    with session.connection().execute(query) as result:
        return result.cursor.fetchall()


def _planned(session: Session, ids: list[str] | None) -> dict[str, list[tuple[str, str | None]]]:
    query = (
        select(_v.customer_id, _v.id, _v.planned_from)
        .where(_v.source == CADENCE, _v.status == "planned", _v.deleted_at.is_(None))
        .order_by(_v.customer_id, _v.created_at, _v.id)
    )
    if ids is not None:
        query = query.where(_v.customer_id.in_(ids))
    rows: dict[str, list[tuple[str, str | None]]] = {}
    with session.connection().execute(query) as result:
        for customer_id, visit_id, basis in result.cursor.fetchall():
            rows.setdefault(customer_id, []).append((visit_id, basis))
    return rows


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
    planned = _planned(session, ids)
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    retired: list[str] = []
    seen: set[str] = set()
    for row in _customers(session, ids):
        customer_id, owner, tier, override, last_contact, created, skipped, gone, bought = row
        seen.add(customer_id)
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
        if keep is None:
            kind = "aftersale_visit" if bought else "presale_visit"
            inserts.append(_new_row(customer_id, owner, kind, due, basis, now))
        elif keep[1] != basis:
            updates.append({"p_id": keep[0], "p_due": due, "p_basis": basis})
    # Rows of customers deleted for good (the full pass sees only live customers).
    retired.extend(
        visit_id
        for customer_id, rows in planned.items()
        if customer_id not in seen
        for visit_id, _ in rows
    )
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
