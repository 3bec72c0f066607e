"""The win-back list: value at stake, reasons in words, and the one-click win-back visit."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from app import actions, i18n
from app.changes import ActionError
from app.customers.winback import WINBACK_VISIT_DAYS, plan_win_back_visits, win_back_rows
from app.db import Database
from app.derived import refresh_all
from app.models import Activity, Customer, Order, VisitPlan

TODAY = date.today()


def _book(db: Database) -> dict[str, str]:
    """Three quiet buyers (A, B and C by revenue) and one customer contacted yesterday."""
    ids = {}
    with db.session.begin() as s:
        for name, amount, quiet in (
            ("大客户", 9000, 400),
            ("中客户", 900, 400),
            ("小客户", 100, 400),
            ("活跃", 5000, 1),
        ):
            customer = Customer(
                name=name, created_at=datetime.combine(TODAY, time()) - timedelta(1000)
            )
            s.add(customer)
            s.flush()
            s.add(
                Order(
                    customer_id=customer.id,
                    order_date=TODAY - timedelta(10),
                    amount=Decimal(amount),
                )
            )
            s.add(
                Activity(
                    customer_id=customer.id,
                    occurred_at=datetime.combine(TODAY - timedelta(quiet), time(10)),
                )
            )
            ids[name] = customer.id
        refresh_all(s, TODAY)
    return ids


def test_sorted_by_value_at_stake_with_reasons(db: Database) -> None:
    ids = _book(db)
    with db.session() as s:
        rows = win_back_rows(s, today=TODAY)
    assert [r.entry.customer_id for r in rows] == [ids["大客户"], ids["中客户"], ids["小客户"]]
    assert [r.entry.monetary_24m for r in rows] == [Decimal(9000), Decimal(900), Decimal(100)]
    # 大客户 is A: cadence 14 days, flagged after 2 × 14 quiet days.
    assert rows[0].reasons == ["No contact for 400 days (visit cadence: every 14 days)"]
    assert rows[0].next_visit is None
    i18n.set_language("zh_CN")
    try:
        with db.session() as s:
            assert "400" in win_back_rows(s, today=TODAY)[0].reasons[0]
            assert "天" in win_back_rows(s, today=TODAY)[0].reasons[0]
    finally:
        i18n.set_language("en")


def test_one_click_visit_is_planned_once_and_undoable(db: Database) -> None:
    ids = _book(db)
    big = ids["大客户"]
    outcome = actions.perform(db, lambda s: plan_win_back_visits(s, [big], today=TODAY))
    with db.session() as s:
        visit = s.get(VisitPlan, outcome.created_id)
        assert (visit.customer_id, visit.source, visit.status) == (big, "winback", "planned")
        assert visit.due_date == TODAY + timedelta(WINBACK_VISIT_DAYS)
        assert visit.note.startswith("Win-back visit: No contact for 400 days")
        assert win_back_rows(s, today=TODAY)[0].next_visit == visit.due_date
    with pytest.raises(ActionError, match="already planned"):
        actions.perform(db, lambda s: plan_win_back_visits(s, [big], today=TODAY))
    # A selection plans the others and leaves the planned one alone.
    both = actions.perform(db, lambda s: plan_win_back_visits(s, [big, ids["中客户"]], today=TODAY))
    assert len(both.changes.created_ids(VisitPlan)) == 1
    actions.undo(db, outcome.changes)
    with db.session() as s:
        live = s.scalars(
            select(VisitPlan.customer_id).where(
                VisitPlan.deleted_at.is_(None), VisitPlan.source == "winback"
            )
        ).all()
        assert live == [ids["中客户"]]
        assert win_back_rows(s, today=TODAY)[0].next_visit is None


def test_a_later_cadence_visit_does_not_stand_in_for_a_win_back(db: Database) -> None:
    ids = _book(db)
    later, soon = ids["大客户"], ids["中客户"]
    with db.session.begin() as s:
        s.add(VisitPlan(customer_id=later, due_date=TODAY + timedelta(20), source="cadence"))
        s.add(VisitPlan(customer_id=soon, due_date=TODAY + timedelta(2), source="cadence"))
    with db.session() as s:
        rows = {r.entry.customer_id: r for r in win_back_rows(s, today=TODAY)}
    assert rows[later].needs_visit(TODAY) and not rows[soon].needs_visit(TODAY)
    outcome = actions.perform(db, lambda s: plan_win_back_visits(s, [later, soon], today=TODAY))
    with db.session() as s:
        made = [s.get(VisitPlan, i) for i in outcome.changes.created_ids(VisitPlan)]
        assert [(v.customer_id, v.source) for v in made] == [(later, "winback")]
        assert win_back_rows(s, today=TODAY)[0].next_visit == TODAY + timedelta(WINBACK_VISIT_DAYS)
