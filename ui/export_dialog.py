"""Export everything to a bundle (folder or .zip) with progress, cancel and a result to open.

Tests drive it without exec(): show(), set_target(path), start(), then wait for finished.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.sync.bundle import ExportSummary, export_bundle
from app.sync.bundle_export import free_name
from ui.context import AppContext
from ui.kit.forms import show_status
from ui.workers import BackgroundTask


class ExportDialog(QDialog):
    """Choose where the bundle goes, watch it being written, open it."""

    finished_export = Signal()  # after success, failure or cancel

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.summary: ExportSummary | None = None
        self.task: BackgroundTask | None = None
        self._close_when_done = False
        self.setWindowTitle(self.tr("Export bundle"))
        self.setMinimumWidth(620)
        intro = QLabel(
            self.tr(
                "Writes every record — including deletions — as CSV files with a manifest. Another "
                "RepBook (your team lead's, or yours on another computer) imports it and merges by "
                "record, keeping whichever side changed last."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.path_edit = QLineEdit(self)
        stamp = QDate.currentDate().toString("yyyyMMdd")
        self.path_edit.setText(str(free_name(Path.home() / f"RepBook-{stamp}.zip")))
        folder = QPushButton(self.tr("Folder…"), self)
        folder.clicked.connect(self._choose_folder)
        archive = QPushButton(self.tr("Zip file…"), self)
        archive.clicked.connect(self._choose_zip)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(folder)
        row.addWidget(archive)
        self.bar = QProgressBar(self)
        self.bar.setValue(0)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button = self.buttons.addButton(
            self.tr("Open folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.open_button.setVisible(False)
        self.export_button.clicked.connect(self.start)
        self.open_button.clicked.connect(self._open_folder)
        self.close_button.clicked.connect(self._close_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def set_target(self, path: Path) -> None:
        """Choose the bundle's place: a folder, or a .zip file by its suffix."""
        self.path_edit.setText(str(path))

    def _choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Export into a new or empty folder"))
        if name:
            self.set_target(Path(name))

    def _choose_zip(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export as a zip file"),
            self.path_edit.text(),
            self.tr("Zip files (*.zip)"),
        )
        if name:
            self.set_target(Path(name if name.lower().endswith(".zip") else name + ".zip"))

    def start(self) -> None:
        """Export in the background; the Close button becomes Cancel meanwhile."""
        text = self.path_edit.text().strip()
        if not text:
            show_status(self.status, self.tr("Choose where to export to."))
            return
        target = Path(text).expanduser()
        if target.is_file() or (target / "manifest.json").is_file():
            # An earlier export is never replaced silently: propose the next free name.
            proposal = free_name(target)
            self.set_target(proposal)
            self.status.setText(
                self.tr("{0} already exists. Export as {1}? Press Export again.").format(
                    target.name, proposal.name
                )
            )
            return
        db = self.ctx.db
        self.summary = None
        self.export_button.setEnabled(False)
        self.open_button.setVisible(False)
        self.close_button.setText(self.tr("Cancel"))
        self.bar.setRange(0, 0)
        show_status(self.status, self.tr("Exporting to {0}…").format(target))
        task = BackgroundTask(lambda progress: export_bundle(db, target, progress=progress), self)
        task.progressed.connect(self._progressed)
        task.succeeded.connect(self._succeeded)
        task.failed.connect(
            lambda error: self._stopped(self.tr("Export failed: {0}").format(error))
        )
        task.cancelled.connect(
            lambda: self._stopped(self.tr("Export cancelled; nothing was written."))
        )
        task.finished.connect(self._finished)
        self.task = task
        task.start()

    def _progressed(self, done: int, total: int) -> None:
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def _succeeded(self, summary: ExportSummary) -> None:
        self.summary = summary
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        show_status(
            self.status, self.tr("Exported {0} records to {1}").format(summary.total, summary.path)
        )
        self.open_button.setVisible(True)

    def _stopped(self, message: str) -> None:
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        show_status(self.status, message, error=True)

    def _finished(self) -> None:
        self.export_button.setEnabled(True)
        self.close_button.setText(self.tr("Close"))
        self.finished_export.emit()
        if self._close_when_done:
            super().reject()

    def _open_folder(self) -> None:
        if self.summary is not None:
            place = self.summary.path if self.summary.path.is_dir() else self.summary.path.parent
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(place)))

    def _close_clicked(self) -> None:
        # While exporting the button reads Cancel: stop the export but stay to show what happened.
        if self.task is not None and self.task.is_running():
            show_status(self.status, self.tr("Cancelling…"))
            self.task.cancel()
            return
        self.reject()

    def reject(self) -> None:
        # Esc or the window's close box: stop first, close once the worker has stopped.
        if self.task is not None and self.task.is_running():
            self._close_when_done = True
            show_status(self.status, self.tr("Cancelling…"))
            self.task.cancel()
            return
        super().reject()
