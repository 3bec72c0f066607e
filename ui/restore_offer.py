"""Start-up on a damaged book: say what is wrong and offer the newest sound backup (SPEC §11).

A book is found damaged when it cannot be opened, or when the daily backup's integrity check
fails (the first start of each day; the window runs it in the background once it is up). `open_book` then builds a `RestoreOffer` and hands it to
`ask` — `QDialog.exec` in the app, a function that clicks a button in the tests (the seam). On
"Restore", the damaged file is kept among the backups and the backup takes its place.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from app import APP_NAME
from app.db import (
    Database,
    NotRestorableError,
    SchemaTooNewError,
    UnusableDatabaseError,
    file_problems,
    newest_sound_backup,
    open_database,
    restore,
    restore_advice,
)

PROBLEMS_SHOWN = 5
Ask = Callable[[QDialog], int]


class RestoreOffer(QDialog):
    """What is wrong with the book and, when there is one, the backup that would replace it."""

    def __init__(
        self, db_path: Path, problems: list[str], candidate: Path | None, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.candidate = candidate
        self.setWindowTitle(self.tr("The book is damaged"))
        self.setObjectName("RestoreOffer")
        shown = "\n".join(f"• {problem}" for problem in problems[:PROBLEMS_SHOWN])
        if len(problems) > PROBLEMS_SHOWN:
            shown += "\n" + self.tr("… and {0} more").format(len(problems) - PROBLEMS_SHOWN)
        intro = QLabel(
            self.tr("{0} cannot be opened safely:").format(db_path), objectName="RestoreIntro"
        )
        details = QLabel(shown, objectName="RestoreProblems")
        for label in (intro, details):
            label.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.quit_button = buttons.addButton(
            self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.restore_button = None
        if candidate is not None:
            when = datetime.fromtimestamp(candidate.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
            offer = self.tr(
                "Restore the newest sound backup, {0} (saved {1})? Changes made after it are lost; "
                "the damaged file is kept among the backups."
            ).format(candidate.name, when)
            self.restore_button = buttons.addButton(
                self.tr("Restore this backup"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.restore_button.setDefault(True)
        else:
            offer = restore_advice(db_path)  # no sound backup: says where it looked
        question = QLabel(offer, objectName="RestoreQuestion")
        question.setWordWrap(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, details, question):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(620, 240)


def _exec(dialog: QDialog) -> int:
    return dialog.exec()


def offer_restore(db_path: Path, reason: object, ask: Ask = _exec) -> bool:
    """Show what is wrong with the book and restore its newest sound backup if the user agrees."""
    problems = file_problems(db_path) or [str(reason)]
    candidate = newest_sound_backup(db_path)
    dialog = RestoreOffer(db_path, problems, candidate, None)
    if ask(dialog) != QDialog.DialogCode.Accepted or candidate is None:
        return False
    try:
        restore(db_path, candidate)
    except (NotRestorableError, OSError) as error:
        QMessageBox.critical(None, APP_NAME, str(error))
        return False
    return True


def open_book(path: Path, ask: Ask = _exec, *, daily_backup: bool = True) -> Database | None:
    """Open the book for the window; on damage, offer a restore first.

    With daily_backup the day's checked copy is made here; the window passes False and makes
    it in the background once it is up (`ui.application.DailyWork`), since checking and copying
    a large book takes many seconds — damage found there brings up the same offer.
    """
    try:
        return open_database(path, daily_backup=daily_backup)  # one checked copy a day
    except SchemaTooNewError as error:
        QMessageBox.critical(None, APP_NAME, str(error))
        return None
    except UnusableDatabaseError as error:
        if not offer_restore(path, error.reason, ask):
            return None
    try:
        return open_database(path, daily_backup=daily_backup)
    except (SchemaTooNewError, UnusableDatabaseError) as error:
        QMessageBox.critical(None, APP_NAME, str(error))
        return None
