"""What an import did, or would do: the counts, the rejected rows and the wizard's last page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.labels import entity_label
from app.sync.result import ImportResult

if TYPE_CHECKING:
    from ui.import_wizard import ImportWizard

ERRORS_SHOWN = 1000


def errors_table(parent: QWidget) -> QTableWidget:
    """A read-only table of rejected rows: row, column, reason."""
    translate = QCoreApplication.translate
    table = QTableWidget(0, 3, parent)
    table.setHorizontalHeaderLabels(
        [
            translate("ImportWizard", "Row"),
            translate("ImportWizard", "Column"),
            translate("ImportWizard", "Reason"),
        ]
    )
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    table.setWordWrap(False)
    return table


def fill_errors(table: QTableWidget, result: ImportResult) -> None:
    shown = result.errors[:ERRORS_SHOWN]
    table.setRowCount(len(shown))
    for row, error in enumerate(shown):
        for column, value in enumerate((str(error.row), error.column, error.message)):
            table.setItem(row, column, QTableWidgetItem(value))
    table.resizeColumnToContents(0)
    table.resizeColumnToContents(1)


def summary_text(result: ImportResult) -> str:
    """Counts as a short paragraph, then per kind of record that changed."""
    translate = QCoreApplication.translate
    lines = [
        translate(
            "ImportWizard",
            "Created {0} · updated {1} · unchanged {2} · conflicts {3} · rejected rows {4}",
        ).format(
            result.created, result.updated, result.unchanged, result.conflicts, result.rejected
        )
    ]
    for entity, counts in result.by_entity.items():
        if counts.created or counts.updated or counts.conflicts:
            label = entity_label(entity)
            lines.append(
                translate("ImportWizard", "{0}: {1} new, {2} updated").format(
                    label, counts.created, counts.updated
                )
            )
    if made := result.customers_created_for_rows:
        more = (
            translate("ImportWizard", " and {0} more").format(len(made) - 5)
            if len(made) > 5
            else ""
        )
        lines.append(
            translate("ImportWizard", "New customers made for rows that named them: {0}").format(
                "、".join(made[:5]) + more
            )
        )
    if result.merged_rows:
        lines.append(
            translate("ImportWizard", "{0} repeated rows merged into earlier ones").format(
                result.merged_rows
            )
        )
    lines.extend(result.warnings)
    return "\n".join(lines)


class ResultPage(QWizardPage):
    """What the import did: counts, conflicts, and every rejected row with its reason."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Import finished"))
        self.setSubTitle(self.tr("What changed, and the rows that could not be imported."))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.errors = errors_table(self)
        self.open_rejects = QPushButton(self.tr("Open the folder with the rejected rows"), self)
        self.open_rejects.clicked.connect(self._open_rejects_folder)
        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.errors, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.open_rejects, 0, Qt.AlignmentFlag.AlignLeft)
        # Without rejected rows the table hides; the lines above then stay together at the top.
        layout.addStretch(0)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        result = self.owner.import_result
        assert result is not None
        self.summary.setText(summary_text(result))
        fill_errors(self.errors, result)
        self.errors.setVisible(bool(result.errors))
        notes = []
        if result.rejects_file:
            notes.append(
                self.tr(
                    "Rejected rows were saved to {0}: fix them there and import that file."
                ).format(result.rejects_file)
            )
        for conflict in result.conflict_details[:20]:
            notes.append(
                self.tr("Kept your newer {0} {1} (yours {2}, incoming {3})").format(
                    entity_label(conflict.entity),
                    conflict.id[:8],
                    conflict.local_updated_at.isoformat(sep=" ", timespec="seconds"),
                    conflict.incoming_updated_at.isoformat(sep=" ", timespec="seconds"),
                )
            )
        if result.backup_file:
            notes.append(
                self.tr("A backup taken before the import: {0}").format(result.backup_file)
            )
        self.notes.setText("\n".join(notes))
        self.open_rejects.setVisible(result.rejects_file is not None)

    def _open_rejects_folder(self) -> None:
        result = self.owner.import_result
        if result is not None and result.rejects_file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.rejects_file.parent)))
