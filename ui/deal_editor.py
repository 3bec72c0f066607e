"""The deal editor: create and edit deals, pick the customer (pinyin search) and contacts."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select

from app.db import Database
from app.models import Customer, Deal
from app.models.customers import CONTACT_ROLES
from app.models.types import plain_amount
from app.pipeline import (
    DealInput,
    PipelineError,
    StageInfo,
    add_contact,
    customer_contacts,
    input_from_deal,
    parse_money,
    stage_label,
    validate_deal,
)
from app.text import fold
from ui.deal_card_delegate import OVERDUE

ROLE_LABELS = {
    "decision_maker": QT_TRANSLATE_NOOP("DealEditor", "Decision maker"),
    "procurement": QT_TRANSLATE_NOOP("DealEditor", "Procurement lead"),
    "user_lead": QT_TRANSLATE_NOOP("DealEditor", "User-department lead"),
    "influencer": QT_TRANSLATE_NOOP("DealEditor", "Influencer"),
    "other": QT_TRANSLATE_NOOP("DealEditor", "Other"),
}
NO_DATE = QDate(2000, 1, 1)
SEARCH_LIMIT = 30


def role_label(role: str) -> str:
    return QCoreApplication.translate("DealEditor", ROLE_LABELS.get(role, ROLE_LABELS["other"]))


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_edit(day: date | None, *, optional: bool = False) -> QDateEdit:
    """A date field with a calendar; optional ones show "not set" at their minimum."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    if optional:
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(QCoreApplication.translate("DealEditor", "not set"))
    edit.setDate(to_qdate(day) if day else NO_DATE if optional else QDate.currentDate())
    return edit


def date_value(edit: QDateEdit) -> date | None:
    return None if edit.date() == NO_DATE and edit.specialValueText() else edit.date().toPython()


def error_label() -> QLabel:
    shown = QLabel()
    shown.setWordWrap(True)
    shown.setStyleSheet(f"color: {OVERDUE.name()};")
    shown.hide()
    return shown


def show_problems(where: QLabel, problems: list[str]) -> None:
    where.setText("\n".join(problems))
    where.setVisible(bool(problems))


class NewContactDialog(QDialog):
    """Add a contact to the deal's customer without leaving the form."""

    def __init__(
        self, db: Database, customer_id: str, role: str = "other", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.customer_id, self.contact_id = db, customer_id, None
        self.setWindowTitle(self.tr("New contact"))
        self.name_edit = QLineEdit()
        self.role_combo = QComboBox()
        for key in CONTACT_ROLES:
            self.role_combo.addItem(role_label(key), key)
        self.role_combo.setCurrentIndex(CONTACT_ROLES.index(role))
        self.phone_edit = QLineEdit()
        self.errors = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Role"), self.role_combo)
        form.addRow(self.tr("Phone"), self.phone_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            with self.db.session.begin() as session:
                self.contact_id = add_contact(
                    session,
                    self.customer_id,
                    self.name_edit.text(),
                    self.role_combo.currentData(),
                    self.phone_edit.text(),
                )
        except PipelineError as problem:
            show_problems(self.errors, [str(problem)])
            return
        super().accept()


class ContactPicker(QWidget):
    """A customer's contacts in a combo, with a button to add one."""

    changed = Signal()

    def __init__(
        self,
        db: Database,
        customer_id: str | None,
        role: str = "other",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.customer_id, self.role = db, customer_id, role
        self.combo = QComboBox()
        self.combo.setMinimumContentsLength(14)
        self.add_button = QToolButton()
        self.add_button.setText(self.tr("Add…"))
        self.add_button.setToolTip(self.tr("Add a contact to this customer"))
        self.add_button.clicked.connect(self.add_contact)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.add_button)
        self.combo.currentIndexChanged.connect(self.changed)
        self.set_customer(customer_id)

    def set_customer(self, customer_id: str | None, selected: str | None = None) -> None:
        self.customer_id = customer_id
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("— choose a contact —"), None)
        if customer_id:
            with self.db.session() as session:
                for contact_id, name, role in customer_contacts(session, customer_id):
                    self.combo.addItem(f"{name} · {role_label(role)}", contact_id)
        self.combo.setCurrentIndex(max(0, self.combo.findData(selected)) if selected else 0)
        self.combo.blockSignals(False)
        self.add_button.setEnabled(customer_id is not None)
        self.changed.emit()

    def value(self) -> str | None:
        return self.combo.currentData()

    def set_value(self, contact_id: str | None) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(contact_id)) if contact_id else 0)

    def add_contact(self) -> None:
        if self.customer_id is None:
            return
        dialog = NewContactDialog(self.db, self.customer_id, self.role, self)
        dialog.accepted.connect(lambda: self.set_customer(self.customer_id, dialog.contact_id))
        dialog.open()


