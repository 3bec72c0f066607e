"""Customer segmentation: ABC tiers, RFM scores and segments, churn risk — hand-computed books."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest

from app import i18n, settings
from app.db import Database
from app.models import Activity, Complaint, Customer, Order
from app.segments import (
    SEGMENT_NAMES,
    SEGMENTS,
    RecomputeResult,
    at_risk_count,
    describe_churn,
    rank_scores,
    recompute,
    segment_for,
    segment_name,
    tier_counts,
    win_back_list,
)

TODAY = date(2025, 6, 30)


def days_ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def moment_ago(days: int, hour: int = 10) -> datetime:
    return datetime.combine(days_ago(days), time(hour))


class Book:
    """Adds rows through the ORM, one committed transaction per call, like the app does."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def customer(
        self,
        name: str,
        *orders: tuple[int, int | str],
        contact_days: int | None = 1,
        created_days: int = 1000,
        override: str | None = None,
        customer_id: str | None = None,
        deleted: bool = False,
    ) -> str:
        """Create a customer with orders given as (days ago, amount) and a last contact."""
        with self.db.session.begin() as s:
            customer = Customer(
                name=name,
                created_at=moment_ago(created_days),
                tier_override=override,
                deleted_at=moment_ago(0) if deleted else None,
            )
            if customer_id:
                customer.id = customer_id
            s.add(customer)
            s.flush()
            for days, amount in orders:
                s.add(
                    Order(
                        customer_id=customer.id, order_date=days_ago(days), amount=Decimal(amount)
                    )
                )
            if contact_days is not None:
                s.add(Activity(customer_id=customer.id, occurred_at=moment_ago(contact_days)))
            return customer.id

    def add(self, *rows: object) -> None:
        with self.db.session.begin() as s:
            s.add_all(rows)

    def put_setting(self, key: str, value: object) -> None:
        with self.db.session.begin() as s:
            settings.put(s, key, value)

    def run(self, today: date = TODAY) -> RecomputeResult:
        with self.db.session.begin() as s:
            return recompute(s, today)

    def get(self, customer_id: str) -> Customer:
        with self.db.session() as s:
            customer = s.get(Customer, customer_id)
            assert customer is not None
            return customer

    def tiers(self, *ids: str) -> list[str]:
        return [self.get(customer_id).tier for customer_id in ids]


@pytest.fixture
def book(db: Database) -> Book:
    return Book(db)


# ABC tiers -------------------------------------------------------------------------------------


def test_abc_small_book_by_cumulative_share_before(book: Book):
    ids = [
        book.customer(name, (10, amount))
        for name, amount in (("甲", 500), ("乙", 300), ("丙", 100), ("丁", 60), ("戊", 40))
    ]
    book.run()
    # Total 1,000. Share ranked before each: 0 % → A, 50 % → A, 80 % (not < 80 %) → B,
    # 90 % → B, 96 % (not < 95 %) → C.
    assert book.tiers(*ids) == ["A", "A", "B", "B", "C"]
    assert book.get(ids[0]).revenue_12m == Decimal("500.00")


def test_abc_thresholds_come_from_settings(book: Book):
    ids = [
        book.customer(name, (10, amount))
        for name, amount in (("甲", 500), ("乙", 300), ("丙", 100), ("丁", 60), ("戊", 40))
    ]
    book.put_setting("abc_thresholds", {"A": 0.5, "B": 0.9})
    book.run()
    # Before-shares 0, 50, 80, 90, 96 %: A only under 50 %, B under 90 %.
    assert book.tiers(*ids) == ["A", "B", "B", "C", "C"]


def test_abc_malformed_thresholds_fall_back_to_defaults(book: Book):
    ids = [
        book.customer(name, (10, amount))
        for name, amount in (("甲", 500), ("乙", 300), ("丙", 100), ("丁", 60), ("戊", 40))
    ]
    book.put_setting("abc_thresholds", {"A": 0.99, "B": 0.5})  # A above B makes no sense
    book.run()
    assert book.tiers(*ids) == ["A", "A", "B", "B", "C"]


