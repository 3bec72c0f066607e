"""SPEC §11 data safety: restore checks first, complete backups only, whole-or-nothing builds."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import sqlite3
import stat
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select

from app import backups, settings
from app import db as database
from app.db import Database, open_database
from app.demo import builder, generate
from app.models import Customer
from app.models.types import new_id
from app.sync.bundle_export import export_bundle
from app.sync.bundle_import import import_bundle

T0 = datetime(2026, 3, 5, 9, 30)
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def add_customer(db: Database, name: str, **values: object) -> str:
    row = {"id": new_id(), "name": name, "created_at": T0, "updated_at": T0, **values}
    with db.engine.begin() as conn:
        conn.execute(insert(Customer.__table__), row)
    return str(row["id"])


def names(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT name FROM customer ORDER BY name").fetchall()
    conn.close()
    return [row[0] for row in rows]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage(path: Path) -> None:
    """Overwrite the second page with zeros, as a failing disk might."""
    with path.open("r+b") as handle:
        handle.seek(4096)
        handle.write(b"\0" * 4096)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# ------------------------------------------------------------------------------------ restore


def test_restoring_the_oldest_kept_backup_brings_its_rows_back(db: Database) -> None:
    add_customer(db, "最早的客户")
    oldest = database.backup(db.path, "manual")
    add_customer(db, "后来的客户")
    for _ in range(database.BACKUPS_KEPT - 1):
        database.backup(db.path, "manual")
    assert database.list_backups(db.path)[-1] == oldest
    db.close()

    safety = database.restore(db.path, oldest)

    assert names(db.path) == ["最早的客户"]
    assert oldest.exists()
    assert names(safety) == ["后来的客户", "最早的客户"]


def _zero_bytes(folder: Path, _good: Path) -> Path:
    path = folder / "empty.sqlite"
    path.write_bytes(b"")
    return path


def _text_file(folder: Path, _good: Path) -> Path:
    path = folder / "notes.sqlite"
    path.write_text("客户名单\n", encoding="utf-8")
    return path


def _other_program(folder: Path, _good: Path) -> Path:
    path = folder / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    conn.close()
    return path


def _alembic_lookalike(folder: Path, _good: Path) -> Path:
    path = folder / "lookalike.sqlite"
    with sqlite3.connect(path) as conn:
        for table in (*backups.CORE_TABLES, "alembic_version"):
            conn.execute(f"CREATE TABLE {table} (x)")
    conn.close()
    return path


def _without_core_tables(folder: Path, good: Path) -> Path:
    path = folder / "partial.sqlite"
    path.write_bytes(good.read_bytes())
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        for table in ("activity", "deal"):
            conn.execute(f"DROP TABLE {table}")
    conn.close()
    return path


def _cut_short(folder: Path, good: Path) -> Path:
    path = folder / "cut.sqlite"
    path.write_bytes(good.read_bytes()[: 12 * 4096])
    return path


def _damaged(folder: Path, good: Path) -> Path:
    path = folder / "damaged.sqlite"
    path.write_bytes(good.read_bytes())
    damage(path)
    return path


def _newer_schema(folder: Path, good: Path) -> Path:
    path = folder / "newer.sqlite"
    path.write_bytes(good.read_bytes())
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'from-the-future'")
    conn.close()
    return path


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (_zero_bytes, "not a SQLite database"),
        (_text_file, "not a SQLite database"),
        (_other_program, "no schema version"),
        (_alembic_lookalike, "no schema version"),
        (_without_core_tables, "no deal table"),
        (_cut_short, "damaged"),
        (_damaged, "damaged"),
        (_newer_schema, "newer RepBook"),
    ],
)
def test_restore_refuses_anything_but_a_complete_repbook_database(
    db: Database, tmp_path: Path, make, reason: str
) -> None:
    add_customer(db, "留下的客户")
    good = database.backup(db.path, "manual")
    db.close()
    before = digest(db.path)
    source = make(tmp_path, good)

    with pytest.raises(database.NotRestorableError, match=reason) as refused:
        database.restore(db.path, source)

    assert "\n" not in str(refused.value)
    assert digest(db.path) == before
    assert database.list_backups(db.path) == [good]


def test_restore_over_a_damaged_database_keeps_its_bytes_among_the_backups(
    db: Database,
) -> None:
    add_customer(db, "备份里的客户")
    good = database.backup(db.path, "manual")
    db.close()
    damage(db.path)
    damaged_bytes = db.path.read_bytes()

    safety = database.restore(db.path, good)

    assert names(db.path) == ["备份里的客户"]
    assert safety.name.endswith("-damaged.sqlite")
    assert safety.read_bytes() == damaged_bytes
    database.open_database(db.path).close()


def test_a_backup_of_an_older_schema_restores_over_a_current_book(db: Database) -> None:
    # The schema 0001 book has 1 KiB pages; a WAL book cannot take another page size in place.
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "schema_0001.sqlite"
    old = names(fixture)
    add_customer(db, "恢复前的客户")
    db.close()

    safety = database.restore(db.path, fixture)

    assert names(db.path) == old
    assert "恢复前的客户" in names(safety)
    reopened = database.open_database(db.path)  # upgrades the restored schema to head
    assert database.current_revision(reopened.engine) == database.head_revision()
    assert database.integrity_problems(reopened.engine) == []
    reopened.close()
    assert names(db.path) == old


# ------------------------------------------------------------------------------------- backup


def test_a_failed_backup_leaves_no_partial_copy(db: Database, monkeypatch) -> None:
    def full_disk(source: Path, target: Path, **_: object) -> None:
        target.write_bytes(b"SQLite format 3\0 half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups.sqlite, "copy_database", full_disk)
    with pytest.raises(database.BackupError, match="No space left"):
        database.backup(db.path, "manual")
    assert list(database.backups_dir(db.path).iterdir()) == []


def test_a_backup_being_written_is_not_listed_until_complete(db: Database, monkeypatch) -> None:
    copy, seen = backups.sqlite.copy_database, []

    def watched(source: Path, target: Path, **kwargs: object) -> None:
        copy(source, target, **kwargs)
        seen.append((target, database.list_backups(db.path)))

    monkeypatch.setattr(backups.sqlite, "copy_database", watched)
    made = database.backup(db.path, "manual")
    [(written, listed)] = seen
    assert written.name == made.name + ".partial" and listed == []
    assert not written.exists() and database.list_backups(db.path) == [made]


def test_partial_copies_are_never_listed_nor_counted_among_the_kept(db: Database) -> None:
    folder = database.backups_dir(db.path)
    folder.mkdir()
    partial = folder / "repbook-20260101-000000-000000-manual.sqlite.partial"
    killed = folder / "repbook-20250101-000000-000000-daily.sqlite.partial"
    theirs = folder / "repbook-2-20250101-000000-000000-daily.sqlite.partial"
    two_hours_ago = datetime.now().timestamp() - 7200
    for path in (partial, killed, theirs):
        path.write_bytes(b"half a copy")
    for path in (killed, theirs):
        os.utime(path, (two_hours_ago, two_hours_ago))
    for _ in range(database.BACKUPS_KEPT + 2):
        database.backup(db.path, "manual")
    kept = database.list_backups(db.path)
    assert len(kept) == database.BACKUPS_KEPT
    assert all(path.suffix == ".sqlite" for path in kept)
    # A fresh partial may belong to a backup still running; an old one of ours was killed.
    assert sorted(folder.iterdir()) == sorted([*kept, partial, theirs])


def test_a_database_failing_its_integrity_check_is_not_backed_up(db: Database) -> None:
    add_customer(db, "客户")
    db.close()
    damage(db.path)
    with pytest.raises(database.DamagedDatabaseError, match="integrity") as refused:
        database.backup(db.path, "manual")
    assert "\n" not in str(refused.value)
    assert list(database.backups_dir(db.path).iterdir()) == []


def test_integrity_problems_are_one_a_line_without_sqlites_heading() -> None:
    from app import sqlite as app_sqlite

    class Damaged:  # what PRAGMA integrity_check returns for a page with rows out of order
        def execute(self, sql: str) -> list[tuple[str]]:
            rows = {
                "PRAGMA integrity_check": [
                    (
                        "*** in database main ***\nOn tree page 101 cell 2: Rowid 7 out of order\n"
                        "Fragmentation of 2398 bytes reported as 0 on page 101",
                    ),
                    ("row 2 missing from index ix_activity_deal",),
                ],
                "PRAGMA foreign_key_check": [],
            }
            return rows[sql]  # fmt: skip

    assert app_sqlite.file_problems(Damaged()) == [  # type: ignore[arg-type]
        "On tree page 101 cell 2: Rowid 7 out of order",
        "Fragmentation of 2398 bytes reported as 0 on page 101",
        "row 2 missing from index ix_activity_deal",
    ]


def test_pruning_one_book_never_touches_another_books_backups(tmp_path: Path) -> None:
    book, other = open_database(tmp_path / "book.sqlite"), open_database(tmp_path / "book-2.sqlite")
    theirs = database.backup(other.path, "manual")
    for _ in range(database.BACKUPS_KEPT + 1):
        database.backup(book.path, "manual")
    assert theirs.exists() and theirs not in database.list_backups(book.path)
    book.close()
    other.close()


@posix_only
def test_database_backups_exports_and_rejects_are_user_only(db: Database, tmp_path: Path) -> None:
    from app.sync.bundle import import_path

    assert mode(db.path) == 0o600
    made = database.backup(db.path, "manual")
    assert (mode(made.parent), mode(made)) == (0o700, 0o600)
    add_customer(db, "客户")
    folder = export_bundle(db, tmp_path / "bundle").path
    assert mode(folder) == 0o700 and {mode(path) for path in folder.iterdir()} == {0o600}
    assert mode(export_bundle(db, tmp_path / "bundle.zip").path) == 0o600
    sheet = tmp_path / "客户.csv"
    sheet.write_text("客户名称,城市\n,杭州\n", encoding="utf-8-sig")
    rejects = import_path(db, sheet).rejects_file
    assert rejects is not None and mode(rejects) == 0o600


# ------------------------------------------------------------------------------- daily backup


def test_one_daily_backup_per_calendar_day_when_opening_asks_for_it(tmp_path: Path) -> None:
    path = tmp_path / "book.sqlite"
    open_database(path, daily_backup=True).close()
    assert database.list_backups(path) == []  # a new, empty book needs no copy
    open_database(path).close()
    assert database.list_backups(path) == []  # only when asked
    for _ in range(2):
        open_database(path, daily_backup=True).close()
    [today] = database.list_backups(path)
    assert today.name.endswith("-daily.sqlite")

    yesterday = (date.today() - timedelta(days=1)).strftime("%Y%m%d")
    today.rename(today.with_name(today.name.replace(date.today().strftime("%Y%m%d"), yesterday)))
    open_database(path, daily_backup=True).close()
    assert len(database.list_backups(path)) == 2
    assert database.daily_backup(path) is None


# ------------------------------------------------------------------------------ bundle import


def _rewrite(bundle: Path, entity: str, rows: list[list[str]]) -> None:
    """Replace one file of a bundle and update its manifest entry, as a careless script would."""
    target = bundle / f"{entity}.csv"
    with target.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows(rows)
    manifest_path = bundle / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    for entry in manifest["files"]:
        if entry["entity"] == entity:
            entry["rows"], entry["sha256"] = len(rows) - 1, digest(target)
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")


def test_a_bundle_repeating_an_id_rejects_the_second_row_and_says_so(
    db: Database, tmp_path: Path
) -> None:
    add_customer(db, "甲公司")
    repeated = add_customer(db, "乙公司")
    bundle = export_bundle(db, tmp_path / "bundle").path
    with (bundle / "customer.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    copy = next(row for row in rows if row[0] == repeated)
    _rewrite(bundle, "customer", [*rows, copy])
    target = open_database(tmp_path / "target.sqlite")

    result = import_bundle(target, bundle)

    counts = result.by_entity["customer"]
    assert (counts.created, result.rejected) == (2, 1)
    assert counts.created + counts.updated + counts.unchanged + result.rejected == 3
    [error] = result.errors
    assert (error.row, error.column) == (4, "id") and repeated in error.message
    assert any("customer.csv" in w and repeated in w for w in result.warnings)
    target.close()


def test_reimporting_a_bundle_with_a_tombstone_changes_nothing(
    db: Database, tmp_path: Path
) -> None:
    gone = add_customer(db, "本地后来改过", updated_at=T0 + timedelta(days=1))
    rep = open_database(tmp_path / "rep.sqlite")
    add_customer(rep, "已删除", id=gone, deleted_at=T0 + timedelta(hours=3))
    bundle = export_bundle(rep, tmp_path / "rep").path
    rep.close()

    first = import_bundle(db, bundle)
    second = import_bundle(db, bundle)

    assert (first.updated, first.conflicts) == (1, 0)
    assert (second.updated, second.conflicts, second.by_entity["customer"].unchanged) == (0, 0, 1)


# ---------------------------------------------------------------------------------- demo build


def test_a_demo_build_failing_at_its_last_step_leaves_the_database_as_it_was(
    db: Database, monkeypatch
) -> None:
    def killed(*_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(builder, "reschedule_stale_visits", killed)
    with pytest.raises(KeyboardInterrupt):
        generate(db, customers=20, seed=3)
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 0
        assert not settings.get(session, "owner")
    monkeypatch.undo()
    assert generate(db, customers=20, seed=3).counts["customer"] == 20


def test_check_names_each_problem_of_a_damaged_file_without_raising(db: Database) -> None:
    add_customer(db, "客户")
    made = database.backup(db.path, "manual")
    db.close()
    damage(db.path)
    problems = database.file_problems(db.path)
    assert problems and all("\n" not in problem for problem in problems)
    assert str(made) in database.restore_advice(db.path)
    os.remove(made)
    assert "No sound backup" in database.restore_advice(db.path)
