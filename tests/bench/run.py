"""One benchmark run for SPEC §12: every figure against a baseline measured in the same run.

Run: nice -n 10 python tests/bench/run.py [--quick | --scale F] [--keep-cache]
The data set (100k customers × --scale, demo-width rows from app.demo) is built once and cached
under ~/.cache/repbook-bench (REPBOOK_BENCH_CACHE). --quick is --scale 0.1. Every measurement
works on a fresh copy of the cached book. The last line printed is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(ROOT), str(HERE)]

import bench_data  # noqa: E402
from bench_data import TODAY, cached_book, describe, working_copy  # noqa: E402
from bench_sheet import measure_sheet  # noqa: E402

KEYS = (
    "import_ratio",
    "import_rows_per_s",
    "kanban_first_paint_ms",
    "card_move_ms",
    "search_median_ms",
    "search_p95_ms",
    "segment_s",
    "segment_incremental_ms",
    "startup_s",
    "startup_cold_s",
    "peak_rss_mb",
    "scale",
)
TARGETS = {
    "import_ratio": 3,
    "kanban_first_paint_ms": 300,
    "card_move_ms": 30,
    "search_p95_ms": 20,
    "segment_s": 1,
    "segment_incremental_ms": 50,
    "startup_s": 1.5,
    "startup_cold_s": 2.5,
    "peak_rss_mb": 400,
}


def log(message: str) -> None:
    print(message, flush=True)


def raw_pragmas(conn: sqlite3.Connection, cache_kib: int) -> None:
    """The pragmas app.sqlite gives every connection, for the baselines."""
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute(f"PRAGMA cache_size={cache_kib}")


def measure_import(book: Path, folder: Path, rows: int) -> dict[str, float]:
    """Import an activities CSV of `rows` rows; baseline: executemany of the rows it wrote."""
    from bench_import import write_activities

    from app.db import open_database
    from app.sqlite import BULK_CACHE_KIB
    from app.sync.bundle import import_path

    target = working_copy(book, folder, "import.sqlite")
    before = working_copy(book, folder, "import-before.sqlite")
    with sqlite3.connect(target) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM customer WHERE deleted_at IS NULL")]
        known = {r[0] for r in conn.execute("SELECT id FROM activity")}
    source = folder / "跟进记录.csv"
    write_activities(source, sorted(names), rows, random.Random(7))
    db = open_database(target)
    started = time.perf_counter()
    result = import_path(db, source)
    elapsed = time.perf_counter() - started
    db.close()
    with sqlite3.connect(target) as new:
        cursor = new.execute("SELECT * FROM activity")
        columns = [d[0] for d in cursor.description]
        id_at = columns.index("id")
        written = [row for row in cursor if row[id_at] not in known]
    raw = sqlite3.connect(before, isolation_level=None)
    raw_pragmas(raw, BULK_CACHE_KIB)  # the import runs under app.sqlite.bulk_work's cache
    marks = ",".join("?" * len(columns))
    started = time.perf_counter()
    raw.execute("BEGIN")
    raw.executemany(f"INSERT INTO activity ({','.join(columns)}) VALUES ({marks})", written)
    raw.execute("COMMIT")
    baseline = time.perf_counter() - started
    raw.close()
    log(
        f"import: {rows:,} rows, {result.created:,} created, {result.rejected} rejected: "
        f"{elapsed:.2f} s; raw executemany of the {len(written):,} rows {baseline:.2f} s"
    )
    for path in (target, before, source):
        path.unlink()
    return {"import_ratio": elapsed / baseline, "import_rows_per_s": len(written) / elapsed}


def measure_board_apart(book: Path, folder: Path) -> dict[str, float]:
    """measure_board in a process of its own, as a rep's RepBook opens its first board.

    By the board step this process holds the import steps' heap (≈ 1.7 GB at full scale); its
    first board took 798 ms here against 149 ms in a fresh process.
    """
    child = subprocess.run(
        [sys.executable, str(HERE / "run.py"), "--board-only", str(book), str(folder)],
        capture_output=True,
        text=True,
        timeout=900,
        env=app_env(),
        check=False,
    )
    lines = child.stdout.splitlines()
    if child.returncode or not lines:
        raise RuntimeError(f"the board child failed ({child.returncode}): {child.stderr[-300:]}")
    for line in lines[:-1]:
        log(line)
    return json.loads(lines[-1])


def measure_board(book: Path, folder: Path) -> dict[str, float]:
    """First paint of the board and card moves (bench_pipeline.measure, offscreen Qt)."""
    from bench_pipeline import measure
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from app.db import open_database

    app = QApplication.instance() or QApplication([])
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    path = working_copy(book, folder, "board.sqlite")
    with sqlite3.connect(path) as conn:  # the moved cards need not carry a contact and a need
        conn.execute("UPDATE stage SET required_fields = '[]' WHERE position = 1")
        leads = conn.execute(
            "SELECT count(*) FROM deal JOIN stage ON stage.id = deal.stage_id"
            " WHERE stage.position = 0 AND deal.status = 'open' AND deal.deleted_at IS NULL"
        ).fetchone()[0]
    db = open_database(path)
    figures = measure(app, db, str(folder), max(1, min(20, leads // 2 - 1)))
    db.close()
    log(
        "board: SQL alone {sql:.1f} ms; first board of the process {cold:.1f} ms, later boards "
        "{paint:.1f} ms; move transaction alone {commit:.1f} ms, card move {move:.1f} ms".format(
            **figures
        )
    )
    return {
        "kanban_first_paint_ms": max(figures["cold"], figures["paint"]),
        "card_move_ms": figures["move"],
    }


def search_queries(db_path: Path, count: int = 100) -> list[tuple[str, str]]:
    """Queries of five kinds drawn from the book: name part, initials, pinyin, phone, contact."""
    rng = random.Random(11)
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute(
            "SELECT name, search_text, phone FROM customer WHERE deleted_at IS NULL"
        ).fetchall()
        people = [
            r[0]
            for r in conn.execute("SELECT name FROM contact WHERE deleted_at IS NULL LIMIT 5000")
        ]
        phones = [r[0] for r in conn.execute("SELECT phone FROM contact WHERE phone IS NOT NULL")]
    queries: list[tuple[str, str]] = []
    while len(queries) < count:
        name, text, _ = rng.choice(rows)
        parts = text.split("\x1f")
        kind = ("substring", "initials", "pinyin", "phone", "contact")[len(queries) % 5]
        if kind == "substring":
            start = rng.randrange(max(1, len(name) - 3))
            query = name[start : start + rng.choice((2, 3, 4))]
        elif kind == "initials":
            query = parts[2][: rng.choice((2, 3, 4))] if len(parts) > 2 else parts[0]
        elif kind == "pinyin":
            full = parts[1] if len(parts) > 1 else parts[0]
            start = rng.randrange(max(1, len(full) - 8))
            query = full[start : start + rng.randrange(4, 9)]
        elif kind == "phone":
            digits = "".join(ch for ch in rng.choice(phones) if ch.isdigit())
            query = digits[-rng.choice((4, 6, 8)) :]
        else:
            query = rng.choice(people)
        queries.append((kind, query))
    return queries


def measure_search(book: Path, folder: Path) -> dict[str, float]:
    """search_customers over 100 queries; baseline: one raw LIKE scan of search_text."""
    from app.customers.search import search_customers
    from app.db import open_database
    from app.sqlite import CACHE_KIB

    path = working_copy(book, folder, "search.sqlite")
    queries = search_queries(path)
    db = open_database(path)
    with db.session() as session:
        for _, query in queries[:5]:
            search_customers(session, query)  # warm the page cache as a session would be
        times, by_kind = [], {}
        for kind, query in queries:
            started = time.perf_counter()
            search_customers(session, query)
            spent = (time.perf_counter() - started) * 1000
            times.append(spent)
            by_kind.setdefault(kind, []).append(spent)
    db.close()
    raw = sqlite3.connect(path)
    raw_pragmas(raw, CACHE_KIB)
    scans = []
    for _, query in queries[:10]:
        started = time.perf_counter()
        raw.execute("SELECT count(*) FROM customer WHERE search_text LIKE ?", (f"%{query}%",))
        scans.append((time.perf_counter() - started) * 1000)
    raw.close()
    times.sort()
    p95 = times[int(len(times) * 0.95) - 1]
    kinds = ", ".join(f"{k} {statistics.median(v):.1f}/{max(v):.1f}" for k, v in by_kind.items())
    log(
        f"search: median {statistics.median(times):.1f} ms, p95 {p95:.1f} ms "
        f"(median/max by kind: {kinds}); raw LIKE scan baseline {statistics.median(scans):.1f} ms"
    )
    return {"search_median_ms": statistics.median(times), "search_p95_ms": p95}


def measure_segments(book: Path, folder: Path) -> dict[str, float]:
    """Full ABC+RFM+churn recompute rewriting every customer, then one order's refresh."""
    from sqlalchemy import insert, select

    from app.db import open_database
    from app.derived import refresh_customers_touched
    from app.models import Customer, Order
    from app.segments import recompute

    path = working_copy(book, folder, "segments.sqlite")
    db = open_database(path)
    with db.engine.begin() as conn:  # every cached figure stale: the rewrite-all case
        conn.exec_driver_sql("UPDATE customer SET revenue_12m = -1")
    with db.engine.connect() as conn:
        started = time.perf_counter()
        conn.exec_driver_sql("SELECT customer_id, SUM(amount) FROM sales_order GROUP BY 1").all()
        baseline = time.perf_counter() - started
    with db.session.begin() as session:
        started = time.perf_counter()
        result = recompute(session, TODAY)
        full = time.perf_counter() - started
    incremental = []
    for n in range(5):
        with db.session.begin() as session:
            cid = session.scalars(
                select(Customer.id).where(Customer.deleted_at.is_(None)).offset(n * 7).limit(1)
            ).one()
            session.execute(
                insert(Order).values(customer_id=cid, order_date=TODAY - timedelta(days=1))
            )
            started = time.perf_counter()
            refresh_customers_touched(session, [cid], TODAY)
            incremental.append(time.perf_counter() - started)
    db.close()
    log(
        f"segments: full recompute {full:.2f} s ({result.changed:,} of {result.customers:,} "
        f"rewritten; baseline GROUP BY over orders {baseline:.2f} s); refresh after one order "
        f"median of 5 {statistics.median(incremental) * 1000:.1f} ms"
    )
    return {"segment_s": full, "segment_incremental_ms": statistics.median(incremental) * 1000}


