"""Gate forms: fill what a stage (or winning / losing) requires, in place, then finish the move."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.labels import field_label
from app.models import Deal
from app.pipeline import (
    Installment,
    WinTerms,
    close_gates,
)
from ui.deal_pickers import ContactPicker
from ui.kit.forms import MoneyEdit, button_box, date_edit, error_label, show_problems
from ui.lost_reason_picker import LostReasonPicker


def field_caption(name: str) -> str:
    """A deal field's name, from the one label registry in app/."""
    return field_label(name, "deals")


def label(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class GateForm(QWidget):
    """Editors for the named deal fields, prefilled from the deal."""

    def __init__(
        self, db: Database, deal: Deal, fields: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.editors: dict[str, QWidget] = {}
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        for name in fields:
            editor = self._editor(name, deal)
            self.editors[name] = editor
            self.form.addRow(field_caption(name), editor)

    def _editor(self, name: str, deal: Deal) -> QWidget:
        value = getattr(deal, name)
        if name in ("contact_id", "decision_maker_id"):
            role = "decision_maker" if name == "decision_maker_id" else "procurement"
            picker = ContactPicker(self.db, deal.customer_id, role)
            picker.set_value(value)
            return picker
        if name in ("amount", "budget"):
            return MoneyEdit(value, blank_zero=name == "amount")
        if name in ("expected_close_date", "closed_date"):
            default = date.today() + timedelta(days=30 if name == "expected_close_date" else 0)
            return date_edit(value or default)
        if name == "need":
            edit = QPlainTextEdit(value or "")
            edit.setPlaceholderText(self.tr("What problem does the customer need solved?"))
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4)
            return edit
        if name == "lost_reason":
            reason = LostReasonPicker()
            reason.set_value(value)
            return reason
        return QLineEdit(value or "")

    def values(self) -> tuple[dict[str, Any], list[str]]:
        """Return the parsed values and, per field, what is wrong with it."""
        values: dict[str, Any] = {}
        problems: list[str] = []
        for name, editor in self.editors.items():
            caption = field_caption(name)
            if isinstance(editor, (ContactPicker, LostReasonPicker)):
                value: Any = editor.value()
            elif isinstance(editor, QDateEdit):
                value = editor.date().toPython()
            elif isinstance(editor, QPlainTextEdit):
                value = editor.toPlainText().strip() or None
            elif isinstance(editor, MoneyEdit):
                try:
                    value = editor.amount()
                except ValueError:
                    problems.append(editor.problem(caption))
                    continue
                if value is not None and value < 0:
                    problems.append(self.tr("{0}: must be 0 or more.").format(caption))
                    continue
                if name == "amount" and value is not None and value == 0:
                    value = None
            else:
                value = editor.text().strip() or None
            if value is None:
                problems.append(self.tr("{0}: required.").format(caption))
            values[name] = value
        return values, problems


class _FormDialog(QDialog):
    """A gate form between an intro and its errors, with Cancel and one button that finishes.

    accept() checks the form and anything `_check` adds; it stays open showing the problems,
    or keeps the values in `fields` and closes.
    """

    form: GateForm

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.fields: dict[str, Any] = {}

    def _lay_out(self, intro: str, finish: str, *between: QWidget) -> None:
        """Stack the intro, the form, `between` and the errors above the buttons."""
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.errors = error_label()
        buttons = button_box(self, QDialogButtonBox.StandardButton.Cancel, finish=finish)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.form, *between, self.errors, buttons):
            layout.addWidget(widget)

    def _closing_form(self, db: Database, deal_id: str, outcome: str, asked: list[str]) -> Deal:
        """Build the form that closes a deal: the fields asked, then any the outcome's gate adds."""
        with db.session() as session:
            deal = session.get(Deal, deal_id)
            extra = [f for f in close_gates(session)[outcome] if f not in asked]
            self.form = GateForm(db, deal, [*asked, *extra], self)
        return deal  # read-only from here: its columns stay loaded once the session closes

    def _check(self, values: dict[str, Any]) -> list[str]:
        return []  # the form's own checks are all a gate needs

    def _keep(self, values: dict[str, Any]) -> None:
        self.fields = values

    def accept(self) -> None:
        values, problems = self.form.values()
        problems.extend(self._check(values))
        show_problems(self.errors, problems)
        if problems:
            return
        self._keep(values)
        super().accept()


