"""Pickers the deal forms share: a customer search box (name or pinyin) and contact combos."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.customers.lookup import SEARCH_LIMIT, customer_name, find_customers
from app.db import Database
from app.models.customers import CONTACT_ROLES
from app.pipeline import PipelineError, add_contact, customer_contacts
from ui.kit.forms import add_rows, button_box, error_label, show_problems

ROLE_LABELS = {
    "decision_maker": QT_TRANSLATE_NOOP("DealEditor", "Decision maker"),
    "procurement": QT_TRANSLATE_NOOP("DealEditor", "Procurement lead"),
    "user_lead": QT_TRANSLATE_NOOP("DealEditor", "User-department lead"),
    "influencer": QT_TRANSLATE_NOOP("DealEditor", "Influencer"),
    "other": QT_TRANSLATE_NOOP("DealEditor", "Other"),
}


def role_label(role: str) -> str:
    return QCoreApplication.translate("DealEditor", ROLE_LABELS.get(role, ROLE_LABELS["other"]))


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
        form = add_rows(
            QFormLayout(),
            [
                (self.tr("Name"), self.name_edit),
                (self.tr("Role"), self.role_combo),
                (self.tr("Phone"), self.phone_edit),
            ],
        )
        buttons = button_box(
            self, QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
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
        if not text.strip():
            return []
        with self.db.session() as session:
            return find_customers(session, text, SEARCH_LIMIT)

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
                name = customer_name(session, customer_id)
        self._chosen = (customer_id, name or "") if customer_id else None
        self.setEditText(name or "")
        self.customer_changed.emit(customer_id)

    def customer_id(self) -> str | None:
        return self._chosen[0] if self._chosen else None