def app_env() -> dict[str, str]:
    """The environment RepBook runs in as a rep starts it: Python keeps compiled bytecode.

    Some sandboxes and CI images set PYTHONDONTWRITEBYTECODE; RepBook would then compile its
    ~180 modules again at every start (≈ 0.4 s, and a page opened the first time would stall
    on its own). A rep's Python writes them once, on the first start after installing: main()
    compiles them before the GUI steps, as that first start would (pip compiled the libraries).
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def compile_repbook() -> None:
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "app"), str(ROOT / "ui")],
        env=app_env(),
        check=True,
    )


def start_once(path: Path, home: Path, cold: bool, wait_s: float = 60) -> tuple[float, float]:
    """Start the GUI in a child process; return (seconds to a usable window, peak RSS MiB).

    The child waits up to wait_s for the start-up background work before it reports its RSS.
    """
    if cold:
        subprocess.run(["sync"], check=True)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    env = {**app_env(), "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config")}
    env["XDG_DATA_HOME"] = str(home / ".local")
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, str(HERE / "bench_startup_child.py"), str(path), str(wait_s)],
        stdout=subprocess.PIPE,
        env=env,
        text=True,
    )
    ready, rss = 0.0, 0.0
    assert child.stdout is not None
    # A child stuck on a dialog (a book from a newer schema, say) would block the read forever.
    watchdog = threading.Timer(wait_s + 120, child.kill)
    watchdog.start()
    for line in child.stdout:
        if line.startswith("READY"):
            ready = time.perf_counter() - started
        elif line.startswith("RSS"):
            rss = float(line.split()[1])
    watchdog.cancel()
    child.wait(timeout=120)
    if not ready:
        raise RuntimeError("the window never became usable")
    return ready, rss


def measure_startup(book: Path, folder: Path) -> dict[str, float | None]:
    """Start to a usable window, warm (median of 3) and with the file cache dropped."""
    home = folder / "home"
    home.mkdir(exist_ok=True)
    from app.db import open_database

    path = working_copy(book, folder, "start.sqlite")
    # The cached book keeps the schema it was built with: upgraded here, so the starts measured
    # are ordinary days, not the once-a-release start that backs the book up and migrates it.
    open_database(path).close()
    os.sync()  # the upgrade's backup of the book: a gigabyte written back before the first start
    # The first start of the day runs the full derived pass and the growth rebuild in the
    # background beside the open window: the heaviest memory a rep's morning sees. It is let
    # finish (a start cut short would leave the rebuild to the next one) and its peak counts.
    first_ready, first_rss = start_once(path, home, cold=False, wait_s=900)
    warm = [start_once(path, home, cold=False) for _ in range(3)]
    try:
        cold: tuple[float, float] | None = start_once(path, home, cold=True)
    except OSError as exc:
        log(f"startup: cannot drop the file cache here ({exc}); no cold figure")
        cold = None
    rss = max(r for _, r in [(first_ready, first_rss), *warm, *([cold] if cold else [])])
    startup = statistics.median(t for t, _ in warm)
    # Baseline: the interpreter alone, importing nothing of RepBook.
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    bare = time.perf_counter() - started
    log(
        f"startup: warm median of 3 {startup:.2f} s, cold {cold[0] if cold else float('nan'):.2f} s"
        f" (file cache dropped with /proc/sys/vm/drop_caches); bare interpreter {bare:.2f} s; "
        f"peak RSS of the app {rss:.0f} MiB (first start of the day, with the full pass and the"
        f" growth rebuild in the background: {first_rss:.0f} MiB, window usable in"
        f" {first_ready:.2f} s)"
    )
    return {"startup_s": startup, "startup_cold_s": cold[0] if cold else None, "peak_rss_mb": rss}


def measure_growth(book: Path, folder: Path) -> dict[str, float]:
    """The full cross-sell and up-sell rebuild of the derived owner (printed, not in the JSON)."""
    from app.db import open_database
    from app.derived.growth import rebuild_growth

    path = working_copy(book, folder, "growth.sqlite")
    db = open_database(path)
    with db.engine.connect() as conn:  # what the rules must read at the least: who bought what
        started = time.perf_counter()
        conn.exec_driver_sql(
            "SELECT customer_id, product_id FROM sales_order WHERE deleted_at IS NULL GROUP BY 1, 2"
        ).all()
        baseline = time.perf_counter() - started
    started = time.perf_counter()
    rebuild_growth(db, lambda _done, _total: True)
    full = time.perf_counter() - started
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT count(*) FROM growth_suggestion").scalar()
    db.close()
    log(
        f"growth: full cross-sell/up-sell rebuild {full:.2f} s ({rows:,} suggestions; baseline"
        f" GROUP BY customer, product over orders {baseline:.2f} s; runs in the background)"
    )
    return {}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a 10× smaller data set")
    parser.add_argument("--scale", type=float, help="data set size, 1.0 = SPEC §12")
    parser.add_argument("--skip", default="", help="comma-separated: import,sheet,board,search,...")
    parser.add_argument("--board-only", nargs=2, metavar=("BOOK", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.board_only:
        print(json.dumps(measure_board(*map(Path, args.board_only))))
        return
    scale = args.scale if args.scale is not None else (0.1 if args.quick else 1.0)
    started = time.perf_counter()
    book = cached_book(scale, log)
    log(f"book: {describe(book)} ({bench_data.customers_for(scale):,} customers, scale {scale})")
    log(f"machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")
    figures: dict[str, float | None] = dict.fromkeys(KEYS)
    skip = set(args.skip.split(","))
    with tempfile.TemporaryDirectory(prefix="repbook-bench-") as tmp:
        folder = Path(tmp)
        steps = {
            "import": lambda: measure_import(book, folder, max(1000, round(1_000_000 * scale))),
            "sheet": lambda: measure_sheet(
                book, folder, max(100, round(100_000 * scale)), log, raw_pragmas
            ),
            "board": lambda: measure_board_apart(book, folder),
            "search": lambda: measure_search(book, folder),
            "segments": lambda: measure_segments(book, folder),
            "growth": lambda: measure_growth(book, folder),
            "startup": lambda: measure_startup(book, folder),
        }
        compile_repbook()
        for name, step in steps.items():
            if name not in skip:
                # The gigabyte a step writes (working copies, backups) is flushed before the
                # next one starts: its writeback would stall the next step's first reads (a
                # first board after the import and sheet steps took 4.8 s instead of 0.3 s).
                os.sync()
                figures.update(step())
        if "stall" not in skip:
            os.sync()
            # In a child process: a window opening in a fresh RepBook, as a rep starts it.
            try:
                child = subprocess.run(
                    [sys.executable, str(HERE / "bench_stall.py"), str(book), str(folder)],
                    capture_output=True,
                    text=True,
                    timeout=900,
                    env=app_env(),
                )
            except subprocess.TimeoutExpired:
                log("GUI stall: the child ran past 900 s and was stopped")
            else:
                for line in child.stdout.splitlines():
                    log(line)
                if child.returncode:
                    log(f"GUI stall: the child failed ({child.returncode}): {child.stderr[-300:]}")
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    log(f"bench process peak RSS {own:.0f} MiB; total {time.perf_counter() - started:.0f} s")
    figures["scale"] = scale
    if scale == 1.0:
        for key, target in TARGETS.items():
            value = figures[key]
            verdict = "n/a" if value is None else ("met" if value < target else "MISSED")
            log(
                f"  {key:24} {value if value is None else round(value, 3)!s:>10}  < {target}: {verdict}"
            )
    print(json.dumps({k: None if v is None else round(v, 3) for k, v in figures.items()}))


if __name__ == "__main__":
    main()
