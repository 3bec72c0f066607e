"""The deal editor: create and edit a deal with its customer, contacts, amounts and dates."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.customers.records import CustomerInput
from app.db import Database
from app.pipeline import (
    DealInput,
    StageInfo,
    load_deal_input,
    stage_label,
    validate_deal,
)
from ui.customer_editor import CustomerEditor
from ui.deal_pickers import ContactPicker, CustomerPicker
from ui.kit.forms import (
    MoneyEdit,
    add_rows,
    button_box,
    date_edit,
    date_value,
    error_label,
    show_problems,
    to_qdate,
)


class DealEditor(QDialog):
    """Create or edit a deal; accept() validates and keeps the input in `data`.

    The board writes the deal (so the change lands on the undo stack); tests fill the fields and
    call accept() without exec().
    """

    def __init__(
        self,
        db: Database,
        stages: list[StageInfo],
        deal_id: str | None = None,
        stage_id: str | None = None,
        parent: QWidget | None = None,
        create_customer: Callable[[CustomerInput], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.deal_id = db, deal_id
        self.create_customer = create_customer
        self.customer_dialog: CustomerEditor | None = None
        self.data: DealInput | None = None
        self.setWindowTitle(self.tr("Edit deal") if deal_id else self.tr("New deal"))
        self.setMinimumWidth(480)
        existing = self._load(deal_id) if deal_id else None

        self.customer_picker = CustomerPicker(db)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("What is being sold, e.g. MES upgrade phase 2"))
        self.amount_edit = MoneyEdit()
        self.stage_combo = QComboBox()
        for stage in stages:
            self.stage_combo.addItem(stage_label(stage.name, stage.name_en), stage.id)
        # Optional, but a new deal starts a month out: the calendar opens there, not in 2000.
        self.close_edit = date_edit(date.today() + timedelta(days=30), optional=True)
        self.probability_spin = QSpinBox()
        self.probability_spin.setRange(-1, 100)
        self.probability_spin.setSuffix(" %")
        self.probability_spin.setSpecialValueText(self.tr("stage default"))
        self.probability_spin.setValue(-1)  # a new deal counts at its stage's probability
        self.contact_picker = ContactPicker(db, None, "procurement")
        self.decision_picker = ContactPicker(db, None, "decision_maker")
        self.need_edit = QPlainTextEdit()
        self.need_edit.setTabChangesFocus(True)
        self.need_edit.setFixedHeight(self.need_edit.fontMetrics().lineSpacing() * 3 + 12)
        self.budget_edit = MoneyEdit(placeholder=self.tr("leave empty if unknown"))
        self.source_edit = QLineEdit()
        self.source_edit.setPlaceholderText(self.tr("e.g. referral, trade show, website"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.notes_edit.fontMetrics().lineSpacing() * 3 + 12)
        self.customer_picker.customer_changed.connect(self._customer_changed)

        self.new_customer_button = QToolButton(text=self.tr("New…"))
        self.new_customer_button.setToolTip(self.tr("Add the typed company as a new customer"))
        self.new_customer_button.clicked.connect(self.new_customer)
        self.new_customer_button.setVisible(create_customer is not None)
        customer_row = QHBoxLayout()
        customer_row.setContentsMargins(0, 0, 0, 0)
        customer_row.addWidget(self.customer_picker, 1)
        customer_row.addWidget(self.new_customer_button)
        customer_field = QWidget()
        customer_field.setLayout(customer_row)

        form = add_rows(
            QFormLayout(),
            [
                (self.tr("Customer *"), customer_field),
                (self.tr("Title *"), self.title_edit),
                (self.tr("Amount"), self.amount_edit),
                (self.tr("Stage"), self.stage_combo),
                (self.tr("Expected close"), self.close_edit),
                (self.tr("Win probability"), self.probability_spin),
                (self.tr("Contact"), self.contact_picker),
                (self.tr("Decision maker"), self.decision_picker),
                (self.tr("Need / pain point"), self.need_edit),
                (self.tr("Budget"), self.budget_edit),
                (self.tr("Lead source"), self.source_edit),
                (self.tr("Notes"), self.notes_edit),
            ],
        )
        self.errors = error_label()
        buttons = button_box(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.errors)
        layout.addLayout(form)
        layout.addWidget(buttons)

        if existing:
            self._fill(existing)
            self.stage_combo.setEnabled(False)
            self.stage_combo.setToolTip(
                self.tr("Drag the card (or press Ctrl+→) to change its stage.")
            )
        elif stage_id:
            self.stage_combo.setCurrentIndex(max(0, self.stage_combo.findData(stage_id)))

    def new_customer(self) -> None:
        """Create the typed company as a customer (undoable on its own) and pick it."""
        if self.create_customer is None:
            return
        typed = "" if self.customer_picker.customer_id() else self.customer_picker.currentText()
        dialog = CustomerEditor(self.db, typed.strip(), self)
        self.customer_dialog = dialog

        def save() -> None:
            assert dialog.data is not None and self.create_customer is not None
            customer_id = self.create_customer(dialog.data)
            if customer_id:
                self.customer_picker.choose(customer_id)

        dialog.accepted.connect(save)
        dialog.open()

    def _load(self, deal_id: str) -> DealInput | None:
        with self.db.session() as session:
            return load_deal_input(session, deal_id)

    def _fill(self, data: DealInput) -> None:
        self.customer_picker.choose(data.customer_id)
        self.title_edit.setText(data.title)
        self.amount_edit.set_amount(data.amount, blank_zero=True)
        self.stage_combo.setCurrentIndex(max(0, self.stage_combo.findData(data.stage_id)))
        if data.expected_close_date:
            self.close_edit.setDate(to_qdate(data.expected_close_date))
        self.probability_spin.setValue(
            -1 if data.probability_override is None else data.probability_override
        )
        self.contact_picker.set_value(data.contact_id)
        self.decision_picker.set_value(data.decision_maker_id)
        self.need_edit.setPlainText(data.need or "")
        self.budget_edit.set_amount(data.budget)
        self.source_edit.setText(data.source or "")
        self.notes_edit.setPlainText(data.notes or "")
        self.currency = data.currency

    def _customer_changed(self, customer_id: str | None) -> None:
        self.contact_picker.set_customer(customer_id, self.contact_picker.value())
        self.decision_picker.set_customer(customer_id, self.decision_picker.value())

    @staticmethod
    def _money(edit: MoneyEdit, caption: str, problems: list[str]) -> Decimal | None:
        try:
            return edit.amount()
        except ValueError:
            problems.append(edit.problem(caption))
            return None

    def collect(self) -> tuple[DealInput | None, list[str]]:
        """Read the form; return the input and what is wrong with it."""
        problems: list[str] = []
        amount = self._money(self.amount_edit, self.tr("Amount"), problems)
        budget = self._money(self.budget_edit, self.tr("Budget"), problems)
        probability = self.probability_spin.value()
        data = DealInput(
            customer_id=self.customer_picker.customer_id(),
            title=self.title_edit.text(),
            amount=amount if amount is not None else 0,
            stage_id=self.stage_combo.currentData(),
            currency=getattr(self, "currency", "CNY"),
            expected_close_date=date_value(self.close_edit),
            probability_override=None if probability < 0 else probability,
            need=self.need_edit.toPlainText(),
            budget=budget,
            contact_id=self.contact_picker.value(),
            decision_maker_id=self.decision_picker.value(),
            source=self.source_edit.text(),
            notes=self.notes_edit.toPlainText(),
        )
        if (
            self.customer_picker.customer_id() is None
            and self.customer_picker.currentText().strip()
        ):
            problems.append(
                self.tr(
                    "Customer: “{0}” is not in your customer list; pick one from the "
                    "suggestions, or press New… to add it."
                ).format(self.customer_picker.currentText())
            )
        with self.db.session() as session:
            problems.extend(p for p in validate_deal(session, data) if p not in problems)
        return (None if problems else data), problems

    def accept(self) -> None:
        data, problems = self.collect()
        show_problems(self.errors, problems)
        if data is None:
            return
        self.data = data
        super().accept()
