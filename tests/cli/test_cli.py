"""The headless commands, run as a team lead's script would: main.py in a subprocess."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
COMMANDS = ("demo", "import", "export", "report", "summary", "backup", "restore", "check")


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "REPBOOK_LANG": "en", **(env or {})}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=environment,
        timeout=300,
    )


def new_book(path: Path) -> Path:
    """Create an empty book at head, as the window or `import` would."""
    from app.db import open_database

    open_database(path).close()
    return path


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "book.sqlite"
    result = run("--db", str(path), "demo", "--customers", "120", "--seed", "5")
    assert result.returncode == 0, result.stderr
    return path


def test_help_lists_every_command() -> None:
    result = run("--help")
    assert result.returncode == 0
    for command in COMMANDS:
        assert command in result.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_each_command_has_its_own_help(command: str) -> None:
    result = run(command, "--help")
    assert result.returncode == 0
    assert "usage:" in result.stdout


def test_summary_json_matches_the_rows_in_the_database(demo_db: Path) -> None:
    result = run("--db", str(demo_db), "summary", "--json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    with sqlite3.connect(demo_db) as conn:

        def count(sql: str) -> int:
            return conn.execute(sql).fetchone()[0]

        live = "deleted_at IS NULL"
        assert summary["customers"] == count(f"SELECT count(*) FROM customer WHERE {live}") == 120
        assert summary["contacts"] == count(f"SELECT count(*) FROM contact WHERE {live}")
        assert summary["activities"] == count(f"SELECT count(*) FROM activity WHERE {live}")
        assert summary["orders"] == count(f"SELECT count(*) FROM sales_order WHERE {live}")
        assert summary["payments"] == count(f"SELECT count(*) FROM payment WHERE {live}")
        for status in ("open", "won", "lost"):
            assert summary["deals"][status] == count(
                f"SELECT count(*) FROM deal WHERE {live} AND status = '{status}'"
            )
        assert sum(summary["tiers"].values()) == summary["customers"]
        assert summary["at_risk"] == count(
            f"SELECT count(*) FROM customer WHERE {live} AND churn_risk"
        )
        assert summary["visits_overdue"] == count(
            f"SELECT count(*) FROM visit_plan WHERE {live} AND status = 'planned' AND due_date < date('now')"
        )
    assert set(summary) >= {
        "customers",
        "contacts",
        "deals",
        "activities",
        "orders",
        "payments",
        "tiers",
        "at_risk",
        "visits_due_7d",
        "visits_overdue",
    }


def test_same_seed_gives_the_same_summary(tmp_path: Path, demo_db: Path) -> None:
    again = tmp_path / "again.sqlite"
    assert run("--db", str(again), "demo", "--customers", "120", "--seed", "5").returncode == 0
    first = json.loads(run("--db", str(demo_db), "summary", "--json").stdout)
    second = json.loads(run("--db", str(again), "summary", "--json").stdout)
    assert first == second


def test_demo_refuses_a_database_that_already_has_customers(demo_db: Path) -> None:
    before = run("--db", str(demo_db), "summary", "--json").stdout
    result = run("--db", str(demo_db), "demo")
    assert result.returncode == 1
    assert "already has 120 customers" in result.stderr
    assert run("--db", str(demo_db), "summary", "--json").stdout == before


def test_messages_follow_the_chosen_language(demo_db: Path) -> None:
    result = run("--db", str(demo_db), "--lang", "zh_CN", "summary")
    assert result.returncode == 0
    assert "客户 120" in result.stdout


def test_a_file_that_is_not_a_database_gives_one_clear_line(tmp_path: Path) -> None:
    junk = tmp_path / "notes.sqlite"
    junk.write_text("this is not sqlite", encoding="utf-8")
    result = run("--db", str(junk), "summary", "--json")
    assert result.returncode == 1
    assert "not a usable RepBook database" in result.stderr
    assert "Traceback" not in result.stderr
    assert junk.read_text(encoding="utf-8") == "this is not sqlite"


def test_check_backup_and_restore(tmp_path: Path, demo_db: Path) -> None:
    path = tmp_path / "copy.sqlite"
    assert run("--db", str(path), "demo", "--customers", "20").returncode == 0
    assert run("--db", str(path), "check").returncode == 0
    backup = run("--db", str(path), "backup")
    assert backup.returncode == 0
    backup_file = Path(backup.stdout.strip().split(" to ", 1)[1])
    assert backup_file.is_file()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE customer SET deleted_at = '2026-01-01'")
    conn.close()
    assert json.loads(run("--db", str(path), "summary", "--json").stdout)["customers"] == 0
    restored = run("--db", str(path), "restore", str(backup_file))
    assert restored.returncode == 0, restored.stderr
    assert json.loads(run("--db", str(path), "summary", "--json").stdout)["customers"] == 20
    # Onto a machine with no book yet: nothing was replaced, so no earlier state is named.
    fresh = tmp_path / "new" / "book.sqlite"
    fresh.parent.mkdir()
    into_new = run("--db", str(fresh), "restore", str(backup_file))
    assert into_new.returncode == 0, into_new.stderr
    assert into_new.stdout.strip() == f"Restored {backup_file} into a new database at {fresh}"
    assert json.loads(run("--db", str(fresh), "summary", "--json").stdout)["customers"] == 20


def test_restore_of_a_missing_file_says_so(tmp_path: Path) -> None:
    result = run("--db", str(tmp_path / "x.sqlite"), "restore", str(tmp_path / "nope.sqlite"))
    assert result.returncode == 1
    assert "no backup file" in result.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="DISPLAY is an X11 matter")
def test_no_display_says_so_in_one_line_and_exits_1(tmp_path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env["REPBOOK_LANG"] = "en"
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(tmp_path / "x.sqlite")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "no display" in lines[0] and "headless" in lines[0]
    assert not (tmp_path / "x.sqlite").exists()  # nothing was created either


def test_missing_qt_libraries_are_named_with_their_debian_packages() -> None:
    from ui.platform_check import debian_package

    assert debian_package("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert debian_package("libxcb-cursor.so.0") == "libxcb-cursor0"


def test_a_mistyped_db_is_refused_by_the_commands_that_only_read(tmp_path, capsys) -> None:
    from app import cli

    missing = tmp_path / "typo" / "book.sqlite"
    out = tmp_path / "out"
    out.mkdir()
    for argv in (
        ["check"],
        ["backup"],
        ["summary", "--json"],
        ["search", "杭州"],
        ["report", "--out", str(out / "r.xlsx")],
        ["export", str(out / "b.zip")],
        ["calendar", "--out", str(out / "v.ics")],
    ):
        assert cli.run(cli.parse_args(["--db", str(missing), *argv])) == 1, argv
        assert "no RepBook database at" in capsys.readouterr().err, argv
    assert not missing.parent.exists() and not any(out.iterdir())  # nothing made, nothing written
    result = run("--db", str(missing), "check")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"error: no RepBook database at {missing} (check --db; demo or import creates one)"
    ]


def test_search_prints_control_characters_of_a_stored_name_escaped(tmp_path, capsys) -> None:
    from app import cli
    from app.db import open_database
    from app.derived.search import customer_search_text
    from app.models import Customer

    book = open_database(tmp_path / "book.sqlite")
    name = "杭州\x1b[2J云启"  # an imported name trying to clear the team lead's terminal
    with book.write() as s:
        s.add(Customer(name=name, search_text=customer_search_text(name)))
    book.close()
    assert cli.run(cli.parse_args(["--db", str(book.path), "search", "杭州"])) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "杭州\\x1b[2J云启" in out


def test_the_book_and_the_language_may_follow_the_command(demo_db: Path) -> None:
    before = run("--db", str(demo_db), "search", "有限公司", "--limit", "3", "--json")
    after = run("search", "有限公司", "--limit", "3", "--json", "--db", str(demo_db))
    assert after.returncode == 0, after.stderr
    assert json.loads(after.stdout) == json.loads(before.stdout)
    chinese = run("search", "有限公司", "--db", str(demo_db), "--lang", "zh_CN")
    assert "个客户匹配" in chinese.stdout, chinese.stdout
