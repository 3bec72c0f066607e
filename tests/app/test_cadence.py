"""The cadence visit and working days: hand-computed due dates against the 2026 holiday notice."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from sqlalchemy import select, update

from app import actions, derived, settings
from app.activities import FollowUp, log_follow_up
from app.changes import ChangeSet, Outcome
from app.models import Activity, Customer, VisitPlan
from app.models.types import utcnow
from app.workdays import HOLIDAY, MAKEUP, WEEKEND, day_kind, has_official_data, next_workday


def test_spring_festival_2026_moves_to_the_first_working_day_after_it() -> None:
    # The 2026 notice: 15–23 February off, Saturday 14 and Saturday 28 February worked.
    assert day_kind(date(2026, 2, 17)) == HOLIDAY
    assert next_workday(date(2026, 2, 17)) == date(2026, 2, 24)
    assert next_workday(date(2026, 2, 21)) == date(2026, 2, 24)


def test_a_make_up_saturday_is_a_working_day_and_a_plain_saturday_is_not() -> None:
    assert day_kind(date(2026, 2, 14)) == MAKEUP
    assert next_workday(date(2026, 2, 14)) == date(2026, 2, 14)
    assert day_kind(date(2026, 3, 7)) == WEEKEND
    assert next_workday(date(2026, 3, 7)) == date(2026, 3, 9)


def test_a_year_beyond_the_official_data_falls_back_to_the_holiday_rules() -> None:
    assert not has_official_data(2031)
    # Spring Festival 2031 is 23 January (Thursday): the rules know it, no 调休 is guessed.
    assert day_kind(date(2031, 1, 23)) == HOLIDAY
    assert next_workday(date(2031, 1, 23)) == date(2031, 1, 28)
    assert next_workday(date(2031, 3, 8)) == date(2031, 3, 10)  # a plain Saturday


def add_customer(db, name: str, override: str | None = "A") -> str:
    def action(session) -> Outcome:
        changes = ChangeSet()
        customer = changes.create(
            session,
            Customer(name=name, tier_override=override, owner="me"),
            datetime(2025, 6, 1, 9),
        )
        session.flush()
        return Outcome(changes, created_id=customer.id)

    return actions.perform(db, action).created_id


def contact_on(db, customer_id: str, day: date, channel: str = "phone"):
    data = FollowUp(
        customer_id, channel, "call", "聊了聊", occurred_at=datetime.combine(day, time(10))
    )
    return actions.perform(db, lambda s: log_follow_up(s, data))


def planned(db, customer_id: str) -> list[tuple[date, str]]:
    with db.session() as s:
        rows = s.execute(
            select(VisitPlan.due_date, VisitPlan.planned_from).where(
                VisitPlan.customer_id == customer_id,
                VisitPlan.source == "cadence",
                VisitPlan.status == "planned",
                VisitPlan.deleted_at.is_(None),
            )
        ).all()
    return [tuple(row) for row in rows]


def set_override(db, customer_id: str, tier: str | None):
    def action(session) -> Outcome:
        changes = ChangeSet()
        changes.update(session.get(Customer, customer_id), utcnow(), tier_override=tier)
        return Outcome(changes)

    return actions.perform(db, action)


def test_logging_a_follow_up_plans_the_visit_a_cadence_later_and_a_tier_change_re_plans(db):
    cid = add_customer(db, "杭州云启")
    contact_on(db, cid, date(2026, 11, 2))  # a Monday
    assert planned(db, cid) == [(date(2026, 11, 16), "2026-11-02+14")]  # A: 14 days
    set_override(db, cid, "B")
    assert planned(db, cid) == [(date(2026, 12, 2), "2026-11-02+30")]  # B: 30 days, a Wednesday
    with db.write() as s:
        settings.put(s, "cadence_days", {"A": 14, "B": 45, "C": 90})
        derived.refresh_all(s)
    assert planned(db, cid) == [(date(2026, 12, 17), "2026-11-02+45")]


def test_a_due_date_inside_the_spring_festival_and_on_a_make_up_saturday(db):
    festival = add_customer(db, "春节客户")
    contact_on(db, festival, date(2026, 2, 3))  # + 14 = 17 February, 初一
    assert planned(db, festival) == [(date(2026, 2, 24), "2026-02-03+14")]
    makeup = add_customer(db, "调休客户")
    contact_on(db, makeup, date(2026, 1, 31))  # + 14 = Saturday 14 February, worked
    assert planned(db, makeup) == [(date(2026, 2, 14), "2026-01-31+14")]


def test_a_rescheduled_visit_stays_until_the_next_contact_moves_it(db):
    cid = add_customer(db, "拖动客户")
    contact_on(db, cid, date(2026, 11, 2))
    with db.write() as s:
        visit = s.scalars(select(VisitPlan).where(VisitPlan.customer_id == cid)).one()
        visit.due_date = date(2026, 11, 20)
    with db.write() as s:
        derived.refresh_all(s)
    assert planned(db, cid) == [(date(2026, 11, 20), "2026-11-02+14")]
    contact_on(db, cid, date(2026, 11, 10))
    assert planned(db, cid) == [(date(2026, 11, 24), "2026-11-10+14")]


def test_undoing_a_follow_up_brings_back_the_old_plan_with_one_row(db):
    cid = add_customer(db, "撤销客户")
    contact_on(db, cid, date(2026, 11, 2))
    outcome = contact_on(db, cid, date(2026, 11, 10))
    actions.undo(db, outcome.changes)
    assert planned(db, cid) == [(date(2026, 11, 16), "2026-11-02+14")]


def test_a_customer_never_contacted_is_due_a_cadence_after_it_was_added(db):
    cid = add_customer(db, "新客户", override="C")
    # 1 June 2025 + 90 days = Saturday 30 August: due on Monday 1 September.
    assert planned(db, cid) == [(date(2025, 9, 1), "2025-06-01+90")]


def test_an_imported_activity_counts_through_the_full_pass(db):
    cid = add_customer(db, "导入客户")
    with db.write_connection() as conn:
        conn.execute(
            Activity.__table__.insert().values(
                id="imported-1",
                customer_id=cid,
                occurred_at=datetime(2026, 11, 2, 15),
                channel="wechat",
                kind="other",
                summary="",
                created_at=utcnow(),
                updated_at=utcnow(),
            )
        )
        derived.refresh_all_on(conn)
    assert planned(db, cid) == [(date(2026, 11, 16), "2026-11-02+14")]


def test_a_deleted_customer_keeps_no_planned_cadence_visit(db):
    cid = add_customer(db, "删除客户")

    def delete(session) -> Outcome:
        changes = ChangeSet()
        changes.update(session.get(Customer, cid), utcnow(), deleted_at=utcnow())
        return Outcome(changes)

    actions.perform(db, delete)
    assert planned(db, cid) == []


@pytest.mark.parametrize("channel", ["wechat", "visit", "event"])
def test_every_channel_counts_as_contact(db, channel):
    cid = add_customer(db, f"渠道{channel}")
    contact_on(db, cid, date(2026, 11, 2), channel)
    assert planned(db, cid)[0][0] == date(2026, 11, 16)


def test_days_off_are_named_by_their_holiday() -> None:
    from app.workdays import holiday_code

    assert holiday_code(date(2026, 2, 23)) == "spring_festival"  # the last day of the 2026 break
    assert holiday_code(date(2026, 10, 7)) == "national_day"
    assert holiday_code(date(2031, 1, 23)) == "spring_festival"  # from the rules
    assert holiday_code(date(2026, 2, 14)) is None  # a make-up working Saturday


def test_the_full_pass_settles_what_the_incremental_one_planned(db):
    # The full pass skips, in SQL, customers whose plan already holds: it must agree with Python.
    ids = [add_customer(db, f"客户{n}", override=tier) for n, tier in enumerate("ABC")]
    for cid in ids:
        contact_on(db, cid, date(2026, 11, 2))
    with db.write() as s:
        assert derived.refresh_visit_plans(s) == 0
        s.execute(VisitPlan.__table__.update().values(planned_from="2026-01-01+14"))
    with db.write() as s:
        assert derived.refresh_visit_plans(s) == 3
        assert derived.refresh_visit_plans(s) == 0
    assert [planned(db, cid)[0][0] for cid in ids] == [
        date(2026, 11, 16),
        date(2026, 12, 2),
        date(2027, 2, 1),  # 31 January 2027 is a Sunday
    ]


def test_the_visit_kind_follows_where_the_customer_stands(db):
    from app.models import Deal, Order, Stage

    def kind(customer_id: str) -> str:
        with db.session() as s:
            return s.scalar(
                select(VisitPlan.kind).where(
                    VisitPlan.customer_id == customer_id,
                    VisitPlan.source == "cadence",
                    VisitPlan.deleted_at.is_(None),
                )
            )

    cid = add_customer(db, "宁波海川")
    contact_on(db, cid, date(2026, 11, 2))
    assert kind(cid) == "presale_visit"  # never bought, nothing open
    with db.write() as s:
        stage = s.scalar(select(Stage.id).where(Stage.key == "proposal"))
        s.add(Deal(customer_id=cid, title="仓储系统", stage_id=stage, status="open"))
    contact_on(db, cid, date(2026, 11, 9))  # re-planned while a deal is open: 售中
    assert kind(cid) == "insale_visit"
    with db.write() as s:
        s.execute(update(Deal).values(status="won"))
        s.add(Order(customer_id=cid, order_date=date(2026, 11, 10), amount=1000))
    contact_on(db, cid, date(2026, 11, 12))
    assert kind(cid) == "aftersale_visit"
