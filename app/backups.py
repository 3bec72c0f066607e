"""Backups and restore (SPEC §11): complete copies or none, and a restore that checks first.

A backup is written under a temporary name and renamed only when complete, so a killed or
disk-full copy never looks like a real one. A restore accepts only a complete RepBook database
of this or an older schema, checks it before touching anything and never prunes the file it is
restoring.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path

from app import sqlite
from app.disk import ran_out_of_room
from app.i18n import msg
from app.pause_points import pause_point
from app.private_files import create_private, make_private, private_folder

BACKUPS_KEPT = 10
PARTIAL_SUFFIX = ".partial"
DAILY = "daily"
DAMAGED = "damaged"
# Tables every RepBook schema has had since the first; a file without them is something else.
CORE_TABLES = ("customer", "contact", "stage", "deal", "activity", "setting")
# A partial copy this old belongs to no backup still running: it was killed.
STALE_PARTIAL = timedelta(hours=1)
_STAMP = "%Y%m%d-%H%M%S-%f"


class BackupError(ValueError):
    """A backup could not be made; the message is one line, and no partial copy is left."""


class DamagedDatabaseError(BackupError):
    """The database fails its integrity check, so a copy of it would not be a backup."""


class NotRestorableError(ValueError):
    """The file is not a complete RepBook database this version can restore; nothing changed."""


def backups_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def _backup_name(db_path: Path) -> re.Pattern[str]:
    # Exact, so that book.sqlite's pruning never touches book-2.sqlite's backups.
    return re.compile(rf"{re.escape(db_path.stem)}-(\d{{8}})-\d{{6}}-\d{{6}}-([a-z-]+)\.sqlite")


def list_backups(db_path: Path) -> list[Path]:
    """Return this database's complete backups, newest first (partial copies never count)."""
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return []
    pattern = _backup_name(db_path)
    found = [path for path in folder.glob("*.sqlite") if pattern.fullmatch(path.name)]
    return sorted(found, reverse=True)


def _reason(db_path: Path, backup_file: Path) -> tuple[str, str] | None:
    match = _backup_name(db_path).fullmatch(backup_file.name)
    return (match.group(1), match.group(2)) if match else None


def _damage(raw: sqlite3.Connection, db_path: Path, quick: bool = False) -> str | None:
    try:
        # A dangling reference is not damage: the copy is still faithful, so only the file counts.
        problems = sqlite.file_problems(raw, foreign_keys=False, quick=quick)
    except sqlite3.DatabaseError as exc:
        problems = [str(exc)]
    if not problems:
        return None
    return msg("backup.damaged", db_path=db_path, problem=problems[0])


def backup(
    db_path: Path, reason: str = "manual", *, keep: Path | None = None, quick: bool = False
) -> Path:
    """Copy a healthy database with SQLite's backup API and keep the newest few copies.

    `keep` is never pruned (the file a restore is about to read). `quick` checks the file with
    quick_check (pages and b-trees, not index contents): 2 s instead of 19 s on a 1.2 GB book,
    for the backup an import takes before it writes; a torn or zeroed page is still refused.
    """
    folder = private_folder(backups_dir(db_path))
    target = folder / f"{db_path.stem}-{datetime.now().strftime(_STAMP)}-{reason}.sqlite"
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
    try:
        with closing(sqlite.open_read_only(db_path)) as raw:
            problem = _damage(raw, db_path, quick)
        if problem:
            raise DamagedDatabaseError(problem)
        create_private(partial)
        sqlite.copy_database(db_path, partial, standalone=True)
        pause_point("backup.before_rename")
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        cause = ran_out_of_room(exc, folder, _size(db_path)) or exc
        raise BackupError(msg("backup.failed", db_path=db_path, cause=cause)) from cause
    finally:
        _remove(partial)
    _prune_backups(db_path, keep)
    return target


def _remove(path: Path) -> None:
    for leftover in (path, Path(f"{path}-journal"), Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)


def _prune_backups(db_path: Path, keep: Path | None) -> None:
    protected = keep.resolve() if keep else None
    for old in list_backups(db_path)[BACKUPS_KEPT:]:
        if old.resolve() != protected:
            _remove(old)
    cutoff = (datetime.now() - STALE_PARTIAL).timestamp()
    pattern = _backup_name(db_path)
    for partial in backups_dir(db_path).glob(f"*{PARTIAL_SUFFIX}"):
        ours = pattern.fullmatch(partial.name.removesuffix(PARTIAL_SUFFIX))
        if ours and partial.stat().st_mtime < cutoff:
            _remove(partial)


def daily_backup(db_path: Path, today: date | None = None) -> Path | None:
    """Back the database up once per calendar day; return the new copy, or None if one exists."""
    day = (today or date.today()).strftime("%Y%m%d")
    for existing in list_backups(db_path):
        if _reason(db_path, existing) == (day, DAILY):
            return None
    return backup(db_path, DAILY)


