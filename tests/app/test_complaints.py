"""Complaint handling: steps in order, the promise, the follow-up visit, overdue, root causes."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from app.changes import ActionError, revert
from app.complaints import (
    ComplaintDraft,
    add_working_days,
    advance_complaint,
    list_complaints,
    overdue_complaints,
    promise_time,
    record_complaint,
    root_cause_counts,
)
from app.models import Complaint, Customer, VisitPlan

MON = datetime(2026, 3, 9, 10, 0)  # a Monday
FRI = datetime(2026, 3, 13, 16, 0)


def _customer(db) -> str:
    with db.write() as s:
        row = Customer(name="宁波海天精工", search_text="", name_key="")
        s.add(row)
        s.flush()
        return row.id


def _record(db, customer_id: str, **values) -> str:
    draft = ComplaintDraft(customer_id, "phone", "第二批货有三台外壳刮花", "high", **values)
    with db.write() as s:
        return record_complaint(s, draft, now=MON).created_id


def test_steps_in_order_with_promise_resolution_follow_up_visit_and_close(db) -> None:
    complaint_id = _record(db, _customer(db))
    with db.write() as s:
        with pytest.raises(ActionError) as refused:
            advance_complaint(s, complaint_id, "resolve", resolution="换货", now=MON)
        assert str(refused.value) == (
            "“Resolve” cannot be done yet: “Apologise and own it” comes first."
        )
        advance_complaint(s, complaint_id, "apologise", now=MON)
        with pytest.raises(ActionError, match="Promise the customer a time"):
            advance_complaint(s, complaint_id, "confirm", now=MON)
        advance_complaint(
            s, complaint_id, "confirm", promised_at=promise_time(date(2026, 3, 11)), now=MON
        )
    with db.session() as s:
        assert s.get(Complaint, complaint_id).step == "confirm"
        assert overdue_complaints(s, now=datetime(2026, 3, 11, 18, 0)) == []
        assert overdue_complaints(s, now=datetime(2026, 3, 12, 9, 0)) == [complaint_id]
        [row] = list_complaints(s, today=date(2026, 3, 14))
        assert row.overdue_days == 3 and row.customer_name == "宁波海天精工"
    with db.write() as s:
        resolved = advance_complaint(s, complaint_id, "resolve", resolution="三台全部换新", now=FRI)
    with db.session() as s:
        [visit] = s.scalars(select(VisitPlan)).all()
        # resolved on a Friday: three working days later is the next Wednesday
        assert (visit.kind, visit.source, visit.due_date) == (
            "complaint_followup",
            "complaint",
            date(2026, 3, 18),
        )
        assert list_complaints(s, today=date(2026, 3, 20))[0].overdue_days == 0
    with db.write() as s:
        with pytest.raises(ActionError, match="1 to 5"):
            advance_complaint(s, complaint_id, "follow_up", root_cause="delivery", satisfaction=9)
        with pytest.raises(ActionError, match="root cause"):
            advance_complaint(s, complaint_id, "follow_up", root_cause="weather", satisfaction=4)
        advance_complaint(s, complaint_id, "follow_up", root_cause="delivery", satisfaction=4)
        with pytest.raises(ActionError, match="already closed"):
            advance_complaint(s, complaint_id, "follow_up", root_cause="delivery", satisfaction=4)
    with db.session() as s:
        closed = s.get(Complaint, complaint_id)
        assert (closed.step, closed.root_cause, closed.satisfaction) == ("closed", "delivery", 4)
        assert root_cause_counts(s) == {
            "product": 0,
            "delivery": 1,
            "service": 0,
            "billing": 0,
            "communication": 0,
        }
    assert resolved.entities == {"complaint", "visit_plan"}


def test_recording_refuses_bad_input_and_undo_takes_it_back(db) -> None:
    customer_id = _customer(db)
    with db.write() as s:
        with pytest.raises(ActionError, match="Write down what"):
            record_complaint(s, ComplaintDraft(customer_id, "phone", "  "))
        with pytest.raises(ActionError, match="channel"):
            record_complaint(s, ComplaintDraft(customer_id, "pigeon", "x"))
        outcome = record_complaint(s, ComplaintDraft(customer_id, "wechat", "发票开错了"))
    with db.write() as s:
        revert(s, outcome.changes)
    with db.session() as s:
        assert list_complaints(s) == []


def test_working_days_skip_the_weekend() -> None:
    assert add_working_days(date(2026, 3, 13), 1) == date(2026, 3, 16)
    assert add_working_days(date(2026, 3, 9), 3) == date(2026, 3, 12)
