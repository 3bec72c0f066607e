"""An uncaught exception in the window: a dialog with details to save, data intact, app running."""

from __future__ import annotations

import stat
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton
from sqlalchemy import func, select

from app.actions import perform
from app.error_log import error_log_path
from app.models import Setting
from ui.error_dialog import ErrorDialog, ExceptionGuard

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def settings_named(db, key: str) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Setting).where(Setting.key == key))


def half_done_then_fails(session) -> None:
    session.add(Setting(key="half_done", value=1))
    session.flush()  # written inside the transaction …
    raise RuntimeError("the rule engine tripped over row 17")  # … and then the bug


@pytest.fixture
def guard(qtbot, db):
    guard = ExceptionGuard(db.path.parent)
    guard.install()
    yield guard
    guard.uninstall()


def test_an_uncaught_error_in_a_slot_opens_the_dialog_and_the_book_is_intact(
    qtbot, db, guard
) -> None:
    button = QPushButton("Recompute")
    qtbot.addWidget(button)
    button.clicked.connect(lambda: perform(db, half_done_then_fails))

    with qtbot.waitSignal(guard.dialog_opened) as opened:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog: ErrorDialog = opened.args[0]
    qtbot.addWidget(dialog)

    assert dialog.isVisible()
    summary = dialog.findChild(QLabel, "ErrorSummary").text()
    assert "RuntimeError: the rule engine tripped over row 17" in summary
    assert "Your data is safe" in summary
    assert "Traceback" in dialog.details and "half_done_then_fails" in dialog.details
    assert dialog.text.toPlainText() == dialog.details

    # The unit of work rolled back; the book is sound and the app goes on writing.
    assert settings_named(db, "half_done") == 0
    perform(db, lambda session: session.add(Setting(key="after_the_error", value=2)))
    assert settings_named(db, "after_the_error") == 1

    log = error_log_path(db.path.parent)
    assert "the rule engine tripped over row 17" in log.read_text(encoding="utf-8")


@posix_only
def test_the_details_can_be_copied_and_saved_to_a_user_only_file_in_the_data_folder(
    qtbot, db, guard
) -> None:
    with qtbot.waitSignal(guard.dialog_opened) as opened:
        guard.handle(*_raised(ValueError("bad amount '¥-0'")))
    dialog: ErrorDialog = opened.args[0]
    qtbot.addWidget(dialog)

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == dialog.details

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = dialog.saved_to
    assert saved is not None and saved.parent == db.path.parent
    assert saved.read_text(encoding="utf-8") == dialog.details
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert stat.S_IMODE(error_log_path(db.path.parent).stat().st_mode) == 0o600
    assert str(saved) in dialog.status.text()


def test_uninstall_gives_the_previous_hook_back(db) -> None:
    before = sys.excepthook
    guard = ExceptionGuard(db.path.parent)
    guard.install()
    assert sys.excepthook == guard.handle
    guard.uninstall()
    assert sys.excepthook is before


def _raised(error: Exception):  # noqa: ANN202
    try:
        raise error
    except Exception as caught:  # noqa: BLE001
        return type(caught), caught, caught.__traceback__
