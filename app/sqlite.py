"""Everything SQLite-specific in one place: pragmas, BEGIN IMMEDIATE, the backup API, the lock.

The rules and models never depend on these; a shared server database would replace this module
(and `bulk`'s driver shortcuts), not the code above it.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import OperationalError

from app.i18n import UserMessage
from app.private_files import data_folder

BUSY_TIMEOUT_MS = 5000
# Negative cache sizes are KiB: 64 MB normally, 256 MB while bulk work runs (see bulk_work).
CACHE_KIB = -65_536
BULK_CACHE_KIB = -262_144
ANALYSIS_LIMIT = 1000  # rows sampled per index by ANALYZE
# A connection's execution option that makes its next transaction take the write lock at once.
IMMEDIATE = "repbook_begin_immediate"


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy, not pysqlite, decide where transactions begin (needed for SAVEPOINT).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA cache_size={CACHE_KIB}")
    cursor.close()


class DatabaseBusyError(UserMessage):
    """Another program kept the database locked for longer than the busy timeout."""


def _on_begin(connection: Connection) -> None:
    # A writer takes the lock when it begins, so a second writer waits out the busy timeout
    # instead of failing when it first writes inside a read transaction ("database is locked").
    immediate = connection.get_execution_options().get(IMMEDIATE, False)
    try:
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
    except OperationalError as exc:
        code = getattr(exc.orig, "sqlite_errorcode", None)
        if code not in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            raise
        # Nothing was written yet; one line for the user instead of an unexpected error.
        raise DatabaseBusyError("db.busy", seconds=BUSY_TIMEOUT_MS // 1000) from exc


def make_engine(path: Path | str) -> Engine:
    """Create an engine for the SQLite file at path with WAL, foreign keys and a busy timeout."""
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def raw_connection(conn: Connection) -> sqlite3.Connection:
    """Return the driver connection under a SQLAlchemy connection."""
    return conn.connection.driver_connection  # type: ignore[return-value]


@contextmanager
def bulk_work(conn: Connection) -> Iterator[Connection]:
    """Give one connection a large page cache while it writes hundreds of thousands of rows.

    Random UUID keys and secondary indexes touch pages all over each table; with the default
    cache SQLite re-reads them constantly. The cache returns to normal afterwards.
    """
    # Straight to the driver: the pragma needs no transaction, and the caller may end its own.
    raw = raw_connection(conn)
    raw.execute(f"PRAGMA cache_size={BULK_CACHE_KIB}")
    try:
        yield conn
        refresh_statistics(raw)
    finally:
        raw.execute(f"PRAGMA cache_size={CACHE_KIB}")


def refresh_statistics(raw: sqlite3.Connection) -> None:
    """Sample the tables for the query planner (about 10 ms even on a 1 GB book).

    Without statistics SQLite guesses; on a large book it then picks, say, the visit status
    index over the customer index and a board column takes 170 ms instead of 1 ms.
    """
    raw.execute(f"PRAGMA analysis_limit={ANALYSIS_LIMIT}")
    raw.execute("ANALYZE")


def ensure_statistics(engine: Engine) -> None:
    """Gather planner statistics once for a database that has none yet."""
    with engine.connect() as conn:
        raw = raw_connection(conn)
        if not raw.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
            refresh_statistics(raw)


def foreign_keys_off(conn: Connection) -> None:
    """Turn foreign keys off for a schema change (a no-op inside a transaction, so first)."""
    raw_connection(conn).execute("PRAGMA foreign_keys=OFF")


def foreign_keys_on(conn: Connection) -> None:
    raw_connection(conn).execute("PRAGMA foreign_keys=ON")


def table_exists(conn: Connection, name: str) -> bool:
    return bool(
        conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (name,)
        ).first()
    )


def copy_database(
    source: Path, target: Path, *, standalone: bool = False, pages_may_differ: bool = False
) -> None:
    """Copy a live database file with SQLite's online backup API.

    A standalone copy (a backup) uses a rollback journal, so reading it later leaves no -wal
    or -shm files beside it; a database opened by RepBook turns WAL on again. A target in WAL
    mode cannot take another page size (older books used 1 KiB pages): with pages_may_differ
    such a target leaves WAL first, and RepBook turns it on again when it opens the file.
    """
    with closing(open_read_only(source)) as src, closing(sqlite3.connect(target)) as dst:
        if pages_may_differ and _page_size(src) != _page_size(dst):
            dst.execute("PRAGMA journal_mode=DELETE")
        src.backup(dst)
        if standalone:
            dst.execute("PRAGMA journal_mode=DELETE")


def _page_size(raw: sqlite3.Connection) -> int:
    return int(raw.execute("PRAGMA page_size").fetchone()[0])


SQLITE_HEADER = b"SQLite format 3\x00"


def has_sqlite_header(path: Path) -> bool:
    """Tell whether a file starts the way every SQLite database does."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def open_read_only(path: Path) -> sqlite3.Connection:
    """Open a database file for reading only: checking a file must never change it."""
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)


def table_names(raw: sqlite3.Connection) -> set[str]:
    return {row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def file_problems(
    raw: sqlite3.Connection, *, foreign_keys: bool = True, quick: bool = False
) -> list[str]:
    """Run SQLite's integrity (and foreign-key) checks on a driver connection; [] is healthy.

    quick runs quick_check: every page and b-tree checked, but not that each index agrees with
    its table — a tenth of the time on a large book.
    """
    check = "quick_check" if quick else "integrity_check"
    problems = [
        line
        for (row,) in raw.execute(f"PRAGMA {check}")
        if row != "ok"
        # One problem a line: SQLite may join several into one row under a heading line.
        for line in str(row).splitlines()
        if line.strip() and not line.startswith("*** in database")
    ]
    for row in raw.execute("PRAGMA foreign_key_check") if foreign_keys else ():
        problems.append(f"foreign key: table {row[0]} rowid {row[1]} → {row[2]}")
    return problems


def integrity_problems(conn: Connection) -> list[str]:
    """Run SQLite's integrity and foreign-key checks; an empty list means healthy."""
    return file_problems(raw_connection(conn))


class FileLock:
    """An advisory lock on `<database>.lock`: one running RepBook per database file.

    The operating system drops it when the process ends, however it ends, so a crash never
    leaves a stale lock behind. The file names its holder ("<pid> <who>"), so a second process
    can say whether a window or a command has the book open.
    """

    def __init__(self, db_path: Path) -> None:
        self.path = Path(str(db_path) + ".lock")
        self._handle: IO[Any] | None = None

    def acquire(self, holder: str = "window") -> bool:
        """Take the lock; False when another process holds it."""
        if self._handle is not None:
            return True
        data_folder(self.path.parent)
        # User-only like the database beside it; "a" never truncates a file another holds.
        descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
        handle = os.fdopen(descriptor, "a+")
        try:
            if sys.platform == "win32":
                import msvcrt

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            return False
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()} {holder}")
        handle.flush()
        self._handle = handle
        return True

    def holder(self) -> tuple[int, str] | None:
        """Return (pid, who) written by the process holding the lock, if it can be read."""
        try:
            words = self.path.read_text(encoding="utf-8").split()
        except (OSError, UnicodeDecodeError):
            return None
        if not words or not words[0].isdigit():
            return None
        return int(words[0]), (words[1] if len(words) > 1 else "window")

    @property
    def held(self) -> bool:
        return self._handle is not None

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()  # closing the file drops the lock
            self._handle = None

    def __enter__(self) -> FileLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()
