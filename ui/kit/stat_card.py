"""A headline figure with its label, as the insights and growth screens show them."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


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
