"""Growth rules: cross-sell association rules, up-sell editions, the cache and deals from them."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import derived, settings
from app.actions import perform
from app.changes import ActionError
from app.growth.crosssell import PeerStats, count_groups, rank_cross_sell
from app.growth.refresh import refresh_growth
from app.growth.suggestions import count_opportunities, customer_suggestions, list_opportunities
from app.models import Customer, Deal, GrowthSuggestion, Order, OrderLine, Product, Stage
from app.opportunities import deal_from_suggestion


def product(s: Session, name: str, price: str = "1000", **values: object) -> str:
    row = Product(name=name, unit_price=Decimal(price), **values)
    s.add(row)
    s.flush()
    return row.id


def customer(s: Session, name: str, industry: str | None, band: str | None, tier: str = "C") -> str:
    row = Customer(name=name, industry=industry, size_band=band, tier=tier, name_key=name)
    s.add(row)
    s.flush()
    return row.id


def buy(s: Session, cid: str, *pids: str, day: date = date(2026, 1, 5)) -> None:
    """One order per product; the last product also as an order line of the first order."""
    for pid in pids:
        s.add(Order(customer_id=cid, order_date=day, amount=Decimal(100), product_id=pid))
    s.flush()


def basket_book(s: Session) -> dict[str, str]:
    """The hand-computed basket set.

    制造业 (industry peers, no size band): c1 {A,B} c2 {A,B} c3 {A,B,C} c4 {A,C} c5 {B} c6 {C}
    50-199 (size peers, 零售): d1 {A,C} d2 {A,C} d3 {D}
    target T: 制造业, 50-199, bought {A}

    Industry group, N = 7: n(A)=5 n(B)=4 n(C)=3; n(A∧B)=3 n(A∧C)=2
      A→B support 3/7, confidence 3/5, lift (3/5)/(4/7) = 21/20
      A→C support 2/7, confidence 2/5, lift (2/5)/(3/7) = 14/15
    Size group, N = 4 (d1 d2 d3 T): n(A)=3 n(C)=2 n(A∧C)=2
      A→C support 2/4, confidence 2/3, lift (2/3)/(2/4) = 4/3
    So T: C first (2/3 via the size group), then B (3/5 via the industry); D has no rule.
    """
    ids = {
        key: product(s, name)
        for key, name in zip("ABCD", ("甲产品", "乙产品", "丙产品", "丁产品"), strict=True)
    }
    plan = {
        "c1": ("制造业", None, "AB"),
        "c2": ("制造业", None, "AB"),
        "c3": ("制造业", None, "ABC"),
        "c4": ("制造业", None, "AC"),
        "c5": ("制造业", None, "B"),
        "c6": ("制造业", None, "C"),
        "d1": ("零售", "50-199", "AC"),
        "d2": ("零售", "50-199", "AC"),
        "d3": ("零售", "50-199", "D"),
        "T": ("制造业", "50-199", "A"),
    }
    for name, (industry, band, bought) in plan.items():
        ids[name] = customer(s, name, industry, band)
        buy(s, ids[name], *(ids[k] for k in bought))
    return ids


def test_rules_measures_are_the_hand_computed_ones() -> None:
    baskets = [
        ("制造业", None, frozenset("AB")),
        ("制造业", None, frozenset("AB")),
        ("制造业", None, frozenset("ABC")),
        ("制造业", None, frozenset("AC")),
        ("制造业", None, frozenset("B")),
        ("制造业", None, frozenset("C")),
        ("制造业", None, frozenset("A")),
    ]
    groups = count_groups(baskets)
    assert list(groups) == [("industry", "制造业")]
    rules = rank_cross_sell(frozenset("A"), groups.values(), "ABC", {}, min_support=0.0, limit=5)
    assert [r.product_id for r in rules] == ["B", "C"]
    b, c = rules
    assert (b.peers, b.with_basis, b.with_both, b.with_product) == (7, 5, 3, 4)
    assert b.support == pytest.approx(3 / 7) and b.confidence == pytest.approx(3 / 5)
    assert b.lift == pytest.approx(21 / 20)
    assert c.support == pytest.approx(2 / 7) and c.confidence == pytest.approx(2 / 5)
    assert c.lift == pytest.approx(14 / 15)


def test_ties_are_broken_by_product_name_then_id() -> None:
    stats = PeerStats("industry", "x")
    for basket in ("AY", "AY", "AZ", "AZ", "A"):
        stats.add(frozenset(basket))
    names = {"Y": "b-second", "Z": "a-first"}
    rules = rank_cross_sell(frozenset("A"), [stats], "YZ", names, min_support=0.0, limit=5)
    assert [r.product_id for r in rules] == ["Z", "Y"]
    assert rules[0].confidence == rules[1].confidence == pytest.approx(2 / 5)


def test_a_rule_needs_two_peers_with_both() -> None:
    stats = PeerStats("industry", "x")
    for basket in ("AY", "A", "A"):
        stats.add(frozenset(basket))
    assert rank_cross_sell(frozenset("A"), [stats], "Y", {}, min_support=0.0, limit=5) == []


def test_cached_cross_sell_ranks_over_both_peer_groups_with_reasons(db) -> None:
    with db.write() as s:
        ids = basket_book(s)
        refresh_growth(s)
    with db.session() as s:
        found = [g for g in customer_suggestions(s, ids["T"]) if g.kind == "cross"]
    assert [(g.product_name, g.rank) for g in found] == [("丙产品", 1), ("乙产品", 2)]
    c, b = found
    assert (c.support, c.confidence, c.lift) == pytest.approx((2 / 4, 2 / 3, 4 / 3))
    assert (b.support, b.confidence, b.lift) == pytest.approx((3 / 7, 3 / 5, 21 / 20))
    assert c.reason == "Bought by 2 of the 3 customers of 50-199 staff who also bought 甲产品"
    assert b.reason == "Bought by 3 of the 5 制造业 customers who also bought 甲产品"


def test_minimum_support_is_a_setting(db) -> None:
    with db.write() as s:
        ids = basket_book(s)
        settings.put(s, "crosssell_min_support", 0.45)  # drops A→B (3/7 ≈ 0.43), keeps A→C (0.5)
        refresh_growth(s)
    with db.session() as s:
        assert [g.product_name for g in customer_suggestions(s, ids["T"]) if g.kind == "cross"] == [
            "丙产品"
        ]


def test_order_lines_count_in_baskets_and_new_orders_refresh_the_customer(db) -> None:
    with db.write() as s:
        ids = basket_book(s)
        refresh_growth(s)

    def order_c(session: Session):
        from app.changes import ChangeSet, Outcome
        from app.models.types import utcnow

        changes = ChangeSet()
        order = changes.create(
            session,
            Order(customer_id=ids["T"], order_date=date(2026, 2, 1), amount=Decimal(5)),
            utcnow(),
        )
        session.flush()
        changes.create(session, OrderLine(order_id=order.id, product_id=ids["C"]), utcnow())
        return Outcome(changes)

    perform(db, order_c)
    with db.session() as s:
        cross = [g.product_name for g in customer_suggestions(s, ids["T"]) if g.kind == "cross"]
    assert "丙产品" not in cross and cross == ["乙产品"]


def test_up_sell_finds_the_next_active_edition_with_the_price_gap(db) -> None:
    with db.write() as s:
        std = product(s, "仓储（标准版）", "68000", family="仓储", edition_rank=0)
        pro = product(s, "仓储（专业版）", "136000", family="仓储", edition_rank=1)
        product(s, "仓储（旗舰版）", "204000", family="仓储", edition_rank=2)
        retired = product(s, "维护（基础版）", "120000", family="维护", edition_rank=0)
        product(s, "维护（企业版）", "240000", family="维护", edition_rank=1, active=False)
        top = product(s, "培训（进阶）", "24000", family="培训", edition_rank=1)
        product(s, "培训（入门）", "12000", family="培训", edition_rank=0)
        a_old = customer(s, "甲公司", None, None, tier="A")
        a_new = customer(s, "乙公司", None, None, tier="A")
        b = customer(s, "丙公司", None, None, tier="B")
        on_top = customer(s, "丁公司", None, None, tier="A")
        buy(s, a_old, std, day=date(2025, 6, 1))
        buy(s, a_new, std, retired, day=date(2026, 1, 1))
        buy(s, b, pro, day=date(2026, 2, 1))
        buy(s, on_top, top, day=date(2026, 2, 1))
        refresh_growth(s)
    with db.session() as s:
        ups = list_opportunities(s, kind="up")
        assert count_opportunities(s, kind="up") == 3
        mine = [g for g in customer_suggestions(s, b) if g.kind == "up"]
    # Tier A first, then the most recent purchase; 维护 has no active higher edition.
    assert [(g.customer_name, g.product_name, g.price_gap) for g in ups] == [
        ("乙公司", "仓储（专业版）", Decimal("68000.00")),
        ("甲公司", "仓储（专业版）", Decimal("68000.00")),
        ("丙公司", "仓储（旗舰版）", Decimal("68000.00")),
    ]
    assert mine[0].reason == "On 仓储（专业版）; 仓储（旗舰版） is the next edition (¥68,000 more)"


def test_the_full_pass_marks_the_cache_stale_and_the_rebuild_writes_it_in_chunks(
    db, monkeypatch
) -> None:
    from app.derived import growth as derived_growth

    with db.write() as s:
        ids = basket_book(s)
        derived.refresh_all(s, date(2026, 3, 1))
        gone = customer(s, "已删除", "制造业", None)
        s.add(GrowthSuggestion(customer_id=gone, kind="up", product_id=ids["A"], rank=1, tier="C"))
        s.get(Customer, gone).deleted_at = datetime(2026, 3, 1)
    assert derived_growth.growth_is_stale(db, date(2026, 3, 1))
    monkeypatch.setattr(derived_growth, "CHUNK", 3)  # several write transactions
    seen: list[tuple[int, int]] = []
    written = derived_growth.rebuild_growth(
        db, lambda done, total: seen.append((done, total)) or True, date(2026, 3, 1)
    )
    assert not derived_growth.growth_is_stale(db, date(2026, 3, 1))
    assert seen[0] == (0, 10) and seen[-1] == (10, 10) and len(seen) == 5
    with db.session() as s:
        assert written == s.scalar(select(func.count()).select_from(GrowthSuggestion))
        assert not s.scalars(
            select(GrowthSuggestion).where(GrowthSuggestion.customer_id == gone)
        ).all()
        assert [g.product_name for g in customer_suggestions(s, ids["T"])] == ["丙产品", "乙产品"]


def test_create_deal_from_a_suggestion_puts_the_reason_in_need_and_undoes(db) -> None:
    from app.actions import undo

    with db.write() as s:
        ids = basket_book(s)
        refresh_growth(s)
    outcome = perform(db, lambda s: deal_from_suggestion(s, ids["T"], "cross", ids["C"]))
    with db.session() as s:
        deal = s.get(Deal, outcome.created_id)
        first = s.scalars(select(Stage).order_by(Stage.position)).first()
        assert (deal.customer_id, deal.title, deal.stage_id, deal.amount) == (
            ids["T"],
            "丙产品",
            first.id,
            Decimal("1000.00"),
        )
        assert deal.need == "Bought by 2 of the 3 customers of 50-199 staff who also bought 甲产品"
    undo(db, outcome.changes)
    with db.session() as s:
        assert s.get(Deal, outcome.created_id).deleted_at is not None
    with pytest.raises(ActionError, match="no longer applies"):
        perform(db, lambda s: deal_from_suggestion(s, ids["T"], "cross", ids["D"]))
