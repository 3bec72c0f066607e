"""The import wizard's pages: file, column mapping, dry run and import (result: import_result)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from app.labels import field_label, kind_label
from app.sync.foreign import Preview
from app.sync.headers import FIELDS, KINDS
from app.sync.result import ImportResult
from ui.import_result import (
    ResultPage,  # noqa: F401 - the wizard takes every page from here
    errors_table,
    fill_errors,
    summary_text,
)
from ui.kit.forms import show_status
from ui.workers import BackgroundTask

if TYPE_CHECKING:
    from ui.import_wizard import ImportWizard

FILE, MAPPING, DRY_RUN, IMPORT, RESULT = range(5)


def problem_text(error: BaseException) -> str:
    """Say in the user's language why a file could not be used."""
    return str(error) or type(error).__name__


class FilePage(QWizardPage):
    """Choose the file; show what was detected and let the user change the kind of rows."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Choose what to import"))
        self.setSubTitle(
            self.tr(
                "A sheet saved from Excel or another CRM (CSV or XLSX), or a RepBook export bundle "
                "(a folder or .zip)."
            )
        )
        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(
            self.tr("Path of a .csv, .xlsx or .zip file, or a bundle folder")
        )
        self.path_edit.editingFinished.connect(self._typed)
        # A typed or pasted path is read as soon as it names a file, without pressing Enter.
        self._settle = QTimer(self, singleShot=True, interval=250)
        self._settle.timeout.connect(self._typed_existing)
        self.path_edit.textEdited.connect(lambda _text: self._settle.start())
        self.setAcceptDrops(True)
        browse = QPushButton(self.tr("Choose file…"), self)
        browse.clicked.connect(self._browse_file)
        folder = QPushButton(self.tr("Choose bundle folder…"), self)
        folder.clicked.connect(self._browse_folder)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        row.addWidget(folder)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.encoding = QLabel("—", self)
        self.delimiter = QLabel("—", self)
        self.header_row = QLabel("—", self)
        self.kind = QComboBox(self)
        for kind in KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.kind.setEnabled(False)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        form = QFormLayout()
        form.addRow(self.tr("Encoding"), self.encoding)
        form.addRow(self.tr("Delimiter"), self.delimiter)
        form.addRow(self.tr("Header row"), self.header_row)
        form.addRow(self.tr("The rows are"), self.kind)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addLayout(form)
        layout.addStretch(1)

    def _typed(self) -> None:
        if path := typed_path(self.path_edit.text()):
            self.owner.choose_file(path)

    def _typed_existing(self) -> None:
        path = typed_path(self.path_edit.text())
        if path is not None and path.exists():
            self.owner.choose_file(path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.owner.choose_file(Path(files[0]))

    def _browse_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a file"),
            self.path_edit.text(),
            self.tr("Spreadsheets and bundles (*.csv *.txt *.tsv *.xlsx *.zip);;All files (*)"),
        )
        if name:
            self.owner.choose_file(Path(name))

    def _browse_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Choose an export bundle folder"))
        if name:
            self.owner.choose_file(Path(name))

    def show_reading(self, path: Path) -> None:
        self.path_edit.setText(str(path))
        show_status(self.status, self.tr("Reading {0}…").format(path.name))
        self.kind.setEnabled(False)
        self.completeChanged.emit()

    def show_preview(self, preview: Preview | None, manifest: dict[str, Any] | None) -> None:
        if manifest is not None:
            total = sum(manifest.get("row_counts", {}).values())
            show_status(
                self.status,
                self.tr("RepBook export bundle from {0}, exported {1} UTC, {2} records.").format(
                    manifest.get("owner") or self.tr("(no owner)"),
                    str(manifest.get("exported_at", ""))[:16],
                    total,
                ),
            )
            self.encoding.setText("UTF-8")
            self.delimiter.setText(",")
            self.header_row.setText("1")
        elif preview is not None:
            table = preview.table
            show_status(
                self.status, self.tr("{0} columns; first rows read.").format(len(table.headers))
            )
            self.encoding.setText(table.encoding.upper() if table.encoding else "Excel (.xlsx)")
            delimiter = {"\t": self.tr("Tab"), ",": self.tr("Comma"), ";": self.tr("Semicolon")}
            self.delimiter.setText(delimiter.get(table.delimiter or "", table.delimiter or "—"))
            sheet = f" ({table.sheet})" if table.sheet else ""
            self.header_row.setText(f"{table.header_row_number}{sheet}")
            self.kind.blockSignals(True)
            self.kind.setCurrentIndex(self.kind.findData(preview.kind))
            self.kind.blockSignals(False)
            self.kind.setEnabled(True)
        self.completeChanged.emit()

    def show_problem(self, message: str) -> None:
        show_status(self.status, message, error=True)
        for label in (self.encoding, self.delimiter, self.header_row):
            label.setText("—")
        self.kind.setEnabled(False)
        self.completeChanged.emit()

    def _kind_changed(self) -> None:
        if self.owner.preview is not None:
            self.owner.preview = self.owner.preview.with_kind(self.kind.currentData())

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.owner.ready()

    def nextId(self) -> int:  # noqa: N802 - Qt override
        return DRY_RUN if self.owner.manifest is not None else MAPPING


class MappingPage(QWizardPage):
    """Each source column, sample values and a combo: the field it fills, or ignore."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Check the columns"))
        self.setSubTitle(
            self.tr(
                "RepBook guessed which field each column fills. Correct any guess; "
                "columns set to “Ignore” are not imported."
            )
        )
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Sample values"), self.tr("Import as")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.missing = QLabel(self)
        self.missing.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.missing)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        preview = self.owner.preview
        assert preview is not None
        self.table.setRowCount(len(preview.mapping.columns))
        for row, column in enumerate(preview.mapping.columns):
            samples = [r.cells[column.index] for r in preview.samples[:5] if r.cells[column.index]]
            self.table.setItem(row, 0, QTableWidgetItem(column.header))
            self.table.setItem(row, 1, QTableWidgetItem(" · ".join(samples)))
            combo = QComboBox(self.table)
            combo.addItem(self.tr("Ignore"), None)
            for field in FIELDS[preview.kind]:
                combo.addItem(field_label(field, preview.kind), field)
            combo.currentIndexChanged.connect(
                lambda _, index=column.index, box=combo: self._assign(index, box)
            )
            self.table.setCellWidget(row, 2, combo)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(2, 220)
        self._show_mapping()

    def combo(self, column: int) -> QComboBox:
        """Return the field chooser of a source column (a test seam too)."""
        return self.table.cellWidget(column, 2)  # type: ignore[return-value]

    def _assign(self, index: int, box: QComboBox) -> None:
        preview = self.owner.preview
        assert preview is not None
        self.owner.preview = preview.with_field(index, box.currentData())
        self._show_mapping()

    def _show_mapping(self) -> None:
        preview = self.owner.preview
        assert preview is not None
        for row, column in enumerate(preview.mapping.columns):
            combo = self.combo(row)
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(column.field), 0))
            combo.blockSignals(False)
        lacking = [field_label(f, preview.kind) for f in preview.mapping.missing_required()]
        show_status(
            self.missing,
            self.tr("Choose a column for: {0}").format("、".join(lacking)) if lacking else "",
            error=True,
        )
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        preview = self.owner.preview
        return preview is not None and not preview.mapping.missing_required()


