"""The planner really uses the covering and partial indexes of migration 0011 (EXPLAIN QUERY PLAN)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import event, select

from app.customers.search import search_customers
from app.db import Database
from app.demo import generate
from app.models import Customer
from app.pipeline import BoardFilter, column_totals
from app.pipeline.board import close_months, owners
from app.segments import recompute, refresh_customers
from app.segments.writeback import _update_from_fresh

TODAY = date(2026, 12, 1)


@pytest.fixture
def book(db: Database) -> Database:
    generate(db, customers=300, seed=2, today=TODAY)  # ends with ANALYZE, as a real book has
    return db


def _plans(db: Database, work: Callable[[], object], marker: str) -> list[list[str]]:
    """Run work; return the query plan of each SELECT it sent that contains marker."""
    seen: list[tuple[str, object]] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:  # noqa: ANN001
        if not executemany and marker in statement:
            seen.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        work()
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    assert seen, f"no statement with {marker!r} ran"
    with db.engine.connect() as conn:
        raw = conn.connection.driver_connection
        return [[row[3] for row in raw.execute(f"EXPLAIN QUERY PLAN {s}", p)] for s, p in seen]


def test_board_totals_scan_the_open_deals_index_only(book: Database) -> None:
    # Unfiltered (migration 0014): the covering index alone, less the deleted customers' deals.
    with book.session() as s:
        plans = _plans(book, lambda: column_totals(s, BoardFilter()), "GROUP BY")
    whole, gone = plans
    assert whole == ["SCAN deal USING COVERING INDEX ix_deal_open_totals"], whole
    assert gone[0] == "SCAN customer USING INDEX ix_customer_gone", gone
    assert any("ix_deal_customer" in step for step in gone), gone
    # Filtered, every matching deal's customer is looked up in the live-customer index.
    with book.session() as s:
        (plan,) = _plans(
            book, lambda: column_totals(s, BoardFilter(owner="x")), "GROUP BY deal.stage_id"
        )
    assert any("INDEX ix_deal_open_totals" in step for step in plan), plan
    assert any("ix_customer_live" in step for step in plan), plan
    assert not any(step.startswith("SCAN customer") for step in plan), plan


def test_incremental_refresh_ranks_off_index_ranges(book: Database) -> None:
    with book.session() as s:
        cid = s.scalars(select(Customer.id).where(Customer.orders_24m > 0).limit(1)).one()
        (plan,) = _plans(book, lambda: refresh_customers(s, [cid], TODAY), "ix_customer_scored")
    # The book's revenue total is the one walk over all live customers, off a covering index;
    # every rank is a range of an index holding scored customers by that figure alone.
    scans = [step for step in plan if step.startswith("SCAN customer")]
    assert scans == ["SCAN customer USING COVERING INDEX ix_customer_rank"], plan
    searches = [step for step in plan if step.startswith("SEARCH customer")]
    for index, column in (
        ("recency", "last_order_date"),
        ("frequency", "orders_24m"),
        ("monetary", "revenue_24m"),
    ):
        ranges = [
            step
            for step in searches
            if step.startswith(f"SEARCH customer USING INDEX ix_customer_scored_{index} (")
        ]
        assert any(f"{column}<?" in step or f"{column}>?" in step for step in ranges), plan
        assert any(f"({column}=?)" in step for step in ranges), plan
    assert "SEARCH customer USING COVERING INDEX ix_customer_rank (revenue_12m>?)" in searches


def test_long_search_keys_go_through_the_trigram_index(book: Database) -> None:
    with book.session() as s:
        plans = _plans(book, lambda: search_customers(s, "有限公司"), "MATCH")
    assert any("customer_search VIRTUAL TABLE" in step for step in plans[0]), plans
    assert not any(step == "SCAN customer" for step in plans[0]), plans


def test_board_filter_choices_read_their_indexes_alone(book: Database) -> None:
    with book.session() as s:
        (owner_plan,) = _plans(book, lambda: owners(s), "deal.owner")
        (month_plan,) = _plans(book, lambda: close_months(s), "expected_close_date")
    assert any("COVERING INDEX ix_deal_owner" in step for step in owner_plan), owner_plan
    assert any("COVERING INDEX ix_deal_open_close" in step for step in month_plan), month_plan


def test_two_character_keys_read_the_vocabulary_and_the_tail_index(book: Database) -> None:
    with book.session() as s:
        plans = _plans(book, lambda: search_customers(s, "hz"), "customer_search_vocab")
    steps = [step for plan in plans for step in plan]
    assert any("customer_search_vocab VIRTUAL TABLE" in step for step in steps), steps
    assert any("ix_customer_search_tail" in step for step in steps), steps


def test_a_broad_key_walks_customers_best_first(book: Database, monkeypatch) -> None:
    import app.customers.search as search

    monkeypatch.setattr(search, "BROAD", 3)  # every key is broad on this small book
    with book.session() as s:
        plans = _plans(book, lambda: search_customers(s, "有限公司"), "ORDER BY")
    walks = [plan for plan in plans if any("ix_customer_search_order" in s for s in plan)]
    assert walks, plans
    assert not any("TEMP B-TREE" in step for plan in walks for step in plan), walks  # no sort


def test_a_broad_search_in_the_list_walks_the_sort_index(book: Database, monkeypatch) -> None:
    import app.customers.search as search
    from app.customers.listing import CustomerFilter, fetch_customers

    def page_plan(text: str) -> list[str]:
        with book.session() as s:
            flt = CustomerFilter(text=text)
            (plan,) = _plans(book, lambda: fetch_customers(s, flt), "ORDER BY customer.revenue")
        return plan

    narrow = page_plan("有限公司")  # ranked from its candidates, then sorted
    assert any("USING INTEGER PRIMARY KEY" in step for step in narrow), narrow
    monkeypatch.setattr(search, "LIST_BROAD", 3)  # every key is broad on this small book
    walked = page_plan("有限公司")
    assert any("INDEX ix_customer_list_revenue" in step for step in walked), walked
    assert not any("TEMP B-TREE" in step for step in walked), walked
    with book.session() as s:  # the same page either way
        broad = [row.id for row in fetch_customers(s, CustomerFilter(text="有限公司"))]
    monkeypatch.setattr(search, "LIST_BROAD", 10**9)
    with book.session() as s:
        assert [row.id for row in fetch_customers(s, CustomerFilter(text="有限公司"))] == broad


def test_card_offers_read_the_page_customers_by_primary_key(book: Database) -> None:
    from app.growth.suggestions import best_offers

    with book.session() as s:
        ids = list(s.scalars(select(Customer.id).limit(50)))
        (plan,) = _plans(book, lambda: best_offers(s, ids), "growth_suggestion.rank")
    assert any("sqlite_autoindex_growth_suggestion" in step for step in plan), plan
    assert not any("ix_growth_suggestion_list" in step for step in plan), plan


def test_full_segment_pass_reads_customers_in_table_order(book: Database) -> None:
    with book.session() as s:
        plans = _plans(book, lambda: recompute(s, TODAY), "ORDER BY customer.rowid")
    (plan,) = plans
    # A plain scan: walking ix_customer_live (by uuid) would fetch every row at random.
    assert "SCAN customer" in plan, plan
    assert not any("USING TEMP B-TREE" in step for step in plan), plan
    assert any("SEARCH activity USING INDEX ix_activity_live" in step for step in plan), plan


def test_full_segment_pass_reads_names_off_a_covering_index(book: Database) -> None:
    # The ABC ranking's tie-break names: a narrow index of live customers, not the wide rows.
    with book.session() as s:
        plans = _plans(book, lambda: recompute(s, TODAY), "SELECT customer.id, customer.name")
    assert [step for plan in plans for step in plan] == [
        "SCAN customer USING COVERING INDEX ix_customer_rank"
    ], plans


def test_segment_write_back_seeks_each_customer_by_rowid(book: Database) -> None:
    names = ("revenue_12m", "tier")
    with book.engine.connect() as conn:
        raw = conn.connection.driver_connection
        raw.execute("CREATE TEMP TABLE segment_fresh (revenue_12m, tier, rid INTEGER PRIMARY KEY)")
        sql = _update_from_fresh(names)
        plan = [row[3] for row in raw.execute(f"EXPLAIN QUERY PLAN {sql}")]
        raw.execute("DROP TABLE temp.segment_fresh")
    assert "SEARCH customer USING INTEGER PRIMARY KEY (rowid=?)" in plan, plan
    assert not any(step.startswith("SCAN customer") for step in plan), plan


def test_close_months_keep_their_index_under_sampled_statistics(book: Database) -> None:
    # A 100k book's statistics as ANALYZE with analysis_limit gathers them: the status index
    # looks selective, and unpinned the planner read every open deal's row (250–500 ms cold).
    with book.engine.begin() as conn:
        for index, stat in (
            ("ix_deal_board", "58520 1001 1001 1"),
            ("ix_deal_open_close", "30576 91 91 91"),
        ):
            conn.exec_driver_sql(
                "UPDATE sqlite_stat1 SET stat = ? WHERE tbl = 'deal' AND idx = ?", (stat, index)
            )
    book.engine.dispose()  # new connections load the statistics
    with book.session() as s:
        (month_plan,) = _plans(book, lambda: close_months(s), "expected_close_date")
    assert any("COVERING INDEX ix_deal_open_close" in step for step in month_plan), month_plan


def test_calendar_day_counts_read_the_live_visit_index_alone(book: Database) -> None:
    from app.visits.agenda import day_counts

    with book.session() as s:
        (plan,) = _plans(
            book, lambda: day_counts(s, date(2026, 11, 23), date(2027, 1, 3)), "GROUP BY"
        )
    assert plan == [
        "SEARCH visit_plan USING INDEX ix_visit_live_due (status=? AND due_date>? AND due_date<?)"
    ], plan
