"""Crash safety (SPEC §11): SIGKILL part-way through an import, a demo, a backup, a migration.

Each case starts main.py, waits until it is in the middle of its work — a point it announces
(REPBOOK_PAUSE_AT, app/pause_points.py: all the work done, not yet committed or renamed) or an
observed moment mid-rows — kills it with SIGKILL, then checks that `check` passes and the book
holds all of that work or none of it.
"""

from __future__ import annotations

import os
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from app.backups import PARTIAL_SUFFIX, backups_dir, list_backups
from app.pause_points import ENV, MARKER
from tests.cli.test_cli import ROOT, run

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and select on pipes")
FIXTURE = ROOT / "tests" / "fixtures" / "schema_0001.sqlite"
ROWS = 15_000  # two to three seconds of import on a slow laptop: long enough to land mid-rows
WAIT_S = 30


def start(db: Path, *args: str, pause_at: str | None = None) -> subprocess.Popen[str]:
    env = {**os.environ, "REPBOOK_LANG": "en"}
    if pause_at:
        env[ENV] = pause_at
    return subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--db", str(db), *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def kill_when_paused(process: subprocess.Popen[str], point: str) -> None:
    """Wait for the process to announce the pause point, then SIGKILL it."""
    assert process.stderr is not None
    deadline = time.monotonic() + WAIT_S
    seen = []
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([process.stderr], [], [], 0.2)
            if ready:
                line = process.stderr.readline()
                seen.append(line)
                if line.strip() == f"{MARKER}{point}":
                    return
                if not line:  # it ended without reaching the point
                    break
        pytest.fail(f"never paused at {point}: {''.join(seen)}")
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)


def kill_after(process: subprocess.Popen[str], started: callable, delay: float) -> None:  # type: ignore[valid-type]
    """SIGKILL the process `delay` seconds after `started()` first holds, while it still runs."""
    deadline = time.monotonic() + WAIT_S
    try:
        while not started() and time.monotonic() < deadline:
            assert process.poll() is None, "it finished before the work began"
            time.sleep(0.02)
        time.sleep(delay)
        assert process.poll() is None, "it finished before it could be killed mid-work"
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)


def scalar(db: Path, sql: str) -> object:
    with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        return conn.execute(sql).fetchone()[0]


def assert_check_passes(db: Path) -> None:
    checked = run("--db", str(db), "check")
    assert checked.returncode == 0, checked.stderr


@pytest.fixture(scope="module")
def big_sheet(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("kill") / "customers.csv"
    lines = ["客户名称,电话,城市,行业"]
    lines += [f"客户{i:06d}有限公司,138{i:08d},上海,制造业" for i in range(ROWS)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def book(tmp_path) -> Path:
    """A book at head with the 0001 fixture's rows (three customers)."""
    db = tmp_path / "book.sqlite"
    shutil.copyfile(FIXTURE, db)
    assert run("--db", str(db), "summary").returncode == 0
    return db


def test_an_import_killed_mid_rows_keeps_none_of_them(book, big_sheet) -> None:
    importing = start(book, "import", str(big_sheet))
    # The before-import backup is the last thing before the rows; a second later they are going in.
    kill_after(importing, lambda: bool(list_backups(book)), delay=0.7)
    assert_check_passes(book)
    assert scalar(book, "SELECT count(*) FROM customer") == 3


def test_an_import_killed_before_its_commit_keeps_none_and_runs_again(book, big_sheet) -> None:
    kill_when_paused(start(book, "import", str(big_sheet), pause_at="import.before_commit"),
                     "import.before_commit")  # fmt: skip
    assert_check_passes(book)
    assert scalar(book, "SELECT count(*) FROM customer") == 3
    small = big_sheet.with_name("few.csv")
    small.write_text("客户名称,城市\n杭州新客户有限公司,杭州\n", encoding="utf-8")
    again = run("--db", str(book), "import", str(small))  # the killed one left no lock behind
    assert again.returncode == 0, again.stderr
    assert scalar(book, "SELECT count(*) FROM customer") == 4


def test_a_demo_killed_before_its_commit_leaves_an_empty_book(tmp_path) -> None:
    db = tmp_path / "demo.sqlite"
    building = start(db, "demo", "--customers", "40", pause_at="demo.before_commit")
    kill_when_paused(building, "demo.before_commit")
    assert_check_passes(db)
    assert scalar(db, "SELECT count(*) FROM customer") == 0
    assert scalar(db, "SELECT count(*) FROM activity") == 0


def test_a_backup_killed_before_its_rename_is_never_taken_for_a_backup(book) -> None:
    before = list_backups(book)
    kill_when_paused(start(book, "backup", pause_at="backup.before_rename"), "backup.before_rename")
    assert list_backups(book) == before  # the complete copy was never renamed into place
    partials = [p for p in backups_dir(book).iterdir() if p.name.endswith(PARTIAL_SUFFIX)]
    assert len(partials) == 1
    assert_check_passes(book)
    made = run("--db", str(book), "backup")
    assert made.returncode == 0, made.stderr
    assert len(list_backups(book)) == len(before) + 1


@pytest.mark.parametrize("point", ["migration.after_0002", "migration.before_commit"])
def test_a_migration_killed_part_way_leaves_the_0001_book_whole(tmp_path, point) -> None:
    db = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURE, db)
    customers = scalar(FIXTURE, "SELECT count(*) FROM customer")
    kill_when_paused(start(db, "summary", pause_at=point), point)
    # None of the migration: still 0001 (not 0002 between the steps), every row, the backup.
    assert scalar(db, "SELECT version_num FROM alembic_version") == "0001"
    assert scalar(db, "SELECT count(*) FROM customer") == customers
    assert scalar(db, "SELECT lost_reason FROM deal WHERE title = '年度维保'") == "价格过高"
    [backup] = list_backups(db)
    assert backup.name.endswith("before-migration.sqlite")
    assert_check_passes(db)  # check opens the book, which upgrades it now
    assert scalar(db, "SELECT lost_reason FROM deal WHERE title = '年度维保'") == "price"
    assert scalar(db, "SELECT count(*) FROM customer") == customers