class GateDialog(_FormDialog):
    """Explains why a move was refused and collects the missing fields to complete it."""

    def __init__(
        self,
        db: Database,
        deal_id: str,
        target: str,
        missing: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Required before {0}").format(target))
        with db.session() as session:
            deal = session.get(Deal, deal_id)
            title = deal.title
            self.form = GateForm(db, deal, missing, self)
        listed = self.tr(", ").join(field_caption(name) for name in missing)
        self._lay_out(
            self.tr("“{0}” cannot enter {1} yet. This stage requires: {2}.").format(
                title, target, listed
            ),
            self.tr("Save and move"),
        )


class WinDialog(_FormDialog):
    """Mark a deal won: final amount, close date, payment schedule, anything else the gate asks."""

    def __init__(self, db: Database, deal_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark deal won"))
        deal = self._closing_form(db, deal_id, "won", ["amount", "closed_date"])
        title, self.deal_amount = deal.title, deal.amount
        self.amount_edit: MoneyEdit = self.form.editors["amount"]  # type: ignore[assignment]
        self.closed_edit: QDateEdit = self.form.editors["closed_date"]  # type: ignore[assignment]

        self.schedule = QGroupBox(self.tr("Payment schedule (receivables)"))
        self.schedule.setCheckable(True)
        self.rows_layout = QVBoxLayout()
        self.installments: list[tuple[QDateEdit, MoneyEdit]] = []
        add = QPushButton(self.tr("Add installment"))
        add.clicked.connect(lambda: self.add_installment())
        box = QVBoxLayout(self.schedule)
        box.addLayout(self.rows_layout)
        box.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_installment(date.today() + timedelta(days=30), self.deal_amount)
        self.amount_edit.textEdited.connect(self._follow_amount)

        self._lay_out(
            self.tr(
                "“{0}” is won. RepBook will create the order, plan the after-sale "
                "visit and open the handoff checklist."
            ).format(title),
            self.tr("Mark won"),
            self.schedule,
        )
        self.terms: WinTerms | None = None
        self._parts: list[Installment] = []

    def add_installment(self, due: date | None = None, amount: Decimal | None = None) -> None:
        due_edit = date_edit(due or date.today() + timedelta(days=30))
        amount_edit = MoneyEdit(amount, blank_zero=True, placeholder=self.tr("Amount due"))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Due")))
        row.addWidget(due_edit)
        row.addWidget(QLabel(self.tr("Amount")))
        row.addWidget(amount_edit, 1)
        self.rows_layout.addLayout(row)
        self.installments.append((due_edit, amount_edit))

    def _follow_amount(self, text: str) -> None:
        # With a single installment, paying in full is the usual case: keep it equal.
        if len(self.installments) == 1:
            self.installments[0][1].setText(text)

    def _check(self, values: dict[str, Any]) -> list[str]:
        problems: list[str] = []
        self._parts = []
        if self.schedule.isChecked():
            for number, (due_edit, amount_edit) in enumerate(self.installments, start=1):
                if not amount_edit.text().strip():
                    continue
                try:
                    amount = amount_edit.amount()
                except ValueError:
                    amount = None
                if amount is None or amount <= 0:
                    problems.append(
                        self.tr("Installment {0}: enter an amount due above 0.").format(number)
                    )
                    continue
                self._parts.append(Installment(due_edit.date().toPython(), amount))
        amount = values.get("amount")
        if amount is not None and sum((p.amount for p in self._parts), Decimal(0)) > amount:
            problems.append(self.tr("The installments add up to more than the deal amount."))
        return problems

    def _keep(self, values: dict[str, Any]) -> None:
        super()._keep(values)
        extra = {k: v for k, v in values.items() if k not in ("amount", "closed_date")}
        self.terms = WinTerms(values["amount"], values["closed_date"], self._parts, extra)


class LoseDialog(_FormDialog):
    """Mark a deal lost with its reason (the lost gate) and close date."""

    def __init__(self, db: Database, deal_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark deal lost"))
        title = self._closing_form(db, deal_id, "lost", ["lost_reason", "closed_date"]).title
        self._lay_out(
            self.tr("Why was “{0}” lost? The reason feeds the lost-reasons report.").format(title),
            self.tr("Mark lost"),
        )
