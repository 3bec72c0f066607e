"""A full disk during import, backup or export: one line, rolled back, no partial files (§11)."""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy.exc import OperationalError

from app import backups, cli
from app import db as database
from app.disk import is_disk_full, ran_out_of_room
from app.sync import bundle_export, foreign
from tests.cli.test_cli import new_book
from tests.cli.test_cli import run as run_main


def full_disk() -> OSError:
    return OSError(errno.ENOSPC, "No space left on device")


def sqlite_full() -> OperationalError:
    return OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full"))


def main(capsys, *argv: str) -> tuple[int, list[str]]:
    code = cli.run(cli.parse_args(list(argv)))
    return code, capsys.readouterr().err.strip().splitlines()


def files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def sheet(folder: Path, rows: int, bad: int = 0) -> Path:
    path = folder / "in" / "customers.csv"
    path.parent.mkdir(exist_ok=True)
    lines = ["客户名称,电话,城市"] + [f"客户{i:06d}有限公司,138{i:08d},上海" for i in range(rows)]
    lines += [",13900000000,北京"] * bad  # no name: rejected
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def customers(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        count = conn.execute("SELECT count(*) FROM customer").fetchone()[0]
    conn.close()
    return count


def test_disk_full_is_recognised_through_every_wrapper() -> None:
    assert is_disk_full(full_disk())
    assert is_disk_full(sqlite_full())
    try:
        try:
            raise full_disk()
        except OSError as exc:
            raise database.BackupError("could not back up") from exc
    except database.BackupError as wrapped:
        assert is_disk_full(wrapped)
    assert not is_disk_full(OSError(errno.EACCES, "Permission denied"))
    assert not is_disk_full(ValueError("disk"))


def test_an_import_stopped_by_a_full_disk_rolls_back_in_one_line(
    db, tmp_path, capsys, monkeypatch
) -> None:
    source = sheet(tmp_path, 50, bad=2)

    def fill_up(*_args: object) -> None:  # every row is written by now, inside the transaction
        raise sqlite_full()

    monkeypatch.setattr(foreign, "refresh_imported", fill_up)
    code, err = main(capsys, "--db", str(db.path), "import", str(source))
    assert code == 1
    assert err == [
        "error: the disk is full: import stopped and kept nothing of its work "
        "(no rows, no partial files); free some space and run it again"
    ]
    assert customers(db.path) == 0
    assert files(source.parent) == ["customers.csv"]  # no rejects list, no partial one
    assert not (db.path.parent / "repbook-errors.log").exists()
    assert database.file_problems(db.path) == []


def test_a_rejects_list_cut_short_by_a_full_disk_is_not_left_behind(
    db, tmp_path, monkeypatch
) -> None:
    source = sheet(tmp_path, 5, bad=2)
    stale = foreign.rejects_path(source)
    stale.write_text("an earlier run's list\n", encoding="utf-8")

    def half_written(target: Path, *_args: object) -> None:
        target.write_text("row,error\n1,", encoding="utf-8")
        raise full_disk()

    monkeypatch.setattr(foreign, "_write_rejects_to", half_written)
    result = foreign.import_foreign(db, source)
    assert (result.created, result.rejected, result.rejects_file) == (5, 2, None)
    assert "No space left" in result.warnings[0]
    assert files(source.parent) == ["customers.csv"]


def test_an_export_stopped_by_a_full_disk_leaves_nothing(db, tmp_path, capsys, monkeypatch) -> None:
    write, written = bundle_export._write_table, []

    def fills_up(conn, table, target, done, total, progress):  # noqa: ANN001, ANN202
        if len(written) == 2:
            target.write_text("id,name\n", encoding="utf-8")
            raise full_disk()
        written.append(table.name)
        return write(conn, table, target, done, total, progress)

    monkeypatch.setattr(bundle_export, "_write_table", fills_up)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    for target in ("bundle", "bundle.zip"):
        written.clear()
        code, err = main(capsys, "--db", str(db.path), "export", str(out_dir / target))
        assert code == 1 and len(err) == 1 and "the disk is full: export stopped" in err[0]
    assert files(out_dir) == []


def test_a_backup_stopped_by_a_full_disk_leaves_no_copy(db, capsys, monkeypatch) -> None:
    def half_copy(source: Path, target: Path, **_: object) -> None:
        target.write_bytes(b"SQLite format 3\0 half")
        raise full_disk()

    monkeypatch.setattr(backups.sqlite, "copy_database", half_copy)
    code, err = main(capsys, "--db", str(db.path), "backup")
    assert code == 1 and len(err) == 1 and "the disk is full: backup stopped" in err[0]
    assert files(database.backups_dir(db.path)) == []


def io_error() -> sqlite3.OperationalError:
    error = sqlite3.OperationalError("disk I/O error")
    error.sqlite_errorcode = 778  # SQLITE_IOERR_WRITE
    return error


def test_an_io_error_where_the_copy_had_no_room_is_a_full_disk(db, capsys, monkeypatch) -> None:
    # SQLite calls some writes that found no room a disk I/O error (seen on a full tmpfs).
    def failing_copy(source: Path, target: Path, **_: object) -> None:
        raise io_error()

    monkeypatch.setattr(backups.sqlite, "copy_database", failing_copy)
    room = {"free": 10}
    monkeypatch.setattr("app.disk.shutil.disk_usage", lambda _: SimpleNamespace(free=room["free"]))
    code, err = main(capsys, "--db", str(db.path), "backup")
    assert code == 1 and len(err) == 1 and "the disk is full: backup stopped" in err[0]
    # With room to spare the same error is not blamed on the disk.
    room["free"] = 10**12
    code, err = main(capsys, "--db", str(db.path), "backup")
    assert code == 1 and len(err) == 1 and "disk I/O error" in err[0], err
    assert ran_out_of_room(full_disk(), db.path.parent, 1) is None  # already says so


# ------------------------------------------------------------- a real full disk (root only)


@pytest.fixture
def small_disk(tmp_path):  # noqa: ANN201
    """A 1 MB tmpfs; skipped where mounting needs rights the test does not have."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root on Linux")
    folder = tmp_path / "small"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    yield folder
    subprocess.run(["umount", str(folder)], check=False)


def test_on_a_really_full_disk_import_and_export_keep_nothing(small_disk, tmp_path) -> None:
    book = small_disk / "book.sqlite"
    new_book(book)
    source = sheet(tmp_path, 20_000)  # several MB of rows: the disk fills part-way
    imported = run_main("--db", str(book), "import", str(source))
    assert imported.returncode == 1, imported.stdout
    assert imported.stderr.strip().splitlines() == [
        "error: the disk is full: import stopped and kept nothing of its work "
        "(no rows, no partial files); free some space and run it again"
    ]
    assert customers(book) == 0
    checked = run_main("--db", str(book), "check")
    assert checked.returncode == 0, checked.stderr
    leftovers = [name for name in files(small_disk) if name.endswith(".partial")]
    assert leftovers == []

    # An export of a bigger book onto the full disk: nothing appears there.
    big = tmp_path / "big.sqlite"
    assert run_main("--db", str(big), "import", str(source)).returncode == 0
    before = files(small_disk)
    exported = run_main("--db", str(big), "export", str(small_disk / "out.zip"))
    assert exported.returncode == 1
    assert len(exported.stderr.strip().splitlines()) == 1 and "disk is full" in exported.stderr
    assert files(small_disk) == before
    assert customers(big) == 20_000  # the exported book is untouched
