"""Benchmark: ABC + RFM + churn recompute over 100k customers / 300k orders / 1M activities.

Run as `python tests/bench/bench_segments.py [--customers N] [--keep DIR]`. It builds the data set
with raw executemany in a temporary folder (deterministic generator), then times
`app.segments.recompute` twice — the first run writes every customer, the second finds nothing
changed — against a baseline measured in the same run: one plain
`SELECT customer_id, SUM(amount) FROM sales_order GROUP BY customer_id`.
SPEC §12 target: recompute < 2 s.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.db import open_database  # noqa: E402
from app.segments import recompute  # noqa: E402

TODAY = date(2025, 6, 30)
TARGET_S = 2.0
COMPLAINT_STEPS = ("listen", "apologise", "confirm", "resolve", "follow_up", "closed")
CHANNELS = ("phone", "email", "wechat", "visit", "meeting", "event")


def _stamp(moment: datetime) -> str:
    # SQLAlchemy's SQLite DateTime storage format.
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def _ids(rng: random.Random, count: int) -> list[str]:
    return [str(uuid.UUID(int=rng.getrandbits(128), version=4)) for _ in range(count)]


def build(path: Path, customers: int, seed: int = 7) -> dict[str, int]:
    """Create a migrated database at path and fill it with a deterministic large book."""
    open_database(path).close()
    rng = random.Random(seed)
    orders = customers * 3
    activities = customers * 10
    complaints = customers // 20
    start = datetime.combine(TODAY, datetime.min.time())
    customer_ids = _ids(rng, customers)

    customer_rows = []
    for i, cid in enumerate(customer_ids):
        created = start - timedelta(days=rng.randint(30, 1500), seconds=rng.randint(0, 86399))
        deleted = _stamp(start) if i % 100 == 99 else None
        override = "A" if i % 97 == 0 else None
        customer_rows.append(
            (cid, f"客户{i:06d}", "C", override, 0, 0, "", "", _stamp(created), _stamp(created), deleted)
        )

    # Revenue is heavy-tailed (a few big accounts), order counts skew towards active customers.
    weights = [rng.paretovariate(1.2) for _ in range(customers)]
    buyers = rng.choices(range(customers), weights=weights, k=orders)
    order_rows = []
    for n, who in enumerate(buyers):
        day = TODAY - timedelta(days=int(rng.triangular(0, 1100, 0)))
        cents = int(weights[who] * rng.uniform(2_000, 20_000)) * 100
        deleted = _stamp(start) if n % 200 == 199 else None
        order_rows.append((_ids(rng, 1)[0], customer_ids[who], day.isoformat(), cents, "CNY",
                           _stamp(start), _stamp(start), deleted))

    contacted = rng.choices(range(customers), weights=weights, k=activities)
    activity_rows = []
    for n, who in enumerate(contacted):
        moment = start - timedelta(days=rng.randint(0, 900), seconds=rng.randint(0, 86399))
        deleted = _stamp(start) if n % 250 == 249 else None
        activity_rows.append((_ids(rng, 1)[0], customer_ids[who], _stamp(moment),
                              CHANNELS[n % len(CHANNELS)], "call", "", _stamp(moment),
                              _stamp(moment), deleted))

    complaint_rows = []
    for n in range(complaints):
        received = start - timedelta(days=rng.randint(0, 400))
        promised = received + timedelta(days=rng.randint(1, 30))
        step = COMPLAINT_STEPS[n % len(COMPLAINT_STEPS)]
        complaint_rows.append((_ids(rng, 1)[0], customer_ids[rng.randrange(customers)],
                               _stamp(received), "", "medium", step, _stamp(promised),
                               _stamp(received), _stamp(received)))

    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA synchronous=OFF")
        conn.executemany(
            "INSERT INTO customer (id, name, tier, tier_override, churn_risk, revenue_12m,"
            " search_text, name_key, created_at, updated_at, deleted_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?)", customer_rows)
        conn.executemany(
            "INSERT INTO sales_order (id, customer_id, order_date, amount, currency, created_at,"
            " updated_at, deleted_at) VALUES (?,?,?,?,?,?,?,?)", order_rows)
        conn.executemany(
            "INSERT INTO activity (id, customer_id, occurred_at, channel, kind, summary,"
            " created_at, updated_at, deleted_at) VALUES (?,?,?,?,?,?,?,?,?)", activity_rows)
        conn.executemany(
            "INSERT INTO complaint (id, customer_id, received_at, description, severity, step,"
            " promised_at, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)", complaint_rows)
        conn.execute("ANALYZE")
    return {"customers": customers, "orders": orders, "activities": activities,
            "complaints": complaints}


def baseline(path: Path) -> float:
    """Time one plain revenue GROUP BY over the same orders, in seconds."""
    with sqlite3.connect(path) as conn:
        began = time.perf_counter()
        conn.execute("SELECT customer_id, SUM(amount) FROM sales_order GROUP BY customer_id").fetchall()
        return time.perf_counter() - began


def timed_recompute(path: Path) -> tuple[float, int]:
    """Run recompute in its own transaction; return seconds and rows written."""
    database = open_database(path)
    try:
        began = time.perf_counter()
        with database.session.begin() as session:
            result = recompute(session, TODAY)
        return time.perf_counter() - began, result.changed
    finally:
        database.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="build the database in this folder and keep it")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "bench_segments.sqlite"
        path.unlink(missing_ok=True)
        began = time.perf_counter()
        sizes = build(path, args.customers)
        print(f"built {sizes} in {time.perf_counter() - began:.1f} s")

        base = baseline(path)
        first, first_changed = timed_recompute(path)
        second, second_changed = timed_recompute(path)
        print(f"baseline SELECT customer_id, SUM(amount) GROUP BY: {base * 1000:7.0f} ms")
        print(f"recompute, first run  ({first_changed:>6} rows written): {first * 1000:7.0f} ms"
              f"  = {first / base:5.1f}x baseline")
        print(f"recompute, second run ({second_changed:>6} rows written): {second * 1000:7.0f} ms"
              f"  = {second / base:5.1f}x baseline")
        verdict = "met" if max(first, second) < TARGET_S else "MISSED"
        print(f"target < {TARGET_S:.0f} s: {verdict}")


if __name__ == "__main__":
    main()
