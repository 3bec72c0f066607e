"""An empty list or page that says what it will hold and what to do next."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.icons import icon


class EmptyState(QWidget):
    """Icon, title, one line of what to do next, and optional buttons that do it.

    Put it in a QStackedWidget beside the list (or over a page) and show it while the list is
    empty; `set_filtered` swaps the hint for "nothing matches" when a filter hid everything.
    """

    ICON_SIZE = 48

    def __init__(
        self,
        title: str,
        hint: str,
        *,
        icon_name: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("EmptyState")
        self._hint = hint
        self.icon_label = QLabel()
        self.icon_label.setObjectName("EmptyStateIcon")
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if icon_name:
            pixmap = icon(icon_name).pixmap(self.ICON_SIZE, self.ICON_SIZE)
            self.icon_label.setPixmap(pixmap)
        self.icon_label.setVisible(bool(icon_name))
        self.title_label = QLabel(title)
        self.title_label.setObjectName("EmptyStateTitle")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label.setWordWrap(True)
        self.hint_label = QLabel(hint)
        self.hint_label.setObjectName("EmptyStateHint")
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint_label.setWordWrap(True)
        self.actions_row = QHBoxLayout()
        self.actions_row.setSpacing(8)
        self.actions_row.addStretch(1)
        self.actions_row.addStretch(1)
        self.buttons: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(8)
        layout.addStretch(1)
        layout.addWidget(self.icon_label)
        layout.addWidget(self.title_label)
        layout.addWidget(self.hint_label)
        layout.addSpacing(4)
        layout.addLayout(self.actions_row)
        layout.addStretch(2)

    def add_action(
        self, text: str, slot: Callable[[], object], *, primary: bool = False
    ) -> QPushButton:
        """Add a button under the hint that runs slot; the first primary one is the default."""
        button = QPushButton(text)
        button.clicked.connect(lambda _checked=False: slot())
        if primary:
            button.setProperty("primary", True)
            button.setDefault(not any(b.isDefault() for b in self.buttons))
        self.actions_row.insertWidget(self.actions_row.count() - 1, button)
        self.buttons.append(button)
        return button

    def set_hint(self, hint: str) -> None:
        """Change the line that says what to do next."""
        self._hint = hint
        self.hint_label.setText(hint)

    def set_filtered(self, filtered: bool, text: str | None = None) -> None:
        """Say that a filter hides everything (and hide the buttons), or restore the hint."""
        shown = (text or self.tr("Nothing matches the filter.")) if filtered else self._hint
        self.hint_label.setText(shown)
        for button in self.buttons:
            button.setVisible(not filtered)
