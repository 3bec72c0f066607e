"""Demo data is deterministic and covers every screen with realistic, consistent records."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from app.db import open_database
from app.demo import generate
from app.models import (
    Activity,
    Complaint,
    Contact,
    Customer,
    Deal,
    DealStageHistory,
    Goal,
    Order,
    Payment,
    Stage,
    VisitPlan,
)
from app.summary import summarize

TODAY = date(2026, 11, 27)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    database = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    generate(database, customers=300, seed=7, today=TODAY)
    yield database
    database.close()


def test_same_seed_gives_the_same_book(tmp_path) -> None:
    books = []
    for name in ("a", "b"):
        database = open_database(tmp_path / f"{name}.sqlite")
        generate(database, customers=60, seed=3, today=TODAY)
        with database.session() as s:
            books.append(
                (
                    summarize(s, today=TODAY),
                    s.execute(select(Customer.id, Customer.name).order_by(Customer.id)).all(),
                    s.execute(select(Deal.id, Deal.amount, Deal.status).order_by(Deal.id)).all(),
                )
            )
        database.close()
    assert books[0] == books[1]


def test_another_seed_gives_another_book(tmp_path) -> None:
    names = []
    for seed in (1, 2):
        database = open_database(tmp_path / f"{seed}.sqlite")
        generate(database, customers=30, seed=seed, today=TODAY)
        with database.session() as s:
            names.append(s.scalars(select(Customer.name).order_by(Customer.name)).all())
        database.close()
    assert names[0] != names[1]


def test_customers_span_industries_cities_and_size_bands_with_unique_names(demo_db) -> None:
    with demo_db.session() as s:
        rows = s.execute(
            select(Customer.name, Customer.industry, Customer.city, Customer.size_band)
        ).all()
    assert len(rows) == 300
    assert len({r.name for r in rows}) == 300
    assert len({r.industry for r in rows}) >= 8
    assert len({r.city for r in rows}) >= 15
    assert len({r.size_band for r in rows}) == 5


def test_every_customer_has_a_contact_and_decision_roles_appear(demo_db) -> None:
    with demo_db.session() as s:
        without = s.scalar(
            select(func.count()).select_from(Customer).where(~Customer.contacts.any())
        )
        roles = set(s.scalars(select(Contact.role).distinct()))
    assert without == 0
    assert {"decision_maker", "procurement"} <= roles


def test_deals_sit_in_every_stage_and_closed_ones_have_outcomes(demo_db) -> None:
    with demo_db.session() as s:
        open_stages = set(
            s.scalars(
                select(Stage.key).join(Deal, Deal.stage_id == Stage.id).where(Deal.status == "open")
            )
        )
        lost_without_reason = s.scalar(
            select(func.count())
            .select_from(Deal)
            .where(Deal.status == "lost", Deal.lost_reason.is_(None))
        )
        won_without_date = s.scalar(
            select(func.count())
            .select_from(Deal)
            .where(Deal.status == "won", Deal.closed_date.is_(None))
        )
        statuses = set(s.scalars(select(Deal.status).distinct()))
    assert open_stages == {"lead", "qualified", "proposal", "negotiation", "closing"}
    assert statuses == {"open", "won", "lost"}
    assert lost_without_reason == 0 and won_without_date == 0


def test_stage_history_is_continuous_and_spans_about_eighteen_months(demo_db) -> None:
    with demo_db.session() as s:
        earliest = s.scalar(select(func.min(DealStageHistory.entered_at)))
        open_rows = s.scalar(
            select(func.count())
            .select_from(DealStageHistory)
            .where(DealStageHistory.left_at.is_(None))
        )
        open_deals = s.scalar(select(func.count()).select_from(Deal).where(Deal.status == "open"))
        backwards = s.scalar(
            select(func.count())
            .select_from(DealStageHistory)
            .where(DealStageHistory.left_at < DealStageHistory.entered_at)
        )
    assert earliest.date() <= TODAY - timedelta(days=400)
    assert open_rows == open_deals  # exactly one current stay per open deal
    assert backwards == 0


def test_open_deals_meet_the_gates_of_the_stage_they_are_in(demo_db) -> None:
    with demo_db.session() as s:
        deals = s.scalars(select(Deal).where(Deal.status == "open")).all()
        for deal in deals:
            for field in deal.stage.required_fields:
                assert getattr(deal, field) is not None, (deal.title, deal.stage.key, field)


def test_activities_use_every_channel_and_orders_have_payments_some_overdue(demo_db) -> None:
    with demo_db.session() as s:
        channels = set(s.scalars(select(Activity.channel).distinct()))
        orders = s.scalar(select(func.count()).select_from(Order))
        payments = s.scalar(select(func.count()).select_from(Payment))
        overdue = s.scalar(
            select(func.count())
            .select_from(Payment)
            .where(Payment.due_date < TODAY, Payment.received_date.is_(None))
        )
    assert channels == {"phone", "email", "wechat", "visit", "meeting", "event"}
    assert orders > 300 and payments == orders
    assert overdue > 0


def test_complaints_in_several_steps_goals_and_planned_visits(demo_db) -> None:
    with demo_db.session() as s:
        steps = set(s.scalars(select(Complaint.step).distinct()))
        goals = s.scalar(select(func.count()).select_from(Goal))
        planned = s.scalar(
            select(func.count()).select_from(VisitPlan).where(VisitPlan.status == "planned")
        )
    assert len(steps) >= 3
    assert goals >= 5
    assert planned >= 300
