"""The win-back list: churn-risk customers by value at stake, why, and a one-click visit."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.customers.segment_settings import SegmentSettings, load_segment_settings
from app.customers.winback import (
    WINBACK_VISIT_DAYS,
    WinBackRow,
    next_visits,
    plan_win_back_visits,
    win_back_rows,
)
from app.segments import segment_name
from app.segments.rules import DEFAULT_WINDOW_MONTHS
from ui.context import AppContext, ChangeEvent
from ui.kit.empty_state import EmptyState
from ui.kit.format import (
    format_day,
    format_money,
    format_overdue,
    relative_time,
)
from ui.kit.theme import amber, overdue, tier_colours
from ui.workers import ReloadTask

ID_ROLE = Qt.ItemDataRole.UserRole
LIMIT = 200
NAME, TIER, SEGMENT, AT_STAKE, REVENUE, LAST_ORDER, LAST_CONTACT, WHY, VISIT = range(9)


class WinBackList(QWidget):
    """Who to win back first; `customer_activated` opens a customer's record."""

    customer_activated = Signal(str)
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.locale = ctx, QLocale()

        def work(_progress: object) -> tuple[list[WinBackRow], SegmentSettings]:
            with ctx.db.session() as session:
                return win_back_rows(session, LIMIT), load_segment_settings(session)

        self.task = ReloadTask(work, self)
        self.task.succeeded.connect(self._show)
        self.task.failed.connect(lambda error: self.status.setText(str(error)))
        self.rows: list[WinBackRow] = []
        title = QLabel(self.tr("Win back"), objectName="PageTitle")
        hint = QLabel(
            self.tr(
                "Customers at risk of churning, most revenue at stake first (over the RFM "
                "window of the segmentation settings). Plan a visit before they drift away."
            ),
            objectName="PageHint",
            wordWrap=True,
        )
        self.status = QLabel(objectName="PageHint")
        self.plan_button = QPushButton(self.tr("Plan win-back visit"))
        self.plan_button.setProperty("primary", True)
        self.plan_button.setToolTip(
            self.tr("Plan a visit in {0} days for every selected customer").format(
                WINBACK_VISIT_DAYS
            )
        )
        self.plan_button.clicked.connect(self.plan_selected)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.status)
        head.addWidget(self.plan_button)

        self.table = QTableWidget(0, 9, objectName="WinBackTable")
        self._set_headers(DEFAULT_WINDOW_MONTHS["rfm_months"], DEFAULT_WINDOW_MONTHS["abc_months"])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(WHY, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._set_button)
        self.table.cellDoubleClicked.connect(self._open)

        self.empty = EmptyState(
            self.tr("Nobody to win back"),
            self.tr(
                "No customer is at risk of churning right now. Customers appear here when "
                "they stop ordering, go quiet past their visit cadence or wait on a complaint."
            ),
            icon_name="trophy",
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.addLayout(head)
        layout.addWidget(hint)
        layout.addWidget(self.stack, 1)
        ctx.events.changed.connect(self._on_changed)
        self._set_button()
        self.reload()

    def _set_headers(self, stake_months: int, revenue_months: int) -> None:
        # The figures come from the segmentation windows, which the settings may change.
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Customer"),
                self.tr("Tier"),
                self.tr("RFM segment"),
                self.tr("At stake ({0} months)").format(stake_months),
                self.tr("Revenue, {0} months").format(revenue_months),
                self.tr("Last order"),
                self.tr("Last contact"),
                self.tr("Why at risk"),
                self.tr("Visit"),
            ]
        )

    def reload(self) -> None:
        """Read the list again, in the worker."""
        self.status.setText(self.tr("Loading…"))
        self.task.request()

    def _on_changed(self, event: ChangeEvent) -> None:
        if event.source is not self and event.touches("customer", "visit_plan", "sales_order"):
            self.reload()

    def _show(self, found: tuple[list[WinBackRow], SegmentSettings]) -> None:
        rows, windows = found
        self._set_headers(windows.rfm_months, windows.abc_months)
        self.rows = rows
        self.table.setRowCount(0)
        self.table.setRowCount(len(rows))
        today = date.today()
        for index, row in enumerate(rows):
            self._fill(index, row, today)
        self.status.setText(self.tr("%Ln customers", "", len(rows)) if rows else "")
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        self._set_button()
        self.loaded.emit()

    def _fill(self, index: int, row: WinBackRow, today: date) -> None:
        e = row.entry
        texts = {
            NAME: e.name,
            TIER: e.tier,
            SEGMENT: segment_name(e.segment) if e.segment else "",
            AT_STAKE: format_money(self.locale, e.monetary_24m, digits=0),
            REVENUE: format_money(self.locale, e.revenue_12m, digits=0),
            LAST_ORDER: format_day(self.locale, e.last_order_date, today)
            if e.last_order_date
            else "",
            LAST_CONTACT: relative_time(e.last_contact_at)
            if e.last_contact_at
            else self.tr("never"),
            WHY: self.tr("; ").join(row.reasons),
        }
        for column, text in texts.items():
            item = QTableWidgetItem(text)
            item.setData(ID_ROLE, e.customer_id)
            if column in (AT_STAKE, REVENUE):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(index, column, item)
        fg, bg = tier_colours(self.palette(), e.tier)
        badge = self.table.item(index, TIER)
        badge.setForeground(fg)
        badge.setBackground(bg)
        badge.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        why = self.table.item(index, WHY)
        why.setForeground(amber(self.palette()))
        why.setToolTip("\n".join(row.reasons))
        self._fill_visit(index, row)

    def _fill_visit(self, index: int, row: WinBackRow) -> None:
        self.table.removeCellWidget(index, VISIT)
        today = date.today()
        item = QTableWidgetItem("")
        if row.next_visit is not None:
            late = (today - row.next_visit).days
            item.setText(
                format_overdue(late)
                if late > 0
                else self.tr("Planned {0}").format(format_day(self.locale, row.next_visit))
            )
            if late > 0:
                item.setForeground(overdue(self.palette()))
        self.table.setItem(index, VISIT, item)
        if not row.needs_visit(today):
            return
        button = QPushButton(self.tr("Plan visit"), objectName="RowAction")
        button.setToolTip(item.text())
        button.clicked.connect(lambda _c=False, cid=row.entry.customer_id: self.plan([cid]))
        self.table.setCellWidget(index, VISIT, button)

    def row_of(self, customer_id: str) -> int:
        """Return the table row of a customer (-1 when not listed)."""
        for index, row in enumerate(self.rows):
            if row.entry.customer_id == customer_id:
                return index
        return -1

    def selected_ids(self) -> list[str]:
        """Return the selected customers, top to bottom."""
        picked = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.rows[i].entry.customer_id for i in picked if i < len(self.rows)]

    def _set_button(self) -> None:
        open_rows = [
            cid for cid in self.selected_ids() if self.rows[self.row_of(cid)].needs_visit()
        ]
        self.plan_button.setEnabled(bool(open_rows))

    def plan_selected(self) -> None:
        """Plan a win-back visit for the selected customers that have none planned."""
        self.plan(self.selected_ids())

    def plan(self, customer_ids: list[str]) -> None:
        """Plan win-back visits through the runner (undoable) and show them on their rows."""
        if not customer_ids:
            return
        text = self.tr("Plan win-back visit")
        outcome = self.ctx.commands.run(
            text, lambda s: plan_win_back_visits(s, customer_ids), source=self
        )
        if not outcome:
            return
        with self.ctx.db.session() as session:
            planned = next_visits(session, customer_ids, date.today())
        for customer_id, due in planned.items():
            index = self.row_of(customer_id)
            if index >= 0:
                old = self.rows[index]
                self.rows[index] = WinBackRow(old.entry, old.reasons, due)
                self._fill_visit(index, self.rows[index])
        self._set_button()

    def _open(self, index: int, _column: int) -> None:
        if 0 <= index < len(self.rows):
            self.customer_activated.emit(self.rows[index].entry.customer_id)
