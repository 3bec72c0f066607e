"""An unexpected error shows a dialog, never a crash (SPEC §11): what happened, details to save.

`ExceptionGuard.install()` replaces sys.excepthook. Qt calls it for an exception escaping a slot
and keeps running; the guard logs the details to repbook-errors.log beside the database, opens
an `ErrorDialog` (copy the details, save them to a file in the data folder) and emits
`dialog_opened` — the test seam. The book is safe: every change runs in its own transaction,
which the error rolled back.
"""

from __future__ import annotations

import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import APP_VERSION
from app.error_log import append_error_log
from app.private_files import data_folder, open_private

ExceptHook = type(sys.excepthook)


def describe(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    """Return the details a developer needs: version, time and the traceback."""
    stack = "".join(traceback.format_exception(kind, error, tb))
    return f"RepBook {APP_VERSION}, {datetime.now().isoformat(timespec='seconds')}\n{stack}"


class ErrorDialog(QDialog):
    """Says something went wrong and the data is safe; shows the details to copy or save."""

    def __init__(self, summary: str, details: str, data_folder: Path, parent: QWidget | None):
        super().__init__(parent)
        self.details, self.data_folder = details, data_folder
        self.saved_to: Path | None = None
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setObjectName("ErrorDialog")
        heading = QLabel(
            self.tr(
                "RepBook hit an unexpected error: {0}\n"
                "Your data is safe — the change in progress was not saved. You can keep working."
            ).format(summary),
            objectName="ErrorSummary",
        )
        heading.setWordWrap(True)
        self.text = QPlainTextEdit(details, objectName="ErrorDetails")
        self.text.setReadOnly(True)
        self.status = QLabel("", objectName="ErrorSaved")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.save_button = QPushButton(self.tr("Save details to a file"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_details)
        self.save_button.clicked.connect(self.save_details)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.status.setText(self.tr("The details are on the clipboard."))

    def save_details(self) -> Path | None:
        """Write the details to a user-only file in the data folder and say where."""
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self.data_folder / f"repbook-error-{stamp}.txt"
        try:
            data_folder(self.data_folder)
            with open_private(target, "w", encoding="utf-8") as handle:
                handle.write(self.details)
        except OSError as error:
            self.status.setText(self.tr("Could not save the details: {0}").format(error.strerror))
            return None
        self.saved_to = target
        self.status.setText(self.tr("Saved to {0}").format(target))
        return target


class ExceptionGuard(QObject):
    """Turns an uncaught exception into a logged error and an `ErrorDialog`."""

    dialog_opened = Signal(object)

    def __init__(self, data_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_folder, self.host = Path(data_folder), parent
        self.previous: ExceptHook | None = None
        self._handling = False

    def install(self) -> None:
        self.previous = sys.excepthook
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        if self.previous is not None and sys.excepthook == self.handle:
            sys.excepthook = self.previous
        self.previous = None

    def handle(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt) or self._handling:
            sys.__excepthook__(kind, error, tb)
            return
        self._handling = True  # an error while showing the dialog must not loop
        try:
            details = describe(kind, error, tb)
            append_error_log(self.data_folder, details)
            summary = f"{kind.__name__}: {error}" if str(error) else kind.__name__
            dialog = ErrorDialog(summary, details, self.data_folder, self.host)
            dialog.finished.connect(dialog.deleteLater)
            dialog.open()
            self.dialog_opened.emit(dialog)
        except Exception:  # noqa: BLE001 - the last resort: the terminal
            sys.__excepthook__(kind, error, tb)
        finally:
            self._handling = False
