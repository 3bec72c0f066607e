"""Opportunities over the whole book: each customer's best cross-sell and up-sell, paged from SQL."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.derived.growth import growth_is_stale, rebuild_growth
from app.growth.suggestions import PAGE, Suggestion, count_opportunities, list_opportunities
from app.models.customers import TIERS
from ui.context import EVERYTHING, AppContext, ChangeEvent
from ui.kit.empty_state import EmptyState
from ui.kit.forms import show_status
from ui.kit.tables import row_table
from ui.models.suggestion_table_model import SUGGESTION_ROLE, SuggestionTableModel, kind_label
from ui.suggestion_actions import SUGGESTION_INPUTS, create_deal_from
from ui.workers import BackgroundTask

COLUMNS = ("customer", "tier", "kind", "product", "value", "confidence", "lift", "reason")


class OpportunitiesView(QWidget):
    """The opportunities list: filter by kind and tier, open the customer, create a deal."""

    customer_activated = Signal(str)
    deal_created = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task: BackgroundTask | None = None
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("Cross-sell and up-sell"), None)
        for kind in ("cross", "up"):
            self.kind_filter.addItem(kind_label(kind), kind)
        self.tier_filter = QComboBox()
        self.tier_filter.addItem(self.tr("All tiers"), None)
        for tier in TIERS:
            self.tier_filter.addItem(self.tr("Tier {0}").format(tier), tier)
        for combo in (self.kind_filter, self.tier_filter):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.count_label = QLabel()
        self.count_label.setObjectName("PageHint")
        self.refresh_button = QPushButton(self.tr("Recompute"))
        self.refresh_button.setToolTip(
            self.tr("Recompute every customer's suggestions now (they are also refreshed daily)")
        )
        self.refresh_button.clicked.connect(lambda _checked=False: self.recompute())
        self.create_button = QPushButton(self.tr("Create deal"))
        self.create_button.setProperty("primary", True)
        self.create_button.clicked.connect(lambda _checked=False: self.create_deal())
        self.status = QLabel()
        self.model = SuggestionTableModel(COLUMNS, self.locale(), self.palette(), self)
        self.table = row_table(self.model)
        self.table.setWordWrap(False)
        # Long reasons: the rep sizes the columns (many rows, sizing to contents is slow).
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        self.empty = EmptyState(
            self.tr("No opportunities yet"),
            self.tr(
                "Cross-sell and up-sell suggestions appear once customers have orders with "
                "products from the catalogue. Import orders or record won deals, then recompute."
            ),
        )
        self.empty.add_action(self.tr("Recompute"), self.recompute, primary=True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        bar = QHBoxLayout()
        bar.addWidget(self.kind_filter)
        bar.addWidget(self.tier_filter)
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        bar.addWidget(self.status)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        ctx.events.changed.connect(self._changed)
        self.reload()
        if growth_is_stale(ctx.db):  # a new day, or an import since the last rebuild
            self.recompute()

    @property
    def kind(self) -> str | None:
        return self.kind_filter.currentData()

    @property
    def tier(self) -> str | None:
        return self.tier_filter.currentData()

    def _page(self, offset: int, limit: int) -> list[Suggestion]:
        with self.ctx.db.session() as session:
            return list_opportunities(session, self.kind, self.tier, offset=offset, limit=limit)

    def reload(self) -> None:
        with self.ctx.db.session() as session:
            total = count_opportunities(session, self.kind, self.tier)
        self.model.reset(self._page(0, PAGE), self._page)
        self.count_label.setText(self.tr("%Ln opportunities", "", total))
        filtered = self.kind is not None or self.tier is not None
        self.empty.set_filtered(filtered and total == 0)
        self.stack.setCurrentWidget(self.table if total else self.empty)
        if total and not self.table.columnWidth(0) > 160:
            self.table.resizeColumnsToContents()
        if total:
            self.table.selectRow(0)
        self._enable()

    def selected(self) -> Suggestion | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(SUGGESTION_ROLE) if rows else None

    def _enable(self) -> None:
        self.create_button.setEnabled(self.selected() is not None)

    def _activated(self, index: object) -> None:
        item = self.model.suggestion(index.row())  # type: ignore[attr-defined]
        if item is not None:
            self.customer_activated.emit(item.customer_id)

    def create_deal(self) -> None:
        item = self.selected()
        if item is None:
            return
        deal_id = create_deal_from(self.ctx, item, self)
        if deal_id:
            show_status(
                self.status,
                self.tr("Deal for {0} created in the lead stage — Ctrl+Z undoes it").format(
                    item.customer_name
                ),
            )
            self.deal_created.emit(deal_id)

    def recompute(self) -> None:
        if self.task is not None and self.task.is_running():
            return
        self.refresh_button.setEnabled(False)
        show_status(self.status, self.tr("Recomputing suggestions…"))
        db = self.ctx.db
        self.task = self.ctx.commands.run_in_background(
            lambda progress: rebuild_growth(db, progress), self, announce=False
        )
        self.task.progressed.connect(self._progressed)
        self.task.succeeded.connect(lambda _n: self._recomputed())
        self.task.failed.connect(lambda error: show_status(self.status, str(error), error=True))
        self.task.finished.connect(lambda: self.refresh_button.setEnabled(True))

    def _progressed(self, done: int, total: int) -> None:
        if total:
            show_status(
                self.status,
                self.tr("Recomputing suggestions… {0}%").format(round(100 * done / total)),
            )

    def _recomputed(self) -> None:
        self.status.clear()
        self.ctx.events.announce(ChangeEvent(frozenset({"growth_suggestion"}), source=self))

    def _changed(self, event: ChangeEvent) -> None:
        if EVERYTHING in event.entities and growth_is_stale(self.ctx.db):
            self.recompute()  # an import or new demo data: rebuild, then show
        elif event.touches(*SUGGESTION_INPUTS):
            self.reload()
