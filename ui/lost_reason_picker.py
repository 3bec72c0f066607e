"""The lost-reason editor of the lose form: a coded reason, or the rep's own words."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from app.labels import lost_reason_choices
from app.vocab import other_reason, split_lost_reason


class LostReasonPicker(QWidget):
    """A coded lost reason from a list; "Other" opens a line for the rep's own words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.addItem(self.tr("Choose a reason…"), None)
        for code, name in lost_reason_choices():
            self.combo.addItem(name, code)
        self.other = QLineEdit()
        self.other.setPlaceholderText(self.tr("Why was the deal lost?"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.other, 1)
        self.combo.currentIndexChanged.connect(self._follow_choice)
        self._follow_choice()

    def _follow_choice(self) -> None:
        self.other.setEnabled(self.combo.currentData() == "other")

    def set_value(self, stored: str | None) -> None:
        """Show a stored reason: its code picked, free text in the line beside it."""
        code, text = split_lost_reason(stored) if stored else (None, "")
        self.combo.setCurrentIndex(max(self.combo.findData(code), 0))
        self.other.setText(text)

    def value(self) -> str | None:
        """Return the code to store, "other:<text>" for the rep's own words, or None."""
        code = self.combo.currentData()
        if code == "other":
            text = self.other.text().strip()
            return other_reason(text) if text else code
        return code