class CustomerPicker(QComboBox):
    """An editable combo that searches customers in SQL as the rep types (name or pinyin)."""

    customer_changed = Signal(object)  # customer id or None

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._chosen: tuple[str, str] | None = None  # (id, name)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(24)
        self.lineEdit().setPlaceholderText(self.tr("Type a name or pinyin, e.g. hzyq"))
        self.results = QStandardItemModel(self)
        self.completer_ = QCompleter(self.results, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCompleter(self.completer_)
        self.completer_.activated[QModelIndex].connect(self._picked)
        self.lineEdit().textEdited.connect(self._typed)

    def search(self, text: str) -> list[tuple[str, str]]:
        """Return up to 30 (id, name) of live customers whose name or pinyin contains text."""
        needle = fold(text.strip())
        if not needle:
            return []
        escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        with self.db.session() as session:
            rows = session.execute(
                select(Customer.id, Customer.name)
                .where(
                    Customer.deleted_at.is_(None),
                    Customer.search_text.like(f"%{escaped}%", escape="\\"),
                )
                .order_by(
                    func.instr(Customer.search_text, needle),
                    func.length(Customer.name),
                    Customer.name,
                )
                .limit(SEARCH_LIMIT)
            )
            return [(row[0], row[1]) for row in rows]

    def _typed(self, text: str) -> None:
        self.results.clear()
        for customer_id, name in self.search(text):
            item = QStandardItem(name)
            item.setData(customer_id, Qt.ItemDataRole.UserRole)
            self.results.appendRow(item)
        if self._chosen and text != self._chosen[1]:
            self._chosen = None
            self.customer_changed.emit(None)
        if self.results.rowCount():
            self.completer_.complete()

    def _picked(self, index: QModelIndex) -> None:
        self.choose(index.data(Qt.ItemDataRole.UserRole), index.data())

    def choose(self, customer_id: str | None, name: str | None = None) -> None:
        """Select a customer (name looked up when not given)."""
        if customer_id and name is None:
            with self.db.session() as session:
                name = session.scalar(select(Customer.name).where(Customer.id == customer_id))
        self._chosen = (customer_id, name or "") if customer_id else None
        self.setEditText(name or "")
        self.customer_changed.emit(customer_id)

    def customer_id(self) -> str | None:
        return self._chosen[0] if self._chosen else None


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
    ) -> None:
        super().__init__(parent)
        self.db, self.deal_id = db, deal_id
        self.data: DealInput | None = None
        self.setWindowTitle(self.tr("Edit deal") if deal_id else self.tr("New deal"))
        self.setMinimumWidth(480)
        existing = self._load(deal_id) if deal_id else None

        self.customer_picker = CustomerPicker(db)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("What is being sold, e.g. MES upgrade phase 2"))
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText(self.tr("e.g. 128000 or 12.8万"))
        self.stage_combo = QComboBox()
        for stage in stages:
            self.stage_combo.addItem(stage_label(stage.name, stage.name_en), stage.id)
        self.close_edit = date_edit(None, optional=True)
        self.probability_spin = QSpinBox()
        self.probability_spin.setRange(-1, 100)
        self.probability_spin.setSuffix(" %")
        self.probability_spin.setSpecialValueText(self.tr("stage default"))
        self.contact_picker = ContactPicker(db, None, "procurement")
        self.decision_picker = ContactPicker(db, None, "decision_maker")
        self.need_edit = QPlainTextEdit()
        self.need_edit.setTabChangesFocus(True)
        self.need_edit.setFixedHeight(self.need_edit.fontMetrics().lineSpacing() * 3 + 12)
        self.budget_edit = QLineEdit()
        self.budget_edit.setPlaceholderText(self.tr("leave empty if unknown"))
        self.source_edit = QLineEdit()
        self.source_edit.setPlaceholderText(self.tr("e.g. referral, trade show, website"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.notes_edit.fontMetrics().lineSpacing() * 3 + 12)
        self.customer_picker.customer_changed.connect(self._customer_changed)

        form = QFormLayout()
        form.addRow(self.tr("Customer *"), self.customer_picker)
        form.addRow(self.tr("Title *"), self.title_edit)
        form.addRow(self.tr("Amount"), self.amount_edit)
        form.addRow(self.tr("Stage"), self.stage_combo)
        form.addRow(self.tr("Expected close"), self.close_edit)
        form.addRow(self.tr("Win probability"), self.probability_spin)
        form.addRow(self.tr("Contact"), self.contact_picker)
        form.addRow(self.tr("Decision maker"), self.decision_picker)
        form.addRow(self.tr("Need / pain point"), self.need_edit)
        form.addRow(self.tr("Budget"), self.budget_edit)
        form.addRow(self.tr("Lead source"), self.source_edit)
        form.addRow(self.tr("Notes"), self.notes_edit)
        self.errors = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
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

    def _load(self, deal_id: str) -> DealInput:
        with self.db.session() as session:
            return input_from_deal(session.get(Deal, deal_id))

    def _fill(self, data: DealInput) -> None:
        self.customer_picker.choose(data.customer_id)
        self.title_edit.setText(data.title)
        self.amount_edit.setText(plain_amount(data.amount) if data.amount else "")
        self.stage_combo.setCurrentIndex(max(0, self.stage_combo.findData(data.stage_id)))
        if data.expected_close_date:
            self.close_edit.setDate(to_qdate(data.expected_close_date))
        self.probability_spin.setValue(
            -1 if data.probability_override is None else data.probability_override
        )
        self.contact_picker.set_value(data.contact_id)
        self.decision_picker.set_value(data.decision_maker_id)
        self.need_edit.setPlainText(data.need or "")
        self.budget_edit.setText("" if data.budget is None else plain_amount(data.budget))
        self.source_edit.setText(data.source or "")
        self.notes_edit.setPlainText(data.notes or "")
        self.currency = data.currency

    def _customer_changed(self, customer_id: str | None) -> None:
        self.contact_picker.set_customer(customer_id, self.contact_picker.value())
        self.decision_picker.set_customer(customer_id, self.decision_picker.value())

    def _money(self, edit: QLineEdit, caption: str, problems: list[str]):  # noqa: ANN202
        try:
            return parse_money(edit.text())
        except ValueError:
            problems.append(
                self.tr("{0}: “{1}” is not an amount (e.g. 128000 or 12.8万).").format(
                    caption, edit.text()
                )
            )
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
                    "Customer: “{0}” is not in your customer list; pick one from the suggestions."
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
