"""Writers wait (SPEC §11): a second writer holding the lock, and the single-instance lock."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text

from app.instance import DatabaseInUseError, command_lock, writes
from app.sqlite import FileLock
from tests.cli.test_cli import new_book, run

HOLD_S = 2.0
# Holds the write lock for HOLD_S seconds after writing a row, as a GUI action or script would.
HOLDER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("INSERT INTO setting (key, value) VALUES ('held_by_other', '1')")
print("holding", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("COMMIT")
"""


def customers_csv(folder: Path, count: int) -> Path:
    path = folder / "customers.csv"
    lines = ["客户名称,电话,城市"] + [f"客户{i}有限公司,1380013{i:04d},上海" for i in range(count)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def count(db: Path, sql: str) -> int:
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute(sql).fetchone()[0]


def test_an_import_waits_for_a_writer_holding_begin_immediate_and_succeeds(tmp_path) -> None:
    db = tmp_path / "book.sqlite"
    new_book(db)
    source = customers_csv(tmp_path, 30)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db), str(HOLD_S)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        started = time.monotonic()
        result = run("--db", str(db), "import", str(source), "--json")
        waited = time.monotonic() - started
    finally:
        holder.wait(timeout=30)
    assert holder.returncode == 0
    assert result.returncode == 0, result.stderr
    assert '"created": 30' in result.stdout
    assert count(db, "SELECT count(*) FROM customer") == 30
    assert count(db, "SELECT count(*) FROM setting WHERE key = 'held_by_other'") == 1
    assert waited >= HOLD_S * 0.5  # it really waited for the other writer


def test_a_writing_command_says_in_one_line_that_a_window_has_the_book_open(tmp_path) -> None:
    db = tmp_path / "book.sqlite"
    new_book(db)
    source = customers_csv(tmp_path, 3)
    window = FileLock(db)
    assert window.acquire()  # what ui.application does on start
    try:
        for args in (("import", str(source)), ("demo", "--customers", "5"), ("restore", str(db))):
            result = run("--db", str(db), *args)
            assert result.returncode == 1, args
            lines = result.stderr.strip().splitlines()
            assert len(lines) == 1 and "is open in a RepBook window" in lines[0], result.stderr
        reader = run("--db", str(db), "summary")  # readers are not held up
        assert reader.returncode == 0, reader.stderr
        dry = run("--db", str(db), "import", str(source), "--dry-run")
        assert dry.returncode == 0, dry.stderr
    finally:
        window.release()
    assert count(db, "SELECT count(*) FROM customer") == 0
    after = run("--db", str(db), "import", str(source))
    assert after.returncode == 0, after.stderr
    assert count(db, "SELECT count(*) FROM customer") == 3


def test_a_command_waits_for_another_command_then_gives_up_in_one_line(tmp_path) -> None:
    db = tmp_path / "book.sqlite"
    other = FileLock(db)
    assert other.acquire(holder="import")
    try:
        started = time.monotonic()
        with pytest.raises(DatabaseInUseError) as refused, command_lock(db, "demo", wait_s=0.3):
            pass
        assert time.monotonic() - started >= 0.3
        assert "another RepBook command (import" in str(refused.value)
    finally:
        other.release()
    with command_lock(db, "demo", wait_s=0.3) as lock:
        assert lock is not None and lock.held
        assert FileLock(db).holder()[1] == "demo"
    assert oct(Path(f"{db}.lock").stat().st_mode & 0o777) == "0o600"


def test_only_writing_commands_take_the_lock() -> None:
    assert writes("import") and writes("demo") and writes("restore")
    assert writes("some-future-command")  # a new command is a writer until listed as a reader
    assert not writes("import", dry_run=True)
    for reader in ("export", "report", "summary", "search", "check", "backup", "calendar"):
        assert not writes(reader)


def test_a_writer_kept_out_past_the_busy_timeout_fails_in_one_line_writing_nothing(
    tmp_path, monkeypatch
) -> None:
    from app import sqlite as app_sqlite
    from app.db import open_database
    from app.i18n import set_language

    monkeypatch.setattr(app_sqlite, "BUSY_TIMEOUT_MS", 200)  # the real 5 s would slow the suite
    set_language("en")
    db = open_database(tmp_path / "book.sqlite")
    try:
        with closing(sqlite3.connect(db.path, isolation_level=None)) as other:
            other.execute("BEGIN IMMEDIATE")
            with pytest.raises(app_sqlite.DatabaseBusyError) as busy, db.write() as session:
                session.execute(text("INSERT INTO setting (key, value) VALUES ('x', '1')"))
            other.execute("COMMIT")
        message = str(busy.value)
        assert "\n" not in message and "busy for more than" in message and "locked" not in message
        with db.write() as session:  # the engine is fine afterwards
            session.execute(text("INSERT INTO setting (key, value) VALUES ('y', '1')"))
    finally:
        db.close()
    assert count(db.path, "SELECT count(*) FROM setting WHERE key IN ('x', 'y')") == 1
