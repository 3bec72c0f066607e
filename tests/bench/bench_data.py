"""The SPEC §12 data set for tests/bench/run.py, built once with the demo generator and cached.

Run alone to build it: python tests/bench/bench_data.py [--scale F]. The cache key is the
customer count, the seed and the generator's "today". The cached book is never written after it
is built: the benchmarks work on copies, which open_database upgrades (several branches with
different migrations can share one cache).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

FULL_CUSTOMERS = 100_000  # with the demo generator: ~150k contacts, ~50k deals, ~1M activities
SEED = 1
TODAY = date(2026, 12, 1)
CACHE = Path(os.environ.get("REPBOOK_BENCH_CACHE", Path.home() / ".cache" / "repbook-bench"))


def customers_for(scale: float) -> int:
    """Customers in a data set of this scale (1.0 = SPEC §12, at least 50)."""
    return max(50, round(FULL_CUSTOMERS * scale))


def cached_book(scale: float, log=print) -> Path:
    """Return the path of the cached demo book for this scale, building it when missing."""
    from app.db import open_database

    customers = customers_for(scale)
    path = CACHE / f"demo-c{customers}-s{SEED}-{TODAY.isoformat()}.sqlite"
    if path.exists():
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".building")
    for leftover in CACHE.glob(partial.name + "*"):
        leftover.unlink()
    from app.demo import generate

    started = time.perf_counter()
    db = open_database(partial)
    generate(db, customers=customers, seed=SEED, today=TODAY)
    db.close()
    _checkpoint(partial)
    partial.rename(path)
    for leftover in CACHE.glob(partial.name + "-*"):
        leftover.unlink()
    log(f"built {describe(path)} in {time.perf_counter() - started:.0f} s")
    return path


def _checkpoint(path: Path) -> None:
    with sqlite3.connect(path) as conn:  # a copy of the main file alone is then the whole book
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def describe(path: Path) -> str:
    """Count the rows of the big tables, for the log."""
    with sqlite3.connect(path) as conn:
        counts = {
            table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("customer", "contact", "deal", "activity", "sales_order")
        }
        counts["open deals"] = conn.execute(
            "SELECT count(*) FROM deal WHERE status = 'open' AND deleted_at IS NULL"
        ).fetchone()[0]
    return ", ".join(f"{v:,} {k}" for k, v in counts.items())


def working_copy(book: Path, folder: Path, name: str = "book.sqlite") -> Path:
    """Copy the cached book (no -wal left behind) into folder for one measurement."""
    target = folder / name
    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    shutil.copyfile(book, target)
    # On disk before the measurement: a rep's book is not a gigabyte still being written back.
    os.sync()
    return target


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args()
    book = cached_book(args.scale)
    print(book, describe(book))
