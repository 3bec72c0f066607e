"""Write a segmentation pass's changed cached values back to customer rows, cheaply.

Six indexes cover the cached columns (tiers, revenue, rank, segment, last contact), and SQLite
rewrites every index naming a column in the SET list even when the value is unchanged. So each
row sets only the columns that changed: rows are grouped by which columns changed, one
statement per group. A large group goes through a temporary table and one UPDATE, which costs
about half of as many single-row executions (the customer list's tier index is on an
expression SQLite evaluates with more setup per statement). Measured on the 100k-customer
bench book, every revenue_12m stale, CPU seconds: executemany of all twelve columns 3.5, of
revenue_12m alone 2.2, one UPDATE of it 1.9, the same with its three indexes built again
afterwards 0.35 + 0.5.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from operator import itemgetter, ne

from sqlalchemy import Connection

# The cached columns, in the order a pass builds their new values.
CACHED_ATTRS = (
    "tier",
    "rfm_r",
    "rfm_f",
    "rfm_m",
    "rfm_segment",
    "churn_risk",
    "churn_reason",
    "revenue_12m",
    "last_order_date",
    "last_contact_at",
    "orders_24m",
    "revenue_24m",
)
# Up to this many rows with the same changed columns, executemany beats filling a table.
ROWS_PER_STATEMENT_ABOVE = 200
_FRESH = "temp.segment_fresh"
# Indexes on a column more than this share of the book rewrites are built again afterwards.
REBUILD_SHARE = 0.5
REBUILD_ABOVE_ROWS = 10_000  # below it, keeping them in step costs less than schema work
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")

Changed = tuple[bool, ...]


def changed_columns(new: Sequence[object], old: Sequence[object]) -> Changed:
    """Flag, per cached column, whether its new value differs from the stored one."""
    return tuple(map(ne, new, old))


def write_changes(
    conn: Connection, changes: Sequence[tuple[Changed, Sequence[object], int]], live_rows: int
) -> None:
    """Write (changed flags, new values, rowid) rows, setting only the changed columns."""
    groups: dict[Changed, list[tuple[object, ...]]] = defaultdict(list)
    for changed, new, rowid in changes:
        groups[changed].append((*_picker(changed)(new), rowid))
    with _indexes_set_aside(conn, groups, live_rows):
        for changed, rows in groups.items():
            names = tuple(name for name, c in zip(CACHED_ATTRS, changed, strict=True) if c)
            if len(rows) > ROWS_PER_STATEMENT_ABOVE:
                _update_from_table(conn, names, rows)
            else:
                conn.exec_driver_sql(_update_by_rowid(names), rows)


@contextmanager
def _indexes_set_aside(
    conn: Connection, groups: dict[Changed, list[tuple[object, ...]]], live_rows: int
) -> Iterator[None]:
    # When most of the book changes a column (the first pass after an import, new ABC
    # thresholds, every figure stale), keeping each index on it in step row by row costs
    # 0.3–0.5 s per index per 100k rows; building it again from the table costs 0.1–0.2 s.
    # So those indexes are dropped and created again from their own stored definitions, in
    # the caller's transaction: other connections see either the old or the new state.
    rewritten = dict.fromkeys(CACHED_ATTRS, 0)
    for changed, rows in groups.items():
        for name, c in zip(CACHED_ATTRS, changed, strict=True):
            rewritten[name] += len(rows) if c else 0
    heavy = {name for name, count in rewritten.items() if count > REBUILD_SHARE * live_rows}
    if not heavy or live_rows < REBUILD_ABOVE_ROWS:
        yield
        return
    indexes = [
        (name, sql)
        for name, sql in conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master"
            " WHERE type = 'index' AND tbl_name = 'customer' AND sql IS NOT NULL"
        )
        if heavy & set(_WORD.findall(sql.split(" ON ", 1)[-1]))
    ]
    stats = _saved_stats(conn, [name for name, _ in indexes])
    for name, _ in indexes:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    for _, sql in indexes:
        conn.exec_driver_sql(sql)
    if stats:
        # DROP INDEX deleted their planner statistics: put the same ones back and have
        # SQLite read them again, so no plan changes because of the rebuild.
        conn.exec_driver_sql("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)", stats)
        conn.exec_driver_sql("ANALYZE sqlite_master")


def _saved_stats(conn: Connection, names: list[str]) -> list[tuple[object, ...]]:
    has_stats = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'"
    ).first()
    if not has_stats or not names:
        return []
    marks = ", ".join("?" * len(names))
    query = f"SELECT tbl, idx, stat FROM sqlite_stat1 WHERE idx IN ({marks})"
    return [tuple(row) for row in conn.exec_driver_sql(query, tuple(names))]


@cache
def _picker(changed: Changed) -> Callable[[Sequence[object]], tuple[object, ...]]:
    # itemgetter with one index returns the item itself, not a 1-tuple.
    indexes = [i for i, c in enumerate(changed) if c]
    if len(indexes) == 1:
        (index,) = indexes
        return lambda values: (values[index],)
    return itemgetter(*indexes)


@cache
def _update_by_rowid(names: tuple[str, ...]) -> str:
    # A bare statement carries no column defaults, so updated_at keeps its value: these are
    # derived values every copy recomputes, not edits CSV sync should carry. Raw ISO text and
    # integer cents go straight in, matching what was read.
    return f"UPDATE customer SET {', '.join(f'{n} = ?' for n in names)} WHERE rowid = ?"


@cache
def _update_from_fresh(names: tuple[str, ...]) -> str:
    # The IN list makes the planner walk the new rows and seek each customer by rowid; an
    # UPDATE … FROM would scan the whole customer table even for a group of 300.
    columns = ", ".join(names)
    fresh = ", ".join(f"f.{n}" for n in names)
    return (
        f"UPDATE customer SET ({columns}) = (SELECT {fresh} FROM {_FRESH} AS f"
        f" WHERE f.rid = customer.rowid) WHERE customer.rowid IN (SELECT rid FROM {_FRESH})"
    )


def _update_from_table(
    conn: Connection, names: tuple[str, ...], rows: list[tuple[object, ...]]
) -> None:
    # Rows come in rowid order (the pass scans the table in it), so the UPDATE walks the
    # customer table once from start to end. The temporary table lives and dies inside the
    # caller's transaction.
    columns = ", ".join(names)
    conn.exec_driver_sql(f"CREATE TEMP TABLE segment_fresh ({columns}, rid INTEGER PRIMARY KEY)")
    try:
        marks = ", ".join("?" * (len(names) + 1))
        conn.exec_driver_sql(f"INSERT INTO {_FRESH} VALUES ({marks})", rows)
        conn.exec_driver_sql(_update_from_fresh(names))
    finally:
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {_FRESH}")