def test_abc_ties_rank_by_name_then_id(book: Book):
    big = book.customer("Zeta", (10, 700))
    beta = book.customer("Beta", (10, 100))
    alpha = book.customer("Alpha", (10, 50), (20, 50))
    twin_2 = book.customer("Twin", (10, 50), customer_id="00000000-0000-4000-8000-000000000002")
    twin_1 = book.customer("Twin", (10, 50), customer_id="00000000-0000-4000-8000-000000000001")
    book.run()
    # Total 1,000; Alpha and Beta tie at 100 and Alpha ranks first by name: Zeta 0 % → A,
    # Alpha 70 % → A, Beta 80 % → B. The twins tie on revenue and name, so id decides:
    # twin_1 at 90 % → B, twin_2 at 95 % → C.
    assert book.tiers(big, alpha, beta, twin_1, twin_2) == ["A", "A", "B", "B", "C"]


def test_no_revenue_in_trailing_year_is_c(book: Book):
    leader = book.customer("大客户", (10, 1000))
    old = book.customer("老客户", (365, 5000))  # today-365 is outside the window
    edge = book.customer("边界客户", (364, 200))  # today-364 is inside
    never = book.customer("新线索")
    book.run()
    # Counted revenue 1,200: the leader starts at 0 % → A, the edge customer at 83 % → B.
    assert book.tiers(leader, old, edge, never) == ["A", "C", "B", "C"]
    assert book.get(old).revenue_12m == Decimal("0.00")
    assert book.get(edge).revenue_12m == Decimal("200.00")


def test_override_is_kept_and_wins(book: Book):
    leader = book.customer("大客户", (10, 1000))
    small = book.customer("小客户", override="A")
    book.run()
    customer = book.get(small)
    assert (customer.tier, customer.tier_override, customer.effective_tier) == ("C", "A", "A")
    assert tier_counts_of(book) == {"A": 2, "B": 0, "C": 0}
    assert book.get(leader).tier == "A"


def tier_counts_of(book: Book) -> dict[str, int]:
    with book.db.session() as s:
        return tier_counts(s)


# RFM -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("values", "scores"),
    [
        ([7], [3]),  # one customer: p = 0.5 → 3
        ([4, 4, 4], [3, 3, 3]),  # all equal: p = 0.5 → 3
        ([10, 20, 30, 40, 50], [1, 2, 3, 4, 5]),  # p = 0.1, 0.3, 0.5, 0.7, 0.9
        ([50, 10, 30], [5, 1, 3]),  # order of input does not matter: p = 5/6, 1/6, 1/2
        ([10, 20], [2, 4]),  # p = 0.25 → 2, 0.75 → 4
        # Ties: 10 → p = 0.5/4 → 1; each 20 → (1 + 1)/4 = 0.5 → 3; 30 → 3.5/4 → 5.
        ([10, 20, 20, 30], [1, 3, 3, 5]),
        (list(range(10)), [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]),
        (["2025-01-02", "2025-03-01", "2024-12-31"], [3, 5, 1]),  # ISO dates rank as dates
    ],
)
def test_rank_scores(values, scores):
    assert rank_scores(values) == scores


# The R–F grid as SPEC §4 words it, cell by cell.
GRID = {
    **{(r, f): "hibernating" for r in (1, 2) for f in (1, 2)},
    **{(r, f): "at_risk" for r in (1, 2) for f in (3, 4)},
    **{(r, 5): "cant_lose" for r in (1, 2)},
    **{(3, f): "about_to_sleep" for f in (1, 2)},
    (3, 3): "needs_attention",
    **{(r, f): "loyal" for r in (3, 4) for f in (4, 5)},
    (4, 1): "promising",
    (5, 1): "new",
    **{(r, f): "potential_loyalist" for r in (4, 5) for f in (2, 3)},
    **{(5, f): "champions" for f in (4, 5)},
}


def test_grid_wording_covers_every_cell():
    assert len(GRID) == 25


@pytest.mark.parametrize(("r", "f"), sorted(GRID))
def test_every_grid_cell(r, f):
    assert segment_for(r, f) == GRID[r, f]


