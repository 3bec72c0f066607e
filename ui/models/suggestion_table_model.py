"""Growth suggestions as table rows: one customer's, or the opportunities list paged from SQL."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QPalette

from app.growth.suggestions import PAGE, Suggestion
from ui.kit.format import format_money, format_percent
from ui.kit.theme import tier_colours

AnyIndex = QModelIndex | QPersistentModelIndex
SUGGESTION_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_LABELS = {
    "cross": QT_TRANSLATE_NOOP("SuggestionTableModel", "Cross-sell"),
    "up": QT_TRANSLATE_NOOP("SuggestionTableModel", "Up-sell"),
}
HEADERS = {
    "customer": QT_TRANSLATE_NOOP("SuggestionTableModel", "Customer"),
    "tier": QT_TRANSLATE_NOOP("SuggestionTableModel", "Tier"),
    "kind": QT_TRANSLATE_NOOP("SuggestionTableModel", "Kind"),
    "product": QT_TRANSLATE_NOOP("SuggestionTableModel", "Product"),
    "value": QT_TRANSLATE_NOOP("SuggestionTableModel", "Value"),
    "confidence": QT_TRANSLATE_NOOP("SuggestionTableModel", "Confidence"),
    "lift": QT_TRANSLATE_NOOP("SuggestionTableModel", "Lift"),
    "reason": QT_TRANSLATE_NOOP("SuggestionTableModel", "Why"),
}
RIGHT = ("value", "confidence", "lift")
# A page loader: (offset, limit) → suggestions; None for a fixed list.
Loader = Callable[[int, int], list[Suggestion]]


def kind_label(kind: str) -> str:
    """Return a suggestion kind's name in the user's language."""
    return QCoreApplication.translate("SuggestionTableModel", KIND_LABELS.get(kind, kind))


class SuggestionTableModel(QAbstractTableModel):
    """Rows of Suggestion tuples; with a loader it pages more in as the view scrolls."""

    def __init__(
        self, columns: tuple[str, ...], locale: QLocale, palette: QPalette, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.columns, self.locale, self.palette = columns, locale, palette
        self.rows: list[Suggestion] = []
        self.loader: Loader | None = None
        self._more = False

    def reset(self, rows: list[Suggestion], loader: Loader | None = None) -> None:
        """Show these rows; a loader fetches the pages after them."""
        self.beginResetModel()
        self.rows, self.loader = list(rows), loader
        self._more = loader is not None and len(rows) >= PAGE
        self.endResetModel()

    def suggestion(self, row: int) -> Suggestion | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or not self._more or self.loader is None:
            return
        page = self.loader(len(self.rows), PAGE)
        self._more = len(page) >= PAGE
        if page:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
        ):
            return QCoreApplication.translate(
                "SuggestionTableModel", HEADERS[self.columns[section]]
            )
        return None

    def _text(self, item: Suggestion, key: str) -> str:
        match key:
            case "customer":
                return item.customer_name
            case "tier":
                return item.tier
            case "kind":
                return kind_label(item.kind)
            case "product":
                return item.product_name
            case "value":
                amount = item.price_gap if item.kind == "up" else item.list_price
                if amount is None:
                    return "—"
                text = format_money(self.locale, amount)
                return ("+" + text) if item.kind == "up" else text
            case "confidence":
                return format_percent(self.locale, item.confidence) if item.kind == "cross" else "—"
            case "lift":
                return self.locale.toString(item.lift, "f", 2) if item.kind == "cross" else "—"
            case "reason":
                return item.reason
        return ""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.suggestion(index.row()) if index.isValid() else None
        if item is None:
            return None
        key = self.columns[index.column()]
        if role == SUGGESTION_ROLE:
            return item
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(item, key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key in RIGHT:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if key == "tier":
                return int(Qt.AlignmentFlag.AlignCenter)
        if key == "tier" and role in (
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.BackgroundRole,
        ):
            fg, bg = tier_colours(self.palette, item.tier)
            return fg if role == Qt.ItemDataRole.ForegroundRole else bg
        return None
