"""Goals: actual, progress, linear run-rate projection, and the undoable goal actions."""

from __future__ import annotations

from datetime import date

import pytest

from app import settings
from app.actions import perform, undo
from app.changes import ActionError
from app.insights.goal_actions import (
    GoalInput,
    ReviewInput,
    create_goal,
    delete_goal,
    reviews_of,
    save_review,
    update_goal,
)
from app.insights.goals import goal_progress, project
from app.models import Goal
from tests.insights_book import Q1, build_book


def test_counted_metrics_project_by_run_rate_and_rates_stay():
    start, end = Q1
    # 45 of 90 days gone: double what there is.
    assert project("revenue", 1000.0, start, end, date(2026, 2, 14)) == 2000.0
    assert project("win_rate", 0.4, start, end, date(2026, 2, 14)) == 0.4
    assert project("revenue", 1000.0, start, end, date(2025, 12, 31)) is None
    assert project("revenue", 1000.0, start, end, date(2026, 5, 1)) == 1000.0
    assert project("revenue", None, start, end, date(2026, 2, 14)) is None


def test_goal_progress_on_the_fixed_book(db):
    build_book(db)
    with db.session() as s:
        goals = {g.name: g for g in goal_progress(s, date(2026, 2, 14), owner="ana")}
    revenue = goals["Q1 revenue"]
    assert (revenue.actual, revenue.projected, revenue.progress) == (1000.0, 2000.0, 0.25)
    assert revenue.on_track is False
    win = goals["Q1 win rate"]
    assert (win.actual, win.projected, win.on_track) == (1.0, 1.0, True)
    cycle = goals["Q1 cycle"]  # 30 days against a target of 20: lower is better
    assert cycle.actual == 30.0 and cycle.progress == pytest.approx(2 / 3)
    assert cycle.on_track is False
    assert goals["Q2 revenue"].projected is None
    with db.session() as s:
        assert goal_progress(s, date(2026, 2, 14), owner="bo") == []


def _form(**changes):
    values = dict(
        name="Q1 visits",
        metric="visits_done",
        target=30.0,
        period_start=date(2026, 1, 1),
        period_end=date(2026, 3, 31),
    )
    values.update(changes)
    return GoalInput(**values)


def test_create_edit_delete_goal_with_undo(db):
    with db.write() as s:
        settings.put(s, "owner", "ana")
    made = perform(db, lambda s: create_goal(s, _form()))
    with db.session() as s:
        goal = s.get(Goal, made.created_id)
        assert (goal.name, goal.owner, goal.target) == ("Q1 visits", "ana", 30.0)
    edited = perform(db, lambda s: update_goal(s, made.created_id, _form(target=40.0)))
    with db.session() as s:
        assert s.get(Goal, made.created_id).target == 40.0
    undo(db, edited.changes)
    with db.session() as s:
        assert s.get(Goal, made.created_id).target == 30.0
    removed = perform(db, lambda s: delete_goal(s, made.created_id))
    with db.session() as s:
        assert s.get(Goal, made.created_id).deleted_at is not None
    undo(db, removed.changes)
    with db.session() as s:
        assert s.get(Goal, made.created_id).deleted_at is None


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": "  "}, "name"),
        ({"target": 0.0}, "Target"),
        ({"metric": "profit"}, "Metric"),
        ({"period_end": date(2025, 1, 1)}, "Period"),
    ],
)
def test_a_wrong_goal_form_writes_nothing(db, changes, field):
    with pytest.raises(ActionError) as error:
        perform(db, lambda s: create_goal(s, _form(**changes)))
    assert field.lower() in str(error.value).lower()
    with db.session() as s:
        assert s.query(Goal).count() == 0


def test_review_notes_are_one_per_goal_and_period(db):
    made = perform(db, lambda s: create_goal(s, _form()))
    note = ReviewInput(made.created_id, *Q1, plan="多拜访A类客户", check="完成 28 次")
    first = perform(db, lambda s: save_review(s, note))
    again = perform(
        db, lambda s: save_review(s, ReviewInput(made.created_id, *Q1, act="下季度加5次"))
    )
    assert first.created_id == again.created_id
    with db.session() as s:
        [review] = reviews_of(s, made.created_id)
        assert (review.plan, review.check, review.act) == (None, None, "下季度加5次")
