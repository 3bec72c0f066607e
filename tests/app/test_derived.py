"""The derived-data owner: each trigger refreshes what it feeds, in the same unit of work."""

from __future__ import annotations

import shutil
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from app import actions, derived
from app import pipeline as pl
from app.activities import FollowUp, log_follow_up
from app.changes import ChangeSet, Outcome
from app.db import Database, open_database
from app.demo import generate
from app.models import Activity, Customer, Deal, Order, Stage
from app.segments import recompute
from app.segments.refresh import CACHED_ATTRS
from app.sync.bundle import export_bundle, import_path

TODAY = date.today()
FIGURES = tuple(name for name in CACHED_ATTRS if name != "last_contact_at")


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("derived") / "book.sqlite"
    book = open_database(path)
    generate(book, customers=80, seed=5)
    book.close()
    return path


@pytest.fixture
def book(template, tmp_path) -> Database:
    path = tmp_path / "book.sqlite"
    shutil.copy(template, path)
    database = open_database(path)
    yield database
    database.close()


def figures(db: Database, customer_id: str) -> tuple:
    with db.session() as s:
        customer = s.get(Customer, customer_id)
        return tuple(getattr(customer, name) for name in FIGURES)


def add_order(customer_id: str, amount: str, day: date):
    def action(session) -> Outcome:
        changes = ChangeSet()
        now = datetime.combine(day, time(9))
        changes.create(
            session, Order(customer_id=customer_id, order_date=day, amount=Decimal(amount)), now
        )
        session.flush()
        return Outcome(changes)

    return action


def a_customer(db: Database, *, with_orders: bool) -> str:
    with db.session() as s:
        query = select(Customer.id).where(Customer.deleted_at.is_(None)).order_by(Customer.name)
        query = query.where(Customer.orders_24m > 0 if with_orders else Customer.orders_24m == 0)
        return s.scalars(query).first()


def test_one_new_order_ranks_its_customer_exactly_as_a_full_pass_would(book, tmp_path) -> None:
    customer_id = a_customer(book, with_orders=False)
    assert figures(book, customer_id)[0] == "C"
    actions.perform(book, add_order(customer_id, "2000000", TODAY))
    incremental = figures(book, customer_id)
    assert incremental[0] == "A" and incremental[7] == Decimal("2000000.00")
    with book.write() as s:
        recompute(s, TODAY)
    assert figures(book, customer_id) == incremental


def test_a_small_order_to_a_buyer_matches_the_full_pass_too(book) -> None:
    customer_id = a_customer(book, with_orders=True)
    before = figures(book, customer_id)
    actions.perform(book, add_order(customer_id, "10", TODAY - timedelta(days=3)))
    incremental = figures(book, customer_id)
    assert incremental[9] == before[9] + 1  # one more order in 24 months
    with book.write() as s:
        recompute(s, TODAY)
    assert figures(book, customer_id) == incremental


