"""Start-up on a damaged book offers the newest sound backup (the dialog seam, no exec())."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QDialog

from app import db as database
from app.models import Customer
from app.models.types import new_id
from ui.restore_offer import RestoreOffer, open_book


def add_customers(path: Path, *names: str) -> None:
    db = database.open_database(path)
    with db.write() as session:
        for name in names:
            session.add(Customer(id=new_id(), name=name))
    db.close()


def names(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT name FROM customer ORDER BY name").fetchall()
    conn.close()
    return [row[0] for row in rows]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Clicks:
    """The seam: look at the dialog, press one of its buttons, report the result — no exec()."""

    def __init__(self, button: str) -> None:
        self.button, self.seen = button, []

    def __call__(self, dialog: QDialog) -> int:
        assert isinstance(dialog, RestoreOffer)
        self.seen.append(dialog)
        getattr(dialog, self.button).click()
        return dialog.result()


def text_of(dialog: RestoreOffer) -> str:
    from PySide6.QtWidgets import QLabel

    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_a_book_that_will_not_open_is_restored_from_the_newest_sound_backup(
    qtbot, tmp_path
) -> None:
    path = tmp_path / "repbook.sqlite"
    add_customers(path, "杭州云启科技有限公司")
    older = database.backup(path, "manual")
    add_customers(path, "上海申达贸易有限公司")
    newest = database.backup(path, "manual")
    with path.open("r+b") as handle:  # the header destroyed: SQLite will not open it
        handle.write(b"\0" * 100)

    ask = Clicks("restore_button")
    db = open_book(path, ask)
    [dialog] = ask.seen
    qtbot.addWidget(dialog)
    assert db is not None
    try:
        assert names(db.path) == ["上海申达贸易有限公司", "杭州云启科技有限公司"]
        text = text_of(dialog)
        assert str(path) in text and newest.name in text and older.name not in text
        kept = [p.name for p in database.list_backups(path) if p.name.endswith("-damaged.sqlite")]
        assert len(kept) == 1  # the damaged bytes are kept, some rows may be rescued
        assert database.file_problems(path) == []
    finally:
        db.close()


def test_damage_found_by_the_daily_check_is_offered_and_quit_leaves_the_file_alone(
    qtbot, tmp_path
) -> None:
    path = tmp_path / "repbook.sqlite"
    add_customers(path, "客户甲")
    database.backup(path, "manual")
    with path.open("r+b") as handle:  # a failing disk zeroes a page the opening never reads
        handle.seek(4096)
        handle.write(b"\0" * 4096)
    before = digest(path)

    ask = Clicks("quit_button")
    assert open_book(path, ask) is None
    [dialog] = ask.seen
    qtbot.addWidget(dialog)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.restore_button is not None  # it was offered
    assert digest(path) == before


def test_without_a_sound_backup_it_says_where_it_looked_and_offers_only_quit(
    qtbot, tmp_path
) -> None:
    path = tmp_path / "repbook.sqlite"
    path.write_bytes(b"this is not a database at all, just text")
    ask = Clicks("quit_button")
    assert open_book(path, ask) is None
    [dialog] = ask.seen
    qtbot.addWidget(dialog)
    assert dialog.restore_button is None
    assert "No sound backup" in text_of(dialog)


def test_opening_the_book_for_the_window_takes_the_days_backup_once(qapp, tmp_path) -> None:
    book = tmp_path / "book.sqlite"
    add_customers(book, "每日备份的客户")
    for _ in range(2):
        db = open_book(book, ask=Clicks("quit_button"))
        assert db is not None
        db.close()
    [daily] = [p for p in database.list_backups(book) if p.name.endswith("-daily.sqlite")]
    assert names(daily) == ["每日备份的客户"]


def test_the_windows_daily_check_runs_in_the_background_and_finds_the_damage(
    qtbot, tmp_path
) -> None:
    from PySide6.QtCore import QObject

    from ui.application import back_up_in_background

    path = tmp_path / "repbook.sqlite"
    add_customers(path, "客户乙")
    opened = open_book(path, Clicks("quit_button"), daily_backup=False)
    assert opened is not None
    opened.close()
    assert database.list_backups(path) == []
    with path.open("r+b") as handle:  # a page the opening never reads
        handle.seek(4096)
        handle.write(b"\0" * 4096)
    owner = QObject()
    task = back_up_in_background(path, owner)
    with qtbot.waitSignal(task.failed, timeout=10_000) as failed:
        pass
    assert isinstance(failed.args[0], database.DamagedDatabaseError)  # what offer_restore gets
    assert database.list_backups(path) == []  # a damaged book is never copied as a backup
