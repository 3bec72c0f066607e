"""The won deal's handoff: the checklist (items the data proves ticked for the rep), the promises
and the one-page summary to copy or export as text or PDF [M3.1.2]."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.changes import ActionError
from app.growth.handoff import handoff_form, handoff_summary, save_checklist
from app.labels import label
from app.models.service import HANDOFF_ITEMS
from ui.context import AppContext
from ui.kit.forms import button_box, error_label, show_problems, show_status


class HandoffDialog(QDialog):
    """Tick what is handed over; items the data proves are ticked and say so."""

    saved = Signal()
    file_requested = Signal(object)  # the QFileDialog for an export, so tests can answer it

    def __init__(self, ctx: AppContext, handoff_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.handoff_id = ctx, handoff_id
        self.setWindowTitle(self.tr("Handoff checklist"))
        with ctx.db.session() as session:
            form = handoff_form(session, handoff_id)
        ticks = form.ticks if form else {}
        promises = form.promises if form else None
        title = form.deal_title if form else ""
        self.proven = form.proven if form else {}
        intro = QLabel(
            self.tr(
                "Hand “{0}” over to delivery and customer success. "
                "Items the records already show are ticked; tick the rest when done."
            ).format(title)
        )
        intro.setWordWrap(True)
        self.boxes: dict[str, QCheckBox] = {}
        checks = QVBoxLayout()
        heading = QLabel(self.tr("Checklist"))
        heading.setObjectName("GrowthSectionTitle")
        checks.addWidget(heading)
        for item in HANDOFF_ITEMS:
            box = QCheckBox(label(f"handoff.{item}"))
            proven = self.proven.get(item, False)
            box.setChecked(bool(ticks.get(item)) or proven)
            if proven:
                box.setToolTip(self.tr("Shown by the records"))
                box.setText(self.tr("{0} (from records)").format(box.text()))
            box.toggled.connect(lambda _on: self._refresh_summary())
            self.boxes[item] = box
            checks.addWidget(box)
        self.promises_edit = QPlainTextEdit(promises or "")
        self.promises_edit.setPlaceholderText(
            self.tr("Promises made to the customer (delivery dates, training, discounts…)")
        )
        self.promises_edit.setFixedHeight(self.promises_edit.fontMetrics().lineSpacing() * 5)
        checks.addWidget(QLabel(self.tr("Promises made")))
        checks.addWidget(self.promises_edit)
        checks.addStretch(1)
        left = QWidget()
        left.setLayout(checks)
        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        self.summary.setObjectName("HandoffSummary")
        copy = QPushButton(self.tr("Copy summary"))
        copy.clicked.connect(lambda _c=False: self.copy_summary())
        text_button = QPushButton(self.tr("Export text…"))
        text_button.clicked.connect(lambda _c=False: self.ask_export("txt"))
        pdf_button = QPushButton(self.tr("Export PDF…"))
        pdf_button.clicked.connect(lambda _c=False: self.ask_export("pdf"))
        self.status = QLabel()
        tools = QHBoxLayout()
        tools.addWidget(copy)
        tools.addWidget(text_button)
        tools.addWidget(pdf_button)
        tools.addStretch(1)
        tools.addWidget(self.status)
        right_layout = QVBoxLayout()
        summary_heading = QLabel(self.tr("One-page summary"))
        summary_heading.setObjectName("GrowthSectionTitle")
        right_layout.addWidget(summary_heading)
        right_layout.addWidget(self.summary, 1)
        right_layout.addLayout(tools)
        right = QWidget()
        right.setLayout(right_layout)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 2)
        self.errors = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(split, 1)
        layout.addWidget(self.errors)
        layout.addWidget(
            button_box(
                self, QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
            )
        )
        self.promises_edit.textChanged.connect(self._refresh_summary)
        self.resize(980, 640)
        self._refresh_summary()

    @property
    def checklist(self) -> dict[str, bool]:
        return {item: box.isChecked() for item, box in self.boxes.items()}

    def _refresh_summary(self) -> None:
        # The summary shows the ticks and promises as they would be saved.
        try:
            with self.ctx.db.session() as session:
                text = handoff_summary(
                    session, self.handoff_id, self.checklist, self.promises_edit.toPlainText()
                )
        except ActionError:  # the handoff is gone (deleted elsewhere): nothing to summarise
            return
        self.summary.setPlainText(text)

    def summary_text(self) -> str:
        return self.summary.toPlainText()

    def copy_summary(self) -> None:
        QGuiApplication.clipboard().setText(self.summary_text())
        show_status(self.status, self.tr("Copied — paste it into WeChat or an e-mail"))

    def ask_export(self, suffix: str) -> None:
        chooser = QFileDialog(self, self.tr("Export handoff summary"))
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setDefaultSuffix(suffix)
        chooser.setNameFilter(
            self.tr("PDF (*.pdf)") if suffix == "pdf" else self.tr("Text (*.txt)")
        )
        chooser.fileSelected.connect(lambda name: self.export(Path(name)))
        chooser.open()
        self.file_requested.emit(chooser)

    def export(self, path: Path) -> None:
        """Write the summary to path: PDF by its suffix, else UTF-8 text (with BOM for Notepad)."""
        try:
            if path.suffix.lower() == ".pdf":
                from app.reports.pdf import write_text_pdf  # fpdf loads only when a PDF is made

                write_text_pdf(self.summary_text(), path, self.windowTitle())
            else:
                path.write_text(self.summary_text(), encoding="utf-8-sig")
        except OSError as problem:
            show_status(
                self.status,
                self.tr("Could not write {0}: {1}").format(path, problem.strerror),
                error=True,
            )
            return
        show_status(self.status, self.tr("Saved {0}").format(path.name))

    def accept(self) -> None:
        checklist, promises = self.checklist, self.promises_edit.toPlainText()
        try:
            outcome = self.ctx.commands.run(
                self.tr("Handoff checklist"),
                lambda s: save_checklist(s, self.handoff_id, checklist, promises),
                source=self,
            )
        except ActionError as problem:  # pragma: no cover - the runner reports refusals
            show_problems(self.errors, [str(problem)])
            return
        if outcome is None:
            return
        self.saved.emit()
        super().accept()