def test_single_buyer_scores_three_everywhere(book: Book):
    only = book.customer("唯一客户", (10, 100))
    result = book.run()
    customer = book.get(only)
    assert (customer.rfm_r, customer.rfm_f, customer.rfm_m) == (3, 3, 3)
    assert customer.rfm_segment == "needs_attention"
    assert (customer.churn_risk, customer.churn_reason) == (False, None)
    assert customer.last_order_date == days_ago(10)
    assert result == RecomputeResult(customers=1, changed=1, at_risk=0)


def five_customer_book(book: Book) -> list[str]:
    """Customer k (1…5) has k orders of 100, 100 days apart, the last 10·k days ago."""
    return [
        book.customer(f"客户{k}", *((10 * k + 100 * n, 100) for n in range(k))) for k in range(1, 6)
    ]


def test_five_distinct_customers_score_one_to_five(book: Book):
    ids = five_customer_book(book)
    book.run()
    customers = [book.get(customer_id) for customer_id in ids]
    # Recency 10…50 days → R 5…1; orders 1…5 → F 1…5; revenue 100…500 → M 1…5.
    assert [(c.rfm_r, c.rfm_f, c.rfm_m) for c in customers] == [
        (5, 1, 1),
        (4, 2, 2),
        (3, 3, 3),
        (2, 4, 4),
        (1, 5, 5),
    ]
    assert [c.rfm_segment for c in customers] == [
        "new",
        "potential_loyalist",
        "needs_attention",
        "at_risk",
        "cant_lose",
    ]
    # Rule 2 alone: the gaps are 100 days and the last orders 40/50 days ago, contact is fresh.
    assert [c.churn_reason for c in customers] == [
        None,
        None,
        None,
        "rfm:at_risk",
        "rfm:cant_lose",
    ]


def test_about_to_sleep_is_a_churn_segment(book: Book):
    # Last orders 10/20/30/40/50 days ago → R 5…1; the two freshest have three orders, the
    # rest one each, so the middle customer is R3 with F in the bottom tie (p = 1.5/5 → F2).
    fresh = [book.customer(f"活跃{k}", *((10 * k + n, 100) for n in range(3))) for k in (1, 2)]
    middle = book.customer("中间", (30, 100))
    older = book.customer("较旧", (40, 100))
    book.customer("最旧", (50, 100))
    book.run()
    customer = book.get(middle)
    assert (customer.rfm_r, customer.rfm_f) == (3, 2)
    assert (customer.rfm_segment, customer.churn_reason) == ("about_to_sleep", "rfm:about_to_sleep")
    # Three orders tie at the top (p = (3 + 1)/5 → F5): R5 champions, R4 loyal; R2 F2 sleeps.
    segments = [book.get(c).rfm_segment for c in (*fresh, older)]
    assert segments == ["champions", "loyal", "hibernating"]
    assert book.get(older).churn_reason is None


def test_equal_customers_share_scores(book: Book):
    ids = [book.customer(name, (15, 200), (40, 200)) for name in ("甲", "乙", "丙")]
    book.run()
    # All equal on R, F and M: p = 0.5 → 3 each.
    assert {(c.rfm_r, c.rfm_f, c.rfm_m) for c in map(book.get, ids)} == {(3, 3, 3)}


def test_rfm_window_is_24_months_and_lost_means_no_order_in_it(book: Book):
    inside = book.customer("窗口内", (729, 100))
    lost = book.customer("已流失", (730, 100), (800, 300))
    never = book.customer("从未下单")
    book.run()
    assert book.get(inside).rfm_segment == "needs_attention"  # the only scored buyer: 3/3/3
    customer = book.get(lost)
    assert customer.rfm_segment == "lost"
    assert (customer.rfm_r, customer.rfm_f, customer.rfm_m) == (None, None, None)
    assert customer.last_order_date == days_ago(730)
    # Never bought: no segment at all rather than "lost" — it was never a buyer.
    assert book.get(never).rfm_segment is None


