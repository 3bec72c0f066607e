"""Benchmark: the customer grid's pages (every sort, filters, search) over 100k customers.

Run as `python tests/bench/bench_customer_list.py [--customers N] [--keep DIR]`. It builds the
book of bench_segments (deterministic, raw executemany), refreshes the derived figures once,
then times the first page and four keyset pages after it for every sort, the count, a few
filters and the filter choices, and prints SQLite's plan of the paged queries. A page is what
scrolling asks for: it must stay well under the 100 ms a GUI thread may stall (SPEC §12).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import datetime
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_segments import TODAY, build  # noqa: E402

from app.customers.listing import (  # noqa: E402
    SORTS,
    CustomerFilter,
    count_listed,
    fetch_customers,
    filter_choices,
    list_query,
)
from app.db import open_database  # noqa: E402
from app.derived import refresh_all, refresh_search_text  # noqa: E402
from app.models import Customer  # noqa: E402

NOW = datetime(TODAY.year, TODAY.month, TODAY.day, 12)
BUDGET_MS = 100


def _ms(work) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    work()
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"bench_customer_list_{args.customers}.sqlite"
        if not path.exists():
            build(path, args.customers)
            db = open_database(path)
            with db.write() as session:
                refresh_all(session, TODAY)
                ids = list(
                    session.scalars(Customer.__table__.select().with_only_columns(Customer.id))
                )
                refresh_search_text(session.connection(), ids)
            db.close()
        db = open_database(path)
        worst = 0.0
        with db.session() as session:
            print(f"{'query':44}{'first ms':>10}{'next ms':>10}")
            cases = [
                (f"sort {s}:{d}", CustomerFilter(), f"{s}:{d}")
                for s in SORTS
                for d in ("asc", "desc")
            ]
            cases += [
                ("tier A, by revenue", CustomerFilter(tier="A"), "revenue"),
                ("at risk, by revenue", CustomerFilter(at_risk=True), "revenue"),
                ("stale, by name", CustomerFilter(stale_only=True), "name"),
                ("search 'hz', by revenue", CustomerFilter(text="hz"), "revenue"),
            ]
            for label, flt, sort in cases:
                first = _ms(partial(fetch_customers, session, flt, sort, now=NOW))
                page = fetch_customers(session, flt, sort, now=NOW)
                nexts = []
                for _ in range(4):
                    if not page:
                        break
                    fetch = partial(fetch_customers, session, flt, sort, after=page[-1], now=NOW)
                    nexts.append(_ms(fetch))
                    page = fetch()
                following = statistics.median(nexts) if nexts else 0.0
                worst = max(worst, first, following)
                print(f"{label:44}{first:10.1f}{following:10.1f}")
            for label, flt in (
                ("count, all", CustomerFilter()),
                ("count, tier A", CustomerFilter(tier="A")),
            ):
                print(f"{label:44}{_ms(partial(count_listed, session, flt, NOW)):10.1f}")
            print(f"{'filter choices':44}{_ms(lambda: filter_choices(session)):10.1f}")
            for sort in ("revenue", "name", "last_contact"):
                sql = str(
                    list_query(CustomerFilter(), sort, NOW)
                    .limit(100)
                    .compile(compile_kwargs={"literal_binds": True})
                )
                plan = session.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + sql).all()
                print(f"plan {sort}: " + " | ".join(row[-1] for row in plan))
        db.close()
        print(
            f"slowest page {worst:.1f} ms: {'within' if worst < BUDGET_MS else 'OVER'} {BUDGET_MS} ms"
        )


if __name__ == "__main__":
    main()
