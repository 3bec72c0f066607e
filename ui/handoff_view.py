"""Open handoffs of won deals, listed until their checklist is done."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.growth.handoff import HandoffRow, open_handoffs
from ui.context import AppContext, ChangeEvent
from ui.handoff_dialog import HandoffDialog
from ui.kit.empty_state import EmptyState
from ui.kit.format import format_day, format_money
from ui.kit.tables import row_table
from ui.models.row_table_model import AnyIndex, RowTableModel


class HandoffTableModel(RowTableModel[HandoffRow]):
    """HandoffRow tuples as table rows."""

    CONTEXT = "HandoffTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("HandoffTableModel", "Customer"),
        QT_TRANSLATE_NOOP("HandoffTableModel", "Deal"),
        QT_TRANSLATE_NOOP("HandoffTableModel", "Amount"),
        QT_TRANSLATE_NOOP("HandoffTableModel", "Won on"),
        QT_TRANSLATE_NOOP("HandoffTableModel", "Checklist"),
    )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        match column:
            case 0:
                return row.customer_name
            case 1:
                return row.deal_title
            case 2:
                return format_money(self.locale, row.amount)
            case 3:
                return format_day(self.locale, row.closed_date) if row.closed_date else "—"
            case 4:
                return QCoreApplication.translate("HandoffTableModel", "{0} of {1} done").format(
                    row.done, row.total
                )
        return None


class HandoffView(QWidget):
    """The handoffs still to do; open one to tick its checklist and copy its summary."""

    customer_activated = Signal(str)
    dialog_opened = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = HandoffTableModel(self)
        self.table = row_table(self.model, stretch=1)
        self.table.activated.connect(lambda index: self.open_handoff(index.row()))
        self.empty = EmptyState(
            self.tr("No handoffs to do"),
            self.tr(
                "When you win a deal, its handoff to delivery waits here until every item "
                "of the checklist is ticked."
            ),
            icon_name="trophy",
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.count_label = QLabel()
        self.count_label.setObjectName("PageHint")
        open_button = QPushButton(self.tr("Open checklist"))
        open_button.setProperty("primary", True)
        open_button.clicked.connect(lambda _c=False: self.open_handoff(self.current_row()))
        bar = QHBoxLayout()
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        bar.addWidget(open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        ctx.events.changed.connect(self._changed)
        self.reload()

    def reload(self) -> None:
        with self.ctx.db.session() as session:
            rows = open_handoffs(session)
        self.model.reset(rows)
        self.count_label.setText(self.tr("{0} open handoffs").format(len(rows)))
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        if rows:
            self.table.selectRow(0)

    def current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def open_handoff(self, row: int) -> HandoffDialog | None:
        if not 0 <= row < len(self.model.rows):
            return None
        dialog = HandoffDialog(self.ctx, self.model.rows[row].id, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog

    def _changed(self, event: ChangeEvent) -> None:
        if event.touches("handoff", "deal", "customer"):
            self.reload()
