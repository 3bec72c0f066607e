"""The model stores what a rep enters, exactly, and keeps sync columns on every record."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from app.models import (
    SYNCED_MODELS,
    Activity,
    Complaint,
    Contact,
    Customer,
    Deal,
    DealStageHistory,
    Goal,
    Handoff,
    Order,
    OrderLine,
    Payment,
    PlaybookEntry,
    Product,
    Review,
    ScriptUsage,
    Stage,
    VisitPlan,
)


def _stage(session, key: str) -> Stage:
    return session.scalars(select(Stage).where(Stage.key == key)).one()


def test_default_stages_are_seeded_with_probabilities_rot_days_and_gates(db) -> None:
    with db.session() as s:
        stages = s.scalars(select(Stage).order_by(Stage.position)).all()
    assert [(st.key, st.name, st.name_en, st.probability, st.rot_days) for st in stages] == [
        ("lead", "线索", "Lead", 10, 7),
        ("qualified", "需求确认", "Qualified", 20, 10),
        ("proposal", "方案呈现", "Proposal", 40, 14),
        ("negotiation", "商务谈判", "Negotiation", 60, 14),
        ("closing", "签约", "Closing", 80, 7),
    ]
    assert stages[1].required_fields == ["contact_id", "need"]
    assert stages[2].required_fields == ["budget", "decision_maker_id"]


def test_a_whole_customer_story_round_trips(db) -> None:
    with db.session.begin() as s:
        customer = Customer(
            name="杭州云启科技有限公司",
            industry="制造业",
            city="杭州",
            pain_points="排产靠经验",
            preferred_channel="wechat",
        )
        boss = Contact(
            customer=customer,
            name="王总",
            role="decision_maker",
            phone="13800138000",
            birthday=date(1980, 5, 1),
        )
        product = Product(
            name="智能仓储管理系统（专业版）",
            family="智能仓储管理系统",
            edition_rank=1,
            unit_price=Decimal("136000.00"),
        )
        s.add_all([customer, boss, product])
        s.flush()
        deal = Deal(
            customer=customer,
            title="仓储二期",
            amount=Decimal("12800.50"),
            stage=_stage(s, "proposal"),
            budget=Decimal("20000"),
            decision_maker=boss,
            need="库存不准",
            stage_entered_at=datetime(2026, 3, 1, 9, 30),
        )
        s.add(deal)
        s.flush()
        s.add(
            DealStageHistory(
                deal_id=deal.id, stage_id=deal.stage_id, entered_at=datetime(2026, 3, 1, 9, 30)
            )
        )
        order = Order(
            customer_id=customer.id,
            deal_id=deal.id,
            order_date=date(2026, 3, 5),
            amount=Decimal("12800.50"),
            product_id=product.id,
        )
        s.add(order)
        s.flush()
        s.add_all(
            [
                OrderLine(
                    order_id=order.id,
                    product_id=product.id,
                    quantity=2,
                    unit_price=Decimal("6400.25"),
                    amount=Decimal("12800.50"),
                ),
                Payment(
                    customer_id=customer.id,
                    order_id=order.id,
                    amount_due=Decimal("12800.50"),
                    due_date=date(2026, 4, 5),
                ),
                Activity(
                    customer_id=customer.id,
                    deal_id=deal.id,
                    contact_id=boss.id,
                    occurred_at=datetime(2026, 3, 2, 10),
                    channel="visit",
                    kind="presale_visit",
                    summary="上门演示，客户认可\n下周报价",
                    intent_level=4,
                ),
                VisitPlan(customer_id=customer.id, due_date=date(2026, 3, 16), source="cadence"),
                Complaint(
                    customer_id=customer.id,
                    received_at=datetime(2026, 3, 10),
                    description="发票延迟",
                    promised_at=datetime(2026, 3, 12),
                ),
                Handoff(
                    deal_id=deal.id, customer_id=customer.id, checklist={"customer_info": True}
                ),
                Goal(
                    name="全年销售额",
                    metric="revenue",
                    target=1.2e7,
                    period_start=date(2026, 1, 1),
                    period_end=date(2026, 12, 31),
                ),
            ]
        )
        entry = PlaybookEntry(
            kind="objection",
            category="price",
            title="太贵了",
            scripts=["先别急着看价格，我们算一笔账", "和现在的损耗比呢？"],
        )
        s.add(entry)
        s.flush()
        s.add(
            ScriptUsage(
                entry_id=entry.id, deal_id=deal.id, used_at=datetime(2026, 3, 3), outcome="positive"
            )
        )
        s.add(
            Review(
                period_start=date(2026, 1, 1), period_end=date(2026, 3, 31), check="方案阶段偏慢"
            )
        )
        deal_id = deal.id

    with db.session() as s:
        deal = s.get(Deal, deal_id)
        assert deal.amount == Decimal("12800.50")
        assert deal.currency == "CNY" and deal.status == "open"
        assert deal.customer.name == "杭州云启科技有限公司"
        assert deal.decision_maker.name == "王总"
        assert [h.stage.key if hasattr(h, "stage") else h.stage_id for h in deal.history] == [
            deal.stage_id
        ]
        assert s.scalar(select(func.sum(Order.amount))) == Decimal("12800.50")
        assert s.scalars(select(Activity)).one().summary == "上门演示，客户认可\n下周报价"
        assert s.scalars(select(PlaybookEntry)).one().scripts[1] == "和现在的损耗比呢？"
        assert s.scalars(select(Handoff)).one().checklist == {"customer_info": True}


@pytest.mark.parametrize("model", SYNCED_MODELS, ids=lambda m: m.__tablename__)
def test_every_synced_record_has_uuid_timestamps_tombstone_and_owner(model) -> None:
    columns = model.__table__.columns
    for name in ("id", "created_at", "updated_at", "deleted_at", "owner"):
        assert name in columns, f"{model.__tablename__} lacks {name}"
    assert columns["id"].primary_key


def test_new_rows_get_a_uuid_and_utc_timestamps(db) -> None:
    with db.session.begin() as s:
        customer = Customer(name="测试")
        s.add(customer)
    assert len(customer.id) == 36 and customer.id.count("-") == 4
    assert customer.created_at is not None and customer.updated_at is not None
    assert customer.deleted_at is None


def test_money_is_kept_to_the_cent_without_float_drift(db) -> None:
    with db.session.begin() as s:
        customer = Customer(name="分毫不差")
        s.add(customer)
        s.flush()
        for _ in range(10):
            s.add(
                Order(customer_id=customer.id, order_date=date(2026, 1, 1), amount=Decimal("0.10"))
            )
    with db.session() as s:
        assert s.scalar(select(func.sum(Order.amount))) == Decimal("1.00")


def test_foreign_keys_are_enforced(db) -> None:
    with pytest.raises(IntegrityError), db.session.begin() as s:
        s.add(Contact(customer_id="no-such-customer", name="孤儿"))


def test_amounts_for_edit_fields_are_plain_decimals() -> None:
    from app.models.types import plain_amount

    assert plain_amount(Decimal("560000.00")) == "560000"  # not "5.6E+5"
    assert plain_amount(Decimal("12800.50")) == "12800.5"
    assert plain_amount(Decimal("0.00")) == "0"