def test_orders_dated_after_today_are_not_counted(book: Book):
    customer_id = book.customer("预订单", (20, 100), (-5, 900))
    book.run()
    customer = book.get(customer_id)
    assert (customer.last_order_date, customer.revenue_12m) == (days_ago(20), Decimal("100.00"))


# Churn risk ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("silence", "flagged"), [(80, False), (81, True)])
def test_order_gap_rule(book: Book, silence: int, flagged: bool):
    # Orders 40 days apart: median gap 40, so the alarm needs more than 80 days of silence.
    customer_id = book.customer("节奏客户", *((silence + 40 * n, 100) for n in range(4)))
    book.run()
    customer = book.get(customer_id)
    assert customer.rfm_segment == "needs_attention"  # the only buyer: rule 2 stays quiet
    assert customer.churn_risk is flagged
    if flagged:
        assert customer.churn_reason == f"order_gap:{days_ago(81)}:40"
        assert describe_churn(customer.churn_reason, TODAY) == [
            "No order for 81 days, usually every 40"
        ]
    else:
        assert customer.churn_reason is None


@pytest.mark.parametrize(("silence", "flagged"), [(30, False), (31, True)])
def test_order_gap_needs_more_than_30_days(book: Book, silence: int, flagged: bool):
    customer_id = book.customer("高频客户", *((silence + 10 * n, 100) for n in range(5)))
    book.run()
    expected = f"order_gap:{days_ago(silence)}:10" if flagged else None
    assert book.get(customer_id).churn_reason == expected


def test_order_gap_median_of_even_count_and_same_day_orders(book: Book):
    # Purchase days 100, 130, 170, 230, 330 ago (two orders on day 130 count once):
    # gaps 100, 60, 40, 30 → median (40 + 60) / 2 = 50; 100 days of silence is exactly 2 × 50.
    exact = book.customer("整百", (100, 10), (130, 10), (130, 10), (170, 10), (230, 10), (330, 10))
    single_day = book.customer("同日两单", (200, 10), (200, 10))
    book.run()
    assert book.get(exact).churn_reason is None
    assert book.get(single_day).churn_reason is None  # one purchase day: no rhythm to break
    assert book.run(TODAY + timedelta(days=1)).at_risk == 1
    assert book.get(exact).churn_reason == f"order_gap:{days_ago(100)}:50"
    assert describe_churn(book.get(exact).churn_reason, TODAY + timedelta(days=1)) == [
        "No order for 101 days, usually every 50"
    ]


def test_a_half_day_median_reads_as_whole_days() -> None:
    # Gaps 11 and 12 days have the median 11.5; the stored code keeps it, the sentence rounds.
    reason = f"order_gap:{days_ago(40)}:11.5"
    assert describe_churn(reason, TODAY) == ["No order for 40 days, usually every 12"]
    assert describe_churn(f"order_gap:{days_ago(40)}:x", TODAY) == [f"order_gap:{days_ago(40)}:x"]


def test_overdue_complaint_rule(book: Book):
    names = ("逾期", "今天", "已关闭", "已解决", "两单")
    ids = {name: book.customer(name, (10, 100)) for name in names}
    overdue = Complaint(
        customer_id=ids["逾期"], received_at=moment_ago(5), promised_at=moment_ago(1, hour=23)
    )
    later_today = Complaint(
        customer_id=ids["今天"], received_at=moment_ago(5), promised_at=moment_ago(0, hour=9)
    )
    closed = Complaint(
        customer_id=ids["已关闭"],
        received_at=moment_ago(5),
        promised_at=moment_ago(3),
        step="closed",
    )
    resolved = Complaint(
        customer_id=ids["已解决"],
        received_at=moment_ago(5),
        promised_at=moment_ago(3),
        step="follow_up",
        resolved_at=moment_ago(2),
    )
    twice = [
        Complaint(customer_id=ids["两单"], received_at=moment_ago(9), promised_at=moment_ago(days))
        for days in (2, 4)
    ]
    deleted = Complaint(
        customer_id=ids["今天"],
        received_at=moment_ago(9),
        promised_at=moment_ago(4),
        deleted_at=moment_ago(1),
    )
    book.add(overdue, later_today, closed, resolved, *twice, deleted)
    book.run()
    reasons = {name: book.get(customer_id).churn_reason for name, customer_id in ids.items()}
    assert reasons == {
        "逾期": "complaint:1",
        "今天": None,
        "已关闭": None,
        "已解决": None,
        "两单": "complaint:2",
    }


