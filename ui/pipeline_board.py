"""The kanban board: one column per open stage, won and lost views, moves with undo and gates."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import shiboken6
from PySide6.QtCore import QLocale, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent, QUndoCommand
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QMenu, QMessageBox,
    QScrollArea, QStackedWidget, QToolButton, QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session

from app import pipeline
from app.models.types import utcnow
from app.pipeline import (
    BoardFilter, ChangeSet, ColumnTotals, GateRefused, PipelineError, StageInfo, card_matches,
    close_months, closed_totals, column_totals, fetch_card, list_stages, owners, reapply,
    refresh_last_activity, revert, stage_label,
)
from ui.context import AppContext
from ui.deal_card_delegate import (
    CARD_ROLE, DealCardDelegate, DealListView, StageColumn, format_compact_money,
)
from ui.deal_editor import DealEditor
from ui.gate_dialog import GateDialog, HandoffDialog, LoseDialog, WinDialog
from ui.icons import icon
from ui.lead_score_dialog import LeadScoreDialog
from ui.models.deal_list_model import DealListModel
from ui.stage_settings_dialog import StageSettingsDialog

FIRST_PAGE = 60
VIEWS = ("open", "won", "lost")


class PipelineCommand(QUndoCommand):
    """A pipeline action that has already been applied; undo and redo replay its change set."""

    def __init__(self, board: PipelineBoard, text: str, changes: ChangeSet, deal_id: str) -> None:
        super().__init__(text)
        self.board, self.changes, self.deal_id = board, changes, deal_id
        self.db, self.events = board.ctx.db, board.ctx.events
        self._pending_first_redo = True

    def _replay(self, step: Callable[[Session, ChangeSet], None]) -> None:
        try:
            with self.db.session.begin() as session:
                step(session, self.changes)
        except PipelineError as problem:
            self.setObsolete(True)
            if shiboken6.isValid(self.board):
                self.board.warn(str(problem))
            return
        if shiboken6.isValid(self.board):
            self.board.after_change(self.deal_id)
        else:
            self.events.changed.emit("deal")

    def redo(self) -> None:
        if self._pending_first_redo:  # push() calls redo(); the action is already in the database
            self._pending_first_redo = False
            return
        self._replay(reapply)

    def undo(self) -> None:
        self._replay(revert)


class PipelineBoard(QWidget):
    """The Pipeline page: filters, stage columns, won and lost lists, and the deal actions."""

    reloaded = Signal()
    dialog_opened = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.db = ctx, ctx.db
        self.locale = QLocale()
        self.stages: list[StageInfo] = []
        self.rot_days: dict[str, int] = {}
        self.columns: dict[str, StageColumn] = {}
        self.models: dict[str, DealListModel] = {}
        self.active_dialog: QWidget | None = None
        self._dirty = True
        self._emitting = False
        self._last_view: DealListView | None = None
        self.context_menu: QMenu | None = None
        self._build_actions()
        self._build_toolbar()

        self.columns_host = QWidget()
        self.columns_layout = QHBoxLayout(self.columns_host)
        self.columns_layout.setContentsMargins(12, 4, 12, 12)
        self.columns_layout.setSpacing(10)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.columns_host)
        self.pages = QStackedWidget()
        self.pages.addWidget(scroll)
        for status in ("won", "lost"):
            self.pages.addWidget(self._closed_page(status))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self.toolbar)
        layout.addLayout(self.summary_row)
        layout.addWidget(self.pages, 1)

        self._filter_timer = QTimer(self, singleShot=True, interval=180)
        self._filter_timer.timeout.connect(self.reload)
        ctx.events.changed.connect(self._on_data_changed)
        ctx.undo_stack.indexChanged.connect(lambda _index: self.notice.clear())
        self.reload()

    # -- construction ----------------------------------------------------------------------
    def _action(self, text: str, slot: Callable[[], object], shortcut: str | QKeySequence | None = None,
                icon_name: str | None = None) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.new_deal_action = self._action(self.tr("&New deal…"), self.new_deal, "Ctrl+N", "add")
        self.edit_deal_action = self._action(self.tr("&Edit deal…"), self.edit_selected)
        self.delete_deal_action = self._action(self.tr("&Delete deal"), self.delete_selected)
        self.move_next_action = self._action(self.tr("Move to next stage"), lambda: self.move_selected(1),
                                             "Ctrl+Right")
        self.move_previous_action = self._action(self.tr("Move to previous stage"),
                                                 lambda: self.move_selected(-1), "Ctrl+Left")
        self.mark_won_action = self._action(self.tr("Mark &won…"), self.win_selected, None, "trophy")
        self.mark_lost_action = self._action(self.tr("Mark &lost…"), self.lose_selected)
        self.stage_settings_action = self._action(self.tr("Pipeline &stages…"), self.edit_stages,
                                                  None, "settings")
        self.lead_score_action = self._action(self.tr("&Lead scoring…"), self.edit_lead_scoring)
        # The undo stack is shared with the other screens; the main window decides where these go.
        self.undo_action = self.ctx.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.ctx.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])

    def _build_toolbar(self) -> None:
        self.view_group = QButtonGroup(self)
        views = QHBoxLayout()
        views.setSpacing(0)
        for number, text in enumerate((self.tr("Open"), self.tr("Won"), self.tr("Lost"))):
            button = QToolButton(checkable=True, text=text)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setMinimumWidth(64)
            self.view_group.addButton(button, number)
            views.addWidget(button)
        self.view_group.button(0).setChecked(True)
        self.view_group.idClicked.connect(self.show_view)

        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Filter by customer or title (pinyin works: hzyq)"))
        self.search_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_edit.setMinimumWidth(260)
        self.search_edit.textChanged.connect(lambda _text: self._filter_timer.start())
        self.owner_combo = QComboBox()
        self.tier_combo = QComboBox()
        self.tier_combo.addItem(self.tr("All tiers"), None)
        for letter in "ABC":
            self.tier_combo.addItem(self.tr("Tier {0}").format(letter), letter)
        self.month_combo = QComboBox()
        self.rotting_check = QCheckBox(self.tr("Stalled only"))
        self.sort_combo = QComboBox()
        for key, text in (("amount", self.tr("Largest amount")), ("recent", self.tr("Newest in stage")),
                          ("oldest", self.tr("Longest in stage")), ("close_date", self.tr("Closing soonest"))):
            self.sort_combo.addItem(text, key)
        for combo in (self.owner_combo, self.tier_combo, self.month_combo, self.sort_combo):
            combo.activated.connect(lambda _index: self.reload())
        self.rotting_check.toggled.connect(lambda _on: self.reload())
        self.score_sort = QToolButton(checkable=True, text=self.tr("By score"))
        self.score_sort.setToolTip(self.tr("Sort leads by lead score"))
        self.score_sort.toggled.connect(lambda _on: self.reload())
        new_button = QToolButton()
        new_button.setDefaultAction(self.new_deal_action)
        new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        settings_button = QToolButton()
        settings_button.setDefaultAction(self.stage_settings_action)

        self.toolbar = QHBoxLayout()
        self.toolbar.setContentsMargins(12, 0, 12, 0)
        self.toolbar.setSpacing(8)
        self.toolbar.addLayout(views)
        self.toolbar.addSpacing(8)
        self.toolbar.addWidget(self.search_edit, 2)
        for widget in (self.owner_combo, self.tier_combo, self.month_combo, self.sort_combo,
                       self.rotting_check):
            self.toolbar.addWidget(widget)
        self.toolbar.addStretch(1)
        self.toolbar.addWidget(new_button)
        self.toolbar.addWidget(settings_button)

        self.summary_label = QLabel()
        self.summary_label.setObjectName("PipelineSummary")
        self.notice = QLabel()
        self.notice.setObjectName("PipelineNotice")
        self.notice.setStyleSheet("color: palette(placeholder-text);")
        self.summary_row = QHBoxLayout()
        self.summary_row.setContentsMargins(14, 2, 14, 2)
        self.summary_row.addWidget(self.summary_label)
        self.summary_row.addStretch(1)
        self.summary_row.addWidget(self.notice)

    def _closed_page(self, status: str) -> QWidget:
        title = self.tr("Won deals") if status == "won" else self.tr("Lost deals")
        empty = (self.tr("No won deals match. Right-click a card and choose Mark won.") if status == "won"
                 else self.tr("No lost deals match."))
        column = StageColumn(title, self.locale, empty, weighted=False)
        model = DealListModel(self.db, stage=None, status=status, locale=self.locale, parent=self)
        model.page_size = FIRST_PAGE
        self._wire(column, model, DealCardDelegate(self.locale, self.rot_days, column.view))
        column.setMaximumWidth(640)
        self.models[status] = model
        self.columns[status] = column
        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(12, 4, 12, 12)
        row.addWidget(column, 1)
        row.addStretch(0)
        return page

    def _wire(self, column: StageColumn, model: DealListModel, delegate: DealCardDelegate) -> None:
        view = column.view
        view.setModel(model)
        view.setItemDelegate(delegate)
        model.totals_changed.connect(column.show_totals)
        model.totals_changed.connect(lambda _totals: self._show_summary())
        model.drop_handler = self._dropped
        view.edit_requested.connect(lambda index: self.edit_deal(index.data(CARD_ROLE).id))
        view.delete_requested.connect(lambda index: self.delete_deal(index.data(CARD_ROLE).id))
        view.neighbour_requested.connect(lambda step, v=view: self._focus_neighbour(v, step))
        view.customContextMenuRequested.connect(lambda pos, v=view: self._context_menu(v, pos))
        view.focused.connect(lambda v=view: self._view_focused(v))

    def _rebuild_columns(self, stages: list[StageInfo]) -> None:
        self.score_sort.setParent(self)  # keep it alive while its column goes
        self._last_view = None
        for stage_id in [key for key in self.columns if key not in ("won", "lost")]:
            column = self.columns.pop(stage_id)
            self.models.pop(stage_id).deleteLater()
            self.columns_layout.removeWidget(column)
            column.deleteLater()
        self.stages = stages
        empty = self.tr("No deals in this stage — drag one here or press Ctrl+N")
        for position, stage in enumerate(stages):
            column = StageColumn(stage_label(stage.name, stage.name_en), self.locale, empty)
            column.probability_label.setText(f"{stage.probability}%")
            column.probability_label.setToolTip(self.tr("Win probability of this stage"))
            column.setMinimumWidth(250)
            model = DealListModel(self.db, stage=stage, locale=self.locale, parent=self)
            model.page_size = FIRST_PAGE
            delegate = DealCardDelegate(self.locale, self.rot_days, column.view)
            delegate.show_score = position == 0
            self._wire(column, model, delegate)
            if position == 0:
                column.header_row.addWidget(self.score_sort)
            self.columns[stage.id] = column
            self.models[stage.id] = model
            self.columns_layout.addWidget(column, 1)

    # -- loading ---------------------------------------------------------------------------
    def current_filter(self) -> BoardFilter:
        return BoardFilter(
            text=self.search_edit.text(), owner=self.owner_combo.currentData(),
            tier=self.tier_combo.currentData(), rotting_only=self.rotting_check.isChecked(),
            close_month=self.month_combo.currentData(),
        )

    def _fill_choice_lists(self, session: Session) -> None:
        owner, month = self.owner_combo.currentData(), self.month_combo.currentData()
        self.owner_combo.clear()
        self.owner_combo.addItem(self.tr("All owners"), None)
        for name in owners(session):
            self.owner_combo.addItem(name, name)
        self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(owner)))
        self.owner_combo.setVisible(self.owner_combo.count() > 2)
        self.month_combo.clear()
        self.month_combo.addItem(self.tr("Any close month"), None)
        for year, number in close_months(session):
            self.month_combo.addItem(self.locale.toString(date(year, number, 1), "yyyy-MM"), (year, number))
        self.month_combo.setCurrentIndex(max(0, self.month_combo.findData(month)))

    def reload(self) -> None:
        """Re-read stages, totals and the first page of every visible column."""
        self._filter_timer.stop()
        now, flt = utcnow(), self.current_filter()
        view = VIEWS[self.pages.currentIndex()]
        with self.db.session() as session:
            stages = list_stages(session)
            self._fill_choice_lists(session)
            totals = column_totals(session, flt, now) if view == "open" else {}
            closed = closed_totals(session, view, flt, now) if view != "open" else None
        if [s.id for s in stages] != [s.id for s in self.stages] or stages != self.stages:
            self._rebuild_columns(stages)
        self.rot_days.clear()
        self.rot_days.update({stage.id: stage.rot_days for stage in stages})
        sort = self.sort_combo.currentData()
        if view == "open":
            for position, stage in enumerate(stages):
                use = "score" if position == 0 and self.score_sort.isChecked() else sort
                self._load(stage.id, flt, use, totals.get(stage.id, ColumnTotals()), now)
        else:
            self._load(view, flt, "closed", closed or ColumnTotals(), now)
        self._dirty = False
        self._show_summary()
        self.reloaded.emit()

    def _load(self, key: str, flt: BoardFilter, sort: str, totals: ColumnTotals, now: object) -> None:
        model = self.models[key]
        self.columns[key].view.itemDelegate().now = now
        model.load(flt, sort, totals, now)

    def reload_totals(self) -> None:
        now, flt = utcnow(), self.current_filter()
        with self.db.session() as session:
            totals = column_totals(session, flt, now)
            closed = {status: closed_totals(session, status, flt, now) for status in ("won", "lost")}
        for stage in self.stages:
            self.models[stage.id].set_totals(totals.get(stage.id, ColumnTotals()))
        for status, figures in closed.items():
            self.models[status].set_totals(figures)

    def _show_summary(self) -> None:
        if VIEWS[self.pages.currentIndex()] != "open":
            totals = self.models[VIEWS[self.pages.currentIndex()]].totals
            self.summary_label.setText(self.tr("{0} deals · {1}").format(
                self.locale.toString(totals.count), format_compact_money(self.locale, totals.amount)))
            return
        count = sum(self.models[s.id].totals.count for s in self.stages)
        amount = sum((self.models[s.id].totals.amount for s in self.stages), ColumnTotals().amount)
        weighted = sum((self.models[s.id].totals.weighted for s in self.stages), ColumnTotals().weighted)
        self.summary_label.setText(self.tr("{0} open deals · {1} in pipeline · {2} weighted forecast").format(
            self.locale.toString(count), format_compact_money(self.locale, amount),
            format_compact_money(self.locale, weighted)))

    def show_view(self, number: int) -> None:
        self.view_group.button(number).setChecked(True)
        self.pages.setCurrentIndex(number)
        self.reload()

    def _on_data_changed(self, entity: str) -> None:
        if self._emitting or entity not in ("deal", "customer", "stage", "activity", "visit_plan", "*"):
            return
        if entity in ("activity", "*"):
            with self.db.session.begin() as session:
                refresh_last_activity(session)
        if self.isVisible():
            self.reload()
        else:
            self._dirty = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if self._dirty:
            self.reload()
        super().showEvent(event)

    def _emit(self, *entities: str) -> None:
        self._emitting = True
        try:
            for entity in entities:
                self.ctx.events.changed.emit(entity)
        finally:
            self._emitting = False

    # -- selection and navigation ----------------------------------------------------------
    def _view_focused(self, view: DealListView) -> None:
        # One selected card on the board: the other columns let go of theirs.
        self._last_view = view
        for column in self.columns.values():
            if column.view is not view:
                column.view.clearSelection()
                column.view.setCurrentIndex(QModelIndex())

    def selected_deal(self) -> str | None:
        view = self._last_view
        card = view.current_card() if view is not None and view.isVisible() else None
        return card.id if card else None

    def select(self, deal_id: str) -> bool:
        """Select and focus a loaded card; False when it is not shown."""
        for key, model in self.models.items():
            row = model.row_of(deal_id)
            if row >= 0:
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
            for stage in self.stages:
                if stage.id != card.stage_id:
                    move_menu.addAction(stage_label(stage.name, stage.name_en),
                                        lambda sid=stage.id: self.move_deal(card.id, sid))
            menu.addAction(self.mark_won_action)
            menu.addAction(self.mark_lost_action)
            menu.addSeparator()
        menu.addAction(self.edit_deal_action)
        menu.addAction(self.delete_deal_action)
        self.context_menu = menu
        menu.popup(view.viewport().mapToGlobal(pos))

    # -- actions ---------------------------------------------------------------------------
    def warn(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Pipeline"), message,
                          QMessageBox.StandardButton.Ok, self)
        self._open(box, lambda: None)

    def _run(self, action: Callable[[Session], object]) -> object | None:
        try:
            with self.db.session.begin() as session:
                return action(session)
        except GateRefused:
            raise
        except PipelineError as problem:
            self.warn(str(problem))
            return None

    def _push(self, text: str, changes: ChangeSet, deal_id: str) -> None:
        self.ctx.undo_stack.push(PipelineCommand(self, text, changes, deal_id))
        self.notice.setText(self.tr("{0} — Ctrl+Z to undo").format(text))

    def _open(self, dialog: QWidget, on_accept: Callable[[], None]) -> None:
        self.active_dialog = dialog
        dialog.accepted.connect(on_accept)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.dialog_opened.emit(dialog)

    def after_change(self, deal_id: str) -> None:
        """Put one deal's card where it now belongs (after undo, redo, edit…) and refresh totals."""
        for model in self.models.values():
            model.take(deal_id, adjust_totals=False)
        with self.db.session() as session:
            card = fetch_card(session, deal_id)
            model = None
            if card is not None and card_matches(session, deal_id, self.current_filter()):
                model = self.models.get(card.stage_id if card.status == "open" else card.status)
            if model is not None and model.sort != "amount":
                card = fetch_card(session, deal_id, model.sort)
        if model is not None:
            model.place(card, adjust_totals=False)
        self.reload_totals()
        self._emit("deal")

    def _dropped(self, deal_ids: list[str], target: DealListModel) -> bool:
        moved = False
        for deal_id in deal_ids:
            moved = self.move_deal(deal_id, target.stage.id) or moved
        return moved

    def move_deal(self, deal_id: str, stage_id: str, fields: dict | None = None) -> bool:
        """Move a deal to a stage: one transaction, stage history, undoable; a gate asks first."""
        source = next((m for k, m in self.models.items() if k in self.rot_days and m.row_of(deal_id) >= 0), None)
        now = utcnow()
        try:
            changes = self._run(lambda s: pipeline.move_deal(s, deal_id, stage_id, fields=fields, now=now))
        except GateRefused as refused:
            dialog = GateDialog(self.db, deal_id, refused.target_name, refused.missing, self)
            self._open(dialog, lambda: self.move_deal(deal_id, stage_id, dialog.fields))
            return False
        if not changes:
            return False
        target = self.models[stage_id]
        card = source.take(deal_id) if source else None
        stage = next(s for s in self.stages if s.id == stage_id)
        self._push(self.tr("Move “{0}” to {1}").format(card.title if card else "", stage_label(stage.name, stage.name_en)),
                   changes, deal_id)
        with self.db.session() as session:
            fresh = fetch_card(session, deal_id, target.sort)
            flt = self.current_filter()
            show = flt == BoardFilter() or card_matches(session, deal_id, flt)
        if show and fresh is not None:
            target.place(fresh)
        if source is None:
            self.reload_totals()
        self._emit("deal")
        return True

    def move_selected(self, step: int) -> None:
        deal_id = self.selected_deal()
        if deal_id is None or VIEWS[self.pages.currentIndex()] != "open":
            return
        keys = [s.id for s in self.stages]
        current = next((k for k in keys if self.models[k].row_of(deal_id) >= 0), None)
        if current is None or not 0 <= keys.index(current) + step < len(keys):
            return
        if self.move_deal(deal_id, keys[keys.index(current) + step]):
            self.select(deal_id)

    def new_deal(self) -> None:
        focused = self.focusWidget()
        stage_id = next((k for k, c in self.columns.items() if c.view is focused and k in self.rot_days), None)
        editor = DealEditor(self.db, self.stages, None, stage_id or (self.stages[0].id if self.stages else None), self)

        def save() -> None:
            result = self._run(lambda s: pipeline.create_deal(s, editor.data))
            if result:
                changes, deal_id = result
                self._push(self.tr("New deal “{0}”").format(editor.data.title.strip()), changes, deal_id)
                self.after_change(deal_id)
                self.select(deal_id)

        self._open(editor, save)

    def edit_deal(self, deal_id: str) -> None:
        editor = DealEditor(self.db, self.stages, deal_id, parent=self)

        def save() -> None:
            changes = self._run(lambda s: pipeline.update_deal(s, deal_id, editor.data))
            if changes:
                self._push(self.tr("Edit “{0}”").format(editor.data.title.strip()), changes, deal_id)
                self.after_change(deal_id)

        self._open(editor, save)

    def edit_selected(self) -> None:
        if deal_id := self.selected_deal():
            self.edit_deal(deal_id)

    def delete_deal(self, deal_id: str) -> None:
        changes = self._run(lambda s: pipeline.delete_deal(s, deal_id))
        if changes:
            self._push(self.tr("Delete deal"), changes, deal_id)
            self.after_change(deal_id)

    def delete_selected(self) -> None:
        if deal_id := self.selected_deal():
            self.delete_deal(deal_id)

    def win_deal(self, deal_id: str) -> None:
        dialog = WinDialog(self.db, deal_id, self)

        def save() -> None:
            try:
                result = self._run(lambda s: pipeline.win_deal(s, deal_id, dialog.terms))
            except GateRefused as refused:
                self.warn(str(refused))
                return
            if result:
                self._push(self.tr("Mark won"), result.changes, deal_id)
                self.after_change(deal_id)
                self._emit("order", "payment", "visit_plan", "handoff")
                self._open(HandoffDialog(self.db, result.handoff_id, self), lambda: self._emit("handoff"))

        self._open(dialog, save)

    def win_selected(self) -> None:
        if deal_id := self.selected_deal():
            self.win_deal(deal_id)

    def lose_deal(self, deal_id: str) -> None:
        dialog = LoseDialog(self.db, deal_id, self)

        def save() -> None:
            fields = dict(dialog.fields)
            reason, closed = fields.pop("lost_reason"), fields.pop("closed_date")
            try:
                changes = self._run(lambda s: pipeline.lose_deal(s, deal_id, reason, closed, fields=fields))
            except GateRefused as refused:
                self.warn(str(refused))
                return
            if changes:
                self._push(self.tr("Mark lost"), changes, deal_id)
                self.after_change(deal_id)

        self._open(dialog, save)

    def lose_selected(self) -> None:
        if deal_id := self.selected_deal():
            self.lose_deal(deal_id)

    def edit_stages(self) -> None:
        self._open(StageSettingsDialog(self.db, self), lambda: (self.reload(), self._emit("stage")))

    def edit_lead_scoring(self) -> None:
        self._open(LeadScoreDialog(self.db, self), lambda: (self.reload(), self._emit("deal")))

    def index_of(self, deal_id: str) -> QModelIndex:
        """Return a loaded card's index in its column model (invalid when not loaded)."""
        for model in self.models.values():
            row = model.row_of(deal_id)
            if row >= 0:
                return model.index(row)
        return QModelIndex()
