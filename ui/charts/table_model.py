"""A read-only item model over an app/reports Table: the numbers beside every chart."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt

from app.reports.tables import Cell, Table
from ui.kit.format import format_money, format_percent, money_digits

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


def format_cell(locale: QLocale, cell: Cell, digits: int | None = None) -> str:
    """Show one typed cell the way the rest of the app shows its kind (money with digits
    decimals, when given: those of its column)."""
    value = cell.value
    if value is None:
        return "—" if cell.kind != "text" else ""
    if cell.kind == "money":
        return format_money(locale, Decimal(str(value)), digits=digits)
    if cell.kind == "percent":
        return format_percent(locale, float(value), 1)
    if cell.kind == "int":
        return locale.toString(round(float(value)))
    if cell.kind == "days":
        return locale.toString(float(value), "f", 1)
    if cell.kind == "score":
        return locale.toString(float(value), "f", 2)
    if cell.kind == "date" and isinstance(value, date):
        return value.isoformat()
    return str(value)


class InsightTableModel(QAbstractTableModel):
    """Rows and headers of one Table; numbers right-aligned."""

    def __init__(self, locale: QLocale, parent: Any = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self._table: Table | None = None
        self._digits: list[int] = []

    def set_table(self, table: Table) -> None:
        """Show another table (a new period or owner)."""
        self.beginResetModel()
        self._table = table
        # A column of money shows cents on every row or on none, so the figures line up.
        self._digits = [
            money_digits(
                row[n].value for row in table.rows if n < len(row) and row[n].kind == "money"
            )
            for n in range(len(table.headers))
        ]
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() or self._table is None else len(self._table.rows)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() or self._table is None else len(self._table.headers)

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self._table is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and section < len(self._table.headers):
            return self._table.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._table is None or not index.isValid():
            return None
        row = self._table.rows[index.row()]
        if index.column() >= len(row):
            return None
        cell = row[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return format_cell(self._locale, cell, self._digits[index.column()])
        if role == Qt.ItemDataRole.TextAlignmentRole and cell.kind != "text":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return cell.value
        return None

    def cell_text(self, row: int, column: int) -> str:
        """Return what a cell shows (for tests and copying)."""
        return str(self.data(self.index(row, column)) or "")
