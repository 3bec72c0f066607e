"""The SQLite database: engine, sessions, migrations and backups."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from app.i18n import UserMessage

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
BACKUPS_KEPT = 10
BUSY_TIMEOUT_MS = 5000
# Negative cache sizes are KiB: 64 MB normally, 256 MB while bulk work runs (see bulk_work).
CACHE_KIB = -65_536
BULK_CACHE_KIB = -262_144
ANALYSIS_LIMIT = 1000  # rows sampled per index by ANALYZE


@dataclass
class Database:
    """An open database: where it lives and how to start a unit of work."""

    path: Path
    engine: Engine
    session: sessionmaker[Session]

    def close(self) -> None:
        self.engine.dispose()


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


def _on_begin(connection: object) -> None:
    connection.exec_driver_sql("BEGIN")  # type: ignore[attr-defined]


@contextmanager
def bulk_work(conn: Connection) -> Iterator[Connection]:
    """Give one connection a large page cache while it writes hundreds of thousands of rows.

    Random UUID keys and secondary indexes touch pages all over each table; with the default
    cache SQLite re-reads them constantly. The cache returns to normal afterwards.
    """
    # Straight to the driver: the pragma needs no transaction, and the caller may end its own.
    raw = conn.connection.driver_connection
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


def make_engine(path: Path | str) -> Engine:
    """Create an engine for the SQLite file at path with WAL, foreign keys and a busy timeout."""
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def _alembic_config(connection: object):  # noqa: ANN202 - alembic is imported lazily
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


class SchemaTooNewError(UserMessage):
    """The database was written by a newer RepBook whose migrations this version lacks."""


def _scripts():  # noqa: ANN202 - alembic is imported lazily to keep start-up fast
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
        has_table = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).first()
        if not has_table:
            return None
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest revision, with foreign keys off while tables are rebuilt."""
    from alembic import command

    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        # The pragma is a no-op inside a transaction, so it goes straight to the driver first.
        raw.execute("PRAGMA foreign_keys=OFF")
        command.upgrade(_alembic_config(conn), "head")
        conn.commit()
        raw.execute("PRAGMA foreign_keys=ON")


def backups_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def backup(db_path: Path, reason: str = "manual") -> Path:
    """Copy the database with SQLite's online backup API and keep the newest few copies."""
    target_dir = backups_dir(db_path)
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = target_dir / f"{db_path.stem}-{stamp}-{reason}.sqlite"
    with sqlite3.connect(db_path) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
    copy.close()
    _prune_backups(db_path)
    return target


def list_backups(db_path: Path) -> list[Path]:
    """Return this database's backups, newest first."""
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{db_path.stem}-*.sqlite"), reverse=True)


def _prune_backups(db_path: Path) -> None:
    for old in list_backups(db_path)[BACKUPS_KEPT:]:
        old.unlink(missing_ok=True)


def restore(db_path: Path, source: Path) -> Path:
    """Replace the database with a backup, after backing up the current state."""
    with sqlite3.connect(source) as probe:
        status = probe.execute("PRAGMA integrity_check").fetchone()[0]
    if status != "ok":
        raise ValueError(f"{source} is not a healthy RepBook backup: {status}")
    safety = backup(db_path, "before-restore") if db_path.exists() else source
    with sqlite3.connect(source) as src, sqlite3.connect(db_path) as dst:
        src.backup(dst)
    return safety


def open_database(path: Path | str, *, on_backup: Callable[[Path], None] | None = None) -> Database:
    """Open (creating if needed) the database at path and upgrade its schema, backing up first."""
    db_path = Path(path).expanduser()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(db_path)
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
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        if not raw.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
            refresh_statistics(raw)
    return Database(db_path, engine, sessionmaker(engine, expire_on_commit=False))


def integrity_problems(engine: Engine) -> list[str]:
    """Run SQLite's integrity and foreign-key checks; an empty list means healthy."""
    with engine.connect() as conn:
        problems = [
            row[0] for row in conn.execute(text("PRAGMA integrity_check")) if row[0] != "ok"
        ]
        for row in conn.execute(text("PRAGMA foreign_key_check")):
            problems.append(f"foreign key: table {row[0]} rowid {row[1]} → {row[2]}")
    return problems
