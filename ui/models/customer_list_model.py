"""Customers as one lazily paged Qt model: the card grid shows its first column, the table all.

Rows come page by page in SQL order (app.customers.listing, keyset paging); sorting by a table
header asks SQL again. Only the loaded prefix lives in memory.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication

from app.customers.listing import (
    NO_FILTER,
    PAGE_SIZE,
    SORTS,
    CustomerFilter,
    CustomerRow,
    count_listed,
    fetch_customer_row,
    fetch_customers,
)
from app.db import Database
from app.models.types import utcnow
from app.segments import describe_churn, segment_name
from ui.kit.format import format_day, format_money, format_overdue, relative_days, relative_time
from ui.kit.theme import amber, overdue, tier_colours
from ui.workers import ReloadTask

ROW_ROLE = Qt.ItemDataRole.UserRole + 11
ID_ROLE = Qt.ItemDataRole.UserRole + 12
AnyIndex = QModelIndex | QPersistentModelIndex
# A filtered list counts its matches only this far ("more than 10,000 match"): one typed letter
# matches most of a 100k book, and the exact count would take ~0.5 s.
COUNT_CAP = 10_000
# (key, SQL sort name or None, header)
COLUMNS: tuple[tuple[str, str | None, str], ...] = (
    ("name", "name", QT_TRANSLATE_NOOP("CustomerListModel", "Customer")),
    ("tier", "tier", QT_TRANSLATE_NOOP("CustomerListModel", "Tier")),
    ("segment", "segment", QT_TRANSLATE_NOOP("CustomerListModel", "RFM segment")),
    ("risk", None, QT_TRANSLATE_NOOP("CustomerListModel", "Churn risk")),
    ("last_contact", "last_contact", QT_TRANSLATE_NOOP("CustomerListModel", "Last contact")),
    ("next_visit", "next_visit", QT_TRANSLATE_NOOP("CustomerListModel", "Next visit")),
    ("revenue", "revenue", QT_TRANSLATE_NOOP("CustomerListModel", "Revenue (12 mo)")),
    ("industry", "industry", QT_TRANSLATE_NOOP("CustomerListModel", "Industry")),
    ("city", "city", QT_TRANSLATE_NOOP("CustomerListModel", "City")),
    ("verified", "verified", QT_TRANSLATE_NOOP("CustomerListModel", "Info verified")),
)
COLUMN_KEYS = [key for key, _sort, _header in COLUMNS]


class CustomerListModel(QAbstractTableModel):
    """The customers the filter lets through, in the sort's order, fetched a page at a time."""

    # Every matching customer, beyond the loaded pages; -1 while a worker counts them.
    count_changed = Signal(int)
    sort_changed = Signal(str)
    later_page_shown = Signal()  # the first page `load(later=True)` read has been shown

    def __init__(self, db: Database, locale: QLocale | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self.locale = locale or QLocale()
        self.rows: list[CustomerRow] = []
        self.flt: CustomerFilter = NO_FILTER
        self.sort_name = "revenue"
        self.total = 0
        self.complete = True
        self.page_size = PAGE_SIZE
        self.count_cap = COUNT_CAP
        self.now: datetime = utcnow()
        self.counting = False
        self._wanted: tuple[CustomerFilter, str, datetime] = (self.flt, self.sort_name, self.now)
        self._awaiting = False  # a first page is being read in a worker
        self._count_task = ReloadTask(self._count, self)
        self._count_task.succeeded.connect(self._counted)
        self._page_task = ReloadTask(self._read_first, self)
        self._page_task.succeeded.connect(self._first_read)
        # A failed read (the book locked, say) is read again here, where its error is shown.
        self._page_task.failed.connect(lambda _error: self._read_again())

    # -- loading ---------------------------------------------------------------------------
    def load(
        self, flt: CustomerFilter | None = None, sort: str | None = None, later: bool = False
    ) -> None:
        """Show the first page for the filter and sort (the current ones when not given).

        With `later` the page is read in a worker and shown when it comes (a window being
        built: its first paint does not wait for a cold read of a large book).
        """
        self.flt = flt if flt is not None else self.flt
        self.sort_name = sort or self.sort_name
        self.now = utcnow()
        self._wanted = (self.flt, self.sort_name, self.now)
        self._awaiting = later
        if later:
            self.complete = True  # no page continues the old rows under the new filter
            self._page_task.request()
            return
        with self.db.session() as session:
            self._show_first(self._page(session, None))

    def _read_first(self, _progress: object) -> tuple[tuple[object, ...], list[CustomerRow]]:
        wanted = self._wanted  # in a worker: what the load asked, read once
        with self.db.session() as session:
            rows = fetch_customers(
                session, wanted[0], wanted[1], after=None, limit=self.page_size, now=wanted[2]
            )
        return wanted, rows

    def _first_read(self, read: tuple[tuple[object, ...], list[CustomerRow]]) -> None:
        wanted, rows = read
        if self._awaiting and wanted is self._wanted:  # else a newer load came meanwhile
            self._awaiting = False
            self._show_first(rows)
            self.later_page_shown.emit()

    def _read_again(self) -> None:
        if self._awaiting:  # no newer load came meanwhile
            self.load()
            self.later_page_shown.emit()

    def _show_first(self, rows: list[CustomerRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.complete = len(self.rows) < self.page_size
        # A short list is its own count; a longer one is counted in a worker, so a cold read
        # of ten thousand matches never holds up the page a search typed.
        self.total = len(self.rows)
        self.counting = not self.complete
        self.endResetModel()
        if self.counting:
            self._count_task.request()
        self.count_changed.emit(-1 if self.counting else self.total)

    def _count(self, _progress: object) -> tuple[CustomerFilter, datetime, int]:
        flt, now = self.flt, self.now
        cap = None if flt == NO_FILTER else self.count_cap
        with self.db.session() as session:
            return flt, now, count_listed(session, flt, now, cap)

    def _counted(self, counted: tuple[CustomerFilter, datetime, int]) -> None:
        flt, now, total = counted
        if self.counting and (flt, now) == (self.flt, self.now):  # else a newer load asked again
            self.counting = False
            self.total = max(total, len(self.rows))
            self.count_changed.emit(self.total)

    def _page(self, session: Any, after: CustomerRow | None) -> list[CustomerRow]:
        return fetch_customers(
            session, self.flt, self.sort_name, after=after, limit=self.page_size, now=self.now
        )

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and not self.complete

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or self.complete:
            return
        with self.db.session() as session:
            page = self._page(session, self.rows[-1] if self.rows else None)
        self.complete = len(page) < self.page_size
        if not page:
            return
        start = len(self.rows)
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self.rows.extend(page)
        self.endInsertRows()

    def row_of(self, customer_id: str) -> int:
        return next((n for n, row in enumerate(self.rows) if row.id == customer_id), -1)

    def refresh_rows(self, customer_ids: Iterable[str]) -> None:
        """Re-read loaded rows in place; a retired one leaves the list."""
        with self.db.session() as session:
            fresh = {
                cid: fetch_customer_row(session, cid, self.sort_name, self.now)
                for cid in customer_ids
            }
        for customer_id, row in fresh.items():
            at = self.row_of(customer_id)
            if at < 0:
                continue
            if row is None:
                self.beginRemoveRows(QModelIndex(), at, at)
                self.rows.pop(at)
                self.endRemoveRows()
                if not self.counting and self.total <= self.count_cap:  # else not exact anyway
                    self.total -= 1
                    self.count_changed.emit(self.total)
            else:
                self.rows[at] = row
                self.dataChanged.emit(self.index(at, 0), self.index(at, len(COLUMNS) - 1))

    # -- Qt model --------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return QCoreApplication.translate("CustomerListModel", COLUMNS[section][2])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        key = COLUMN_KEYS[index.column()]
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "revenue":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and key == "tier":
            return tier_colours(QGuiApplication.palette(), row.tier)[1]
        if role == Qt.ItemDataRole.ForegroundRole:
            palette = QGuiApplication.palette()
            if key == "tier":  # the badge's colours, the letter always shown
                return tier_colours(palette, row.tier)[0]
            if key == "next_visit" and row.next_visit and row.next_visit < self.now.date():
                return overdue(palette)
            if (key == "risk" and row.at_risk) or (key == "verified" and row.stale):
                return amber(palette)
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(row, key)
        return None

    def text(self, row: CustomerRow, key: str) -> str:
        """Return one cell's text, as the table shows it."""
        match key:
            case "name":
                return row.name
            case "tier":
                manual = self.tr("{0} (manual)").format(row.tier)
                return manual if row.tier_manual else row.tier
            case "segment":
                return segment_name(row.segment) if row.segment else "—"
            case "risk":
                return self.tr("At risk") if row.at_risk else ""
            case "last_contact":
                if row.last_contact_at is None:
                    return self.tr("Never")
                return relative_time(row.last_contact_at, self.now)
            case "next_visit":
                return self.visit_text(row)
            case "revenue":
                return format_money(self.locale, row.revenue_12m, digits=0)
            case "industry":
                return row.industry or ""
            case "city":
                return row.city or ""
            case "verified":
                if row.info_verified_at is None:
                    return self.tr("Never verified")
                return format_day(self.locale, row.info_verified_at.date(), self.now.date())
        return ""

    def visit_text(self, row: CustomerRow) -> str:
        """Say when the next visit is due: 3 days overdue, today, in 5 days; empty when none."""
        if row.next_visit is None:
            return ""
        late = (self.now.date() - row.next_visit).days
        if late > 0:
            return format_overdue(late)
        return relative_days(row.next_visit, self.now.date())

    def freshness_text(self, row: CustomerRow) -> str:
        """Say how old the customer's checked information is (shown when it is stale)."""
        if row.info_verified_at is None:
            return self.tr("Information never verified")
        days = (self.now - row.info_verified_at).days
        return self.tr("Information verified %n days ago", "", days)

    def tooltip(self, row: CustomerRow) -> str:
        """Describe a customer in full: tier, segment, churn reasons, freshness."""
        tier = self.tr("Tier {0}").format(row.tier)
        if row.tier_manual:
            tier += " · " + self.tr("set by hand")
        lines = [f"<b>{html.escape(row.name)}</b>", tier]
        if row.segment:
            lines.append(self.tr("RFM segment: {0}").format(html.escape(segment_name(row.segment))))
        if row.at_risk:
            colour = amber(QGuiApplication.palette()).name()
            reasons = describe_churn(row.churn_reason, self.now.date()) or [self.tr("At risk")]
            lines.append(
                f"<span style='color:{colour}'>"
                + self.tr("Churn risk: {0}").format(html.escape("; ".join(reasons)))
                + "</span>"
            )
        if row.stale:
            lines.append(self.freshness_text(row))
        return "<br>".join(lines)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A header click: sort in SQL by that column (columns without a sort stay put)."""
        if not 0 <= column < len(COLUMNS) or COLUMNS[column][1] is None:
            return
        name = COLUMNS[column][1]
        assert name in SORTS
        direction = "asc" if order == Qt.SortOrder.AscendingOrder else "desc"
        sort = f"{name}:{direction}"
        if sort != self.sort_name:
            self.load(sort=sort)
            self.sort_changed.emit(sort)
