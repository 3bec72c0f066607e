"""Won-deal handoff (checklist, proven items, summary) and referrals (links, counts, revenue)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from app import i18n
from app import pipeline as pl
from app.actions import perform, undo
from app.changes import ActionError
from app.growth.handoff import (
    handoff_for_deal,
    handoff_summary,
    open_handoffs,
    proven_items,
    save_checklist,
)
from app.growth.referrals import (
    customer_referrals,
    save_referral_notes,
    set_referrer,
    top_referrers,
)
from app.models import Activity, Contact, Customer, Deal, Handoff, Order, Stage
from app.models.service import HANDOFF_ITEMS

NOW = datetime(2026, 3, 10, 9, 0, 0)


@pytest.fixture
def won(db):
    """A deal won with a payment schedule; returns (deal id, handoff id, customer id)."""
    with db.write() as s:
        cust = Customer(
            name="杭州云启科技有限公司",
            industry="制造业",
            size_band="200-999",
            city="杭州",
            phone="0571-88886666",
            name_key="杭州云启",
        )
        s.add(cust)
        s.flush()
        s.add(Contact(customer_id=cust.id, name="王总", role="decision_maker", phone="13800000000"))
        s.add(Contact(customer_id=cust.id, name="李工", role="user_lead"))
        lead = s.scalars(select(Stage).where(Stage.key == "lead")).one()
        data = pl.DealInput(cust.id, "仓储管理二期", Decimal(540000), lead.id, need="库存周转慢")
        outcome = pl.create_deal(s, data, now=NOW)
        deal_id = outcome.created_id
        s.add(
            Activity(
                customer_id=cust.id,
                deal_id=deal_id,
                occurred_at=datetime(2026, 3, 1, 10),
                channel="visit",
                summary="现场演示",
                feedback="认可方案",
            )
        )
        deal = s.get(Deal, deal_id)
        deal.expected_close_date = date(2026, 3, 9)
        customer_id = cust.id
    terms = pl.WinTerms(
        Decimal(540000),
        date(2026, 3, 10),
        [
            pl.Installment(date(2026, 4, 10), Decimal(300000)),
            pl.Installment(date(2026, 6, 10), Decimal(240000)),
        ],
    )
    result = perform(db, lambda s: pl.win_deal(s, deal_id, terms, now=NOW))
    return deal_id, result.handoff_id, customer_id


def test_winning_creates_a_handoff_listed_until_done(db, won) -> None:
    deal_id, handoff_id, _ = won
    with db.session() as s:
        assert handoff_for_deal(s, deal_id) == handoff_id
        rows = open_handoffs(s)
        # The list counts what the checklist will show ticked: all the data proves (complete
        # info, the need, history with a follow-up, a decision maker, the installments), not
        # the promises, which only the rep can write.
        assert [(r.deal_title, r.done, r.total) for r in rows] == [("仓储管理二期", 5, 6)]
        assert "payment_schedule" in HANDOFF_ITEMS
    perform(
        db,
        lambda s: save_checklist(s, handoff_id, dict.fromkeys(HANDOFF_ITEMS, True), "两周内上线"),
    )
    with db.session() as s:
        handoff = s.get(Handoff, handoff_id)
        assert (handoff.status, handoff.promises) == ("done", "两周内上线")
        assert open_handoffs(s) == []


def test_saving_the_checklist_is_undoable(db, won) -> None:
    _, handoff_id, _ = won
    outcome = perform(
        db, lambda s: save_checklist(s, handoff_id, {"key_contacts": True}, "培训两次")
    )
    with db.session() as s:
        assert s.get(Handoff, handoff_id).checklist["key_contacts"] is True
    undo(db, outcome.changes)
    with db.session() as s:
        handoff = s.get(Handoff, handoff_id)
        assert handoff.checklist == dict.fromkeys(HANDOFF_ITEMS, False)
        assert handoff.promises is None


def test_items_the_data_proves(db, won) -> None:
    _, handoff_id, customer_id = won
    with db.session() as s:
        assert proven_items(s, handoff_id) == {
            "customer_info": True,
            "needs_background": True,
            "deal_history": True,
            "promises": False,
            "key_contacts": True,
            "payment_schedule": True,
        }
    with db.write() as s:
        s.get(Customer, customer_id).industry = None
        for person in s.scalars(select(Contact).where(Contact.role == "decision_maker")):
            person.role = "influencer"
    with db.session() as s:
        proven = proven_items(s, handoff_id)
        assert not proven["customer_info"] and not proven["key_contacts"]


def test_summary_text_in_both_languages(db, won) -> None:
    _, handoff_id, _ = won
    perform(db, lambda s: save_checklist(s, handoff_id, {"key_contacts": True}, "4月前完成培训"))
    with db.session() as s:
        text = handoff_summary(s, handoff_id)
    assert text.splitlines()[:2] == [
        "Handoff: 仓储管理二期 — 杭州云启科技有限公司",
        "Won on 2026-03-10 · ¥540,000 · owner —",
    ]
    for line in (
        "  Industry: 制造业",
        "  Need: 库存周转慢",
        "  - 王总 (Decision maker) 13800000000",
        "  - 李工 (User-department lead)",
        "  - Lead: 2026-03-10 → 2026-03-10",
        "  - 2026-03-01 Visit: 现场演示 — 认可方案",
        "  4月前完成培训",
        "  - due 2026-04-10: ¥300,000 (received ¥0)",
        "  - due 2026-06-10: ¥240,000 (received ¥0)",
        "  [x] Key contacts are introduced",
        "  [ ] Payment schedule is agreed",
    ):
        assert line in text.splitlines(), line
    i18n.set_language("zh_CN")
    with db.session() as s:
        text = handoff_summary(s, handoff_id)
    assert text.startswith("交接单：仓储管理二期 — 杭州云启科技有限公司\n")
    assert "  - 王总（关键决策人）13800000000" in text
    assert "  - 2026-04-10 应收 ¥300,000（已收 ¥0）" in text
    assert "  行业：制造业" in text
    assert "  - 线索：2026-03-10 → 2026-03-10" in text


def customer(s, name: str, referred_by: str | None = None, revenue_12m: str = "0") -> str:
    row = Customer(
        name=name, name_key=name, referred_by_id=referred_by, revenue_12m=Decimal(revenue_12m)
    )
    s.add(row)
    s.flush()
    return row.id


def test_referral_counts_and_revenue(db) -> None:
    with db.write() as s:
        a = customer(s, "甲")
        b = customer(s, "乙", referred_by=a, revenue_12m="1000")
        c = customer(s, "丙", referred_by=a, revenue_12m="0")
        d = customer(s, "丁", referred_by=b, revenue_12m="50")
        for cid, amount, day in (
            (b, "1000", date(2026, 1, 1)),
            (b, "700", date(2024, 1, 1)),
            (c, "300", date(2023, 5, 1)),
            (d, "50", date(2026, 2, 1)),
        ):
            s.add(Order(customer_id=cid, order_date=day, amount=Decimal(amount)))
        s.add(
            Order(customer_id=c, order_date=date(2023, 6, 1), amount=Decimal(999), deleted_at=NOW)
        )
    with db.session() as s:
        mine = customer_referrals(s, a)
        assert [(r.name, r.revenue_12m, r.revenue_all) for r in mine.referred] == [
            ("乙", Decimal("1000.00"), Decimal("1700.00")),
            ("丙", Decimal("0.00"), Decimal("300.00")),
        ]
        assert (mine.count, mine.revenue_12m, mine.revenue_all) == (2, Decimal(1000), Decimal(2000))
        assert customer_referrals(s, d).referred_by == (b, "乙")
        top = top_referrers(s)
        assert [(r.name, r.referred, r.revenue_12m, r.revenue_all) for r in top] == [
            ("甲", 2, Decimal("1000.00"), Decimal("2000.00")),
            ("乙", 1, Decimal("50.00"), Decimal("50.00")),
        ]


def test_setting_the_referrer_refuses_loops_and_keeps_notes(db) -> None:
    with db.write() as s:
        a = customer(s, "甲")
        b = customer(s, "乙", referred_by=a)
    with pytest.raises(ActionError, match="cannot be referred"):
        perform(db, lambda s: set_referrer(s, a, b))
    with pytest.raises(ActionError, match="cannot be referred"):
        perform(db, lambda s: set_referrer(s, a, a))
    outcome = perform(db, lambda s: set_referrer(s, b, None))
    with db.session() as s:
        assert s.get(Customer, b).referred_by_id is None
    undo(db, outcome.changes)
    perform(db, lambda s: save_referral_notes(s, a, "  赠送一年运维  "))
    with db.session() as s:
        assert s.get(Customer, b).referred_by_id == a
        assert customer_referrals(s, a).notes == "赠送一年运维"
