"""Export report…: pick a file, write it in the background with a progress dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from app.insights.overview import STEPS
from app.insights.scope import Scope
from app.reports.write import ReportError, ReportResult, check_destination, write_report
from ui.context import AppContext
from ui.workers import BackgroundTask


class ReportExporter(QObject):
    """Write a report for the screen's scope; `finished_with` says what happened."""

    finished_with = Signal(object)  # ReportResult or the error

    def __init__(self, ctx: AppContext, host: QWidget) -> None:
        super().__init__(host)
        self.ctx, self.host = ctx, host
        self.task: BackgroundTask | None = None
        self.progress: QProgressDialog | None = None

    def ask(self, scope: Scope) -> None:
        """Ask where to write (the file dialog asks before replacing), then write."""
        path, _filter = QFileDialog.getSaveFileName(
            self.host,
            self.tr("Export report"),
            str(Path.home() / "RepBook-report.xlsx"),
            self.tr("Excel workbook (*.xlsx);;PDF summary (*.pdf);;CSV (*.csv)"),
        )
        if path:
            self.export(Path(path), scope, force=True)

    def export(self, path: Path, scope: Scope, force: bool = False) -> None:
        """Write the report in the background, with a progress dialog that can cancel."""
        try:
            check_destination(path, force)
        except ReportError as error:
            self._failed(error)
            return
        self.progress = QProgressDialog(
            self.tr("Writing the report…"), self.tr("Cancel"), 0, STEPS, self.host
        )
        self.progress.setMinimumDuration(300)
        task = BackgroundTask(
            lambda progress: write_report(self.ctx.db, path, scope, force, progress), self
        )
        task.progressed.connect(lambda done, total: self.progress and self.progress.setValue(done))
        task.succeeded.connect(self._done)
        task.failed.connect(self._failed)
        task.finished.connect(self._closed)
        self.progress.canceled.connect(task.cancel)
        self.task = task
        task.start()

    def _done(self, result: ReportResult) -> None:
        self.finished_with.emit(result)

    def _failed(self, error: object) -> None:
        self.finished_with.emit(error)
        QMessageBox.warning(self.host, self.tr("Export report"), str(error))

    def _closed(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
