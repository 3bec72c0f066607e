"""`calendar --out FILE.ics [--days N]` as a script runs it: RFC 5545 read back with icalendar."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from icalendar import Calendar

from tests.cli.test_cli import new_book, run


def events(path) -> list:
    return [c for c in Calendar.from_ical(path.read_bytes()).walk("VEVENT")]


def test_calendar_writes_planned_visits_with_stable_uids_and_alarms(tmp_path) -> None:
    book = tmp_path / "book.sqlite"
    assert run("--db", str(book), "demo", "--customers", "60", "--seed", "3").returncode == 0
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    result = run("--db", str(book), "calendar", "--out", str(first), "--days", "45")
    assert result.returncode == 0, result.stderr
    assert "visits" in result.stdout
    assert run("--db", str(book), "calendar", "--out", str(second), "--days", "45").returncode == 0
    one, two = events(first), events(second)
    assert one and [str(e["UID"]) for e in one] == [str(e["UID"]) for e in two]
    today = date.today()
    with sqlite3.connect(book) as conn:
        planned = {
            f"{row[0]}@repbook"
            for row in conn.execute(
                "SELECT v.id FROM visit_plan v JOIN customer c ON c.id = v.customer_id "
                "WHERE v.status = 'planned' AND v.deleted_at IS NULL AND c.deleted_at IS NULL "
                "AND v.due_date <= ?",  # overdue ones too: they go on today
                ((today + timedelta(days=44)).isoformat(),),
            )
        }
    conn.close()
    visits = [e for e in one if e["CATEGORIES"].cats == ["visit"]]
    assert {str(e["UID"]) for e in visits} == planned
    for event in one:
        assert event["DTSTAMP"] and event["DTSTART"].dt >= today
        late = str(event["SUMMARY"]).startswith("Overdue")
        # 09:00 the day before, or for an overdue visit 09:00 today.
        assert (event.walk("VALARM")[0]["TRIGGER"].dt < timedelta(0)) != late
        assert event["CATEGORIES"].cats[0] in ("visit", "care")


def test_calendar_refuses_a_bad_day_count_in_one_line(tmp_path) -> None:
    book = new_book(tmp_path / "book.sqlite")
    result = run("--db", str(book), "calendar", "--out", str(tmp_path / "x.ics"), "--days", "0")
    assert result.returncode != 0
    assert result.stderr.strip().count("\n") == 0 and "--days" in result.stderr
    assert not (tmp_path / "x.ics").exists()


def test_search_reports_the_cadence_visit_as_next_visit(tmp_path) -> None:
    import json

    book = tmp_path / "book.sqlite"
    assert run("--db", str(book), "demo", "--customers", "30", "--seed", "4").returncode == 0
    with sqlite3.connect(book) as conn:
        name, due = conn.execute(
            "SELECT c.name, min(v.due_date) FROM customer c JOIN visit_plan v "
            "ON v.customer_id = c.id AND v.status = 'planned' AND v.deleted_at IS NULL "
            "WHERE c.deleted_at IS NULL GROUP BY c.id ORDER BY c.name LIMIT 1"
        ).fetchone()
        cadence = conn.execute(
            "SELECT count(*) FROM visit_plan WHERE source = 'cadence' AND status = 'planned' "
            "AND deleted_at IS NULL"
        ).fetchone()[0]
        customers = conn.execute("SELECT count(*) FROM customer").fetchone()[0]
    conn.close()
    assert cadence == customers  # one planned cadence visit per customer
    result = run("--db", str(book), "search", name, "--json")
    hit = next(r for r in json.loads(result.stdout)["results"] if r["name"] == name)
    assert hit["next_visit"] == due and hit["last_contact"]


def test_calendar_never_writes_over_the_database_or_a_file_that_is_not_a_calendar(
    tmp_path, capsys
) -> None:
    import hashlib

    from app import cli
    from app.db import open_database

    book = tmp_path / "book.sqlite"
    open_database(book).close()
    notes = tmp_path / "notes.txt"
    notes.write_text("keep me", encoding="utf-8")
    lookalike = tmp_path / "book.ics"  # a database whose name ends in .ics
    lookalike.write_bytes(book.read_bytes())
    before = hashlib.sha256(book.read_bytes()).hexdigest()

    for db, out in [(book, book), (book, notes), (lookalike, lookalike)]:
        args = ["--lang", "en", "--db", str(db), "calendar", "--out", str(out)]
        assert cli.run(cli.parse_args(args)) == 1
        assert len(capsys.readouterr().err.strip().splitlines()) == 1
    assert hashlib.sha256(book.read_bytes()).hexdigest() == before
    assert notes.read_text(encoding="utf-8") == "keep me"
    assert (
        cli.run(cli.parse_args(["--db", str(book), "calendar", "--out", str(tmp_path / "v.ics")]))
        == 0
    )
