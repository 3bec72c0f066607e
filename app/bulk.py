"""Bulk inserts at close to raw sqlite3 speed, with the columns' own type conversions.

Core `insert()` with a list of dicts spends most of its time building per-row parameter
dictionaries; for the large paths (demo data, imports) we convert values column by column with
the dialect's bind processors and hand plain tuples to the driver's executemany.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Date, DateTime, Table

Processor = Callable[[Any], Any]
CHUNK = 5000  # ids per IN (...) list: well under SQLite's 32,766 bound parameters


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a bulk path builds millions of objects.

    Each full collection walks every object of the process: a third of a segment pass's run
    time, and in an import worker a pause the window would wait out. The bulk paths build no
    reference cycles; nested uses keep it paused to the end.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def chunked(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    """Yield consecutive slices of at most size items."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def datetime_text(value: datetime) -> str:
    """Return the exact text SQLAlchemy's SQLite DateTime writes, made by C code, not a format."""
    return value.isoformat(" ", "microseconds")


def _date_text(value: date) -> str:
    return value.isoformat()


def bind_converter(conn: Connection, table: Table, name: str) -> Processor | None:
    """Return what turns a column's Python value into the driver's (None: pass it as it is)."""
    column_type = table.c[name].type
    if conn.dialect.name == "sqlite":
        if isinstance(column_type, DateTime):
            return datetime_text
        if isinstance(column_type, Date):
            return _date_text
    return column_type._cached_bind_processor(conn.dialect)


def insert_rows(
    conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]], columns: Sequence[str]
) -> int:
    """Insert rows (mappings; keys missing from a row become NULL) and return how many."""
    if not rows:
        return 0
    converted = []
    for name in columns:
        values = [row.get(name) for row in rows]
        process = bind_converter(conn, table, name)
        if process is not None:
            values = [None if v is None else process(v) for v in values]
        converted.append(values)
    quoted = ", ".join(f'"{name}"' for name in columns)
    marks = ", ".join("?" for _ in columns)
    conn.exec_driver_sql(
        f'INSERT INTO "{table.name}" ({quoted}) VALUES ({marks})',
        list(zip(*converted, strict=True)),
    )
    return len(rows)
