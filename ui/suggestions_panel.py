"""One customer's cross-sell and up-sell suggestions, where the rep can turn one into a deal."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.growth.suggestions import Suggestion, customer_suggestions
from ui.context import AppContext, ChangeEvent
from ui.kit.empty_state import EmptyState
from ui.kit.forms import show_status
from ui.kit.tables import row_table
from ui.models.suggestion_table_model import SUGGESTION_ROLE, SuggestionTableModel
from ui.suggestion_actions import SUGGESTION_INPUTS, create_deal_from

COLUMNS = ("kind", "product", "value", "confidence", "lift", "reason")


class SuggestionsPanel(QWidget):
    """Cross-sell (co-purchase rules of similar customers) and up-sell for one customer."""

    deal_created = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SuggestionsPanel")
        self.ctx = ctx
        self.customer_id: str | None = None
        self.title = QLabel(self.tr("What to offer next"))
        self.title.setObjectName("GrowthSectionTitle")
        self.model = SuggestionTableModel(COLUMNS, self.locale(), self.palette(), self)
        self.table = row_table(self.model)
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(lambda _index: self.create_deal())
        self.empty = EmptyState(
            self.tr("No suggestions for this customer yet"),
            self.tr(
                "Suggestions come from what similar customers (same industry or size) bought "
                "together, and from higher editions of what this customer uses. They appear "
                "once its orders name products that peers buy with others, or that come in a "
                "higher edition."
            ),
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.create_button = QPushButton(self.tr("Create deal"))
        self.create_button.setProperty("primary", True)
        self.create_button.setToolTip(
            self.tr(
                "Put a deal for the selected suggestion in the lead stage, the reason as its need"
            )
        )
        self.create_button.clicked.connect(lambda _checked=False: self.create_deal())
        self.status = QLabel()
        self.status.setObjectName("FormStatus")
        row = QHBoxLayout()
        row.addWidget(self.title)
        row.addStretch(1)
        row.addWidget(self.status)
        row.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.stack, 1)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        ctx.events.changed.connect(self._changed)
        self._enable()

    def show_customer(self, customer_id: str | None) -> None:
        """Show a customer's suggestions (None clears the panel)."""
        self.customer_id = customer_id
        self.status.clear()
        self.reload()

    def reload(self) -> None:
        rows: list[Suggestion] = []
        if self.customer_id:
            with self.ctx.db.session() as session:
                rows = customer_suggestions(session, self.customer_id)
        self.model.reset(rows)
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        if rows:
            self.table.selectRow(0)
        self._enable()

    def selected(self) -> Suggestion | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(SUGGESTION_ROLE) if rows else None

    def _enable(self) -> None:
        self.create_button.setEnabled(self.selected() is not None)

    def create_deal(self) -> None:
        item = self.selected()
        if item is None:
            return
        deal_id = create_deal_from(self.ctx, item, self)
        if deal_id:
            show_status(self.status, self.tr("Deal created in the lead stage — Ctrl+Z undoes it"))
            self.deal_created.emit(deal_id)

    def _changed(self, event: ChangeEvent) -> None:
        if self.customer_id and event.touches(*SUGGESTION_INPUTS):
            self.reload()