@pytest.mark.parametrize(("quiet", "flagged"), [(180, False), (181, True)])
def test_no_contact_rule_uses_tier_cadence(book: Book, quiet: int, flagged: bool):
    book.customer("大客户", (10, 1000))
    prospect = book.customer("C 类客户", contact_days=quiet)  # no revenue → C, cadence 90
    book.run()
    reason = book.get(prospect).churn_reason
    assert reason == (f"no_contact:{days_ago(quiet)}:90" if flagged else None)
    assert describe_churn(reason, TODAY) == (
        ["No contact for 181 days (visit cadence: every 90 days)"] if flagged else []
    )


@pytest.mark.parametrize(("quiet", "flagged"), [(28, False), (29, True)])
def test_no_contact_rule_follows_the_override(book: Book, quiet: int, flagged: bool):
    book.customer("大客户", (10, 1000))
    vip = book.customer("重点客户", contact_days=quiet, override="A")  # computed C, shown A
    book.run()
    assert book.get(vip).churn_reason == (f"no_contact:{days_ago(quiet)}:14" if flagged else None)


def test_no_contact_counts_from_creation_and_cadence_is_configurable(book: Book):
    book.put_setting("cadence_days", {"A": 7, "B": 15, "C": 10})
    fresh = book.customer("新建", contact_days=None, created_days=20)
    stale = book.customer("建档已久", contact_days=None, created_days=21)
    book.run()
    assert book.get(fresh).churn_reason is None
    customer = book.get(stale)
    assert (customer.churn_reason, customer.last_contact_at) == (
        f"never_contacted:{days_ago(21)}:10",
        None,
    )
    assert describe_churn(customer.churn_reason, TODAY) == [
        "No contact in the 21 days since added (visit cadence: every 10 days)"
    ]


def test_reasons_combine_in_rule_order(book: Book):
    ids = five_customer_book(book)
    worst = book.customer("全中", *((400 + 40 * n, 100) for n in range(4)), contact_days=200)
    book.add(Complaint(customer_id=worst, received_at=moment_ago(30), promised_at=moment_ago(20)))
    book.run()
    assert book.get(ids[0]).churn_reason is None
    # Last order 400 days ago with 4 orders among six buyers: R1, F (3 + 1)/6 → 4, at risk.
    assert book.get(worst).churn_reason == (
        f"order_gap:{days_ago(400)}:40;rfm:at_risk;complaint:1;no_contact:{days_ago(200)}:90"
    )


# Deleted rows, idempotence, results ------------------------------------------------------------


def test_deleted_orders_customers_and_activities_are_ignored(book: Book):
    kept = book.customer("保留", (10, 100), contact_days=5)
    gone = book.customer("已删除", (10, 100_000), deleted=True)
    book.add(
        Order(
            customer_id=kept, order_date=days_ago(2), amount=Decimal(5000), deleted_at=moment_ago(1)
        ),
        Activity(customer_id=kept, occurred_at=moment_ago(1), deleted_at=moment_ago(0)),
    )
    result = book.run()
    customer = book.get(kept)
    assert (customer.tier, customer.revenue_12m) == ("A", Decimal("100.00"))
    assert customer.last_order_date == days_ago(10)
    assert customer.last_contact_at == moment_ago(5)
    assert book.get(gone).tier == "C" and book.get(gone).rfm_segment is None  # left untouched
    assert result.customers == 1


def test_recompute_is_idempotent_and_keeps_updated_at(book: Book):
    ids = five_customer_book(book)
    before = [book.get(c).updated_at for c in ids]
    first = book.run()
    snapshot = [_cached(book.get(c)) for c in ids]
    second = book.run()
    assert (first.changed, second.changed) == (5, 0)
    assert first.at_risk == second.at_risk == 2
    assert [_cached(book.get(c)) for c in ids] == snapshot
    assert [book.get(c).updated_at for c in ids] == before