def test_customers_touched_together_rank_as_a_full_pass_would(book) -> None:
    # One action with orders for three buyers and two non-buyers, one of whom ties a buyer's
    # 12-month revenue exactly (the name decides who ranks first): each is placed among the
    # others' cached figures and the touched ones' new ones, as the full pass places them.
    with book.session() as s:
        buyers = s.execute(
            select(Customer.id, Customer.revenue_12m)
            .where(Customer.deleted_at.is_(None), Customer.revenue_12m > 0)
            .order_by(Customer.revenue_12m.desc(), Customer.id)
        ).all()
        quiet = s.scalars(
            select(Customer.id)
            .where(Customer.deleted_at.is_(None), Customer.orders_24m == 0)
            .order_by(Customer.id)
            .limit(2)
        ).all()
    top, middle, low = buyers[0], buyers[len(buyers) // 2], buyers[-1]
    orders = [
        (top.id, "10", TODAY),
        (middle.id, "500", TODAY - timedelta(days=40)),
        (low.id, "250000", TODAY - timedelta(days=2)),
        (quiet[0], str(middle.revenue_12m + Decimal("500")), TODAY),  # ties the middle buyer
        (quiet[1], "80", TODAY - timedelta(days=400)),  # outside the 12 months, inside 24
    ]

    def action(session) -> Outcome:
        changes = ChangeSet()
        now = datetime.combine(TODAY, time(9))
        for customer_id, amount, day in orders:
            order = Order(customer_id=customer_id, order_date=day, amount=Decimal(amount))
            changes.create(session, order, now)
        session.flush()
        return Outcome(changes)

    actions.perform(book, action)
    touched = [customer_id for customer_id, _, _ in orders]
    incremental = {customer_id: figures(book, customer_id) for customer_id in touched}
    assert incremental[quiet[0]][7] == incremental[middle.id][7]  # the tie is real
    with book.write() as s:
        recompute(s, TODAY)
    assert {customer_id: figures(book, customer_id) for customer_id in touched} == incremental


def test_logging_a_follow_up_moves_last_contact_and_the_deals_last_activity(book) -> None:
    with book.session() as s:
        deal = s.scalars(select(Deal).where(Deal.status == "open").order_by(Deal.title)).first()
        deal_id, customer_id = deal.id, deal.customer_id
    when = datetime.now().replace(microsecond=0)
    actions.perform(
        book,
        lambda s: log_follow_up(
            s, FollowUp(customer_id, channel="wechat", deal_id=deal_id, occurred_at=when)
        ),
    )
    with book.session() as s:
        assert s.get(Customer, customer_id).last_contact_at == when
        assert s.get(Deal, deal_id).last_activity_at == when


def test_a_deal_move_refreshes_its_customer_in_the_same_transaction(book) -> None:
    with book.session() as s:
        deal = s.scalars(
            select(Deal).join(Stage).where(Deal.status == "open", Stage.position == 0)
        ).first()
        deal_id, customer_id = deal.id, deal.customer_id
        target = s.scalars(select(Stage).where(Stage.position == 1)).one().id
    # An activity written behind the owner's back: its last contact is stale until a refresh.
    when = datetime.now().replace(microsecond=0)
    with book.write() as s:
        s.add(Activity(customer_id=customer_id, occurred_at=when))
    fields = {"contact_id": None, "need": "库存"}
    with book.session() as s:
        fields["contact_id"] = pl.customer_contacts(s, customer_id)[0][0]
    actions.perform(book, lambda s: pl.move_deal(s, deal_id, target, fields=fields))
    with book.session() as s:
        assert s.get(Customer, customer_id).last_contact_at == when


def test_a_plain_stage_move_feeds_no_derived_figure(book, monkeypatch) -> None:
    # Only where the deal stands changes (stalled marks are read at display time), so the move
    # and its undo skip the customer refresh: the board's card move stays well under 30 ms.
    with book.session() as s:
        deal = s.scalars(
            select(Deal).join(Stage).where(Deal.status == "open", Stage.position == 1)
        ).first()
        deal_id, customer_id = deal.id, deal.customer_id
        lead = s.scalars(select(Stage).where(Stage.position == 0)).one().id
    refreshed: list[set[str]] = []
    monkeypatch.setattr(
        derived, "refresh_customers_touched", lambda s, ids, today=None: refreshed.append(ids)
    )
    outcome = actions.perform(book, lambda s: pl.move_deal(s, deal_id, lead))
    assert outcome.customer_ids == {customer_id} and derived.customers_fed(outcome) == set()
    actions.undo(book, outcome.changes)
    assert refreshed == []
    with book.session() as s:
        assert s.get(Deal, deal_id).stage_id != lead
    # Gate fields are edits like any other: the lead score reads the budget.
    budget = {"budget": Decimal("120000")}
    outcome = actions.perform(book, lambda s: pl.move_deal(s, deal_id, lead, fields=budget))
    assert refreshed == [{customer_id}]


def test_undo_refreshes_too(book) -> None:
    customer_id = a_customer(book, with_orders=False)
    outcome = actions.perform(book, add_order(customer_id, "2000000", TODAY))
    assert figures(book, customer_id)[0] == "A"
    actions.undo(book, outcome.changes)
    assert figures(book, customer_id)[0] == "C"
    actions.redo(book, outcome.changes)
    assert figures(book, customer_id)[0] == "A"


def test_an_activities_import_moves_last_contact(book, tmp_path) -> None:
    with book.session() as s:
        name = s.scalars(select(Customer.name).order_by(Customer.name)).first()
    sheet = tmp_path / "跟进记录.csv"
    sheet.write_text(
        f"客户名称,跟进时间,方式,内容\n{name},{TODAY:%Y-%m-%d} 23:59,微信,回访\n",
        encoding="utf-8-sig",
    )
    result = import_path(book, sheet, kind="activities")
    assert result.created == 1
    with book.session() as s:
        customer = s.scalars(select(Customer).where(Customer.name == name)).one()
        assert customer.last_contact_at.date() == TODAY


def test_a_bundle_import_recomputes_the_tiers_it_brings(book, tmp_path) -> None:
    out = tmp_path / "bundle"
    export_bundle(book, out)
    empty = open_database(tmp_path / "empty.sqlite")
    try:
        import_path(empty, out)
        with book.session() as s, empty.session() as t:
            mine = {c.id: segmentation(c) for c in s.scalars(select(Customer))}
            theirs = {c.id: segmentation(c) for c in t.scalars(select(Customer))}
        assert mine == theirs
    finally:
        empty.close()


def segmentation(customer: Customer) -> tuple:
    return (customer.tier, customer.rfm_segment, customer.churn_risk, customer.revenue_12m)


def test_the_full_pass_runs_once_a_day(book) -> None:
    tomorrow = TODAY + timedelta(days=1)
    assert derived.refresh_if_new_day(book, tomorrow) is not None
    assert derived.refresh_if_new_day(book, tomorrow) is None


def test_a_blank_or_invalid_override_is_no_override() -> None:
    from app.models.customers import effective_tier

    assert effective_tier("B", None) == "B"
    assert effective_tier("B", "") == "B"
    assert effective_tier("B", "X") == "B"
    assert effective_tier("B", "A") == "A"
