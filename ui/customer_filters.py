"""The customer list's filter bar: search, tier, segment, risk, industry, city, owner, freshness,
sort, and the grid/table switch."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.customers.listing import CustomerFilter, FilterChoices
from app.segments import SEGMENTS, segment_name
from ui.icons import icon

VIEWS = ("grid", "table")
TYPING_PAUSE_MS = 150


class CustomerFilters(QWidget):
    """Controls only: the view fills the choices and reads `current()` when `changed` fires."""

    changed = Signal()
    view_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.changed)
        self.search_edit = QLineEdit(clearButtonEnabled=True, minimumWidth=280)
        self.search_edit.setPlaceholderText(
            self.tr("Search name, pinyin (hzyq), phone, e-mail or contact")
        )
        self.search_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_edit.textChanged.connect(lambda _text: self._typing.start())
        self.tier_combo = QComboBox()
        self.tier_combo.addItem(self.tr("All tiers"), None)
        for letter in "ABC":
            self.tier_combo.addItem(self.tr("Tier {0}").format(letter), letter)
        self.segment_combo = QComboBox()
        self.segment_combo.addItem(self.tr("All segments"), None)
        for key in SEGMENTS:
            self.segment_combo.addItem(segment_name(key), key)
        self.industry_combo, self.city_combo, self.owner_combo = (
            QComboBox(),
            QComboBox(),
            QComboBox(),
        )
        self.risk_check = QCheckBox(self.tr("At risk"))
        self.stale_check = QCheckBox(self.tr("Info out of date"))
        self.stale_check.setToolTip(self.tr("Information not verified in the last 180 days"))
        self.sort_combo = QComboBox()
        for key, text in (
            ("revenue", self.tr("Largest revenue")),
            ("tier", self.tr("Tier")),
            ("name", self.tr("Name")),
            ("last_contact", self.tr("Latest contact")),
            ("last_contact:asc", self.tr("Longest without contact")),
            ("next_visit", self.tr("Next visit due")),
            ("verified", self.tr("Stalest information")),
        ):
            self.sort_combo.addItem(text, key)
        self.view_group = QButtonGroup(self)
        self.view_buttons: dict[str, QToolButton] = {}
        for number, (key, text) in enumerate(
            ((VIEWS[0], self.tr("Cards")), (VIEWS[1], self.tr("Table")))
        ):
            button = QToolButton(checkable=True, text=text, objectName="ViewSwitch")
            self.view_group.addButton(button, number)
            self.view_buttons[key] = button
        self.view_group.idClicked.connect(lambda number: self.view_chosen.emit(VIEWS[number]))

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.search_edit, 1)
        for button in self.view_buttons.values():
            top.addWidget(button)
        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        for combo in (
            self.tier_combo,
            self.segment_combo,
            self.industry_combo,
            self.city_combo,
            self.owner_combo,
        ):
            combo.activated.connect(lambda _index: self.changed.emit())
            bottom.addWidget(combo)
        for check in (self.risk_check, self.stale_check):
            check.toggled.connect(lambda _on: self.changed.emit())
            bottom.addWidget(check)
        bottom.addStretch(1)
        self.sort_combo.activated.connect(lambda _index: self.changed.emit())
        bottom.addWidget(self.sort_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(bottom)
        self.fill_choices(FilterChoices([], [], []))

    def current(self) -> CustomerFilter:
        """Return the filter the controls describe."""
        return CustomerFilter(
            text=self.search_edit.text(),
            tier=self.tier_combo.currentData(),
            segment=self.segment_combo.currentData(),
            at_risk=self.risk_check.isChecked(),
            industry=self.industry_combo.currentData(),
            city=self.city_combo.currentData(),
            owner=self.owner_combo.currentData(),
            stale_only=self.stale_check.isChecked(),
        )

    def sort_key(self) -> str:
        return self.sort_combo.currentData()

    def discard_pending(self) -> None:
        """Drop a reload still waiting for typing to pause: the caller is reloading now."""
        self._typing.stop()

    def fill_choices(self, choices: FilterChoices) -> None:
        """Offer these industries, cities and owners, keeping the current choices that remain."""
        for combo, everything, values in (
            (self.industry_combo, self.tr("All industries"), choices.industries),
            (self.city_combo, self.tr("All cities"), choices.cities),
            (self.owner_combo, self.tr("All owners"), choices.owners),
        ):
            kept = combo.currentData()
            combo.clear()
            combo.addItem(everything, None)
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(kept)))
        self.owner_combo.setVisible(len(choices.owners) > 1)  # a team lead's merged book

    def show_view(self, key: str) -> None:
        self.view_buttons[key].setChecked(True)
        self.sort_combo.setVisible(key == "grid")  # the table sorts by its headers
