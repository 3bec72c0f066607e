"""Visit actions, the calendar's counts, care reminders and the .ics export, by hand."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from icalendar import Calendar
from sqlalchemy import select

from app import actions
from app.changes import ActionError, ChangeSet, Outcome
from app.models import Activity, CareReminder, Contact, Customer, VisitPlan
from app.visits import agenda, care, ics, plans
from tests.app.test_cadence import add_customer, contact_on, planned


def cadence_visit(db, cid: str) -> str:
    with db.session() as s:
        return s.scalar(
            select(VisitPlan.id).where(
                VisitPlan.customer_id == cid,
                VisitPlan.status == "planned",
                VisitPlan.deleted_at.is_(None),
            )
        )


def test_completing_a_visit_logs_it_and_the_cadence_plans_the_next(db):
    cid = add_customer(db, "完成客户")
    contact_on(db, cid, date(2026, 11, 2))
    visit_id = cadence_visit(db, cid)
    report = plans.VisitReport("看了产线", "很满意", 4, occurred_at=datetime(2026, 11, 16, 15))
    outcome = actions.perform(db, lambda s: plans.complete_visit(s, visit_id, report))
    with db.session() as s:
        visit = s.get(VisitPlan, visit_id)
        activity = s.get(Activity, outcome.created_id)
        assert (visit.status, visit.activity_id) == ("done", activity.id)
        assert (activity.channel, activity.kind, activity.feedback, activity.intent_level) == (
            "visit",
            "presale_visit",
            "很满意",
            4,
        )
    assert planned(db, cid) == [(date(2026, 11, 30), "2026-11-16+14")]
    with pytest.raises(ActionError):
        actions.perform(db, lambda s: plans.complete_visit(s, visit_id, report))


def test_skipping_needs_a_reason_and_starts_the_next_cycle_from_the_skipped_day(db):
    cid = add_customer(db, "跳过客户")
    contact_on(db, cid, date(2026, 11, 2))
    visit_id = cadence_visit(db, cid)
    with pytest.raises(ActionError, match="why"):
        actions.perform(db, lambda s: plans.skip_visit(s, visit_id, "  "))
    actions.perform(db, lambda s: plans.skip_visit(s, visit_id, "客户出差"))
    with db.session() as s:
        assert (s.get(VisitPlan, visit_id).status, s.get(VisitPlan, visit_id).reason) == (
            "skipped",
            "客户出差",
        )
    # Skipped on its due day 16 November: the next one is due 14 days later.
    assert planned(db, cid) == [(date(2026, 11, 30), "2026-11-16+14")]


def test_rescheduling_moves_the_visit_and_undo_moves_it_back(db):
    cid = add_customer(db, "改期客户")
    contact_on(db, cid, date(2026, 11, 2))
    visit_id = cadence_visit(db, cid)
    outcome = actions.perform(db, lambda s: plans.reschedule_visit(s, visit_id, date(2026, 11, 19)))
    assert planned(db, cid) == [(date(2026, 11, 19), "2026-11-02+14")]
    actions.undo(db, outcome.changes)
    assert planned(db, cid) == [(date(2026, 11, 16), "2026-11-02+14")]


def test_day_counts_split_planned_done_and_skipped_and_overdue_is_a_past_planned_day(db):
    first, second = add_customer(db, "甲"), add_customer(db, "乙")
    contact_on(db, first, date(2026, 11, 2))
    contact_on(db, second, date(2026, 11, 2))
    actions.perform(db, lambda s: plans.plan_visit(s, first, date(2026, 11, 16), "insale_visit"))
    actions.perform(db, lambda s: plans.skip_visit(s, cadence_visit(db, second), "忙"))
    counts = agenda.day_counts(db.session(), date(2026, 11, 1), date(2026, 11, 30))
    day = counts[date(2026, 11, 16)]
    assert (day.planned, day.done, day.skipped) == (2, 0, 1)
    assert day.overdue(date(2026, 11, 16), today=date(2026, 11, 17)) == 2
    assert day.overdue(date(2026, 11, 16), today=date(2026, 11, 16)) == 0
    overdue = agenda.agenda(db.session(), "overdue", date(2026, 11, 17))
    assert {item.customer_name for item in overdue} == {"甲"}
    assert agenda.agenda_count(db.session(), "overdue", date(2026, 11, 17)) == 2
    skipped = agenda.agenda(db.session(), "skipped", date(2026, 11, 17))
    assert [(item.customer_name, item.reason) for item in skipped] == [("乙", "忙")]


def add_contact(db, cid: str, name: str, birthday: date) -> str:
    def action(session) -> Outcome:
        changes = ChangeSet()
        contact = changes.create(
            session, Contact(customer_id=cid, name=name, birthday=birthday), datetime(2026, 1, 1)
        )
        session.flush()
        return Outcome(changes, created_id=contact.id)

    return actions.perform(db, action).created_id


def test_a_29_february_birthday_comes_up_on_28_february_in_a_common_year(db):
    cid = add_customer(db, "闰年客户", override="C")
    add_contact(db, cid, "王芳", date(1988, 2, 29))
    with db.session() as s:
        items = care.care_reminders(s, date(2027, 2, 26))
        assert [(i.occasion, i.occurs_on, i.contact_name) for i in items] == [
            ("birthday", date(2027, 2, 28), "王芳")
        ]
        leap = care.care_reminders(s, date(2028, 2, 27))
        assert [(i.occasion, i.occurs_on) for i in leap] == [("birthday", date(2028, 2, 29))]
        assert care.care_reminders(s, date(2027, 3, 1)) == []


def test_a_full_list_keeps_the_earliest_days_then_the_better_tiers(db):
    # Read day by day: a limit that fills on the first day never lets a later day in, however
    # good its customer's tier.
    late_a = add_customer(db, "后天A", override="A")
    add_contact(db, late_a, "赵六", date(1980, 3, 12))
    for name, tier in (("明天C", "C"), ("明天B", "B")):
        add_contact(db, add_customer(db, name, override=tier), name + "联系人", date(1985, 3, 11))
    with db.session() as s:
        everything = care.care_between(s, date(2027, 3, 10), date(2027, 3, 12))
        assert [(i.occurs_on.day, i.tier) for i in everything] == [(11, "B"), (11, "C"), (12, "A")]
        first_two = care.care_between(s, date(2027, 3, 10), date(2027, 3, 12), limit=2)
        assert [(i.occurs_on.day, i.tier) for i in first_two] == [(11, "B"), (11, "C")]


def test_festivals_are_greeted_ahead_for_a_and_b_customers_only(db):
    a, c = add_customer(db, "A客户", override="A"), add_customer(db, "C客户", override="C")
    with db.session() as s:
        # Mid-Autumn 2026 is 25 September; three days ahead is the 22nd.
        items = care.care_reminders(s, date(2026, 9, 22))
        assert [(i.occasion, i.occurs_on, i.customer_id) for i in items] == [
            ("mid_autumn", date(2026, 9, 25), a)
        ]
        assert care.care_reminders(s, date(2026, 9, 21)) == []
    assert c


def test_a_dismissed_reminder_does_not_come_back_and_a_greeting_logs_a_care_activity(db):
    cid = add_customer(db, "问候客户")
    add_contact(db, cid, "李雷", date(1990, 10, 3))
    with db.session() as s:
        items = care.care_reminders(s, date(2026, 9, 30))
    festival = next(i for i in items if i.occasion == "national_day")
    birthday = next(i for i in items if i.occasion == "birthday")
    actions.perform(db, lambda s: care.dismiss_care(s, festival))
    with db.session() as s:
        text = care.greeting_text(s, birthday, "zh_CN")
    assert "李雷" in text
    outcome = actions.perform(db, lambda s: care.send_greeting(s, birthday, text))
    with db.session() as s:
        assert care.care_reminders(s, date(2026, 9, 30)) == []
        activity = s.get(Activity, outcome.created_id)
        assert (activity.kind, activity.channel, activity.summary) == ("care", "wechat", text)
        assert s.get(Customer, cid).last_contact_at == activity.occurred_at
        statuses = s.scalars(select(CareReminder.status).order_by(CareReminder.status)).all()
        assert statuses == ["dismissed", "done"]


def test_the_ics_export_parses_back_with_stable_uids(db, tmp_path):
    cid = add_customer(db, "日历客户")
    add_contact(db, cid, "韩梅", date(1985, 11, 20))
    contact_on(db, cid, date(2026, 11, 2))
    visit_id = cadence_visit(db, cid)
    today = date(2026, 11, 10)
    with db.session() as s:
        first = ics.export_calendar(s, tmp_path / "a.ics", today, days=30)
        ics.export_calendar(s, tmp_path / "b.ics", today, days=30)
    assert (first.visits, first.care) == (1, 1)
    parsed = [
        list(Calendar.from_ical((tmp_path / name).read_bytes()).walk("VEVENT"))
        for name in ("a.ics", "b.ics")
    ]
    uids = [[str(e["UID"]) for e in events] for events in parsed]
    assert uids[0] == uids[1]
    visit = next(e for e in parsed[0] if e["CATEGORIES"].cats == ["visit"])
    assert str(visit["UID"]) == f"{visit_id}@repbook"
    assert visit["DTSTART"].dt == date(2026, 11, 16)
    assert "日历客户" in str(visit["SUMMARY"])
    birthday = next(e for e in parsed[0] if e["CATEGORIES"].cats == ["care"])
    assert birthday["DTSTART"].dt == date(2026, 11, 20)
    assert (tmp_path / "a.ics").stat().st_mode & 0o077 == 0


def test_event_invites_by_tier_and_segment_and_attendance_counts_as_contact(db):
    from app.visits import events

    a = add_customer(db, "A客户", override="A")
    c = add_customer(db, "C客户", override="C")
    add_customer(db, "另一个C", override="C")
    with db.write() as s:
        s.get(Customer, c).rfm_segment = "at_risk"
    with pytest.raises(ActionError):
        actions.perform(db, lambda s: events.plan_event(s, "  ", date(2026, 11, 20)))
    event_id = actions.perform(
        db, lambda s: events.plan_event(s, "产品体验会", date(2026, 11, 20), "杭州")
    ).created_id
    with pytest.raises(ActionError):
        actions.perform(db, lambda s: events.invite(s, event_id))
    actions.perform(db, lambda s: events.invite(s, event_id, tiers=["A"], segments=["at_risk"]))
    again = actions.perform(db, lambda s: events.invite(s, event_id, tiers=["A"]))
    assert not again  # nobody is invited twice
    with db.session() as s:
        invited = events.invites_of(s, event_id)
    assert {row.customer_id for row in invited} == {a, c}
    came = next(row.id for row in invited if row.customer_id == a)
    actions.perform(db, lambda s: events.record_attendance(s, [came]))
    with db.session() as s:
        activity = s.scalars(select(Activity).where(Activity.customer_id == a)).one()
        assert (activity.channel, activity.occurred_at) == ("event", datetime(2026, 11, 20, 14))
        assert s.get(Customer, a).last_contact_at == datetime(2026, 11, 20, 14)
        [row] = events.list_events(s)
        assert (row.name, row.invited, row.attended) == ("产品体验会", 2, 1)
    # The cadence moved: A is due 14 days after the event, 4 December.
    assert planned(db, a) == [(date(2026, 12, 4), "2026-11-20+14")]


def test_a_company_anniversary_in_the_ics_names_the_company_once(db, tmp_path):
    cid = add_customer(db, "周年客户")
    with db.write() as s:
        s.get(Customer, cid).founded_date = date(2010, 11, 20)
    with db.session() as s:
        ics.export_calendar(s, tmp_path / "a.ics", date(2026, 11, 10), days=30)
    events = Calendar.from_ical((tmp_path / "a.ics").read_bytes()).walk("VEVENT")
    summary = next(str(e["SUMMARY"]) for e in events if e["CATEGORIES"].cats == ["care"])
    assert summary.count("周年客户") == 1, summary


def test_an_overdue_visit_goes_on_today_in_the_ics_saying_how_late(db, tmp_path):
    cid = add_customer(db, "逾期客户")
    contact_on(db, cid, date(2026, 11, 2))
    visit_id = cadence_visit(db, cid)  # due 16 November
    today = date(2026, 11, 20)
    with db.session() as s:
        done = ics.export_calendar(s, tmp_path / "a.ics", today, days=30)
    assert done.visits == 1
    [visit] = [
        e
        for e in Calendar.from_ical((tmp_path / "a.ics").read_bytes()).walk("VEVENT")
        if e["CATEGORIES"].cats == ["visit"]
    ]
    assert str(visit["UID"]) == f"{visit_id}@repbook"  # the same event, moved, not a new one
    assert visit["DTSTART"].dt == today
    assert str(visit["SUMMARY"]).startswith("Overdue 4 d · Visit 逾期客户")
    [alarm] = visit.walk("VALARM")
    assert alarm["TRIGGER"].dt == timedelta(hours=9)  # 09:00 today, not a day already gone
