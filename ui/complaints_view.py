"""The complaints list: overdue promises first, in red with the days; next step one click away."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.complaints import ComplaintRow, list_complaints, next_step, root_cause_counts
from app.labels import label
from ui.complaint_dialog import ComplaintDialog
from ui.context import AppContext, ChangeEvent
from ui.icons import icon
from ui.kit.empty_state import EmptyState
from ui.kit.format import format_day, format_overdue
from ui.kit.theme import overdue, set_tone

ROW_ROLE = Qt.ItemDataRole.UserRole


class ComplaintsView(QWidget):
    """Every complaint with its step and promise; the root causes counted underneath."""

    dialog_opened = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.locale = QLocale()
        self.rows: list[ComplaintRow] = []
        self.active_dialog: ComplaintDialog | None = None
        self.new_button = QPushButton(icon("add"), self.tr("New complaint…"))
        self.new_button.clicked.connect(self.new_complaint)
        self.step_button = QPushButton(self.tr("Next step…"))
        self.step_button.clicked.connect(self.next_step)
        self.open_check = QCheckBox(self.tr("Open only"), checked=True)
        self.open_check.toggled.connect(lambda _c: self.reload())
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.step_button)
        top.addStretch(1)
        top.addWidget(self.open_check)
        self.table = QTreeWidget(objectName="ComplaintTable")
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels(
            [
                self.tr("Customer"),
                self.tr("Received"),
                self.tr("Severity"),
                self.tr("Step done"),
                self.tr("Promised"),
                self.tr("Complaint"),
            ]
        )
        for column, width in enumerate((220, 110, 70, 190, 200)):
            self.table.setColumnWidth(column, width)
        self.table.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.table.itemDoubleClicked.connect(lambda *_: self.next_step())
        self.empty = EmptyState(
            self.tr("No open complaints"),
            self.tr("When a customer complains, record it here and walk it through the steps."),
            icon_name="warning",
        )
        self.empty.add_action(self.tr("New complaint…"), self.new_complaint, primary=True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.causes_label = QLabel(objectName="RootCauses")
        set_tone(self.causes_label, "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.causes_label)
        ctx.events.changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, event: ChangeEvent) -> None:
        if event.touches("complaint", "customer"):
            self.reload()

    def reload(self) -> None:
        """Re-read the complaints and the root-cause counts."""
        with self.ctx.db.session() as session:
            self.rows = list_complaints(session, open_only=self.open_check.isChecked())
            counts = root_cause_counts(session)
        self.table.clear()
        red = QBrush(overdue(self.palette()))
        today = date.today()
        for row in self.rows:
            promised = format_day(self.locale, row.promised_at.date()) if row.promised_at else ""
            if row.overdue_days:
                promised = f"{promised} · {format_overdue(row.overdue_days)}"
            item = QTreeWidgetItem(
                [
                    row.customer_name,
                    format_day(self.locale, row.received_at.date(), today),
                    label(f"severity.{row.severity}"),
                    label(f"complaint_step.{row.step}"),
                    promised,
                    row.description.replace("\n", " "),
                ]
            )
            item.setData(0, ROW_ROLE, row)
            item.setToolTip(5, row.description)
            if row.overdue_days:
                for column in range(self.table.columnCount()):
                    item.setForeground(column, red)
            self.table.addTopLevelItem(item)
        self.stack.setCurrentIndex(0 if self.rows else 1)
        if self.rows:
            self.table.setCurrentItem(self.table.topLevelItem(0))
        parts = [f"{label(f'root_cause.{code}')} {n}" for code, n in counts.items()]
        self.causes_label.setText(self.tr("Root causes so far: {0}").format(" · ".join(parts)))
        self._update_buttons()

    def current(self) -> ComplaintRow | None:
        item = self.table.currentItem()
        return item.data(0, ROW_ROLE) if item is not None else None

    def _update_buttons(self) -> None:
        row = self.current()
        due = next_step(row.step) if row else None
        self.step_button.setEnabled(due is not None)
        self.step_button.setText(
            self.tr("Next: {0}…").format(label(f"complaint_step.{due}"))
            if due
            else self.tr("Next step…")
        )

    def _open(self, dialog: ComplaintDialog) -> None:
        self.active_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.dialog_opened.emit(dialog)

    def new_complaint(self, customer_id: str | None = None) -> None:
        """Open the form to record a complaint (for a customer when given)."""
        self._open(ComplaintDialog(self.ctx, None, customer_id or None, self))

    def next_step(self) -> None:
        """Open the form for the selected complaint's next step."""
        row = self.current()
        if row is not None and next_step(row.step) is not None:
            self._open(ComplaintDialog(self.ctx, row, None, self))