class RunPage(QWizardPage):
    """Run the import (as a dry run or for real) with a progress bar and a cancel button."""

    done = Signal()

    def __init__(self, wizard: ImportWizard, dry_run: bool) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.dry_run = dry_run
        self.result: ImportResult | None = None
        self.task: BackgroundTask | None = None
        if dry_run:
            self.setTitle(self.tr("Try it first"))
            self.setSubTitle(
                self.tr("A dry run: what the import would do. Nothing is written yet.")
            )
            self.setCommitPage(True)
            self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        else:
            self.setTitle(self.tr("Importing"))
            self.setSubTitle(
                self.tr("The database is backed up first. Cancel undoes the whole import.")
            )
        self.bar = QProgressBar(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.cancel_button = QPushButton(
            self.tr("Cancel import") if not dry_run else self.tr("Stop"), self
        )
        self.cancel_button.clicked.connect(self.cancel)
        self.errors = errors_table(self)
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.errors, 1)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.result = None
        self.errors.setRowCount(0)
        self.bar.setRange(0, 0)
        show_status(
            self.status, self.tr("Checking every row…") if self.dry_run else self.tr("Importing…")
        )
        self.cancel_button.setEnabled(True)
        self.task = self.owner.start_import(self.dry_run)
        self.task.progressed.connect(self._progressed)
        self.task.succeeded.connect(self._succeeded)
        self.task.failed.connect(lambda error: self._stopped(problem_text(error)))
        self.task.cancelled.connect(
            lambda: self._stopped(self.tr("Cancelled. Nothing was changed."))
        )
        self.task.finished.connect(self.done)
        self.task.start()
        self.completeChanged.emit()

    def cleanupPage(self) -> None:  # noqa: N802 - Qt override: the user went back
        if self.task is not None:
            for signal in (
                self.task.progressed,
                self.task.succeeded,
                self.task.failed,
                self.task.cancelled,
            ):
                signal.disconnect()
            self.task.cancel()
        self.result = None

    def cancel(self) -> None:
        if self.task is not None and self.task.is_running():
            self.cancel_button.setEnabled(False)
            show_status(self.status, self.tr("Cancelling…"))
            self.task.cancel()

    def _progressed(self, done: int, total: int) -> None:
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def _succeeded(self, result: ImportResult) -> None:
        self.result = result
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.cancel_button.setEnabled(False)
        prefix = self.tr("If you import now:") + "\n" if self.dry_run else ""
        show_status(self.status, prefix + summary_text(result))
        fill_errors(self.errors, result)
        self.completeChanged.emit()
        if not self.dry_run:
            self.owner.imported(result)

    def _stopped(self, message: str) -> None:
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.cancel_button.setEnabled(False)
        show_status(self.status, message, error=True)

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.result is not None


def typed_path(text: str) -> Path | None:
    """Read a path as people paste it: quoted ("C:\\客户.csv"), as a file:// URL, or plain."""
    text = text.strip().strip("\"'“”")
    if text.startswith("file://"):
        text = QUrl(text).toLocalFile()
    return Path(text).expanduser() if text else None
