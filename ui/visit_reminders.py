"""Visit and care reminders while RepBook runs: a tray notification at start-up and when the day
changes (where the desktop has a tray), and the count on the Calendar navigation entry.

The in-app list is the calendar's agenda (overdue, today) and its care reminders tab; this only
says when to look. The clock checks hourly, so a window left open overnight moves to the new day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from ui.icons import icon

CHECK_EVERY_MS = 60 * 60 * 1000


class ReminderClock(QObject):
    """Tells the calendar when the day changed, and the desktop what is due."""

    day_changed = Signal(object)  # the new date
    open_requested = Signal()  # the rep clicked the notification or the tray icon

    def __init__(self, host: QWidget, clock: Callable[[], date] = date.today) -> None:
        super().__init__(host)
        self.clock = clock
        self.day = clock()
        self.notified_on: date | None = None
        self.tray: QSystemTrayIcon | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        """Move to a new day when the date changed since the last check."""
        today = self.clock()
        if today != self.day:
            self.day = today
            self.day_changed.emit(today)

    def notify(self, overdue: int, due_today: int, care: int) -> bool:
        """Show the day's reminders once a day in the system tray; tell whether it was shown."""
        if self.notified_on == self.day or not (overdue or due_today or care):
            return False
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return False
        if self.tray is None:
            self.tray = QSystemTrayIcon(icon("calendar"), self)
            self.tray.setToolTip("RepBook")
            self.tray.activated.connect(lambda _reason: self.open_requested.emit())
            self.tray.messageClicked.connect(self.open_requested.emit)
            self.tray.show()
        self.notified_on = self.day
        self.tray.showMessage(
            self.tr("RepBook reminders"),
            # The parts' separator is the language's own (Chinese: "，").
            self.tr(", ").join(
                (
                    self.tr("%n visits due today", "", due_today),
                    self.tr("%n overdue", "", overdue),
                    self.tr("%n care reminders", "", care),
                )
            ),
            QSystemTrayIcon.MessageIcon.Information,
        )
        return True
