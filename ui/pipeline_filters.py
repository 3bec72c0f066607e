"""The pipeline board's filter bar: Open/Won/Lost switch, text filter, owner, tier, month, sort."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)

from app.db import Database
from app.pipeline import BoardFilter, close_months, owners
from ui.icons import icon
from ui.kit.format import format_month
from ui.workers import ReloadTask

Choices = tuple[list[str], list[tuple[int, int]]]


class PipelineFilters(QWidget):
    """The controls above the board; the board reads them, and asks them to fetch their owner
    and close-month choices (`request_choices`, off the GUI thread: a scan of the open deals).

    `changed` asks for a reload (typing waits for a pause first, and a fetched list that drops
    the chosen owner or month asks too); `view_chosen` carries the number of the view the user
    clicked: 0 open, 1 won, 2 lost.
    """

    changed = Signal()
    view_chosen = Signal(int)

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.locale = locale
        self._db: Database | None = None
        self._choices_task = ReloadTask(self._read_choices, self)
        self._choices_task.succeeded.connect(self._choices_read)
        self._typing_timer = QTimer(self, singleShot=True, interval=180)
        self._typing_timer.timeout.connect(self.changed)
        bar = QHBoxLayout(self)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(8)
        self.view_group = QButtonGroup(self)
        for number, text in enumerate((self.tr("Open"), self.tr("Won"), self.tr("Lost"))):
            button = QToolButton(checkable=True, text=text, objectName="ViewSwitch")
            button.setMinimumWidth(64)
            self.view_group.addButton(button, number)
            bar.addWidget(button)
        self.view_group.button(0).setChecked(True)
        self.view_group.idClicked.connect(self.view_chosen)
        bar.addSpacing(8)

        self.search_edit = QLineEdit(clearButtonEnabled=True, minimumWidth=260)
        self.search_edit.setPlaceholderText(
            self.tr("Filter by customer or title (pinyin works: hzyq)")
        )
        self.search_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_edit.textChanged.connect(lambda _text: self._typing_timer.start())
        bar.addWidget(self.search_edit, 2)
        self.owner_combo, self.tier_combo, self.month_combo = QComboBox(), QComboBox(), QComboBox()
        self.tier_combo.addItem(self.tr("All tiers"), None)
        for letter in "ABC":
            self.tier_combo.addItem(self.tr("Tier {0}").format(letter), letter)
        self.sort_combo = QComboBox()
        for key, text in (
            ("amount", self.tr("Largest amount")),
            ("recent", self.tr("Newest in stage")),
            ("oldest", self.tr("Longest in stage")),
            ("close_date", self.tr("Closing soonest")),
        ):
            self.sort_combo.addItem(text, key)
        self.rotting_check = QCheckBox(self.tr("Stalled only"))
        self.rotting_check.toggled.connect(lambda _on: self.changed.emit())
        for combo in (self.owner_combo, self.tier_combo, self.month_combo, self.sort_combo):
            combo.activated.connect(lambda _index: self.changed.emit())
            bar.addWidget(combo)
        bar.addWidget(self.rotting_check)
        # The board's own buttons follow this widget; the gap before them stays here.
        bar.addStretch(1)

    def current(self) -> BoardFilter:
        """Return the filter the controls describe (the sort order is apart: see sort_key)."""
        return BoardFilter(
            text=self.search_edit.text(),
            owner=self.owner_combo.currentData(),
            tier=self.tier_combo.currentData(),
            rotting_only=self.rotting_check.isChecked(),
            close_month=self.month_combo.currentData(),
        )

    def sort_key(self) -> str:
        return self.sort_combo.currentData()

    def discard_pending(self) -> None:
        """Drop a reload still waiting for typing to pause: the caller is reloading now."""
        self._typing_timer.stop()

    def request_choices(self, db: Database) -> None:
        """Fetch the owners and close months of the open deals in the background, then offer them."""
        self._db = db
        self._choices_task.request()

    def _read_choices(self, _progress: object) -> Choices:
        assert self._db is not None
        with self._db.session() as session:
            return owners(session), close_months(session)

    def _choices_read(self, choices: Choices) -> None:
        before = self.current()
        self.fill_choices(*choices)
        if self.current() != before:
            self.changed.emit()

    def fill_choices(self, owners: list[str], months: list[tuple[int, int]]) -> None:
        """Offer these owners and close months, keeping the current choices where they remain."""
        owner, month = self.owner_combo.currentData(), self.month_combo.currentData()
        self.owner_combo.clear()
        self.owner_combo.addItem(self.tr("All owners"), None)
        for name in owners:
            self.owner_combo.addItem(name, name)
        self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(owner)))
        self.owner_combo.setVisible(self.owner_combo.count() > 2)  # a team lead's merged book
        self.month_combo.clear()
        self.month_combo.addItem(self.tr("Any close month"), None)
        for year, number in months:
            self.month_combo.addItem(format_month(self.locale, year, number), (year, number))
        self.month_combo.setCurrentIndex(max(0, self.month_combo.findData(month)))

    def show_view(self, number: int) -> None:
        """Check the view's switch; closed lists sort by close date and are never stalled."""
        self.view_group.button(number).setChecked(True)
        for widget in (self.sort_combo, self.rotting_check):
            widget.setVisible(number == 0)
