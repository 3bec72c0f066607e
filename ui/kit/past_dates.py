"""Optional dates that lie in the past (birthdays, founding dates): fields reaching back far
enough, with "not set" just before the earliest date a form accepts."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDateEdit

from ui.kit.forms import to_qdate


def past_date_edit(day: date | None, earliest: date) -> QDateEdit:
    """A date field from `earliest` on; the day before it shows as "not set"."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(to_qdate(earliest - timedelta(days=1)))
    edit.setSpecialValueText(QCoreApplication.translate("Forms", "not set"))
    set_past_date(edit, day)
    return edit


def set_past_date(edit: QDateEdit, day: date | None) -> None:
    """Show a date, or "not set" for None."""
    edit.setDate(to_qdate(day) if day else edit.minimumDate())


def past_date_value(edit: QDateEdit) -> date | None:
    """Return the field's date, or None when it is "not set"."""
    if edit.date() == edit.minimumDate():
        return None
    day: date = edit.date().toPython()  # type: ignore[assignment]  # QDate gives a date
    return day
