"""The customer list (filters, sorts, paging) and the record's actions (edit, retire, verify,
override, contacts, follow-ups) on a small hand-made book."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from app import actions, i18n
from app.activities import FollowUp, follow_up_problems, log_follow_up
from app.changes import ActionError
from app.customers.contacts import add_contact, retire_contact, update_contact
from app.customers.editing import (
    CustomerEdit,
    load_edit,
    mark_verified,
    retire_customer,
    set_tier_override,
    update_customer,
)
from app.customers.listing import (
    NO_FILTER,
    SORTS,
    CustomerFilter,
    count_listed,
    fetch_customers,
    filter_choices,
    list_query,
)
from app.customers.profile import (
    customer_complaints,
    list_contacts,
    load_profile,
    timeline,
)
from app.customers.records import ContactInput
from app.derived.search import customer_search_text
from app.growth.referrals import customer_referrals
from app.models import Activity, Complaint, Contact, Customer, VisitPlan
from app.parsing.values import normalise_company_name

NOW = datetime(2026, 6, 1, 12, 0)
# name, tier, override, segment, at risk, industry, city, owner, revenue, last contact (days
# ago), verified (days ago, None = never), next visit (days ahead)
BOOK = [
    ("杭州云启科技有限公司", "A", None, "champions", False, "制造业", "杭州", "li", 900, 2, 10, 5),
    ("苏州恒达精密机械", "B", "A", "loyal", True, "制造业", "苏州", "li", 500, 40, 200, -3),
    ("深圳华南电子", "B", None, "at_risk", True, "电子", "深圳", "wang", 300, None, None, None),
    ("成都天府软件集团", "C", None, None, False, "软件", "成都", "wang", 0, 400, 181, 30),
    ("上海浦江物流", "C", "B", "new", False, "物流", "上海", "li", 120, 1, 179, None),
]


@pytest.fixture
def book(db):
    ids: dict[str, str] = {}
    with db.write() as session:
        for name, tier, over, seg, risk, ind, city, owner, rev, contact, ver, visit in BOOK:
            customer = Customer(
                name=name,
                name_key=normalise_company_name(name),
                tier=tier,
                tier_override=over,
                tier_override_reason="strategic" if over else None,
                rfm_segment=seg,
                churn_risk=risk,
                churn_reason="rfm:at_risk" if risk else None,
                industry=ind,
                city=city,
                owner=owner,
                revenue_12m=Decimal(rev),
                last_contact_at=NOW - timedelta(days=contact) if contact is not None else None,
                info_verified_at=NOW - timedelta(days=ver) if ver is not None else None,
                search_text=customer_search_text(name),
            )
            session.add(customer)
            session.flush()
            ids[name[:2]] = customer.id
            if visit is not None:
                session.add(
                    VisitPlan(customer_id=customer.id, due_date=NOW.date() + timedelta(visit))
                )
                session.add(
                    VisitPlan(
                        customer_id=customer.id,
                        due_date=NOW.date() + timedelta(visit - 1),
                        status="done",
                    )
                )
    return ids


def names(db, flt=NO_FILTER, sort="revenue", limit=100):
    with db.session() as session:
        return [row.name[:2] for row in fetch_customers(session, flt, sort, limit=limit, now=NOW)]


def test_filters_each_narrow_the_list_in_sql(db, book) -> None:
    assert names(db) == ["杭州", "苏州", "深圳", "上海", "成都"]
    # The manual override counts: 苏州 is B computed but A by hand; 上海 C → B.
    assert names(db, CustomerFilter(tier="A")) == ["杭州", "苏州"]
    assert names(db, CustomerFilter(tier="B")) == ["深圳", "上海"]
    assert names(db, CustomerFilter(tier="C")) == ["成都"]
    assert names(db, CustomerFilter(segment="at_risk")) == ["深圳"]
    assert names(db, CustomerFilter(at_risk=True)) == ["苏州", "深圳"]
    assert names(db, CustomerFilter(industry="制造业")) == ["杭州", "苏州"]
    assert names(db, CustomerFilter(city="成都")) == ["成都"]
    assert names(db, CustomerFilter(owner="wang")) == ["深圳", "成都"]
    # Stale: verified more than 180 days ago, or never.
    assert names(db, CustomerFilter(stale_only=True)) == ["苏州", "深圳", "成都"]
    # Search combines with the filters: pinyin initials of 杭州云启 among the manufacturers.
    assert names(db, CustomerFilter(text="hzyq")) == ["杭州"]
    assert names(db, CustomerFilter(text="hzyq", city="苏州")) == []
    with db.session() as session:
        assert count_listed(session, CustomerFilter(owner="li"), now=NOW) == 3
        choices = filter_choices(session)
    assert choices.owners == ["li", "wang"]
    assert choices.cities == sorted(row[6] for row in BOOK)


def test_sorts_order_as_a_rep_expects(db, book) -> None:
    assert names(db, sort="name") == [n[:2] for n in sorted(b[0] for b in BOOK)]
    assert names(db, sort="revenue:asc") == ["成都", "上海", "深圳", "苏州", "杭州"]
    # Tier A first (override included), the larger revenue first within a tier.
    assert names(db, sort="tier") == ["杭州", "苏州", "深圳", "上海", "成都"]
    # Latest contact first, never contacted last; going up (longest without contact) the other
    # way round.
    assert names(db, sort="last_contact") == ["上海", "杭州", "苏州", "成都", "深圳"]
    assert names(db, sort="last_contact:asc") == ["深圳", "成都", "苏州", "杭州", "上海"]
    # Soonest planned visit first (done visits do not count), none last.
    soonest = names(db, sort="next_visit")
    assert soonest[:3] == ["苏州", "杭州", "成都"] and set(soonest[3:]) == {"上海", "深圳"}
    # The stalest information first; never verified before all.
    assert names(db, sort="verified") == ["深圳", "苏州", "成都", "上海", "杭州"]


def test_pages_continue_without_repeats_or_gaps(db, book) -> None:
    for sort in [f"{s}:{d}" for s in SORTS for d in ("asc", "desc")]:
        whole = names(db, sort=sort)
        paged: list[str] = []
        after = None
        with db.session() as session:
            while True:
                page = fetch_customers(session, sort=sort, after=after, limit=2, now=NOW)
                paged += [row.name[:2] for row in page]
                if len(page) < 2:
                    break
                after = page[-1]
        assert paged == whole and len(whole) == len(BOOK), sort


def test_rows_carry_override_mark_next_visit_and_freshness(db, book) -> None:
    with db.session() as session:
        rows = {r.name[:2]: r for r in fetch_customers(session, now=NOW)}
    assert rows["苏州"].tier == "A" and rows["苏州"].tier_manual
    assert rows["杭州"].tier == "A" and not rows["杭州"].tier_manual
    assert rows["杭州"].next_visit == date(2026, 6, 6)
    assert rows["深圳"].next_visit is None
    assert rows["上海"].stale is False and rows["成都"].stale is True


def test_the_revenue_and_name_sorts_walk_an_index(db, book) -> None:
    with db.session() as session:
        for sort, index in (
            ("revenue", "ix_customer_list_revenue"),
            ("name", "ix_customer_list_name"),
            ("tier", "ix_customer_list_tier"),
            ("last_contact:asc", "ix_customer_list_contact"),
            ("verified", "ix_customer_list_verified"),
            ("city:desc", "ix_customer_list_city"),
        ):
            query = list_query(CustomerFilter(), sort, NOW).limit(100)
            sql = str(query.compile(compile_kwargs={"literal_binds": True}))
            plan = " ".join(
                str(row)
                for row in session.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + sql)
            )
            assert index in plan and "TEMP B-TREE" not in plan, plan


def test_edit_saves_changed_dimensions_and_undo_restores_them(db, book) -> None:
    cid = book["杭州"]
    with db.session() as session:
        data = load_edit(session, cid)
    data.pain_points = "库存周转慢"
    data.procurement_process = "年度招标"
    data.phone = "0571-8888 6666"
    outcome = actions.perform(db, lambda s: update_customer(s, cid, data))
    with db.session() as session:
        customer = session.get(Customer, cid)
        assert customer.pain_points == "库存周转慢" and customer.phone_key == "057188886666"
        assert "057188886666" in customer.search_text
    actions.undo(db, outcome.changes)
    with db.session() as session:
        customer = session.get(Customer, cid)
        assert customer.pain_points is None and customer.phone is None
    # Saving an unchanged form writes nothing (no undo step).
    with db.session() as session:
        same = load_edit(session, cid)
    assert not actions.perform(db, lambda s: update_customer(s, cid, same))


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_bad_form_is_refused_whole_with_every_problem_named(db, book, lang) -> None:
    i18n.set_language(lang)
    cid = book["杭州"]
    data = CustomerEdit(
        name="  ",
        phone="12ab",
        email="not-an-email",
        founded_date=date.today() + timedelta(days=3),
        referred_by_id=cid,
        pain_points="written?",
    )
    with pytest.raises(ActionError) as refused:
        actions.perform(db, lambda s: update_customer(s, cid, data))
    text = str(refused.value)
    assert len(text.splitlines()) == 5
    assert ("客户名称" if lang == "zh_CN" else "Customer name") in text
    with db.session() as session:
        assert session.get(Customer, cid).pain_points is None
    taken = CustomerEdit(name="苏州恒达精密机械有限公司")  # the same company, suffix aside
    with pytest.raises(ActionError, match="苏州恒达"):
        actions.perform(db, lambda s: update_customer(s, cid, taken))


def test_retire_hides_the_customer_and_undo_brings_it_back(db, book) -> None:
    cid = book["深圳"]
    outcome = actions.perform(db, lambda s: retire_customer(s, cid))
    assert "深圳" not in names(db)
    with db.session() as session:
        assert load_profile(session, cid) is None
    with pytest.raises(ActionError):
        actions.perform(db, lambda s: retire_customer(s, cid))
    actions.undo(db, outcome.changes)
    assert "深圳" in names(db)


def test_mark_verified_resets_freshness(db, book) -> None:
    cid = book["成都"]
    assert "成都" in names(db, CustomerFilter(stale_only=True))
    actions.perform(db, lambda s: mark_verified(s, cid))
    with db.session() as session:
        assert load_profile(session, cid).stale is False
    assert "成都" not in names(db, CustomerFilter(stale_only=True))


def test_tier_override_needs_a_reason_and_clears_back_to_the_computed_tier(db, book) -> None:
    cid = book["成都"]
    with pytest.raises(ActionError, match="why"):
        actions.perform(db, lambda s: set_tier_override(s, cid, "A", "  "))
    with pytest.raises(ActionError):
        actions.perform(db, lambda s: set_tier_override(s, cid, "D", "x"))
    with pytest.raises(ActionError):
        actions.perform(db, lambda s: set_tier_override(s, cid, None))
    actions.perform(db, lambda s: set_tier_override(s, cid, "A", "集团战略客户"))
    with db.session() as session:
        profile = load_profile(session, cid)
    assert (profile.tier, profile.computed_tier, profile.tier_override_reason) == (
        "A",
        "C",
        "集团战略客户",
    )
    assert "成都" in names(db, CustomerFilter(tier="A"))
    actions.perform(db, lambda s: set_tier_override(s, cid, None))
    with db.session() as session:
        assert load_profile(session, cid).tier == "C"


def test_contacts_add_edit_retire_feed_search_and_validate(db, book) -> None:
    cid = book["成都"]
    person = ContactInput(name="王建国", role="decision_maker", phone="138-0013-8000")
    outcome = actions.perform(db, lambda s: add_contact(s, cid, person))
    contact_id = outcome.created_id
    assert names(db, CustomerFilter(text="wangjianguo")) == ["成都"]
    assert names(db, CustomerFilter(text="0013 8000")) == ["成都"]
    person.email, person.wechat, person.birthday = "wang@tf.cn", "wjg88", date(1980, 2, 29)
    actions.perform(db, lambda s: update_contact(s, contact_id, person))
    with db.session() as session:
        (row,) = list_contacts(session, cid)
    assert (row.email, row.wechat, row.is_primary) == ("wang@tf.cn", "wjg88", True)
    for bad in (
        ContactInput(name="", phone="1"),
        ContactInput(name="x", email="x@"),
        ContactInput(name="x", birthday=date(1899, 12, 31)),
        ContactInput(name="x", birthday=date.today() + timedelta(days=1)),
    ):
        with pytest.raises(ActionError):
            actions.perform(db, lambda s, b=bad: update_contact(s, contact_id, b))
    actions.perform(db, lambda s: retire_contact(s, contact_id))
    with db.session() as session:
        assert list_contacts(session, cid) == []
    assert names(db, CustomerFilter(text="wangjianguo")) == []


def test_a_follow_up_tops_the_timeline_moves_last_contact_and_plans_the_next_step(db, book):
    cid = book["成都"]
    with db.write() as session:
        session.add(Activity(customer_id=cid, occurred_at=NOW - timedelta(days=400), summary="旧"))
    step = date.today() + timedelta(days=7)
    data = FollowUp(
        cid, channel="visit", kind="presale_visit", summary="现场演示", feedback="认可",
        intent_level=4, next_step="发送报价", next_step_date=step,
    )  # fmt: skip
    assert follow_up_problems(data) == []
    actions.perform(db, lambda s: log_follow_up(s, data))
    with db.session() as session:
        top = timeline(session, cid)[0]
        assert (top.summary, top.channel, top.intent_level) == ("现场演示", "visit", 4)
        assert [e.summary for e in timeline(session, cid, channel="phone")] == ["旧"]
        profile = load_profile(session, cid)
        assert profile.last_contact_at.date() == date.today()
        planned = session.execute(
            select(VisitPlan.due_date, VisitPlan.status).where(
                VisitPlan.note == "发送报价", VisitPlan.customer_id == cid
            )
        ).one()
        assert tuple(planned) == (step, "planned")
    blank = FollowUp(cid, next_step_date=date.today() - timedelta(days=1))
    assert len(follow_up_problems(blank)) == 3


def test_complaints_flag_promises_past_due_before_resolving_and_referrals_both_ways(db, book):
    cid = book["杭州"]
    with db.write() as session:
        for step, promised in (("confirm", -1), ("resolve", -1), ("listen", 2)):
            session.add(
                Complaint(
                    customer_id=cid,
                    received_at=NOW,
                    step=step,
                    promised_at=datetime.now() + timedelta(days=promised),
                )
            )
        session.get(Customer, book["上海"]).referred_by_id = cid
    with db.session() as session:
        flags = sorted((c.step, c.overdue) for c in customer_complaints(session, cid))
        assert flags == [("confirm", True), ("listen", False), ("resolve", False)]
        assert [r.name for r in customer_referrals(session, cid).referred] == ["上海浦江物流"]
        assert load_profile(session, book["上海"]).referred_by == (cid, "杭州云启科技有限公司")
        assert session.scalar(select(Contact.id)) is None


def test_a_card_names_the_best_growth_suggestion_cross_sell_first(db, book):
    from app.models import GrowthSuggestion, Product

    cid = book["杭州"]
    with db.write() as s:
        gateway, pro, retired = (
            Product(name="工业网关"),
            Product(name="仓储系统专业版"),
            Product(name="旧版软件", active=False),
        )
        s.add_all([gateway, pro, retired])
        s.flush()
        for kind, product, rank in (("up", pro, 1), ("cross", gateway, 1), ("cross", pro, 2)):
            s.add(GrowthSuggestion(customer_id=cid, kind=kind, product_id=product.id, rank=rank,
                                   tier="A"))  # fmt: skip
        s.add(GrowthSuggestion(customer_id=book["苏州"], kind="cross", product_id=retired.id,
                               rank=1, tier="B"))  # fmt: skip
    with db.session() as s:
        offers = {row.id: row.offer for row in fetch_customers(s, NO_FILTER, "revenue", now=NOW)}
    assert offers[cid] == "工业网关"  # cross-sell rank 1 over the up-sell
    assert offers[book["苏州"]] is None  # a retired product is not offered