def _schema_version(raw: sqlite3.Connection) -> tuple[str] | None:
    try:
        return raw.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:  # another program's table of that name: no RepBook schema
        return None


def restorable_problem(source: Path) -> str | None:
    """Say in one line why source is not a complete RepBook database this version can restore."""
    from app.db import shipped_revisions  # app.db imports this module

    if not source.is_file() or not sqlite.has_sqlite_header(source):
        return msg("restore.not_sqlite", source=source)
    try:
        with closing(sqlite.open_read_only(source)) as raw:
            problems = sqlite.file_problems(raw, foreign_keys=False)
            tables = sqlite.table_names(raw)
            version = _schema_version(raw) if "alembic_version" in tables else None
    except sqlite3.DatabaseError as exc:
        problems, tables, version = [str(exc)], set(), None
    if problems:
        return msg("restore.damaged", source=source, problem=problems[0])
    if version is None:
        return msg("restore.no_schema", source=source)
    if version[0] not in shipped_revisions()[1]:
        return msg("restore.newer_schema", source=source, version=version[0])
    missing = [name for name in CORE_TABLES if name not in tables]
    if missing:
        return msg("restore.incomplete", source=source, missing=missing[0])
    return None


def restore(db_path: Path, source: Path) -> Path:
    """Replace the database with a backup, after a safety copy of the current state.

    Returns where the safety copy went (the source itself when there was no database yet).
    """
    problem = restorable_problem(source)
    if source.resolve() == db_path.resolve():
        problem = msg("restore.is_itself", source=source)
    if problem:
        raise NotRestorableError(problem)
    if not db_path.exists() or db_path.stat().st_size == 0:
        create_private(db_path)
        sqlite.copy_database(source, db_path)
        return source
    try:
        safety = backup(db_path, "before-restore", keep=source)
    except DamagedDatabaseError:
        safety = _keep_damaged(db_path, keep=source)
        _replace_damaged(db_path, source)
        return safety
    try:
        sqlite.copy_database(source, db_path, pages_may_differ=True)
    except sqlite3.Error as exc:  # the copy is one transaction: the database is as it was
        raise NotRestorableError(msg("restore.copy_failed", source=source, cause=exc)) from exc
    return safety


def _keep_damaged(db_path: Path, keep: Path) -> Path:
    """Keep the damaged file's bytes (and its WAL) among the backups: some rows may be rescued."""
    folder = private_folder(backups_dir(db_path))
    target = folder / f"{db_path.stem}-{datetime.now().strftime(_STAMP)}-{DAMAGED}.sqlite"
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
    try:
        shutil.copyfile(db_path, partial)
        make_private(partial)
        wal = Path(f"{db_path}-wal")
        if wal.exists():
            shutil.copyfile(wal, f"{target}-wal")
            make_private(Path(f"{target}-wal"))
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    _prune_backups(db_path, keep)
    return target


def _replace_damaged(db_path: Path, source: Path) -> None:
    # SQLite cannot write pages into a file it cannot read, so the copy goes beside it and
    # replaces it; the old WAL must go too, or SQLite would replay it onto the restored file.
    staged = db_path.with_name(db_path.name + ".restoring")
    try:
        create_private(staged)
        sqlite.copy_database(source, staged)
        for stale in (Path(f"{db_path}-wal"), Path(f"{db_path}-shm")):
            stale.unlink(missing_ok=True)
        os.replace(staged, db_path)
    finally:
        _remove(staged)


def file_problems(db_path: Path) -> list[str]:
    """Check a database file without opening it for writing: one line per problem, [] if sound."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return []  # RepBook makes a new database there
    if not sqlite.has_sqlite_header(db_path):
        return [msg("check.not_sqlite", db_path=db_path)]
    try:
        with closing(sqlite.open_read_only(db_path)) as raw:
            problems = sqlite.file_problems(raw)
            tables = sqlite.table_names(raw)
            if not problems and tables and "alembic_version" not in tables:
                problems = [msg("check.not_repbook", db_path=db_path)]
    except sqlite3.DatabaseError as exc:
        problems = [msg("check.damaged", db_path=db_path, cause=exc)]
    return problems


def newest_sound_backup(db_path: Path) -> Path | None:
    """Return the newest backup a restore would accept, or None when there is none."""
    return next((c for c in list_backups(db_path) if restorable_problem(c) is None), None)


def restore_advice(db_path: Path) -> str:
    """Say how to get a damaged database back: restore the newest sound backup, if there is one."""
    candidate = newest_sound_backup(db_path)
    if candidate is not None:
        return msg("restore.advice", db_path=db_path, candidate=candidate)
    return msg("restore.no_backup", db_path=db_path, folder=backups_dir(db_path))


def _size(db_path: Path) -> int:
    # What a copy needs: the file and the changes its write-ahead log still holds.
    return sum(
        path.stat().st_size
        for path in (db_path, db_path.with_name(db_path.name + "-wal"))
        if path.exists()
    )
