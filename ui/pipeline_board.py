"""The kanban board: one column per open stage and the won and lost views — layout and wiring.

The deal actions live in `ui.pipeline_actions.DealActions`; the board lays out the columns,
follows the selection (`deal_selected`) and reloads only what a change event names."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QLocale, QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.pipeline import BoardFilter, StageInfo, stage_label
from app.summary import is_empty
from ui.closed_deals_page import ClosedDealsPage
from ui.context import AppContext, ChangeEvent
from ui.deal_card_delegate import CARD_ROLE, DealCardDelegate
from ui.first_steps import FirstSteps
from ui.kit.actions import screen_action
from ui.kit.format import format_compact_money
from ui.models.deal_board_model import DealBoardModel
from ui.models.deal_list_model import DealListModel
from ui.pipeline_actions import DealActions
from ui.pipeline_filters import PipelineFilters
from ui.stage_column import DealListView, StageColumn

VIEWS = ("open", "won", "lost")
DELEGATED = (
    "move_deal", "edit_deal", "delete_deal", "win_deal", "lose_deal",
    "edit_stages", "edit_lead_scoring", "warn", "dialog_opened",
)  # fmt: skip
# Kinds of row a card shows something of: a change to one of them reloads the board.
SHOWN_ON_CARDS = ("customer", "stage", "activity", "visit_plan", "order")
# More changed deals than this reload the columns instead of placing each card.
PLACE_AT_MOST = 20


class PipelineBoard(QWidget):
    """The Pipeline page: filters, stage columns, won and lost lists, and the deal actions.

    Dialogs open with open(), never exec(); `dialog_opened` hands each one to whoever drives
    the board (tests fill them in and call accept()).
    """

    reloaded = Signal()
    deal_selected = Signal(str)  # the current card's deal id ("" when a column lets go)

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, cards_later: bool = False
    ) -> None:
        super().__init__(parent)
        self.ctx, self.db = ctx, ctx.db
        self.locale = QLocale()
        self.board_model = DealBoardModel(ctx.db, self.locale, self)
        self.models = self.board_model.models
        self.deal_actions = DealActions(ctx, self.board_model, self)
        # The board's actions, by the names its menus, shortcuts and tests use.
        for name in DELEGATED:
            setattr(self, name, getattr(self.deal_actions, name))
        self.columns: dict[str, StageColumn] = {}
        self.tables: dict[str, QTableView] = {}
        self.closed_totals: dict[str, QLabel] = {}
        self.closed_sort = {"won": "closed:desc", "lost": "closed:desc"}
        self.context_menu: QMenu | None = None
        self._last_view: DealListView | None = None
        self._dirty, self._choices_stale = False, True
        self._build_actions()
        toolbar = self._build_toolbar()

        self.columns_host = QWidget()
        self.columns_layout = QHBoxLayout(self.columns_host)
        self.columns_layout.setContentsMargins(12, 4, 12, 12)
        self.columns_layout.setSpacing(10)
        scroll = QScrollArea(widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame)
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.columns_host)
        self.pages = QStackedWidget()
        # An empty book shows what to do first instead of five empty columns.
        self.first_steps = FirstSteps()
        self.open_page = QStackedWidget()
        self.open_page.addWidget(scroll)
        self.open_page.addWidget(self.first_steps)
        self.pages.addWidget(self.open_page)
        for status in ("won", "lost"):
            self.pages.addWidget(self._closed_page(status))
        self.summary_label = QLabel(objectName="PipelineSummary")
        self.notice = QLabel(objectName="PipelineNotice")
        summary = QHBoxLayout()
        summary.setContentsMargins(14, 2, 14, 2)
        summary.addWidget(self.summary_label, 1)
        summary.addWidget(self.notice)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(toolbar)
        layout.addLayout(summary)
        layout.addWidget(self.pages, 1)

        self.board_model.stages_changed.connect(self._rebuild_columns)
        self.board_model.summary_changed.connect(self._show_summary)
        self.deal_actions.done.connect(
            lambda text: self.notice.setText(self.tr("{0} — Ctrl+Z to undo").format(text))
        )
        self.deal_actions.created.connect(self.select)
        self.deal_actions.settings_changed.connect(self.reload)
        ctx.commands.refused.connect(lambda text: self.isVisible() and self.warn(text))
        ctx.events.changed.connect(self._on_data_changed)
        ctx.undo_stack.indexChanged.connect(self._clear_notice)
        # A window builds the board with cards_later: the columns and their totals come now,
        # the cards from a worker once the window is up.
        self.reload(cards_later=cards_later)

    @property
    def stages(self) -> list[StageInfo]:
        return self.board_model.stages

    @property
    def active_dialog(self) -> QWidget | None:
        return self.deal_actions.active_dialog

    # -- construction ----------------------------------------------------------------------
    def _on_selected(self, act: Callable[[str], object]) -> Callable[[], None]:
        return lambda: (deal_id := self.selected_deal()) and act(deal_id)

    def _build_actions(self) -> None:
        self.new_deal_action = screen_action(
            self, self.tr("&New deal…"), self.new_deal, "Ctrl+N", "add"
        )
        self.edit_deal_action = screen_action(
            self, self.tr("&Edit deal…"), self._on_selected(self.edit_deal)
        )
        self.delete_deal_action = screen_action(
            self, self.tr("&Delete deal"), self._on_selected(self.delete_deal)
        )
        self.move_next_action = screen_action(
            self, self.tr("Move to next stage"), lambda: self.move_selected(1), "Ctrl+Right"
        )
        self.move_previous_action = screen_action(
            self, self.tr("Move to previous stage"), lambda: self.move_selected(-1), "Ctrl+Left"
        )
        self.mark_won_action = screen_action(
            self, self.tr("Mark &won…"), self._on_selected(self.win_deal), icon_name="trophy"
        )
        self.mark_lost_action = screen_action(
            self, self.tr("Mark &lost…"), self._on_selected(self.lose_deal)
        )
        self.stage_settings_action = screen_action(
            self, self.tr("Pipeline &stages…"), self.edit_stages, icon_name="settings"
        )
        self.lead_score_action = screen_action(
            self, self.tr("&Lead scoring…"), self.edit_lead_scoring
        )

    def _build_toolbar(self) -> QHBoxLayout:
        self.filters = PipelineFilters(self.locale)
        self.filters.changed.connect(self.reload)
        self.filters.view_chosen.connect(self.show_view)
        # Kept on the board too: its tests drive these controls by these names.
        self.search_edit = self.filters.search_edit
        self.tier_combo = self.filters.tier_combo
        self.rotting_check = self.filters.rotting_check
        # Sorting the leads column by score lives in that column's header (see _rebuild_columns).
        self.score_sort = QToolButton(checkable=True, autoRaise=True, text=self.tr("By score"))
        self.score_sort.setToolTip(self.tr("Sort leads by lead score"))
        self.score_sort.toggled.connect(lambda _on: self.reload())
        bar = QHBoxLayout()
        bar.setContentsMargins(12, 0, 12, 0)
        bar.setSpacing(8)
        bar.addWidget(self.filters, 1)

        new_button = QToolButton(toolButtonStyle=Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        new_button.setDefaultAction(self.new_deal_action)
        settings_button = QToolButton(popupMode=QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        settings_button.setDefaultAction(self.stage_settings_action)
        settings_menu = QMenu(settings_button)
        settings_menu.addActions([self.stage_settings_action, self.lead_score_action])
        settings_button.setMenu(settings_menu)
        bar.addWidget(new_button)
        bar.addWidget(settings_button)
        return bar

    def _closed_page(self, status: str) -> QWidget:
        page = ClosedDealsPage(self.models[status], self.locale, status)
        page.sort_requested.connect(lambda sort, st=status: self._sort_closed(st, sort))
        page.open_requested.connect(self.edit_deal)
        self.tables[status] = page.table
        self.closed_totals[status] = page.totals
        return page

    def _sort_closed(self, status: str, sort: str) -> None:
        if self.closed_sort[status] != sort:
            self.closed_sort[status] = sort
            self.reload()

    def _wire(self, column: StageColumn, model: DealListModel, delegate: DealCardDelegate) -> None:
        view = column.view
        view.setModel(model)
        view.setItemDelegate(delegate)
        model.totals_changed.connect(column.show_totals)
        model.drop_handler = lambda ids, target: self.deal_actions.dropped(ids, target.stage.id)
        view.edit_requested.connect(lambda index: self.edit_deal(index.data(CARD_ROLE).id))
        view.delete_requested.connect(lambda index: self.delete_deal(index.data(CARD_ROLE).id))
        view.neighbour_requested.connect(lambda step, v=view: self._focus_neighbour(v, step))
        view.customContextMenuRequested.connect(lambda pos, v=view: self._context_menu(v, pos))
        view.focused.connect(lambda v=view: self._view_focused(v))
        view.selectionModel().currentChanged.connect(self._current_changed)

    def _rebuild_columns(self) -> None:
        self.score_sort.setParent(self)  # keep it alive while its column goes
        self._last_view = None
        for key in list(self.columns):
            old = self.columns.pop(key)
            old.hide()
            old.deleteLater()
        empty = self.tr("No deals in this stage — drag one here or press Ctrl+N")
        for position, stage in enumerate(self.stages):
            column = StageColumn(stage_label(stage.name, stage.name_en), self.locale, empty)
            column.probability_label.setText(f"{stage.probability}%")
            column.probability_label.setToolTip(self.tr("Win probability of this stage"))
            # Five default stages fit a 1280×800 window; wider screens give each column more.
            column.setMinimumWidth(190)
            delegate = DealCardDelegate(self.locale, self.board_model.rot_days, column.view)
            delegate.show_score = position == 0  # the leads column
            self._wire(column, self.models[stage.id], delegate)
            if position == 0:
                column.header_row.addWidget(self.score_sort)
            self.columns[stage.id] = column
            self.columns_layout.addWidget(column, 1)

    # -- loading ---------------------------------------------------------------------------
    def reload(self, cards_later: bool = False) -> None:
        """Re-read stages, totals and the first page of every visible column."""
        self.filters.discard_pending()
        if self._choices_stale:  # owners and close months change with the data, not the filter
            self.filters.request_choices(self.db)
            self._choices_stale = False
        flt = self.filters.current()
        self.board_model.reload(
            flt,
            VIEWS[self.pages.currentIndex()],
            self.filters.sort_key(),
            self.score_sort.isChecked(),
            closed_sort=self.closed_sort.get(VIEWS[self.pages.currentIndex()], "closed"),
            cards_later=cards_later,
        )
        filtered = flt != BoardFilter()
        for column in self.columns.values():
            column.view.itemDelegate().now = self.board_model.now
            column.view.filtered = filtered
        self._dirty = False
        self._show_summary()
        self._show_first_steps(filtered)
        self.reloaded.emit()

    def _show_first_steps(self, filtered: bool) -> None:
        empty = not filtered and self.board_model.summary().count == 0
        if empty:
            with self.db.session() as session:
                empty = is_empty(session)
        self.open_page.setCurrentWidget(self.first_steps if empty else self.open_page.widget(0))

    def _show_summary(self) -> None:
        totals = self.board_model.summary()
        amount, weighted = (
            format_compact_money(self.locale, value) for value in (totals.amount, totals.weighted)
        )
        if self.board_model.view != "open":
            self.summary_label.clear()  # the table's own header line has the totals
            return
        text = self.tr("%Ln open deals · {0} in pipeline · {1} weighted forecast", "", totals.count)
        self.summary_label.setText(text.format(amount, weighted))

    def show_view(self, number: int) -> None:
        self.filters.show_view(number)
        self.pages.setCurrentIndex(number)
        self.reload()

    def _on_data_changed(self, event: ChangeEvent) -> None:
        if not event.touches("deal", *SHOWN_ON_CARDS):
            return
        self._choices_stale = True
        if event.source is self.deal_actions:
            return  # the board placed its own cards already
        deals = event.ids("deal")
        if len(deals) <= PLACE_AT_MOST:
            for deal_id in deals:  # an undo, or an edit made elsewhere: those cards at once
                self.board_model.place(deal_id)
            self._show_summary()
        if event.touches(*SHOWN_ON_CARDS) or len(deals) > PLACE_AT_MOST:
            if self.isVisible():
                self.reload()
            else:
                self._dirty = True  # reload when shown, not for every change made elsewhere

    def _clear_notice(self, _index: int) -> None:
        if shiboken6.isValid(self.notice):  # the shared stack can outlive this page
            self.notice.clear()

    # -- selection and navigation ----------------------------------------------------------
    def _view_focused(self, view: DealListView) -> None:
        # One selected card on the board: the other columns let go of theirs.
        self._last_view = view
        for column in self.columns.values():
            if column.view is not view:
                column.view.clearSelection()
                column.view.setCurrentIndex(QModelIndex())

    def _current_changed(self, i: QModelIndex) -> None:
        self.deal_selected.emit(i.data(CARD_ROLE).id if i.isValid() else "")

    def selected_deal(self) -> str | None:
        view = self._last_view
        card = view.current_card() if view is not None and view.isVisible() else None
        return card.id if card else None

    def select(self, deal_id: str) -> bool:
        """Select and focus a loaded card; False when it is not shown."""
        self.board_model.load_pending()
        for key, model in self.models.items():
            row = model.row_of(deal_id)
            if row >= 0 and key in self.columns:
                view = self.columns[key].view
                view.setFocus()
                self._view_focused(view)
                view.setCurrentIndex(model.index(row))
                view.scrollTo(model.index(row))
                return True
        return False

    def _focus_neighbour(self, view: DealListView, step: int) -> None:
        keys = [s.id for s in self.stages]
        current = next((k for k in keys if self.columns[k].view is view), None)
        if current is None:
            return
        target = self.columns[keys[max(0, min(len(keys) - 1, keys.index(current) + step))]].view
        target.setFocus()
        self._view_focused(target)
        if target.model().rowCount():
            target.setCurrentIndex(target.model().index(0))

    def _context_menu(self, view: DealListView, pos: QPoint) -> None:
        index = view.indexAt(pos)
        if not index.isValid():
            return
        view.setFocus()
        self._view_focused(view)
        view.setCurrentIndex(index)
        card = index.data(CARD_ROLE)
        menu = QMenu(self)
        if card.status == "open":
            move_menu = menu.addMenu(self.tr("Move to"))
            for stage in (s for s in self.stages if s.id != card.stage_id):
                move_menu.addAction(
                    stage_label(stage.name, stage.name_en),
                    lambda sid=stage.id: self.move_deal(card.id, sid),
                )
            menu.addAction(self.tr("Log follow-up…"), lambda: self.deal_actions.follow_up(card.id))
            menu.addActions([self.mark_won_action, self.mark_lost_action])
            menu.addSeparator()
        menu.addActions([self.edit_deal_action, self.delete_deal_action])
        self.context_menu = menu
        menu.popup(view.viewport().mapToGlobal(pos))

    # -- actions that depend on the board's focus -----------------------------------------
    def move_selected(self, step: int) -> None:
        deal_id = self.selected_deal()
        source = self.board_model.holder(deal_id) if deal_id else None
        if source is None or VIEWS[self.pages.currentIndex()] != "open":
            return
        position = self.stages.index(source.stage) + step
        if 0 <= position < len(self.stages) and self.move_deal(deal_id, self.stages[position].id):
            self.select(deal_id)

    def focus_search(self) -> None:  # Ctrl+F from anywhere in the window
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def new_deal(self) -> None:
        focused = self.focusWidget()
        stage_id = next((s.id for s in self.stages if self.columns[s.id].view is focused), None)
        self.deal_actions.new_deal(stage_id)
