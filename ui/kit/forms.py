"""Form parts the dialogs share: labelled rows, button rows, errors, dates and money fields."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.pipeline import parse_money
from ui.kit.format import plain_amount
from ui.kit.theme import set_tone

NO_DATE = QDate(2000, 1, 1)  # an optional date field's "not set", shown as special text
Row = tuple[str, QWidget | QLayout]


def add_rows(form: QFormLayout, rows: Iterable[Row]) -> QFormLayout:
    """Add (caption, field) rows to a form layout; return it."""
    for caption, field in rows:
        form.addRow(caption, field)
    return form


def button_box(
    dialog: QDialog,
    buttons: QDialogButtonBox.StandardButton = (
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    ),
    *,
    finish: str | None = None,
) -> QDialogButtonBox:
    """Return the dialog's button row wired to accept/reject; `finish` adds a default button."""
    box = QDialogButtonBox(buttons)
    if finish is not None:
        button = QPushButton(finish)
        button.setDefault(True)
        box.addButton(button, QDialogButtonBox.ButtonRole.AcceptRole)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def error_label() -> QLabel:
    """Return a hidden, wrapping label for a form's problems, coloured by the style sheet."""
    shown = QLabel()
    shown.setObjectName("FormErrors")
    shown.setWordWrap(True)
    set_tone(shown, "error")
    shown.hide()
    return shown


def show_problems(where: QLabel, problems: list[str]) -> None:
    """Show one problem per line, or hide the label when there are none."""
    where.setText("\n".join(problems))
    where.setVisible(bool(problems))


def hint_label(text: str) -> QLabel:
    """Return a muted, wrapping line that explains a form."""
    hint = QLabel(text)
    hint.setObjectName("FormHint")
    hint.setWordWrap(True)
    set_tone(hint, "muted")
    return hint


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_edit(day: date | None, *, optional: bool = False) -> QDateEdit:
    """A date field with a calendar; optional ones show "not set" at their minimum."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    if optional:
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(QCoreApplication.translate("Forms", "not set"))
    edit.setDate(to_qdate(day) if day else NO_DATE if optional else QDate.currentDate())
    return edit


def date_value(edit: QDateEdit) -> date | None:
    """Return the field's date, or None for an optional field left "not set"."""
    if edit.date() == NO_DATE and edit.specialValueText():
        return None
    day: date = edit.date().toPython()  # type: ignore[assignment]  # QDate gives a date
    return day


class MoneyEdit(QLineEdit):
    """An amount field: shows plain digits (560000) and reads 128000, 12.8万, ¥1,280.50 alike."""

    def __init__(
        self,
        amount: Decimal | None = None,
        *,
        blank_zero: bool = False,
        placeholder: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setPlaceholderText(
            QCoreApplication.translate("Forms", "e.g. 128000 or 12.8万")
            if placeholder is None
            else placeholder
        )
        self.set_amount(amount, blank_zero=blank_zero)

    def set_amount(self, amount: Decimal | None, *, blank_zero: bool = False) -> None:
        """Show the amount for editing; None (and 0 when blank_zero) leaves the field empty."""
        self.setText("" if amount is None or (blank_zero and not amount) else plain_amount(amount))

    def amount(self) -> Decimal | None:
        """Return the amount typed, None when empty; raise ValueError when it is not one."""
        return parse_money(self.text())

    def problem(self, caption: str) -> str:
        """Say that the text is not an amount, for the form's error label."""
        return QCoreApplication.translate(
            "Forms", "{0}: “{1}” is not an amount (e.g. 128000 or 12.8万)."
        ).format(caption, self.text())


def show_status(where: QLabel, text: str, *, error: bool = False) -> None:
    """Show a status line as plain text (file names stay literal), red when it is an error."""
    where.setTextFormat(Qt.TextFormat.PlainText)
    where.setText(text)
    set_tone(where, "error" if error else None)
