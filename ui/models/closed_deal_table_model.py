"""Won and lost deals as a sortable table: columns over the view's card list, sorted in SQL."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.labels import lost_reason_label
from app.pipeline import Card
from ui.deal_card_delegate import CARD_ROLE
from ui.kit.format import format_count, format_day, format_money
from ui.models.deal_list_model import DealListModel

AnyIndex = QModelIndex | QPersistentModelIndex
# (key, SQL sort name, header) per column; the lost table adds the reason.
COLUMNS = (
    ("customer", "customer"),
    ("title", "title"),
    ("amount", "amount"),
    ("closed", "closed"),
    ("cycle", "cycle"),
    ("reason", "reason"),
)


class ClosedDealTableModel(QAbstractTableModel):
    """Shows a won or lost DealListModel as rows; a header click asks the board to re-sort."""

    sort_requested = Signal(str)  # a sort name for app.pipeline, e.g. "amount:asc"

    def __init__(self, source: DealListModel, locale: QLocale, status: str) -> None:
        super().__init__(source)
        self.source, self.locale, self.status = source, locale, status
        self.columns = COLUMNS if status == "lost" else COLUMNS[:-1]
        self.headers = {
            "customer": self.tr("Customer"),
            "title": self.tr("Deal"),
            "amount": self.tr("Amount"),
            "closed": self.tr("Closed on"),
            "cycle": self.tr("Cycle (days)"),
            "reason": self.tr("Lost reason"),
        }
        for signal in (source.modelReset, source.rowsInserted, source.rowsRemoved):
            signal.connect(self._reset)
        source.dataChanged.connect(self._reset)

    def _reset(self, *_args: object) -> None:
        self.beginResetModel()
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.source.rowCount()

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self.source.canFetchMore()

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: N802, B008
        if not parent.isValid():
            self.source.fetchMore()

    def card(self, row: int) -> Card:
        return self.source.index(row).data(CARD_ROLE)

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
        ):
            return self.headers[self.columns[section][0]]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        card = self.card(index.row())
        key = self.columns[index.column()][0]
        if role == CARD_ROLE:
            return card
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("amount", "cycle"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and key in ("title", "reason"):
            return self.data(index)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        match key:
            case "customer":
                return card.customer_name
            case "title":
                return card.title
            case "amount":
                return format_money(self.locale, card.amount, card.currency)
            case "closed":
                return format_day(self.locale, card.closed_date) if card.closed_date else "—"
            case "cycle":
                days = card.cycle_days
                return "—" if days is None else format_count(self.locale, days)
            case "reason":
                return lost_reason_label(card.lost_reason) if card.lost_reason else "—"
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.columns):
            direction = "asc" if order == Qt.SortOrder.AscendingOrder else "desc"
            self.sort_requested.emit(f"{self.columns[column][1]}:{direction}")
