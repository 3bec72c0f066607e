"""Database set-up: pragmas, migrations on start, backups and restore."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import select

from app import db as database
from app.models import Customer


def test_connections_use_wal_foreign_keys_and_a_busy_timeout(db) -> None:
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == database.BUSY_TIMEOUT_MS


def test_a_new_database_is_at_the_newest_revision_without_a_backup(db) -> None:
    assert database.current_revision(db.engine) == database.head_revision()
    assert database.list_backups(db.path) == []


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path) -> None:
    path = tmp_path / "newer.sqlite"
    database.open_database(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'from-the-future'")
    conn.close()
    with pytest.raises(database.SchemaTooNewError, match="newer RepBook"):
        database.open_database(path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "from-the-future",
        )
    conn.close()


def test_backups_keep_only_the_newest_ten(db) -> None:
    for _ in range(12):
        database.backup(db.path, "manual")
    assert len(database.list_backups(db.path)) == database.BACKUPS_KEPT


def test_restore_brings_back_the_backed_up_rows_and_keeps_a_safety_copy(db) -> None:
    with db.session.begin() as s:
        s.add(Customer(name="备份前"))
    saved = database.backup(db.path, "manual")
    with db.session.begin() as s:
        s.add(Customer(name="备份后"))
    db.close()
    safety = database.restore(db.path, saved)
    reopened = database.open_database(db.path)
    with reopened.session() as s:
        assert s.scalars(select(Customer.name)).all() == ["备份前"]
    with sqlite3.connect(safety) as conn:
        assert sorted(r[0] for r in conn.execute("SELECT name FROM customer")) == [
            "备份前",
            "备份后",
        ]
    reopened.close()


def test_integrity_check_reports_a_healthy_database_as_clean(db) -> None:
    assert database.integrity_problems(db.engine) == []


def test_migrations_build_exactly_the_schema_the_models_declare(db) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from app.models import Base
    from app.models.search_index import include_name

    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": include_name})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_the_start_up_revision_reader_agrees_with_alembic() -> None:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory(str(database.MIGRATIONS_DIR))
    head, known = database.shipped_revisions()
    assert head == scripts.get_current_head()
    assert known == {s.revision for s in scripts.walk_revisions()}
