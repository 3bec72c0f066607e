"""The visit-reminder calendar: a month or week grid of due and overdue visits, holidays and
make-up working days marked, beside the agenda, the chosen day and the care reminders.

Drag a visit from a list onto a day to move it (undoable); double-click or Complete… logs it and
the cadence plans the next; Skip… asks why. "Export to calendar (.ics)…" writes the same file
as `main.py calendar --out`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.i18n import UserMessage
from ui.context import AppContext, ChangeEvent
from ui.icons import icon
from ui.kit.format import format_day, format_month
from ui.kit.lazy import in_turns
from ui.models.visit_month_model import VisitMonthModel
from ui.visit_actions import VisitActions
from ui.visit_agenda import AgendaPanel
from ui.visit_delegates import DayCellDelegate
from ui.visit_reminders import ReminderClock
from ui.workers import BackgroundTask

if TYPE_CHECKING:  # icalendar loads when a file is exported, not with the window
    from app.visits.ics import CalendarExport

WATCHED = (
    "visit_plan",
    "activity",
    "customer",
    "contact",
    "care_reminder",
    "customer_event",
    "event_invite",
)


class VisitCalendar(QWidget):
    """The Calendar page."""

    reminders_changed = Signal(int)  # overdue + due today + care reminders, for the badge

    def __init__(
        self, ctx: AppContext, today: date | None = None, *, load_later: bool = False
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.today = today or date.today()
        self.actions = VisitActions(ctx, self)
        self.actions.done.connect(self._done)
        self.month = VisitMonthModel(ctx, self.actions.reschedule, self.today)
        self.clock = ReminderClock(self)
        self.clock.day_changed.connect(self.set_today)
        self.clock.open_requested.connect(self._open_from_tray)

        title = QLabel(self.tr("Calendar"), objectName="PageTitle")
        self.period = QLabel(objectName="CalendarPeriod")
        previous = QPushButton("‹", objectName="CalendarStep")
        previous.setToolTip(self.tr("Previous"))
        following = QPushButton("›", objectName="CalendarStep")
        following.setToolTip(self.tr("Next"))
        today_button = QPushButton(self.tr("Today"))
        previous.clicked.connect(lambda: self._step(False))
        following.clicked.connect(lambda: self._step(True))
        today_button.clicked.connect(lambda: self.go_to(self.today))
        self.month_button = QPushButton(self.tr("Month"), objectName="ViewSwitch", checkable=True)
        self.week_button = QPushButton(self.tr("Week"), objectName="ViewSwitch", checkable=True)
        group = QButtonGroup(self)
        group.addButton(self.month_button)
        group.addButton(self.week_button)
        self.month_button.setChecked(True)
        self.month_button.clicked.connect(lambda: self.set_week_mode(False))
        self.week_button.clicked.connect(lambda: self.set_week_mode(True))
        self.plan_button = QPushButton(icon("add"), self.tr("Plan a visit…"))
        self.plan_button.clicked.connect(lambda: self.actions.plan(self.agenda.chosen_day))
        self.export_button = QPushButton(icon("export"), self.tr("Export to calendar (.ics)…"))
        self.export_button.clicked.connect(self.choose_export)
        self.status = QLabel(objectName="PageHint")

        bar = QHBoxLayout()
        for widget in (title, previous, today_button, following, self.period):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.month_button, self.week_button, self.plan_button, self.export_button):
            bar.addWidget(widget)

        self.grid = QTableView(objectName="CalendarGrid")
        self.grid.setModel(self.month)
        self.grid.setItemDelegate(DayCellDelegate(self.today, self.grid))
        self.grid.setShowGrid(False)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setAcceptDrops(True)
        self.grid.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.grid.setDropIndicatorShown(True)
        self.grid.verticalHeader().hide()
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.clicked.connect(self._day_clicked)
        self.grid.doubleClicked.connect(lambda index: self.actions.plan(self.month.day_at(index)))

        self.agenda = AgendaPanel(ctx, self.actions, self.today)
        self.agenda.counts_changed.connect(self._counts)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.grid)
        splitter.addWidget(self.agenda)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([820, 460])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self._export_task: BackgroundTask | None = None
        ctx.events.changed.connect(self._on_changed)
        self.loaded = False
        if not load_later:
            self.load()

    def load(self) -> None:
        """Read the month and the agenda, the first time only (a window builds the page with
        load_later and calls this once its first screen is up, or the page shows first)."""
        if self.loaded:
            return
        self.loaded = True
        self._show_month()
        self.agenda.reload()
        # Once whoever built the page has connected to it: the first count for the badge.
        QTimer.singleShot(0, self._announce)

    def load_in_turns(self) -> None:
        """The same first load as `load`, one part per turn of the event loop (a window calls
        this while its page is hidden, so the badge fills in without freezing the board)."""
        if self.loaded:
            return
        self.loaded = True
        in_turns(self, [self._show_month, *self.agenda.reload_steps()])

    def _show_month(self) -> None:
        self.month.show(self.today)
        self._show_period()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self.load()
        super().showEvent(event)

    def _announce(self) -> None:
        self._counts(self.agenda.overdue_count, self.agenda.today_count)

    def set_today(self, day: date) -> None:
        """Move the whole calendar to a new day (the window stayed open past midnight)."""
        self.loaded = True
        self.today = day
        self.month.today = day
        self.grid.itemDelegate().today = day  # type: ignore[attr-defined]
        self.agenda.set_today(day)
        self.month.show(day)
        self._show_period()
        self.agenda.reload()

    # -- navigation ------------------------------------------------------------------------
    def _show_period(self) -> None:
        locale = self.locale()
        if self.month.week_mode:
            first, last = self.month.first, self.month.last
            text = (
                f"{format_day(locale, first, self.today)} – {format_day(locale, last, self.today)}"
            )
        else:
            text = format_month(locale, self.month.anchor.year, self.month.anchor.month)
        self.period.setText(text)

    def _step(self, forward: bool) -> None:
        self.month.step(forward)
        self._show_period()

    def go_to(self, day: date) -> None:
        self.month.show(day)
        self._show_period()
        self.grid.setCurrentIndex(self.month.index_of(day))
        self.agenda.show_day(day)

    def set_week_mode(self, week: bool) -> None:
        day = self.agenda.chosen_day
        self.month.show(day, week=week)
        (self.week_button if week else self.month_button).setChecked(True)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self._show_period()

    def _day_clicked(self, index: QModelIndex) -> None:
        self.agenda.show_day(self.month.day_at(index))
        self.agenda.setCurrentIndex(1)

    # -- changes ---------------------------------------------------------------------------
    def _on_changed(self, event: ChangeEvent) -> None:
        if self.loaded and event.touches(*WATCHED):  # not read yet: the first read is fresh
            self.reload()

    def reload(self) -> None:
        self.month.reload()
        self.agenda.reload()

    def _done(self, text: str) -> None:
        self.status.setText(self.tr("{0} — Ctrl+Z to undo").format(text))

    def _counts(self, overdue: int, due_today: int) -> None:
        care = len(self.agenda.care.items)
        self.reminders_changed.emit(overdue + due_today + care)
        self.clock.notify(overdue, due_today, care)

    def _open_from_tray(self) -> None:
        window = self.window()
        window.showNormal()
        window.raise_()
        window.activateWindow()
        self.agenda.show_section("overdue" if self.agenda.overdue_count else "today")

    # -- export ----------------------------------------------------------------------------
    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to calendar"),
            str(Path.home() / "repbook.ics"),
            "iCalendar (*.ics)",
        )
        if path:
            self.export_ics(Path(path))

    def export_ics(self, path: Path, days: int = 30) -> BackgroundTask:
        """Write the .ics file in the background, the same function as the calendar command."""

        from app.visits.ics import export_calendar

        def work(_progress: object) -> CalendarExport:
            with self.ctx.db.session() as session:
                return export_calendar(session, path, self.today, days)

        task = BackgroundTask(work, self)
        task.succeeded.connect(self._exported)
        task.failed.connect(self._export_failed)
        self._export_task = task
        self.export_button.setEnabled(False)
        task.finished.connect(lambda: self.export_button.setEnabled(True))
        task.start()
        return task

    def _exported(self, done: CalendarExport) -> None:
        self.status.setText(
            self.tr("Wrote {0} visits and {1} care reminders to {2}").format(
                done.visits, done.care, done.path
            )
        )

    def _export_failed(self, problem: Exception) -> None:
        # A UserMessage reads as one line already; anything else (a full disk …) says what broke.
        words = str(problem) if isinstance(problem, UserMessage) else repr(problem)
        self.status.setText(self.tr("The calendar file was not written: {0}").format(words))
