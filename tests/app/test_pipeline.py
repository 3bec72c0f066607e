"""Pipeline rules: gates, moves, history, undo/redo, win/lose, totals, rotting, filters."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import derived, i18n, settings
from app import pipeline as pl
from app.derived.search import customer_search_text
from app.models import (
    Activity,
    Contact,
    Customer,
    Deal,
    DealStageHistory,
    Handoff,
    Order,
    Payment,
    Stage,
    VisitPlan,
)
from app.models.service import HANDOFF_ITEMS

NOW = datetime(2026, 3, 10, 9, 0, 0)


def stage(s: Session, key: str) -> Stage:
    return s.scalars(select(Stage).where(Stage.key == key)).one()


def customer(s: Session, name: str, **values: object) -> Customer:
    row = Customer(name=name, search_text=customer_search_text(name), name_key=name, **values)
    s.add(row)
    s.flush()
    return row


def contact(s: Session, cust: Customer, name: str, role: str = "other") -> Contact:
    row = Contact(customer_id=cust.id, name=name, role=role)
    s.add(row)
    s.flush()
    return row


def deal(
    s: Session,
    cust: Customer,
    title: str,
    amount: str,
    key: str = "lead",
    entered: datetime = NOW - timedelta(days=2),
    **values: object,
) -> Deal:
    st = stage(s, key)
    values.setdefault("status", "open")
    row = Deal(
        customer_id=cust.id,
        title=title,
        amount=Decimal(amount),
        stage_id=st.id,
        stage_entered_at=entered,
        created_at=entered,
        **values,
    )
    s.add(row)
    s.flush()
    s.add(DealStageHistory(deal_id=row.id, stage_id=st.id, entered_at=entered))
    s.flush()
    return row


def live_history(s: Session, deal_id: str) -> list[tuple]:
    rows = s.execute(
        select(
            DealStageHistory.id,
            DealStageHistory.stage_id,
            DealStageHistory.entered_at,
            DealStageHistory.left_at,
        )
        .where(DealStageHistory.deal_id == deal_id, DealStageHistory.deleted_at.is_(None))
        .order_by(DealStageHistory.entered_at)
    )
    return [tuple(r) for r in rows]


def deal_state(s: Session, deal_id: str) -> tuple:
    d = s.get(Deal, deal_id)
    s.refresh(d)
    return (
        d.stage_id,
        d.stage_entered_at,
        d.status,
        d.amount,
        d.closed_date,
        d.lost_reason,
        d.need,
        d.contact_id,
        d.deleted_at,
    )


@pytest.fixture
def hz(db):
    """A customer 杭州云启科技 with two contacts and an open lead deal."""
    with db.session.begin() as s:
        c = customer(s, "杭州云启科技有限公司", industry="制造业")
        boss = contact(s, c, "王总", "decision_maker")
        buyer = contact(s, c, "李娜", "procurement")
        d = deal(s, c, "MES 系统升级", "128000")
        return {"customer": c.id, "boss": boss.id, "buyer": buyer.id, "deal": d.id}


def test_default_stages_and_gates(db):
    with db.session() as s:
        stages = pl.list_stages(s)
    assert [(st.key, st.probability, st.rot_days) for st in stages] == [
        ("lead", 10, 7),
        ("qualified", 20, 10),
        ("proposal", 40, 14),
        ("negotiation", 60, 14),
        ("closing", 80, 7),
    ]
    assert stages[1].required_fields == ("contact_id", "need")


def test_missing_fields_are_cumulative(db, hz):
    with db.session() as s:
        d = s.get(Deal, hz["deal"])
        assert pl.missing_fields(d, stage(s, "lead")) == []
        assert pl.missing_fields(d, stage(s, "qualified")) == ["contact_id", "need"]
        assert pl.missing_fields(d, stage(s, "negotiation")) == [
            "contact_id",
            "need",
            "budget",
            "decision_maker_id",
            "expected_close_date",
        ]
        d.contact_id, d.need, d.budget = hz["buyer"], "  ", Decimal(0)
        # Blank text is missing; a known budget of 0 is known.
        assert pl.missing_fields(d, stage(s, "proposal")) == ["need", "decision_maker_id"]
        assert pl.missing_fields(d, pl.WON) == ["closed_date"]
        d.amount, d.closed_date = Decimal(0), date(2026, 3, 1)
        assert pl.missing_fields(d, pl.WON) == ["amount"]
        assert pl.missing_fields(d, pl.LOST) == ["lost_reason"]


def test_move_writes_stage_history_in_one_transaction(db, hz):
    with db.session.begin() as s:
        d = s.get(Deal, hz["deal"])
        d.contact_id, d.need = hz["buyer"], "产线数据无法实时汇总"
    with db.session.begin() as s:
        pl.move_deal(s, hz["deal"], stage(s, "qualified").id, now=NOW)
    with db.session() as s:
        d = s.get(Deal, hz["deal"])
        assert d.stage_id == stage(s, "qualified").id
        assert d.stage_entered_at == NOW and d.updated_at == NOW
        (_, old_stage, _, old_left), (_, new_stage, new_entered, new_left) = live_history(s, d.id)
        assert old_stage == stage(s, "lead").id and old_left == NOW
        assert new_stage == stage(s, "qualified").id and new_entered == NOW and new_left is None


def test_gate_refuses_move_and_names_fields_in_users_language(db, hz):
    with db.session() as s:
        before = deal_state(s, hz["deal"])
    with pytest.raises(pl.GateRefused) as refused, db.session.begin() as s:
        pl.move_deal(s, hz["deal"], stage(s, "qualified").id, now=NOW)
    assert refused.value.missing == ["contact_id", "need"]
    assert str(refused.value) == "To enter “Qualified” the deal needs: Contact, Need / pain point."
    i18n.set_language("zh_CN")
    with pytest.raises(pl.GateRefused) as refused, db.session.begin() as s:
        pl.move_deal(s, hz["deal"], stage(s, "proposal").id, now=NOW)
    assert str(refused.value) == "进入「方案呈现」需要先填写：联系人、需求/痛点、预算、关键决策人。"
    with db.session() as s:
        assert deal_state(s, hz["deal"]) == before
        assert len(live_history(s, hz["deal"])) == 1


def test_gate_form_values_complete_the_move_and_undo_restores_everything(db, hz):
    with db.session() as s:
        before_deal, before_history = deal_state(s, hz["deal"]), live_history(s, hz["deal"])
    with db.session.begin() as s:
        changes = pl.move_deal(
            s,
            hz["deal"],
            stage(s, "qualified").id,
            now=NOW,
            fields={"contact_id": hz["buyer"], "need": "库存积压"},
        ).changes
    with db.session() as s:
        after_deal, after_history = deal_state(s, hz["deal"]), live_history(s, hz["deal"])
        assert after_deal[6:8] == ("库存积压", hz["buyer"])
    with db.session.begin() as s:
        pl.revert(s, changes, now=NOW + timedelta(minutes=1))
    with db.session() as s:
        assert deal_state(s, hz["deal"]) == before_deal
        assert live_history(s, hz["deal"]) == before_history
    with db.session.begin() as s:
        pl.reapply(s, changes, now=NOW + timedelta(minutes=2))
    with db.session() as s:
        assert deal_state(s, hz["deal"]) == after_deal
        assert live_history(s, hz["deal"]) == after_history


def test_undo_refuses_when_the_deal_moved_elsewhere_since(db, hz):
    with db.session.begin() as s:
        changes = pl.move_deal(
            s,
            hz["deal"],
            stage(s, "closing").id,
            now=NOW,
            fields={
                "contact_id": hz["buyer"],
                "need": "x",
                "budget": 1,
                "decision_maker_id": hz["boss"],
                "expected_close_date": date(2026, 4, 30),
            },
        ).changes
    with db.session.begin() as s:
        pl.move_deal(s, hz["deal"], stage(s, "negotiation").id, now=NOW + timedelta(hours=1))
    with pytest.raises(pl.StaleChange), db.session.begin() as s:
        pl.revert(s, changes)


def test_win_creates_order_payment_visit_and_handoff_and_undo_removes_them(db, hz):
    with db.session.begin() as s:
        settings.put(s, "after_sale_visit_days", 10)
    terms = pl.WinTerms(
        amount=Decimal("120000"),
        closed_date=date(2026, 3, 12),
        installments=[
            pl.Installment(date(2026, 4, 12), Decimal("60000")),
            pl.Installment(date(2026, 6, 12), Decimal("60000")),
        ],
    )
    with db.session() as s:
        before = deal_state(s, hz["deal"])
    with db.session.begin() as s:
        result = pl.win_deal(s, hz["deal"], terms, now=NOW)
    with db.session() as s:
        d = s.get(Deal, hz["deal"])
        assert (d.status, d.amount, d.closed_date) == (
            "won",
            Decimal("120000.00"),
            date(2026, 3, 12),
        )
        order = s.get(Order, result.order_id)
        assert (order.customer_id, order.deal_id, order.amount, order.order_date) == (
            hz["customer"],
            hz["deal"],
            Decimal("120000.00"),
            date(2026, 3, 12),
        )
        payments = s.scalars(
            select(Payment).where(Payment.order_id == order.id).order_by(Payment.due_date)
        ).all()
        assert [(p.due_date, p.amount_due) for p in payments] == [
            (date(2026, 4, 12), Decimal("60000.00")),
            (date(2026, 6, 12), Decimal("60000.00")),
        ]
        visit = s.get(VisitPlan, result.visit_id)
        assert (visit.kind, visit.source, visit.status, visit.due_date) == (
            "aftersale_visit",
            "aftersale",
            "planned",
            date(2026, 3, 23),  # 12 March + 10 days is a Sunday: the next working day
        )
        handoff = s.get(Handoff, result.handoff_id)
        assert handoff.status == "todo"
        assert handoff.checklist == {item: False for item in HANDOFF_ITEMS}
        assert live_history(s, hz["deal"])[-1][3] == NOW
    with db.session.begin() as s:
        pl.revert(s, result.changes)
    with db.session() as s:
        assert deal_state(s, hz["deal"]) == before
        assert live_history(s, hz["deal"])[-1][3] is None
        for model in (Order, Payment, VisitPlan, Handoff):
            assert s.scalars(select(model).where(model.deleted_at.is_(None))).all() == []
    with db.session.begin() as s:
        pl.reapply(s, result.changes)
    with db.session() as s:
        assert s.get(Deal, hz["deal"]).status == "won"
        assert s.get(Handoff, result.handoff_id).deleted_at is None


def test_win_is_refused_without_amount_and_payments_beyond_amount(db, hz):
    with pytest.raises(pl.GateRefused) as refused, db.session.begin() as s:
        pl.win_deal(s, hz["deal"], pl.WinTerms(Decimal(0), date(2026, 3, 12)), now=NOW)
    assert refused.value.missing == ["amount"]
    too_much = pl.WinTerms(
        Decimal(100), date(2026, 3, 12), [pl.Installment(date(2026, 4, 1), Decimal(101))]
    )
    with (
        pytest.raises(pl.PipelineError, match="more than the deal amount"),
        db.session.begin() as s,
    ):
        pl.win_deal(s, hz["deal"], too_much, now=NOW)
    with db.session() as s:
        assert s.get(Deal, hz["deal"]).status == "open"
        assert s.scalars(select(Order)).all() == []


def test_lose_needs_reason_and_closes_history(db, hz):
    with pytest.raises(pl.GateRefused), db.session.begin() as s:
        pl.lose_deal(s, hz["deal"], "  ", date(2026, 3, 9), now=NOW)
    with db.session.begin() as s:
        changes = pl.lose_deal(s, hz["deal"], "价格太高", date(2026, 3, 9), now=NOW).changes
    with db.session() as s:
        d = s.get(Deal, hz["deal"])
        # The wording is stored as its code.
        assert (d.status, d.lost_reason, d.closed_date) == ("lost", "price", date(2026, 3, 9))
        assert live_history(s, hz["deal"])[-1][3] == NOW
    with db.session.begin() as s:
        pl.revert(s, changes)
    with db.session() as s:
        assert s.get(Deal, hz["deal"]).status == "open"


def test_close_gates_are_a_setting(db, hz):
    with db.session.begin() as s:
        settings.put(s, "pipeline_gates", {"won": ["amount", "closed_date", "decision_maker_id"]})
    with pytest.raises(pl.GateRefused) as refused, db.session.begin() as s:
        pl.win_deal(s, hz["deal"], pl.WinTerms(Decimal(5), date(2026, 3, 1)), now=NOW)
    assert refused.value.missing == ["decision_maker_id"]
    with db.session() as s:
        assert pl.close_gates(s)["lost"] == ["lost_reason"]


def test_delete_is_a_tombstone_and_undoable(db, hz):
    with db.session.begin() as s:
        changes = pl.delete_deal(s, hz["deal"], now=NOW).changes
    with db.session() as s:
        assert s.get(Deal, hz["deal"]).deleted_at == NOW
        assert pl.fetch_cards(s, stage_id=stage(s, "lead").id) == []
        assert pl.column_totals(s) == {}
    with db.session.begin() as s:
        pl.revert(s, changes)
    with db.session() as s:
        assert [c.id for c in pl.fetch_cards(s, stage_id=stage(s, "lead").id)] == [hz["deal"]]


def test_column_totals_weighted_by_stage_or_override(db):
    with db.session.begin() as s:
        c = customer(s, "苏州恒达精密")
        deal(s, c, "a", "10000")
        deal(s, c, "b", "5000.50")
        deal(s, c, "c", "2000", probability_override=50)
        deal(s, c, "d", "30000", key="negotiation")
        deal(s, c, "won", "99999", status="won")
    with db.session() as s:
        totals = pl.column_totals(s)
        lead, negotiation = totals[stage(s, "lead").id], totals[stage(s, "negotiation").id]
    # 10% of 15,000.50 plus 50% of 2,000.
    assert (lead.count, lead.amount, lead.weighted) == (3, Decimal("17000.50"), Decimal("2500.05"))
    assert (negotiation.count, negotiation.amount, negotiation.weighted) == (
        1,
        Decimal("30000"),
        Decimal("18000"),
    )
    assert len(totals) == 2


def test_column_totals_leave_out_the_deals_of_deleted_customers(db):
    with db.session.begin() as s:
        kept, gone = customer(s, "杭州云启科技"), customer(s, "苏州恒达精密")
        deal(s, kept, "a", "10000")
        deal(s, gone, "b", "5000", probability_override=30)
        deal(s, gone, "c", "2000", key="negotiation")
        gone.deleted_at = NOW
    with db.session() as s:
        totals = pl.column_totals(s)
        # The same through the filtered query, which joins every deal's customer.
        joined = pl.column_totals(s, pl.BoardFilter(text="a"))
        lead = stage(s, "lead").id
    assert totals == {lead: pl.ColumnTotals(1, Decimal("10000"), Decimal("1000"))} == joined


def test_rotting_rule_and_sql_agree(db):
    assert pl.is_rotting(NOW - timedelta(days=7, seconds=1), 7, NOW)
    assert not pl.is_rotting(NOW - timedelta(days=7), 7, NOW)
    with db.session.begin() as s:
        c = customer(s, "宁波海曙贸易")
        rotten = deal(s, c, "stuck", "1", entered=NOW - timedelta(days=8))
        fresh = deal(
            s,
            c,
            "touched",
            "1",
            entered=NOW - timedelta(days=20),
            last_activity_at=NOW - timedelta(days=3),
        )
        deal(s, c, "new", "1", entered=NOW - timedelta(days=1))
        # Rot days differ per stage: 10 days in Qualified is not yet rotten (limit 10).
        deal(s, c, "ok", "1", key="qualified", entered=NOW - timedelta(days=10))
        rotten_ids = {rotten.id}
    with db.session() as s:
        cards = pl.fetch_cards(s, stage_id=stage(s, "lead").id, now=NOW)
        python_view = {card.id for card in cards if pl.is_rotting(card.last_touch, 7, NOW)}
        sql_view = {
            card.id
            for st in pl.list_stages(s)
            for card in pl.fetch_cards(
                s, stage_id=st.id, flt=pl.BoardFilter(rotting_only=True), now=NOW
            )
        }
        counted = pl.column_totals(s, pl.BoardFilter(rotting_only=True), now=NOW)
    assert python_view == sql_view == rotten_ids
    assert fresh.id not in sql_view
    assert sum(t.count for t in counted.values()) == 1


def test_filters_text_pinyin_tier_owner_month(db):
    with db.session.begin() as s:
        a = customer(s, "杭州云启科技", tier="C", tier_override="A")
        b = customer(s, "深圳华南电子", tier="B")
        deal(s, a, "ERP 升级", "1", owner="zhang", expected_close_date=date(2026, 4, 3))
        deal(s, b, "仓储系统", "1", owner="li", expected_close_date=date(2026, 5, 1))
        lead = stage(s, "lead").id

    def titles(**kw: object) -> list[str]:
        with db.session() as s:
            return sorted(
                c.title for c in pl.fetch_cards(s, stage_id=lead, flt=pl.BoardFilter(**kw))
            )

    assert titles(text="hzyq") == ["ERP 升级"]
    assert titles(text="shenzhen") == ["仓储系统"]
    assert titles(text="erp") == ["ERP 升级"]
    assert titles(text="50%_") == []
    assert titles(tier="A") == ["ERP 升级"]
    assert titles(tier="C") == []
    assert titles(owner="li") == ["仓储系统"]
    assert titles(close_month=(2026, 4)) == ["ERP 升级"]
    with db.session() as s:
        assert pl.close_months(s) == [(2026, 4), (2026, 5)]
        assert pl.owners(s) == ["li", "zhang"]


@pytest.mark.parametrize("sort", ["amount", "recent", "oldest", "close_date", "score"])
def test_keyset_pages_cover_the_column_once_in_order(db, sort):
    with db.session.begin() as s:
        c = customer(s, "成都天府软件")
        for i in range(23):
            deal(
                s,
                c,
                f"d{i}",
                str(1000 * (i % 5)),
                entered=NOW - timedelta(hours=i % 4),
                lead_score=None if i % 3 else i,
                expected_close_date=None if i % 2 else date(2026, 4, 1 + i % 6),
            )
        lead = stage(s, "lead").id
    with db.session() as s:
        everything = pl.fetch_cards(s, stage_id=lead, sort=sort, limit=100)
        pages, after = [], None
        while True:
            page = pl.fetch_cards(s, stage_id=lead, sort=sort, limit=5, after=after)
            if not page:
                break
            pages.extend(page)
            after = page[-1]
    assert [c.id for c in pages] == [c.id for c in everything]
    assert len(everything) == 23
    # Python's placement agrees with SQL's order.
    for index, card in enumerate(everything):
        rest = everything[:index] + everything[index + 1 :]
        assert pl.insertion_row(rest, card, sort) == index


def test_next_visit_is_earliest_planned(db, hz):
    with db.session.begin() as s:
        for due, status in (
            (date(2026, 3, 20), "planned"),
            (date(2026, 3, 15), "planned"),
            (date(2026, 3, 11), "done"),
        ):
            s.add(VisitPlan(customer_id=hz["customer"], due_date=due, status=status))
    with db.session() as s:
        assert pl.fetch_card(s, hz["deal"]).next_visit == date(2026, 3, 15)


def test_refresh_last_activity(db, hz):
    with db.session.begin() as s:
        s.add(Activity(customer_id=hz["customer"], deal_id=hz["deal"], occurred_at=NOW))
        s.add(
            Activity(
                customer_id=hz["customer"],
                deal_id=hz["deal"],
                occurred_at=NOW + timedelta(days=1),
                deleted_at=NOW,
            )
        )
    with db.session.begin() as s:
        derived.refresh_last_activity(s)
    with db.session() as s:
        assert s.get(Deal, hz["deal"]).last_activity_at == NOW


def test_create_and_edit_validate_and_undo(db, hz):
    with db.session() as s:
        lead, proposal = stage(s, "lead").id, stage(s, "proposal").id
    bad = pl.DealInput(
        customer_id=None, title=" ", amount=Decimal(-1), stage_id=lead, budget=Decimal(-5)
    )
    with db.session() as s:
        assert pl.validate_deal(s, bad) == [
            "Customer: pick a customer from the list.",
            "Title: enter what the deal is about.",
            "Amount: must be 0 or more.",
            "Budget: must be 0 or more.",
        ]
        other = customer(s, "别家公司")
        wrong = contact(s, other, "外人")
        problems = pl.validate_deal(
            s, pl.DealInput(hz["customer"], "x", Decimal(1), lead, contact_id=wrong.id)
        )
        assert problems == ["Contact: pick a contact of this customer."]
        s.rollback()
    good = pl.DealInput(
        hz["customer"],
        "  安灯系统  ",
        Decimal(5000),
        proposal,
        contact_id=hz["buyer"],
        need="停线",
        budget=Decimal(8000),
    )
    with db.session() as s:
        assert pl.validate_deal(s, good) == ["Stage “Proposal” requires: Decision maker."]
    good.decision_maker_id = hz["boss"]
    with db.session.begin() as s:
        created = pl.create_deal(s, good, now=NOW)
        changes, deal_id = created.changes, created.created_id
    with db.session() as s:
        d = s.get(Deal, deal_id)
        assert (d.title, d.stage_id, d.stage_entered_at, d.status) == (
            "安灯系统",
            proposal,
            NOW,
            "open",
        )
        assert live_history(s, deal_id) == [(live_history(s, deal_id)[0][0], proposal, NOW, None)]
        edit = pl.input_from_deal(d)
    edit.title, edit.contact_id = "安灯二期", None
    with db.session() as s:
        assert pl.validate_deal(s, edit) == ["Stage “Proposal” requires: Contact."]
    edit.contact_id = hz["buyer"]
    with db.session.begin() as s:
        edit_changes = pl.update_deal(s, deal_id, edit, now=NOW).changes
    with db.session.begin() as s:
        pl.revert(s, edit_changes)
        assert s.get(Deal, deal_id).title == "安灯系统"
        pl.revert(s, changes)
    with db.session() as s:
        assert s.get(Deal, deal_id).deleted_at is not None
        assert live_history(s, deal_id) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12800", Decimal("12800.00")),
        ("12,800.50", Decimal("12800.50")),
        ("¥ 12,800", Decimal("12800.00")),
        ("1.2万", Decimal("12000.00")),
        ("", None),
        ("-3", Decimal("-3.00")),
    ],
)
def test_parse_money(text, value):
    assert pl.parse_money(text) == value


@pytest.mark.parametrize("text", ["abc", "1.2.3", "nan", "inf"])
def test_parse_money_rejects(text):
    with pytest.raises(ValueError):
        pl.parse_money(text)


def test_stage_settings_rename_reorder_add_remove(db, hz):
    with db.session() as s:
        stages = pl.list_stages(s)
    specs = [
        pl.StageSpec(
            st.id, st.name, st.name_en, st.probability, st.rot_days, list(st.required_fields)
        )
        for st in stages
    ]
    specs[1].name = "需求确认（已拜访）"
    specs[2], specs[3] = specs[3], specs[2]
    specs.insert(4, pl.StageSpec(None, "试用", "Trial", 70, 5, ["amount"]))
    removed = specs.pop(5)  # Closing holds no deal.
    with db.session.begin() as s:
        pl.save_stages(s, specs, {"won": ["amount"], "lost": []}, now=NOW)
    with db.session() as s:
        after = pl.list_stages(s)
        assert [st.name for st in after] == [
            "线索",
            "需求确认（已拜访）",
            "商务谈判",
            "方案呈现",
            "试用",
        ]
        assert after[4].required_fields == ("amount",)
        assert s.get(Stage, removed.id).deleted_at == NOW
        assert pl.close_gates(s) == {"won": ["amount"], "lost": []}
    lead_gone = [spec for spec in specs if spec.id != stages[0].id]
    with pytest.raises(pl.PipelineError, match="still holds 1 open deals"), db.session.begin() as s:
        pl.save_stages(s, lead_gone)
    specs[0].probability, specs[0].rot_days, specs[0].name = 101, 0, ""
    with pytest.raises(pl.PipelineError) as problem, db.session.begin() as s:
        pl.save_stages(s, specs)
    assert str(problem.value).splitlines() == [
        "Stage 1: enter a name.",
        "Stage 1: win probability must be 0–100 %.",
        "Stage 1: rot days must be at least 1.",
    ]
