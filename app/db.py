"""The SQLite database: engine, sessions, migrations and backups."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from app import sqlite
from app.backups import (
    BACKUPS_KEPT,
    BackupError,
    DamagedDatabaseError,
    NotRestorableError,
    backup,
    backups_dir,
    daily_backup,
    file_problems,
    list_backups,
    newest_sound_backup,
    restorable_problem,
    restore,
    restore_advice,
)
from app.i18n import UserMessage
from app.private_files import create_private, data_folder

if TYPE_CHECKING:  # Alembic takes ~0.4 s to import; start-up imports it only when needed.
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
BUSY_TIMEOUT_MS = sqlite.BUSY_TIMEOUT_MS
bulk_work = sqlite.bulk_work
make_engine = sqlite.make_engine
_daily_backup = daily_backup  # open_database's flag of the same name hides it
__all__ = [
    "BACKUPS_KEPT",
    "BackupError",
    "DamagedDatabaseError",
    "NotRestorableError",
    "backup",
    "backups_dir",
    "daily_backup",
    "file_problems",
    "list_backups",
    "newest_sound_backup",
    "restorable_problem",
    "restore",
    "restore_advice",
]


@dataclass
class Database:
    """An open database: where it lives and how to start a unit of work.

    `session()` reads; `write()` is the one way to change data: a session whose transaction
    begins IMMEDIATE, so a second writer waits for the first instead of failing.
    """

    path: Path
    engine: Engine
    session: sessionmaker[Session]

    @contextmanager
    def write(self) -> Iterator[Session]:
        """Open one write unit of work: commit when the block ends, roll back on an error."""
        with self.engine.connect() as conn:
            conn.execution_options(**{sqlite.IMMEDIATE: True})
            with Session(bind=conn, expire_on_commit=False) as session, session.begin():
                yield session

    @contextmanager
    def write_connection(self) -> Iterator[Connection]:
        """Open one write transaction on a bare connection (bulk paths: imports, demo data)."""
        with self.engine.connect() as conn:
            conn.execution_options(**{sqlite.IMMEDIATE: True})
            with conn.begin():
                yield conn

    @contextmanager
    def bulk_connection(self) -> Iterator[Connection]:
        """Open a connection whose transactions begin IMMEDIATE (imports that may roll back)."""
        with self.engine.connect() as conn:
            conn.execution_options(**{sqlite.IMMEDIATE: True})
            yield conn

    def close(self) -> None:
        self.engine.dispose()


def _alembic_config(connection: object) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


class SchemaTooNewError(UserMessage):
    """The database was written by a newer RepBook whose migrations this version lacks."""


class UnusableDatabaseError(Exception):
    """The file is not a database RepBook can open (not SQLite, damaged, unreadable)."""

    def __init__(self, path: Path, reason: object) -> None:
        super().__init__(f"{path}: {reason}")
        self.path, self.reason = path, reason


DatabaseLock = sqlite.FileLock  # one running RepBook per database file


def _scripts() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS_DIR))


_REVISION_LINE = re.compile(r"^(down_)?revision\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)


def shipped_revisions() -> tuple[str, frozenset[str]]:
    """Return (head, every revision) from the migration files, without importing Alembic.

    Alembic takes ~0.4 s to import; start-up only needs it when the schema must change.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        for down, value in _REVISION_LINE.findall(path.read_text(encoding="utf-8")):
            (parents if down else revisions).add(value)
    heads = revisions - parents
    if len(heads) != 1:  # a merge or an unusual file: let Alembic decide
        scripts = _scripts()
        return scripts.get_current_head() or "", frozenset(
            s.revision for s in scripts.walk_revisions()
        )
    return heads.pop(), frozenset(revisions)


def head_revision() -> str:
    """Return the newest migration revision shipped with this version."""
    return shipped_revisions()[0]


def current_revision(engine: Engine) -> str | None:
    """Return the database's migration revision, or None for a new database."""
    with engine.connect() as conn:
        if not sqlite.table_exists(conn, "alembic_version"):
            return None
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest revision, with foreign keys off while tables are rebuilt."""
    from alembic import command

    with engine.connect() as conn:
        sqlite.foreign_keys_off(conn)
        command.upgrade(_alembic_config(conn), "head")
        conn.commit()
        sqlite.foreign_keys_on(conn)


def open_database(
    path: Path | str,
    *,
    on_backup: Callable[[Path], None] | None = None,
    daily_backup: bool = False,
) -> Database:
    """Open (creating if needed) the database at path and upgrade its schema, backing up first.

    With daily_backup, also keep one copy per calendar day (the GUI asks for it on start).
    """
    db_path = Path(path).expanduser()
    data_folder(db_path.parent)  # a folder RepBook makes is user-only, like the file
    if not db_path.exists():
        create_private(db_path)  # SQLite gives its -wal and -shm files the same mode
    engine = make_engine(db_path)
    try:
        return _open(db_path, engine, on_backup, daily_backup)
    except DatabaseError as exc:
        engine.dispose()
        raise UnusableDatabaseError(db_path, exc.orig) from exc
    except BackupError as exc:  # a damaged file refuses to be copied
        engine.dispose()
        raise UnusableDatabaseError(db_path, exc) from exc


def _open(
    db_path: Path, engine: Engine, on_backup: Callable[[Path], None] | None, daily: bool
) -> Database:
    revision = current_revision(engine)
    head, known = shipped_revisions()
    if revision != head:
        if revision is not None and revision not in known:
            engine.dispose()
            raise SchemaTooNewError("db.schema_too_new", path=db_path, revision=revision)
        if revision is not None:
            made = backup(db_path, "before-migration")
            if on_backup:
                on_backup(made)
        upgrade(engine)
    sqlite.ensure_statistics(engine)
    if daily and revision is not None:  # a new, empty book needs no copy
        _daily_backup(db_path)
    return Database(db_path, engine, sessionmaker(engine, expire_on_commit=False))


def integrity_problems(engine: Engine) -> list[str]:
    """Run the database's integrity and foreign-key checks; an empty list means healthy."""
    with engine.connect() as conn:
        return sqlite.integrity_problems(conn)
