"""A book of the first released schema upgrades to head on start: backup first, every row intact."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from app import db as database
from app.models import Contact, Customer, Deal

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema_0001.sqlite"
# What later migrations change on purpose: 0003 turns lost reasons into codes.
MIGRATED = {("deal", "lost_reason"): {"价格过高": "price", "客户搬迁了": "other:客户搬迁了"}}


def snapshot(path: Path) -> dict[str, list[dict[str, object]]]:
    """Every row of every table, by primary key, as plain values."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        conn.row_factory = sqlite3.Row
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        rows = {}
        for table in tables:
            keys = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")') if r[5]]
            order = ", ".join(f'"{key}"' for key in keys) or "rowid"
            rows[table] = [
                dict(row) for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY {order}')
            ]
    return rows


def test_the_fixture_is_small_sound_and_of_schema_0001() -> None:
    assert FIXTURE.stat().st_size < 200_000
    before = snapshot(FIXTURE)
    assert before["alembic_version"] == [{"version_num": "0001"}]
    assert all(len(rows) >= 3 for name, rows in before.items() if name != "alembic_version")
    assert database.file_problems(FIXTURE) == []


def test_a_schema_0001_book_upgrades_on_start_after_a_backup_with_every_row_intact(
    tmp_path,
) -> None:
    book = tmp_path / "repbook.sqlite"
    shutil.copyfile(FIXTURE, book)
    before = snapshot(FIXTURE)
    made: list[Path] = []

    db = database.open_database(book, on_backup=made.append)
    try:
        assert database.current_revision(db.engine) == database.head_revision()
        with db.session() as session:
            customers = {c.name: c for c in session.scalars(select(Customer))}
            contacts = sorted(session.scalars(select(Contact.name)))
            lost = {d.title: d.lost_reason for d in session.scalars(select(Deal))}
    finally:
        db.close()

    # The backup was taken first: it is the 0001 book, byte for byte in its rows.
    [backup] = made
    assert backup in database.list_backups(book) and backup.name.endswith("before-migration.sqlite")
    assert snapshot(backup) == before

    after = snapshot(book)
    assert after["alembic_version"] == [{"version_num": database.head_revision()}]
    for table, rows in before.items():
        if table == "alembic_version":
            continue
        assert len(after[table]) == len(rows), table
        for old, new in zip(rows, after[table], strict=True):
            for column, value in old.items():
                expected = MIGRATED.get((table, column), {}).get(value, value)
                assert new[column] == expected, (table, column, old.get("id"))

    # A few values through the app's own models, as the screens read them.
    assert customers["杭州云启科技有限公司"].tier == "A"
    assert customers["杭州云启科技有限公司"].revenue_12m == Decimal("12800.00")
    assert customers["上海申达贸易有限公司"].revenue_12m == Decimal("5600.50")
    assert customers["Acme Trading Ltd"].orders_24m == 0  # added by 0002, filled with 0
    assert contacts == ["John Smith", "李娜", "王小明"]
    assert lost == {"ERP 二期": None, "年度维保": "price", "Lost: CRM pilot": "other:客户搬迁了"}
    assert database.file_problems(book) == []
