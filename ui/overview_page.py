"""A page of headline figures, used where a screen's full feature has not landed yet."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

Stats = Callable[[dict[str, Any]], list[tuple[str, str]]]


class StatCard(QFrame):
    """One figure with its label."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StatCard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.value = QLabel(objectName="StatValue")
        self.label = QLabel(objectName="StatLabel")
        self.label.setWordWrap(True)
        layout.addWidget(self.value)
        layout.addWidget(self.label)

    def show_figure(self, label: str, value: str) -> None:
        self.label.setText(label)
        self.value.setText(value)


class OverviewPage(QWidget):
    """Title, a hint of what the screen is for, and a grid of figures from the summary."""

    COLUMNS = 3

    def __init__(self, title: str, hint: str, stats: Stats, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stats = stats
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        heading = QLabel(title, objectName="PageTitle")
        note = QLabel(hint, objectName="PageHint")
        note.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(note)
        self._grid = QGridLayout()
        self._grid.setSpacing(12)
        layout.addLayout(self._grid)
        layout.addStretch(1)
        self._cards: list[StatCard] = []

    def show_summary(self, summary: dict[str, Any]) -> None:
        """Lay out one card per figure the page's stats function returns."""
        figures = self._stats(summary)
        while len(self._cards) < len(figures):
            card = StatCard(self)
            index = len(self._cards)
            self._grid.addWidget(
                card, index // self.COLUMNS, index % self.COLUMNS, Qt.AlignmentFlag.AlignTop
            )
            self._cards.append(card)
        for card, (label, value) in zip(self._cards, figures, strict=False):
            card.show_figure(label, value)
            card.show()
        for card in self._cards[len(figures) :]:
            card.hide()

    def figures(self) -> list[tuple[str, str]]:
        """Return the (label, value) pairs on show, for tests and accessibility."""
        return [
            (c.label.text(), c.value.text())
            for c in self._cards
            if c.isVisible() or not c.isHidden()
        ]
