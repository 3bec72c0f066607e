"""Start the GUI: translations, style, the single-instance lock, the database and the window."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import APP_NAME, APP_VERSION
from app.db import DatabaseLock
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
from ui.restore_offer import open_book
from ui.workers import BackgroundTask


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
    db = open_book(path)  # a damaged book: says what is wrong, offers the newest sound backup
    if db is None:
        lock.release()
        return 1
    guard = ExceptionGuard(path.parent)  # an uncaught error: a dialog with details, not a crash
    guard.install()
    for problem in prepare_playbook(db):  # shipped content into the book; problems, one a line
        print(problem, file=sys.stderr)

    holder: dict[str, MainWindow] = {}

    def open_window(lang: str) -> None:
        # A new language rebuilds the window, so every tr() string is looked up again.
        old = holder.get("window")
        if old is not None:
            translations.install(app, lang)
            set_language(lang)
        ctx = AppContext(db, settings, QUndoStack(), language=lang)
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
            refresh_derived_in_background(window, ctx)

    open_window(language)
    QGuiApplication.setQuitOnLastWindowClosed(True)
    code = app.exec()
    guard.uninstall()
    db.close()
    lock.release()
    return code
