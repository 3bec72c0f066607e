"""A list of visits (an agenda section or one day), keyset-paged and draggable onto a day."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from html import escape

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.labels import label
from app.visits.agenda import VisitItem
from ui.context import AppContext
from ui.kit.format import format_day, format_overdue, relative_days
from ui.models.visit_month_model import VISIT_MIME, visit_mime

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE = 200
Index = QModelIndex | QPersistentModelIndex
# Reads one page: (session, after key, limit) -> items.
PageReader = Callable[[object, tuple[date, str] | None, int], list[VisitItem]]


class VisitListModel(QAbstractListModel):
    """Visits as rows: customer, tier, kind, day; only the loaded pages live in memory."""

    def __init__(self, ctx: AppContext, today: date | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.today = today or date.today()
        self.locale = QLocale()
        self.rows: list[VisitItem] = []
        self._reader: PageReader | None = None
        self._more = False

    def load(self, reader: PageReader | None) -> None:
        """Show the visits a reader lists, from its first page."""
        self.beginResetModel()
        self._reader = reader
        self.rows = self._page(None)
        self._more = len(self.rows) == PAGE
        self.endResetModel()

    def reload(self) -> None:
        self.load(self._reader)

    def _page(self, after: tuple[date, str] | None) -> list[VisitItem]:
        if self._reader is None:
            return []
        with self.ctx.db.session() as session:
            return self._reader(session, after, PAGE)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if not self.rows or parent.isValid():
            return
        last = self.rows[-1]
        page = self._page((last.due_date, last.id))
        self._more = len(page) == PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def item(self, row: int) -> VisitItem | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, visit_id: str) -> int:
        return next((row for row, item in enumerate(self.rows) if item.id == visit_id), -1)

    # -- Qt model --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        item = self.item(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{item.customer_name} · {label(f'visit_kind.{item.kind}')}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(item)
        return None

    def when(self, item: VisitItem) -> str:
        """Say when a visit is due, or how late it is."""
        if item.status == "planned" and item.due_date < self.today:
            return format_overdue((self.today - item.due_date).days)
        if item.status != "planned":
            return label(f"visit_status.{item.status}")
        return relative_days(item.due_date, self.today)

    def tooltip(self, item: VisitItem) -> str:
        lines = [
            f"<b>{escape(item.customer_name)}</b> ({escape(item.tier)})",
            escape(f"{label(f'visit_kind.{item.kind}')} · {label(f'visit_source.{item.source}')}"),
            escape(f"{format_day(self.locale, item.due_date, self.today)} · {self.when(item)}"),
        ]
        if item.note:
            lines.append(escape(item.note))
        if item.reason:
            skipped = QCoreApplication.translate("VisitListModel", "Skipped: {0}")
            lines.append(escape(skipped.format(item.reason)))
        return "<br>".join(lines)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        item = self.item(index.row()) if index.isValid() else None
        if item is not None and item.status == "planned":
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [VISIT_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        ids = [self.rows[i.row()].id for i in indexes if i.isValid() and self.item(i.row())]
        return visit_mime(list(dict.fromkeys(ids)))

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction
