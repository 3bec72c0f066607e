"""The won and lost views: a sortable table of closed deals (sorted in SQL) with their totals."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from app.pipeline import ColumnTotals
from ui.deal_card_delegate import CARD_ROLE
from ui.kit.format import format_money
from ui.models.closed_deal_table_model import ClosedDealTableModel
from ui.models.deal_list_model import DealListModel

CLOSED_ON = 3  # the column the table starts sorted by, newest first


class ClosedDealsPage(QWidget):
    """One closed view; `sort_requested` carries a header click's sort, `open_requested` a deal."""

    sort_requested = Signal(str)
    open_requested = Signal(str)

    def __init__(self, model: DealListModel, locale: QLocale, status: str) -> None:
        super().__init__()
        self.locale, self.status = locale, status
        self.title = self.tr("Won deals") if status == "won" else self.tr("Lost deals")
        table_model = ClosedDealTableModel(model, locale, status)
        table_model.sort_requested.connect(self.sort_requested)
        self.table = QTableView(objectName="ClosedDeals")
        self.table.setModel(table_model)
        self.table.horizontalHeader().setSortIndicator(CLOSED_ON, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(header.ResizeMode.ResizeToContents)
        for text_column in (0, 1):  # customer and deal share the width; figures fit their text
            header.setSectionResizeMode(text_column, header.ResizeMode.Stretch)
        self.table.doubleClicked.connect(
            lambda index: self.open_requested.emit(index.data(CARD_ROLE).id)
        )
        self.totals = QLabel(objectName="ClosedTotals")
        self.empty = QLabel(
            self.tr("No won deals match. Right-click a card and choose Mark won.")
            if status == "won"
            else self.tr("No lost deals match."),
            objectName="ClosedEmpty",
        )
        model.totals_changed.connect(self.show_totals)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 12)
        layout.addWidget(self.totals)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

    def show_totals(self, figures: ColumnTotals) -> None:
        self.totals.setText(
            self.tr("{0}: %Ln deals · {1}", "", figures.count).format(
                self.title, format_money(self.locale, figures.amount)
            )
        )
        self.empty.setVisible(figures.count == 0)
