"""Duplicate customers: the name key, detection by name / phone / e-mail, merge and its undo."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app import actions, i18n
from app.changes import ActionError
from app.customers.duplicates import (
    describe_reasons,
    dismiss_pair,
    duplicate_name_key,
    find_duplicates,
    sides,
)
from app.customers.merge import merge_customers
from app.db import Database
from app.models import (
    Activity,
    Complaint,
    Contact,
    Customer,
    Deal,
    Handoff,
    Order,
    Payment,
    Stage,
    VisitPlan,
)
from app.parsing.values import normalise_company_name


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("杭州云启科技有限公司", "杭州云启科技"),
        ("杭州云启科技股份有限公司", "杭州云启科技有限责任公司"),
        ("杭州云启科技（集团）有限公司", "杭州云启科技"),
        ("杭州云启集团", "杭州云启"),
        ("杭州 云启 科技", "杭州云启科技公司"),
        ("ＡＢＣ科技有限公司", "abc科技"),
        ("上海（浦东）明远贸易", "上海(浦东)明远贸易有限公司"),
        ("Acme Co., Ltd.", "ACME Inc."),
        ("Acme Group", "acme"),
    ],
)
def test_names_that_meet(one: str, other: str) -> None:
    assert duplicate_name_key(one) == duplicate_name_key(other) != ""


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("杭州云启科技", "杭州云启软件"),
        ("杭州云启科技分公司", "杭州云启科技"),
        ("集团", "公司"),
    ],
)
def test_names_that_stay_apart(one: str, other: str) -> None:
    assert duplicate_name_key(one) != duplicate_name_key(other)


def _customer(s, name: str, **values) -> Customer:
    customer = Customer(name=name, name_key=normalise_company_name(name), **values)
    s.add(customer)
    s.flush()
    return customer


def test_detects_by_name_phone_and_email(db: Database) -> None:
    with db.session.begin() as s:
        a = _customer(s, "杭州云启科技有限公司", phone_key="13800001111")
        b = _customer(s, "杭州云启科技集团", email="Info@YunQi.cn")
        c = _customer(s, "宁波海川贸易", phone_key="13800001111")
        d = _customer(s, "温州明远", email="info@yunqi.cn")
        e = _customer(s, "绍兴织造")
        s.add(Contact(customer_id=e.id, name="王五", phone_key="13900002222"))
        f = _customer(s, "嘉兴物流")
        s.add(Contact(customer_id=f.id, name="王五", phone_key="13900002222"))
        _customer(s, "杭州云启科技", deleted_at=datetime(2025, 1, 1))  # retired: ignored
        ids = {x.id: n for x, n in ((a, "a"), (b, "b"), (c, "c"), (d, "d"), (e, "e"), (f, "f"))}
    with db.session() as s:
        found = {
            tuple(sorted((ids[p.first_id], ids[p.second_id]))): p.reasons
            for p in find_duplicates(s)
        }
    assert found == {
        ("a", "b"): ("name",),
        ("a", "c"): ("phone",),
        ("b", "d"): ("email",),
        ("e", "f"): ("phone",),
    }


def test_pair_with_two_reasons_comes_first_and_dismissal_sticks(db: Database) -> None:
    with db.session.begin() as s:
        a = _customer(s, "甲乙科技", email="x@a.cn")
        b = _customer(s, "甲乙科技有限公司", email="X@A.CN")
        c = _customer(s, "丙丁", phone_key="123456")
        d = _customer(s, "戊己", phone_key="123456")
    with db.session() as s:
        pairs = find_duplicates(s)
        assert [p.reasons for p in pairs] == [("name", "email"), ("phone",)]
        assert {pairs[0].first_id, pairs[0].second_id} == {a.id, b.id}
        i18n.set_language("zh_CN")
        assert describe_reasons(pairs[0].reasons) == "名称相同、邮箱相同"
        i18n.set_language("en")
        assert describe_reasons(pairs[0].reasons) == "Same name, Same e-mail"
    actions.perform(db, lambda s: dismiss_pair(s, d.id, c.id))
    with db.session() as s:
        assert [p.reasons for p in find_duplicates(s)] == [("name", "email")]


def test_shared_switchboard_is_no_evidence(db: Database) -> None:
    with db.session.begin() as s:
        for n in range(9):
            _customer(s, f"客户{n}号", phone_key="4008001234")
    with db.session() as s:
        assert find_duplicates(s) == []


@pytest.fixture
def pair(db: Database) -> dict[str, str]:
    """Two customers, the second with one row of every related kind and a referral."""
    with db.session.begin() as s:
        stage = s.scalar(select(Stage).limit(1))
        keep = _customer(s, "杭州云启科技", city="杭州")
        gone = _customer(
            s,
            "杭州云启科技有限公司",
            city="宁波",
            industry="制造",
            phone="0571-8888",
            phone_key="05718888",
            pain_points="交期长",
        )
        s.add(Contact(customer_id=keep.id, name="张三", is_primary=True))
        contact = Contact(customer_id=gone.id, name="李四", is_primary=True)
        s.add(contact)
        s.flush()
        deal = Deal(customer_id=gone.id, title="ERP", stage_id=stage.id, contact_id=contact.id)
        s.add(deal)
        s.flush()
        order = Order(customer_id=gone.id, order_date=date.today(), amount=Decimal(1000))
        s.add(order)
        s.flush()
        s.add_all(
            [
                Activity(customer_id=gone.id, occurred_at=datetime.now(), deal_id=deal.id),
                Activity(
                    customer_id=gone.id, occurred_at=datetime.now(), deleted_at=datetime.now()
                ),
                VisitPlan(customer_id=gone.id, due_date=date.today()),
                Payment(customer_id=gone.id, order_id=order.id, due_date=date.today()),
                Complaint(customer_id=gone.id, received_at=datetime.now()),
                Handoff(customer_id=gone.id, deal_id=deal.id),
            ]
        )
        referred = _customer(s, "温州明远", referred_by_id=gone.id)
        return {"keep": keep.id, "gone": gone.id, "referred": referred.id, "contact": contact.id}


RELATED = (Contact, Deal, Activity, VisitPlan, Order, Payment, Complaint, Handoff)


def _owned(db: Database, customer_id: str) -> dict[str, int]:
    # The cadence visit is derived (one per live customer, app.derived.visits), not moved.
    def rows(model):
        query = select(func.count()).where(model.customer_id == customer_id)
        if model is VisitPlan:
            query = query.where(VisitPlan.source != "cadence")
        return s.scalar(query)

    with db.session() as s:
        return {model.__tablename__: rows(model) for model in RELATED}


def test_merge_keeps_every_related_row_and_undo_restores(db: Database, pair) -> None:
    before_keep, before_gone = _owned(db, pair["keep"]), _owned(db, pair["gone"])
    assert sum(before_gone.values()) == 9
    outcome = actions.perform(db, lambda s: merge_customers(s, pair["keep"], pair["gone"]))
    assert {pair["keep"], pair["gone"], pair["referred"]} <= outcome.customer_ids
    after = _owned(db, pair["keep"])
    assert after == {k: before_keep[k] + before_gone[k] for k in after}
    assert sum(_owned(db, pair["gone"]).values()) == 0
    with db.session() as s:
        keep, gone = s.get(Customer, pair["keep"]), s.get(Customer, pair["gone"])
        assert gone.deleted_at is not None
        assert keep.deleted_at is None
        # Empty fields filled, filled ones kept; phone and its key together.
        assert (keep.city, keep.industry, keep.phone_key) == ("杭州", "制造", "05718888")
        assert keep.pain_points == "交期长"
        assert s.get(Customer, pair["referred"]).referred_by_id == keep.id
        assert s.get(Contact, pair["contact"]).is_primary is False  # the kept one has one
        # Derived figures refreshed in the same unit of work.
        assert keep.revenue_12m == Decimal(1000)
        assert "李四" in keep.search_text
        cadence = select(func.count()).where(
            VisitPlan.customer_id == keep.id,
            VisitPlan.source == "cadence",
            VisitPlan.deleted_at.is_(None),
        )
        assert s.scalar(cadence) == 1

    actions.undo(db, outcome.changes)
    assert _owned(db, pair["keep"]) == before_keep
    assert _owned(db, pair["gone"]) == before_gone
    with db.session() as s:
        keep, gone = s.get(Customer, pair["keep"]), s.get(Customer, pair["gone"])
        assert gone.deleted_at is None
        assert (keep.city, keep.industry, keep.phone_key, keep.pain_points) == (
            "杭州",
            None,
            None,
            None,
        )
        assert s.get(Customer, pair["referred"]).referred_by_id == gone.id
        assert s.get(Contact, pair["contact"]).is_primary is True
        assert keep.revenue_12m == 0 and gone.revenue_12m == Decimal(1000)


def test_merge_refuses_itself_and_retired(db: Database, pair) -> None:
    with pytest.raises(ActionError) as refused:
        actions.perform(db, lambda s: merge_customers(s, pair["keep"], pair["keep"]))
    assert "itself" in str(refused.value)
    with db.session.begin() as s:
        s.get(Customer, pair["gone"]).deleted_at = datetime(2025, 1, 1)
    i18n.set_language("zh_CN")
    for keep, gone in ((pair["keep"], pair["gone"]), (pair["gone"], pair["keep"])):
        with pytest.raises(ActionError) as refused:
            actions.perform(db, lambda s, k=keep, g=gone: merge_customers(s, k, g))
        assert "已删除" in str(refused.value)
    i18n.set_language("en")
    assert _owned(db, pair["gone"])["contact"] == 1  # nothing moved


def test_sides_show_key_fields_and_counts(db: Database, pair) -> None:
    with db.session() as s:
        shown = sides(s, [pair["keep"], pair["gone"]])
    assert shown[pair["gone"]].phone == "0571-8888"
    assert (shown[pair["gone"]].contacts, shown[pair["gone"]].activities) == (1, 1)
    assert shown[pair["keep"]].contacts == 1
