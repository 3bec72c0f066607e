"""Start the GUI: translations, style, the single-instance lock, the database and the window."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QSettings, QTimer
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import APP_NAME, APP_VERSION
from app import db as database
from app.db import BackupError, DatabaseLock
from app.derived import refresh_if_new_day
from app.derived.growth import growth_is_stale, rebuild_growth
from app.i18n import detect_language, set_language
from app.instance import WINDOW, lock_holder
from app.paths import default_db_path
from app.playbook import prepare_playbook
from app.private_files import FolderUnusableError, data_folder
from app.summary import is_empty
from ui import translations
from ui.context import AppContext, ChangeEvent
from ui.demo_loader import load_demo
from ui.error_dialog import ExceptionGuard
from ui.main_window import MainWindow
from ui.platform_check import display_problem
from ui.resources import style_sheet
from ui.restore_offer import offer_restore, open_book
from ui.workers import BackgroundTask

# The day's backup and recompute wait this long after the window appears: checking and copying a
# large book reads the whole file, which should not compete with the first screen's reads.
DAILY_WORK_DELAY_MS = 1500


def make_application(argv: list[str] | None = None) -> QApplication:
    """Create (or reuse) the QApplication with RepBook's names and style sheet."""
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(APP_VERSION)
    app.setStyleSheet(style_sheet())
    return app


def choose_language(settings: QSettings, requested: str | None) -> str:
    """Command line first, then the saved setting, then the system locale."""
    return requested or str(settings.value("language", "") or "") or detect_language()


def offer_demo(window: QWidget, ctx: AppContext) -> bool:
    """On an empty database, offer demo data so every screen has something to show."""
    with ctx.db.session() as session:
        if not is_empty(session):
            return False
    answer = QMessageBox.question(
        window,
        QApplication.translate("Startup", "Welcome to RepBook"),
        QApplication.translate(
            "Startup",
            "Your database is empty. Load a demo book of business (300 customers with deals, "
            "visits and orders) to explore RepBook? You can import your own spreadsheet later.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    return load_demo(window, ctx)


def refresh_derived_in_background(window: QWidget, ctx: AppContext) -> BackgroundTask:
    """On the first start of a day, recompute tiers, RFM, churn and growth suggestions off the
    GUI thread.

    Windows like "the last 12 months" move with the calendar; the screens reload when done.
    """

    def work(progress: Callable[[int, int], bool]) -> object:
        result = refresh_if_new_day(ctx.db)
        if growth_is_stale(ctx.db):  # cross-sell / up-sell, after the tiers they copy
            rebuild_growth(ctx.db, progress)
            return result or True
        return result

    task = BackgroundTask(work, window)

    def done(result: object) -> None:
        if result is not None:
            ctx.events.announce(ChangeEvent.everything())

    task.succeeded.connect(done)
    task.start()
    return task


def lock_refusal(lock: DatabaseLock, path: Path) -> str:
    """Say who holds the book's lock: another window, or a command (demo, import, restore)."""
    pid, who = lock_holder(lock)
    if who == WINDOW:
        return QApplication.translate(
            "Startup", "{0} is already open in another RepBook window."
        ).format(path)
    return QApplication.translate(
        "Startup",
        "{0} is in use by a RepBook command ({1}, process {2}). "
        "Open RepBook again when it has finished.",
    ).format(path, who, pid)


def back_up_in_background(path: Path, parent: QObject) -> BackgroundTask:
    """Make the day's checked copy of the book off the GUI thread (seconds on a large book).

    The same integrity check as before the window existed; a damaged book fails it, and the
    task's `failed` carries the BackupError for the restore offer.
    """
    task = BackgroundTask(lambda _progress: database.daily_backup(path), parent)
    task.start()
    return task


def run_gui(db_path: Path | None, requested_language: str | None) -> int:
    """Open the main window on the database and run the event loop."""
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    app = make_application()
    settings = QSettings()
    language = choose_language(settings, requested_language)
    set_language(language)
    translations.install(app, language)

    path = (db_path or default_db_path()).expanduser()
    try:
        data_folder(path.parent)  # user-only when RepBook makes it (SPEC §11)
    except FolderUnusableError as exc:
        QMessageBox.warning(None, APP_NAME, str(exc))
        return 1
    lock = DatabaseLock(path)
    if not lock.acquire():
        QMessageBox.warning(None, APP_NAME, lock_refusal(lock, path))
        return 1
    # A damaged book: says what is wrong, offers the newest sound backup. The day's checked
    # backup follows once the window is up (see start_daily_work).
    db = open_book(path, daily_backup=False)
    if db is None:
        lock.release()
        return 1
    guard = ExceptionGuard(path.parent)  # an uncaught error: a dialog with details, not a crash
    guard.install()
    for problem in prepare_playbook(db):  # shipped content into the book; problems, one a line
        print(problem, file=sys.stderr)

    holder: dict[str, Any] = {"db": db}

    def open_window(lang: str) -> None:
        # A new language rebuilds the window, so every tr() string is looked up again.
        old = holder.get("window")
        if old is not None:
            translations.install(app, lang)
            set_language(lang)
        ctx = AppContext(holder["db"], settings, QUndoStack(), language=lang)
        window = MainWindow(ctx)
        window.language_change_requested.connect(open_window)
        window.show()
        holder["window"] = window
        guard.host = window
        if old is not None:
            old.close()
            old.deleteLater()
        else:
            offer_demo(window, ctx)
            # After the first paint, and after the visible page's own reads have settled.
            QTimer.singleShot(DAILY_WORK_DELAY_MS, lambda: start_daily_work(ctx))

    def start_daily_work(ctx: AppContext) -> None:
        # First the day's checked copy of the book as it was opened, then the day's recompute.
        task = back_up_in_background(path, app)
        holder["backup"] = task
        # The window of the moment: a change of language may have replaced the first one.
        task.succeeded.connect(lambda _made: refresh_derived_in_background(holder["window"], ctx))
        task.failed.connect(found_damaged)

    def found_damaged(error: Exception) -> None:
        if not isinstance(error, BackupError):
            raise error  # not about the book: the error dialog, as for any other
        window: MainWindow = holder["window"]
        # The window goes, the offer comes, as if the damage had been found before it opened.
        QGuiApplication.setQuitOnLastWindowClosed(False)
        window.save_layout()
        window.hide()
        holder.pop("window", None)
        holder["db"].close()
        restored = offer_restore(path, error)
        window.close()
        window.deleteLater()
        again = open_book(path, daily_backup=False) if restored else None
        QGuiApplication.setQuitOnLastWindowClosed(True)
        if again is None:
            holder["db"] = None
            app.quit()
            return
        holder["db"] = again
        open_window(window.ctx.language)

    open_window(language)
    QGuiApplication.setQuitOnLastWindowClosed(True)
    code = app.exec()
    backup_task = holder.get("backup")
    if backup_task is not None and backup_task.is_running():  # a copy is never cut short
        waiting = QEventLoop()
        backup_task.finished.connect(waiting.quit)
        waiting.exec()
    guard.uninstall()
    if holder["db"] is not None:
        holder["db"].close()
    lock.release()
    return code