def _cached(customer: Customer) -> tuple:
    return (
        customer.tier,
        customer.rfm_r,
        customer.rfm_f,
        customer.rfm_m,
        customer.rfm_segment,
        customer.churn_risk,
        customer.churn_reason,
        customer.revenue_12m,
        customer.last_order_date,
        customer.last_contact_at,
    )


def test_objects_loaded_in_the_session_see_new_values(book: Book):
    customer_id = book.customer("已加载", (10, 100))
    with book.db.session.begin() as s:
        customer = s.get(Customer, customer_id)
        assert customer.rfm_segment is None
        recompute(s, TODAY)
        assert (customer.rfm_segment, customer.tier) == ("needs_attention", "A")


def test_rows_added_in_the_same_transaction_count(book: Book):
    customer_id = book.customer("同一事务")
    with book.db.session.begin() as s:
        s.add(Order(customer_id=customer_id, order_date=days_ago(3), amount=Decimal(50)))
        recompute(s, TODAY)
    assert book.get(customer_id).revenue_12m == Decimal("50.00")


# Reading the results ---------------------------------------------------------------------------


def test_counts_and_win_back_list(book: Book):
    ids = five_customer_book(book)
    quiet = book.customer("沉默", (5, 50), (300, 900), contact_days=400)
    book.customer("已删除", (10, 10_000), contact_days=500, deleted=True)
    book.run()
    # Six buyers. R by last order (沉默 5 days … customer 5 50 days): 沉默 5, c1 4, c2 3, c3 3,
    # c4 2, c5 1. F: c1 1 → 1; c2 and 沉默 tie on 2 → (1 + 1)/6 → 2; c3 3, c4 4, c5 5.
    # So c2 is about to sleep, c4 at risk, c5 can't lose, and 沉默 has had no contact.
    with book.db.session() as s:
        assert at_risk_count(s) == 4
        assert sum(tier_counts(s).values()) == 6
        entries = win_back_list(s)
        top = win_back_list(s, limit=1)
    # Value at stake over 24 months: 沉默 950, c5 500, c4 400, c2 200.
    assert [e.customer_id for e in entries] == [quiet, ids[4], ids[3], ids[1]]
    assert [e.monetary_24m for e in entries] == [
        Decimal(950),
        Decimal(500),
        Decimal(400),
        Decimal(200),
    ]
    assert entries[0].revenue_12m == Decimal("950.00")
    assert entries[0].churn_reason == f"no_contact:{days_ago(400)}:14"  # 沉默 is A: cadence 14
    assert (entries[1].segment, entries[1].churn_reason) == ("cant_lose", "rfm:cant_lose")
    assert entries[3].churn_reason == "rfm:about_to_sleep"
    assert [e.customer_id for e in top] == [quiet]


def test_win_back_ties_fall_back_to_twelve_month_revenue(book: Book):
    recent = book.customer("近期", (100, 500), contact_days=400)
    earlier = book.customer("较早", (500, 500), contact_days=400)
    book.run()
    with book.db.session() as s:
        assert [e.customer_id for e in win_back_list(s)] == [recent, earlier]


def test_describe_churn_in_both_languages():
    code = (
        "order_gap:2025-03-27:40;rfm:at_risk;complaint:2;complaint:1;"
        "no_contact:2024-12-12:90;never_contacted:2025-06-09:10;order_gap:2025-04-10:40.5;"
        "future:thing;order_gap:not-a-date:3"
    )
    assert describe_churn(code, TODAY) == [
        "No order for 95 days, usually every 40",
        "RFM segment: At risk",
        "2 open complaints past their promised time",
        "1 open complaint past its promised time",
        "No contact for 200 days (visit cadence: every 90 days)",
        "No contact in the 21 days since added (visit cadence: every 10 days)",
        "No order for 81 days, usually every 41",
        "future:thing",
        "order_gap:not-a-date:3",
    ]
    i18n.set_language("zh_CN")
    assert describe_churn(code, TODAY)[:6] == [
        "已 95 天未下单（通常每 40 天一单）",
        "RFM 分群：高危客户",
        "2 个投诉已超过承诺处理时间",
        "1 个投诉已超过承诺处理时间",
        "已 200 天未跟进（拜访周期 90 天）",
        "建档 21 天无跟进记录（拜访周期 10 天）",
    ]
    assert describe_churn(None) == describe_churn("") == []


