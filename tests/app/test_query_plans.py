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
from app.segments import refresh_customers

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


def test_incremental_refresh_ranks_against_the_covering_index(book: Database) -> None:
    with book.session() as s:
        cid = s.scalars(select(Customer.id).limit(1)).one()
        plans = _plans(book, lambda: refresh_customers(s, [cid], TODAY), "NOT IN")
    assert any("COVERING INDEX ix_customer_rank" in step for plan in plans for step in plan)
    assert not any(step == "SCAN customer" for plan in plans for step in plan), plans


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
