"""The customers view: filter bar over the card grid or the table (one model), count, empty state.

It refreshes only what a change event touches: the changed customers' loaded rows in place, a
reload when a customer appears that is not loaded (new, or brought back by undo).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.customers.listing import NO_FILTER, FilterChoices, filter_choices
from ui.context import AppContext, ChangeEvent
from ui.customer_actions import CustomerActions
from ui.customer_cards import CustomerGridView
from ui.customer_filters import VIEWS, CustomerFilters
from ui.kit.empty_state import EmptyState
from ui.models.customer_list_model import COLUMN_KEYS, ROW_ROLE, CustomerListModel
from ui.workers import ReloadTask

VIEW_SETTING = "customers/view"
# Kinds of row the list shows something of.
SHOWN = ("customer", "contact", "activity", "visit_plan", "sales_order", "complaint")
# More changed customers than this reload the list instead of re-reading each row.
REFRESH_AT_MOST = 50


class CustomersView(QWidget):
    """Customers as cards or a table; `open_requested` carries the customer to open."""

    open_requested = Signal(str)
    new_customer_requested = Signal()
    reloaded = Signal()

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, load_later: bool = False
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.locale = QLocale()
        # A window being built reads its first page in a worker, not while it is painted first.
        self._load_later = load_later
        self.actions = CustomerActions(ctx, self)
        self.model = CustomerListModel(ctx.db, self.locale, self)
        self.model.later_page_shown.connect(self._rows_shown)
        self.filters = CustomerFilters()
        self.search_edit = self.filters.search_edit
        self.grid = CustomerGridView(self.model)
        self.table = QTableView(objectName="CustomerTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(header.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # The sort the indicator stands for, so that setting it reads nothing: the list is read
        # when first shown.
        self.model.sort_name = "revenue:desc"
        header.setSortIndicator(COLUMN_KEYS.index("revenue"), Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)  # after the indicator, or it sorts by name first
        self.table.setColumnWidth(0, 280)
        self.empty = EmptyState(
            self.tr("No customers yet"),
            self.tr("Add your first customer (File → New customer) or import a spreadsheet."),
            icon_name="customers",
        )
        self.empty.add_action(
            self.tr("New customer…"), self.new_customer_requested.emit, primary=True
        )
        self.stack = QStackedWidget()
        for widget in (self.grid, self.table, self.empty):
            self.stack.addWidget(widget)
        self.count_label = QLabel(objectName="CustomerCount")
        self.notice = QLabel(objectName="PipelineNotice")
        status = QHBoxLayout()
        status.addWidget(self.count_label)
        status.addStretch(1)
        status.addWidget(self.notice)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(6)
        layout.addWidget(self.filters)
        layout.addLayout(status)
        layout.addWidget(self.stack, 1)

        self.view = str(ctx.settings.value(VIEW_SETTING, "grid"))
        self.view = self.view if self.view in VIEWS else "grid"
        self.filters.show_view(self.view)
        self.filters.changed.connect(self.reload)
        self.filters.view_chosen.connect(self.show_view)
        self.model.count_changed.connect(self._show_count)
        self.grid.open_requested.connect(self.open_requested)
        self.grid.follow_up_requested.connect(self.actions.follow_up)
        self.table.activated.connect(
            lambda index: self.open_requested.emit(index.data(ROW_ROLE).id)
        )
        self.grid.customContextMenuRequested.connect(lambda pos: self._menu(self.grid, pos))
        self.table.customContextMenuRequested.connect(lambda pos: self._menu(self.table, pos))
        self.actions.done.connect(
            lambda text: self.notice.setText(self.tr("{0} — Ctrl+Z to undo").format(text))
        )
        ctx.events.changed.connect(self._on_changed)
        self.context_menu: QMenu | None = None
        self._choices_stale = True
        self._choices_task = ReloadTask(self._read_choices, self)
        self._choices_task.succeeded.connect(self._fill_choices)
        # Read when first shown: a window opening on another page pays nothing for this one.
        self._dirty = True
        self._columns_fit = False

    # -- loading ---------------------------------------------------------------------------
    def reload(self, later: bool = False) -> None:
        """Re-read the first page for the filter bar's filter and sort (`later`: in a worker,
        shown when it comes; see CustomerListModel.load)."""
        self.filters.discard_pending()
        if self._choices_stale:  # distinct owners read every customer row: off the GUI thread
            self._choices_stale = False
            self._choices_task.request()
        sort = self.filters.sort_key() if self.view == "grid" else self.model.sort_name
        self._dirty = False
        self._columns_fit = False
        self.model.load(self.filters.current(), sort, later=later)
        if not later:
            self._rows_shown()

    def _rows_shown(self) -> None:
        self._show_stack()
        self._fit_columns()
        self.reloaded.emit()

    def _fit_columns(self) -> None:
        # Measuring every cell of a page costs ~30 ms: only for the table, when it is shown.
        if self.view == "table" and not self._columns_fit:
            self._columns_fit = True
            self.table.resizeColumnsToContents()
            self.table.setColumnWidth(0, max(220, min(self.table.columnWidth(0), 320)))

    def _read_choices(self, _progress: object) -> FilterChoices:
        with self.ctx.db.session() as session:
            return filter_choices(session)

    def _fill_choices(self, choices: FilterChoices) -> None:
        before = self.filters.current()
        self.filters.fill_choices(choices)
        if self.filters.current() != before:  # the chosen industry, city or owner is gone
            self.reload()

    def _show_count(self, total: int) -> None:
        if total < 0:
            self.count_label.setText(self.tr("Counting customers…"))
            return
        filtered = self.filters.current() != NO_FILTER
        if filtered and total > self.model.count_cap:
            text = self.tr("More than %Ln customers match", "", self.model.count_cap)
        elif filtered:
            text = self.tr("%Ln customers match", "", total)
        else:
            text = self.tr("%Ln customers", "", total)
        self.count_label.setText(text)

    def _show_stack(self) -> None:
        if self.model.total == 0:
            self.empty.set_filtered(self.filters.current() != NO_FILTER)
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentWidget(self.grid if self.view == "grid" else self.table)

    def show_view(self, key: str) -> None:
        """Switch between cards and table; the choice is remembered."""
        self.view = key
        self.ctx.settings.setValue(VIEW_SETTING, key)
        self.filters.show_view(key)
        if key == "grid" and self.model.sort_name != self.filters.sort_key():
            self.reload()
        self._show_stack()
        self._fit_columns()

    def _on_changed(self, event: ChangeEvent) -> None:
        if not event.touches(*SHOWN):
            return
        if event.touches("customer"):
            self._choices_stale = True
        ids = event.customer_ids | event.ids("customer")
        loaded = {row.id for row in self.model.rows}
        # A customer row written that is not loaded may be new or back from undo: reload.
        if ids and len(ids) <= REFRESH_AT_MOST and event.ids("customer") <= loaded:
            self.model.refresh_rows(ids & loaded)
            self._show_stack()
            return
        if self.isVisible():
            self.reload()
        else:
            self._dirty = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._dirty:
            self.reload(later=self._load_later)
        self._load_later = False

    # -- the selected customer -------------------------------------------------------------
    def current_id(self) -> str | None:
        view = self.grid if self.view == "grid" else self.table
        index = view.currentIndex()
        return index.data(ROW_ROLE).id if index.isValid() else None

    def _menu(self, view: QAbstractItemView, pos: QPoint) -> None:
        index = view.indexAt(pos)
        if not index.isValid():
            return
        view.setCurrentIndex(index)
        customer_id = index.data(ROW_ROLE).id
        menu = QMenu(self)
        menu.addAction(self.tr("Open record"), lambda: self.open_requested.emit(customer_id))
        menu.addAction(self.tr("Log follow-up…"), lambda: self.actions.follow_up(customer_id))
        menu.addSeparator()
        menu.addAction(
            self.tr("Mark info verified"), lambda: self.actions.mark_verified(customer_id)
        )
        menu.addAction(self.tr("Override tier…"), lambda: self.actions.override_tier(customer_id))
        menu.addSeparator()
        menu.addAction(self.tr("Retire customer"), lambda: self.actions.retire(customer_id))
        self.context_menu = menu
        menu.popup(view.viewport().mapToGlobal(pos))