def test_reasons_stay_put_from_day_to_day(book: Book):
    customer_id = book.customer("沉默", contact_days=200)
    book.run()
    reason = book.get(customer_id).churn_reason
    # A day later the customer is just as quiet: nothing to write, the text counts on.
    assert book.run(TODAY + timedelta(days=1)).changed == 0
    assert book.get(customer_id).churn_reason == reason
    assert describe_churn(reason, TODAY + timedelta(days=1)) == [
        "No contact for 201 days (visit cadence: every 90 days)"
    ]


def test_every_segment_has_both_names():
    assert set(SEGMENT_NAMES) == set(SEGMENTS) == set(GRID.values()) | {"lost"}
    assert all(en and zh and en != zh for en, zh in SEGMENT_NAMES.values())
    assert len({zh for _, zh in SEGMENT_NAMES.values()}) == len(SEGMENTS)
    i18n.set_language("zh_CN")
    assert segment_name("cant_lose") == "不能流失客户"
    assert segment_name("unknown") == "unknown"


# The boundary customer, windows and churn factors from settings -------------------------------


def test_abc_customer_crossing_80_percent_stays_a(book: Book):
    ids = [
        book.customer(name, (10, amount))
        for name, amount in (("甲", 600), ("乙", 250), ("丙", 100), ("丁", 50))
    ]
    book.run()
    # Total 1,000. Before-shares 0 %, 60 % (乙 takes it to 85 %: it crosses 80 % but what is
    # ranked before it is below, so A), 85 % → B, 95 % (not < 95 %) → C.
    assert book.tiers(*ids) == ["A", "A", "B", "C"]


def test_windows_come_from_settings(book: Book):
    recent = book.customer("近期", (100, 300))
    older = book.customer("半年前", (200, 1000))
    book.put_setting("segment_windows", {"abc_months": 6, "rfm_months": 6})
    book.run()
    # A 6-month window is 182 days: the order 200 days ago no longer counts for either.
    assert book.tiers(recent, older) == ["A", "C"]
    assert (book.get(older).rfm_segment, book.get(older).revenue_12m) == ("lost", 0)
    book.put_setting("segment_windows", {"abc_months": 12, "rfm_months": 24})
    book.run()
    # Back to 12 months: 半年前 ranks first (0 % before), 近期 has 77 % before it: both A.
    assert book.tiers(recent, older) == ["A", "A"]
    assert book.get(older).revenue_12m == 1000


@pytest.mark.parametrize(("factor", "flagged"), [(2, True), (3, False)])
def test_churn_factors_come_from_settings(book: Book, factor: int, flagged: bool):
    # Orders 40 days apart, silent 100 days: beyond 2 × 40, within 3 × 40.
    rhythm = book.customer("节奏客户", *((100 + 40 * n, 100) for n in range(4)))
    # A C-tier prospect quiet 200 days: beyond 2 × 90, within 3 × 90.
    quiet = book.customer("C 类客户", contact_days=200)
    book.put_setting("churn_factors", {"order_gap": factor, "no_contact": factor})
    book.run()
    assert book.get(rhythm).churn_risk is flagged
    assert book.get(quiet).churn_risk is flagged


def test_malformed_windows_and_factors_fall_back(book: Book):
    older = book.customer("半年前", (200, 1000))
    book.put_setting("segment_windows", {"abc_months": 0, "rfm_months": "x"})
    book.put_setting("churn_factors", {"order_gap": -1, "no_contact": None})
    book.run()
    assert book.tiers(older) == ["A"]
