"""The calendar grid: a month (6 weeks) or one week of days, with visit counts and day kinds.

Rows are weeks, columns Monday…Sunday. Counts come from one GROUP BY for the days shown
(app.visits.agenda.day_counts); holidays and make-up working days from app.workdays. Visits
dropped on a day (from the agenda or the day list) are handed to `reschedule`, the calendar's
undoable action.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.labels import holiday_label
from app.visits.agenda import DayCount, VisitItem, day_counts, visits_between
from app.workdays import day_kind, holiday_code
from ui.context import AppContext

VISIT_MIME = "application/x-repbook-visit-ids"
DAY_ROLE = Qt.ItemDataRole.UserRole + 1  # the date of the cell
COUNT_ROLE = Qt.ItemDataRole.UserRole + 2  # its DayCount
KIND_ROLE = Qt.ItemDataRole.UserRole + 3  # workday / weekend / holiday / makeup
IN_MONTH_ROLE = Qt.ItemDataRole.UserRole + 4  # False for the grey days of the months around
TODAY_ROLE = Qt.ItemDataRole.UserRole + 5
ITEMS_ROLE = Qt.ItemDataRole.UserRole + 6  # the week view's visits of the day (a first page)
HOLIDAY_ROLE = Qt.ItemDataRole.UserRole + 7  # the public holiday's name, or None
WEEK_ITEMS = 14  # visits a week cell lists; the counts above them say how many there are

Index = QModelIndex | QPersistentModelIndex


def visit_mime(visit_ids: list[str]) -> QMimeData:
    """Pack dragged visit ids."""
    data = QMimeData()
    data.setData(VISIT_MIME, "\n".join(visit_ids).encode())
    return data


def visit_ids_of(data: QMimeData) -> list[str]:
    """Unpack dragged visit ids (none when the drag is something else)."""
    if not data.hasFormat(VISIT_MIME):
        return []
    return [part for part in bytes(data.data(VISIT_MIME).data()).decode().split("\n") if part]


class VisitMonthModel(QAbstractTableModel):
    """Days of a month or a week as a grid of cells."""

    def __init__(
        self,
        ctx: AppContext,
        reschedule: Callable[[list[str], date], bool],
        today: date | None = None,
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.reschedule = reschedule
        self.today = today or date.today()
        self.week_mode = False
        self.anchor = self.today  # a day of the month (or week) shown
        self.counts: dict[date, DayCount] = {}
        self.items: dict[date, list[VisitItem]] = {}
        self.first = self.today

    # -- what is shown ---------------------------------------------------------------------
    def show(self, anchor: date, *, week: bool | None = None) -> None:
        """Show the month (or week) holding anchor and read its counts."""
        self.beginResetModel()
        if week is not None:
            self.week_mode = week
        self.anchor = anchor
        if self.week_mode:
            self.first = anchor - timedelta(days=anchor.weekday())
        else:
            start = anchor.replace(day=1)
            self.first = start - timedelta(days=start.weekday())
        self._read()
        self.endResetModel()

    def reload(self) -> None:
        """Re-read the counts of the days shown."""
        self._read()
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 6))

    def _read(self) -> None:
        with self.ctx.db.session() as session:
            self.counts = day_counts(session, self.first, self.last)
            self.items = {}
            if self.week_mode:
                for offset in range(7):
                    day = self.first + timedelta(days=offset)
                    if day in self.counts:
                        self.items[day] = visits_between(session, day, day, limit=WEEK_ITEMS)

    @property
    def last(self) -> date:
        return self.first + timedelta(days=7 * self.rowCount() - 1)

    def day_at(self, index: Index) -> date:
        return self.first + timedelta(days=7 * index.row() + index.column())

    def index_of(self, day: date) -> QModelIndex:
        offset = (day - self.first).days
        if not 0 <= offset < 7 * self.rowCount():
            return QModelIndex()
        return self.index(offset // 7, offset % 7)

    def step(self, forward: bool) -> None:
        """Show the next (or previous) month or week."""
        if self.week_mode:
            self.show(self.anchor + timedelta(days=7 if forward else -7))
            return
        month = self.anchor.month + (1 if forward else -1)
        year = self.anchor.year + (month - 1) // 12
        self.show(date(year, (month - 1) % 12 + 1, 1))

    # -- Qt model --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else (1 if self.week_mode else 6)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 7

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QLocale().dayName(section + 1, QLocale.FormatType.ShortFormat)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        day = self.day_at(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return str(day.day)
        if role == DAY_ROLE:
            return day
        if role == COUNT_ROLE:
            return self.counts.get(day, DayCount())
        if role == ITEMS_ROLE:
            return self.items.get(day, [])
        if role == KIND_ROLE:
            return day_kind(day)
        if role == HOLIDAY_ROLE:
            code = holiday_code(day)
            return holiday_label(code) if code else None
        if role == IN_MONTH_ROLE:
            return self.week_mode or day.month == self.anchor.month
        if role == TODAY_ROLE:
            return day == self.today
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDropEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [VISIT_MIME]

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def canDropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return parent.isValid() and bool(visit_ids_of(data))

    def dropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        ids = visit_ids_of(data)
        if not parent.isValid() or not ids:
            return False
        return self.reschedule(ids, self.day_at(parent))
