"""The calendar's side panel: the agenda (overdue, today, this week, skipped), the chosen day's
visits and the care reminders, with the buttons that act on the selected one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from functools import partial

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedLayout,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.labels import label
from app.visits import agenda, care
from app.visits.agenda import VisitItem
from ui.context import AppContext
from ui.customer_events import EventsPane
from ui.kit.empty_state import EmptyState
from ui.kit.format import format_count, format_day, relative_days
from ui.models.visit_list_model import PageReader, VisitListModel
from ui.visit_actions import VisitActions
from ui.visit_delegates import VisitRowDelegate

CARE_ROLE = Qt.ItemDataRole.UserRole + 1


class VisitListPane(QWidget):
    """A visit list with its empty state and the Complete / Skip buttons."""

    def __init__(self, ctx: AppContext, actions: VisitActions, today: date, empty: str) -> None:
        super().__init__()
        self.actions = actions
        self.model = VisitListModel(ctx, today)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(VisitRowDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setDragEnabled(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.doubleClicked.connect(self._complete_at)
        self.empty = EmptyState(
            empty, self.tr("Plan a visit, or log a follow-up to plan the next.")
        )
        self.stack = QStackedLayout()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        self.complete_button = QPushButton(self.tr("Complete…"))
        self.complete_button.setToolTip(
            self.tr("Log the visit, its feedback and intent (double-click a visit)")
        )
        self.skip_button = QPushButton(self.tr("Skip…"))
        self.complete_button.clicked.connect(lambda: self._act(self.actions.complete))
        self.skip_button.clicked.connect(lambda: self._act(self.actions.skip))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.complete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(self.stack, 1)
        layout.addLayout(buttons)
        self.model.modelReset.connect(self._update)
        self.view.selectionModel().selectionChanged.connect(self._update)

    def load(self, reader: PageReader | None) -> None:
        self.model.load(reader)

    def selected(self) -> VisitItem | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def _act(self, action: Callable[[VisitItem], None]) -> None:
        visit = self.selected()
        if visit is not None and visit.status == "planned":
            action(visit)

    def _complete_at(self, index: QModelIndex) -> None:
        visit = self.model.item(index.row())
        if visit is not None and visit.status == "planned":
            self.actions.complete(visit)

    def _update(self) -> None:
        self.stack.setCurrentIndex(0 if self.model.rowCount() else 1)
        visit = self.selected()
        can = visit is not None and visit.status == "planned"
        self.complete_button.setEnabled(can)
        self.skip_button.setEnabled(can)


class CarePane(QWidget):
    """Care reminders due now, each to greet (filled template, copied, logged) or dismiss."""

    def __init__(self, ctx: AppContext, actions: VisitActions, today: date) -> None:
        super().__init__()
        self.ctx, self.actions, self.today = ctx, actions, today
        self.list = QListWidget()
        self.list.setObjectName("CareList")
        self.list.itemDoubleClicked.connect(lambda _item: self._greet())
        self.empty = EmptyState(
            self.tr("No care reminders"),
            self.tr("Festivals, anniversaries and birthdays come up here a few days ahead."),
        )
        self.stack = QStackedLayout()
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.empty)
        self.greet_button = QPushButton(self.tr("Greet…"))
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.greet_button.clicked.connect(self._greet)
        self.dismiss_button.clicked.connect(self._dismiss)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.dismiss_button)
        buttons.addWidget(self.greet_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(self.stack, 1)
        layout.addLayout(buttons)
        self.items: list[care.CareItem] = []

    def reload(self) -> None:
        with self.ctx.db.session() as session:
            self.items = care.care_reminders(session, self.today)
        self.list.clear()
        locale = self.locale()
        for item in self.items:
            who = item.contact_name or item.customer_name
            when = f"{format_day(locale, item.occurs_on, self.today)} · {relative_days(item.occurs_on, self.today)}"
            entry = QListWidgetItem(
                f"{label(f'care.{item.occasion}')} — {who}  ({item.tier})\n{when}"
            )
            if item.contact_name:
                entry.setToolTip(item.customer_name)
            entry.setData(CARE_ROLE, item.key)
            self.list.addItem(entry)
        self.stack.setCurrentIndex(0 if self.items else 1)
        if self.items:
            self.list.setCurrentRow(0)

    def selected(self) -> care.CareItem | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _greet(self) -> None:
        item = self.selected()
        if item is not None:
            self.actions.greet(item)

    def _dismiss(self) -> None:
        item = self.selected()
        if item is not None:
            self.actions.dismiss(item)


class AgendaPanel(QTabWidget):
    """Agenda, chosen day and care reminders, as tabs."""

    counts_changed = Signal(int, int)  # overdue, due today

    def __init__(self, ctx: AppContext, actions: VisitActions, today: date) -> None:
        super().__init__()
        self.ctx, self.today = ctx, today
        self.section = "today"
        self.section_buttons: dict[str, QPushButton] = {}
        group = QButtonGroup(self)
        switch = QHBoxLayout()
        switch.setSpacing(4)
        for key in agenda.SECTIONS:
            button = QPushButton(objectName="ViewSwitch", checkable=True)
            button.clicked.connect(partial(self.show_section, key))
            group.addButton(button)
            switch.addWidget(button)
            self.section_buttons[key] = button
        switch.addStretch(1)
        self.agenda = VisitListPane(
            ctx, actions, today, self.tr("Nothing in this part of the agenda")
        )
        page = QWidget()
        column = QVBoxLayout(page)
        column.addLayout(switch)
        column.addWidget(self.agenda, 1)
        self.addTab(page, self.tr("Agenda"))
        self.day_title = QLabel(objectName="PageHint")
        self.day = VisitListPane(ctx, actions, today, self.tr("No visits on this day"))
        day_page = QWidget()
        day_column = QVBoxLayout(day_page)
        day_column.addWidget(self.day_title)
        day_column.addWidget(self.day, 1)
        self.addTab(day_page, self.tr("Day"))
        self.care = CarePane(ctx, actions, today)
        self.addTab(self.care, self.tr("Care reminders"))
        self.events = EventsPane(ctx, actions, today)
        self.addTab(self.events, self.tr("Events"))
        self.chosen_day = today
        self.overdue_count = self.today_count = 0
        self.section_buttons[self.section].setChecked(True)

    def set_today(self, day: date) -> None:
        self.today = self.care.today = self.events.today = day
        self.agenda.model.today = self.day.model.today = day
        self.chosen_day = day

    def section_title(self, key: str) -> str:
        return {
            "overdue": self.tr("Overdue"),
            "today": self.tr("Today"),
            "week": self.tr("Next 7 days"),
            "skipped": self.tr("Skipped"),
        }[key]

    def reload(self) -> None:
        for step in self.reload_steps():
            step()

    def reload_steps(self) -> list[Callable[[], None]]:
        """The parts of a reload, in order, each a few reads (see ui.kit.lazy.in_turns)."""
        return [self._reload_agenda, self._reload_care, self.events.reload]

    def _reload_agenda(self) -> None:
        with self.ctx.db.session() as session:
            counts = {key: agenda.agenda_count(session, key, self.today) for key in agenda.SECTIONS}
        locale = self.locale()
        for key, button in self.section_buttons.items():
            button.setText(f"{self.section_title(key)}  {format_count(locale, counts[key])}")
        self.show_section(self.section)
        self.show_day(self.chosen_day)
        self.overdue_count, self.today_count = counts["overdue"], counts["today"]

    def _reload_care(self) -> None:
        self.care.reload()
        self.setTabText(2, self.tr("Care reminders ({0})").format(len(self.care.items)))
        # Announced once both are read: the badge and the day's tray message count care too.
        self.counts_changed.emit(self.overdue_count, self.today_count)

    def show_section(self, key: str, _checked: bool = False) -> None:
        self.section = key
        self.section_buttons[key].setChecked(True)
        today = self.today
        self.agenda.load(
            lambda s, after, limit: agenda.agenda(s, key, today, after=after, limit=limit)
        )

    def show_day(self, day: date) -> None:
        self.chosen_day = day
        self.day_title.setText(
            format_day(self.locale(), day, self.today) + " · " + relative_days(day, self.today)
        )
        end = day + timedelta(days=0)
        self.day.load(
            lambda s, after, limit: agenda.visits_between(s, day, end, after=after, limit=limit)
        )
