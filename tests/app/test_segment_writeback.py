"""The fast full pass writes the same figures as a plain row-by-row rewrite, whatever path it takes.

Paths: executemany of only the changed columns, one UPDATE through a temporary table, and the
same with the rewritten columns' indexes dropped and built again (schema and planner
statistics must come back exactly). The order-gap rule in integers matches the Fraction one.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from fractions import Fraction
from operator import sub

import pytest
from sqlalchemy import Connection, event

from app.db import Database
from app.demo import generate
from app.segments import churn, recompute, refresh_customers
from app.segments import writeback as wb
from app.segments.refresh import order_gap_reason
from app.segments.rules import median

TODAY = date(2026, 12, 1)
COLUMNS = ", ".join(wb.CACHED_ATTRS)
# Stale figures of several kinds, so rows differ in which columns change.
STALE = (
    "UPDATE customer SET revenue_12m = -1",
    "UPDATE customer SET tier = 'A', rfm_segment = NULL WHERE rowid % 7 = 0",
    "UPDATE customer SET last_contact_at = NULL, churn_reason = 'x' WHERE rowid % 11 = 0",
    "UPDATE customer SET rfm_r = 9, orders_24m = 99 WHERE rowid % 5 = 0",
)


@pytest.fixture
def book(db: Database) -> Database:
    generate(db, customers=300, seed=3, today=TODAY)  # ends with ANALYZE
    return db


def _schema(conn: Connection) -> list[tuple[object, ...]]:
    rows = conn.exec_driver_sql(
        "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
    ).fetchall()
    stats = conn.exec_driver_sql("SELECT * FROM sqlite_stat1 ORDER BY tbl, idx").fetchall()
    return [tuple(row) for row in rows + stats]


def _cached(conn: Connection) -> list[tuple[object, ...]]:
    query = f"SELECT id, {COLUMNS}, updated_at FROM customer ORDER BY id"
    return [tuple(row) for row in conn.exec_driver_sql(query)]


def _pass(db: Database, monkeypatch: pytest.MonkeyPatch, **knobs: float) -> tuple[list, list]:
    """Stale the book, run a full pass with these writeback settings; return rows and schema."""
    for name, value in knobs.items():
        monkeypatch.setattr(wb, name, value)
    with db.session() as s:
        s.begin()
        conn = s.connection()
        before = _schema(conn)
        for statement in STALE:
            conn.exec_driver_sql(statement)
        result = recompute(s, TODAY)
        assert result.changed == result.customers == 300
        assert recompute(s, TODAY).changed == 0
        rows, after = _cached(conn), _schema(conn)
        s.rollback()
    monkeypatch.undo()
    assert after == before  # indexes, triggers and statistics as they were
    return rows, after


def _full_rewrite(db: Database) -> list[tuple[object, ...]]:
    """The old write-back: every column of every changed row, one UPDATE per row."""

    def write_all(conn: Connection, changes, live_rows: int) -> None:  # noqa: ANN001
        sql = (
            f"UPDATE customer SET {', '.join(f'{n} = ?' for n in wb.CACHED_ATTRS)} WHERE rowid = ?"
        )
        conn.exec_driver_sql(sql, [(*new, rowid) for _, new, rowid in changes])

    with db.session() as s, pytest.MonkeyPatch.context() as patch:
        patch.setattr("app.segments.refresh.write_changes", write_all)
        s.begin()
        conn = s.connection()
        for statement in STALE:
            conn.exec_driver_sql(statement)
        recompute(s, TODAY)
        rows = _cached(conn)
        s.rollback()
    return rows


def test_every_write_path_leaves_the_figures_of_a_full_rewrite(
    book: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = _full_rewrite(book)
    by_row, _ = _pass(book, monkeypatch, ROWS_PER_STATEMENT_ABOVE=10**9)
    by_table, _ = _pass(book, monkeypatch, ROWS_PER_STATEMENT_ABOVE=0)
    rebuilt, _ = _pass(
        book, monkeypatch, ROWS_PER_STATEMENT_ABOVE=0, REBUILD_ABOVE_ROWS=0, REBUILD_SHARE=0.05
    )
    assert by_row == expected
    assert by_table == expected
    assert rebuilt == expected


def test_rebuild_drops_only_indexes_on_heavily_rewritten_columns(
    book: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    dropped: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:  # noqa: ANN001
        if statement.startswith("DROP INDEX"):
            dropped.append(statement.split('"')[1])

    event.listen(book.engine, "before_cursor_execute", record)
    try:
        _pass(book, monkeypatch, REBUILD_ABOVE_ROWS=0, REBUILD_SHARE=0.5)
    finally:
        event.remove(book.engine, "before_cursor_execute", record)
    # Only revenue_12m changed on more than half the rows.
    assert sorted(dropped) == [
        "ix_customer_list_revenue",
        "ix_customer_list_tier",
        "ix_customer_rank",
        "ix_customer_search_order",
    ]


def test_a_small_refresh_never_rebuilds(book: Database) -> None:
    statements: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:  # noqa: ANN001
        statements.append(statement)

    with book.session.begin() as s:
        ids = [row[0] for row in s.connection().exec_driver_sql("SELECT id FROM customer LIMIT 3")]
        s.connection().exec_driver_sql("UPDATE customer SET revenue_12m = -1")
        event.listen(book.engine, "before_cursor_execute", record)
        try:
            assert refresh_customers(s, ids, TODAY).changed == 3
        finally:
            event.remove(book.engine, "before_cursor_execute", record)
    assert not any(sql.startswith(("DROP", "CREATE")) for sql in statements)


def _old_order_gap(last_order: str, order_dates: str, today: date, factor: Fraction) -> str:
    days = sorted({date.fromisoformat(d).toordinal() for d in order_dates.split(",")})
    if len(days) < 2:
        return ""
    usual = median(list(map(sub, days[1:], days)))
    silence = today.toordinal() - days[-1]
    return churn.order_gap(last_order, usual) if silence > factor * Fraction(usual) else ""


def test_order_gap_in_integers_matches_the_fraction_rule() -> None:
    rnd = random.Random(5)
    factors = [Fraction(2), Fraction(3, 2), Fraction(5, 2), Fraction(7, 3), Fraction(10)]
    for _ in range(3000):
        count = rnd.randint(1, 9)
        dates = [TODAY - timedelta(days=rnd.randint(0, 800)) for _ in range(count)]
        dates += rnd.sample(dates, rnd.randint(0, count))  # same-day orders
        text = ",".join(d.isoformat() for d in dates)
        last = max(dates).isoformat()
        factor = rnd.choice(factors)
        assert order_gap_reason(last, text, TODAY, factor) == _old_order_gap(
            last, text, TODAY, factor
        ), (text, factor)
