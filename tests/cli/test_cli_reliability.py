"""SPEC §11 from the command line: a killed demo build, a damaged file, a refused restore."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from tests.cli.test_cli import ROOT, new_book, run

KILL_AFTER_S = 1.0


def customers(db: Path) -> int:
    result = run("--db", str(db), "summary", "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["customers"]


def completed_steps(db: Path) -> tuple[int, int]:
    """Cadence visit plans and the derived pass: the last steps of a demo build."""
    with sqlite3.connect(db) as conn:
        visits = conn.execute("SELECT count(*) FROM visit_plan WHERE source = 'cadence'").fetchone()
        passes = conn.execute(
            "SELECT count(*) FROM setting WHERE key = 'derived_full_pass_on'"
        ).fetchone()
    conn.close()
    return visits[0], passes[0]


def visible_customers(db: Path) -> int:
    """Count the customers another process has committed so far (0 while there is no table)."""
    try:
        with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.1)) as conn:
            return conn.execute("SELECT count(*) FROM customer").fetchone()[0]
    except sqlite3.Error:
        return 0


def after_a_second(db: Path) -> bool:
    time.sleep(KILL_AFTER_S)
    return True


def once_customers_show(db: Path) -> bool:
    return visible_customers(db) > 0


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
@pytest.mark.parametrize("kill_when", [after_a_second, once_customers_show])
def test_a_killed_demo_build_leaves_all_of_the_book_or_none(tmp_path: Path, kill_when) -> None:
    db = tmp_path / "book.sqlite"
    build = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--db", str(db), "demo", "--customers", "3000"],
        cwd=ROOT,
        env={**os.environ, "REPBOOK_LANG": "en"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 12
        while not db.exists() and time.monotonic() < deadline:
            time.sleep(0.02)
        while not kill_when(db) and build.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        build.send_signal(signal.SIGKILL)
    finally:
        build.wait(timeout=10)

    check = run("--db", str(db), "check")
    assert check.returncode == 0, check.stderr
    count = customers(db)
    assert count in (0, 3000)
    if count:
        visits, passes = completed_steps(db)
        assert visits > 0 and passes == 1
    else:
        again = run("--db", str(db), "demo", "--customers", "30")
        assert again.returncode == 0, again.stderr
        assert customers(db) == 30


def test_check_on_a_damaged_file_lists_problems_and_names_the_newest_backup(
    tmp_path: Path,
) -> None:
    db = tmp_path / "book.sqlite"
    assert run("--db", str(db), "demo", "--customers", "40").returncode == 0
    made = run("--db", str(db), "backup")
    assert made.returncode == 0, made.stderr
    [backup] = sorted((tmp_path / "backups").glob("book-*.sqlite"))
    with db.open("r+b") as handle:
        handle.seek(4096)
        handle.write(b"\0" * 4096)

    check = run("--db", str(db), "check")

    assert check.returncode != 0
    assert "Traceback" not in check.stderr + check.stdout
    lines = check.stderr.strip().splitlines()
    assert len(lines) >= 2
    assert str(backup) in lines[-1] and "restore" in lines[-1]
    refused = run("--db", str(db), "backup")
    assert refused.returncode != 0 and len(refused.stderr.strip().splitlines()) == 1

    restored = run("--db", str(db), "restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    assert run("--db", str(db), "check").returncode == 0
    assert customers(db) == 40


def test_restore_of_an_empty_file_is_refused_in_one_line_and_changes_nothing(
    tmp_path: Path,
) -> None:
    db = tmp_path / "book.sqlite"
    assert run("--db", str(db), "demo", "--customers", "20").returncode == 0
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")

    result = run("--db", str(db), "restore", str(empty))

    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1 and "not a SQLite database" in result.stderr
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert not (tmp_path / "backups").exists()


# (summary, like every command that only reads, refuses a missing book before any folder.)
@pytest.mark.parametrize("command", [["demo"], ["export", "OUT"]])
def test_a_book_or_export_folder_that_cannot_be_made_is_one_line_not_an_unexpected_error(
    tmp_path: Path, capsys, command: list[str]
) -> None:
    from app import cli

    in_the_way = tmp_path / "a-file"
    in_the_way.write_text("not a folder", encoding="utf-8")
    book = tmp_path / "book.sqlite" if command[0] == "export" else in_the_way / "book.sqlite"
    argv = [a.replace("OUT", str(in_the_way / "out")) for a in command]
    if command[0] == "export":
        new_book(book)

    code = cli.run(cli.parse_args(["--lang", "en", "--db", str(book), *argv]))

    err = capsys.readouterr().err
    assert code == 1 and len(err.strip().splitlines()) == 1, err
    assert "cannot create the folder" in err and "unexpected" not in err
