"""The record's contacts: who they are, their buying role, phone, e-mail, WeChat, birthday —
added, edited and retired through the runner (undoable)."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.customers.contacts import add_contact, load_contact, retire_contact, update_contact
from app.customers.profile import ContactRow, list_contacts
from app.customers.records import ContactInput, validate_person
from app.models.customers import CONTACT_ROLES
from ui.customer_actions import CustomerActions
from ui.deal_pickers import role_label
from ui.kit.format import format_date
from ui.kit.forms import add_rows, button_box, date_edit, date_value, error_label, show_problems

ID_ROLE = 0x0100 + 21


class ContactDialog(QDialog):
    """Add or edit one contact; accept() checks it with app/ rules and keeps it in `data`."""

    def __init__(self, data: ContactInput | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        data = data or ContactInput()
        self.data: ContactInput | None = None
        self.setWindowTitle(self.tr("Edit contact") if data.name else self.tr("New contact"))
        self.setMinimumWidth(420)
        self.name_edit = QLineEdit(data.name)
        self.title_edit = QLineEdit(data.title)
        self.title_edit.setPlaceholderText(self.tr("e.g. 采购经理"))
        self.role_combo = QComboBox()
        for role in CONTACT_ROLES:
            self.role_combo.addItem(role_label(role), role)
        self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(data.role)))
        self.phone_edit = QLineEdit(data.phone)
        self.phone_edit.setPlaceholderText(self.tr("Mobile, e.g. 138 0013 8000"))
        self.email_edit = QLineEdit(data.email)
        self.wechat_edit = QLineEdit(data.wechat)
        self.birthday_edit = date_edit(data.birthday, optional=True)
        self.notes_edit = QLineEdit(data.notes)
        self.errors = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.errors)
        layout.addLayout(
            add_rows(
                QFormLayout(),
                [
                    (self.tr("Name *"), self.name_edit),
                    (self.tr("Job title"), self.title_edit),
                    (self.tr("Role in the purchase"), self.role_combo),
                    (self.tr("Mobile"), self.phone_edit),
                    (self.tr("E-mail"), self.email_edit),
                    (self.tr("WeChat ID"), self.wechat_edit),
                    (self.tr("Birthday"), self.birthday_edit),
                    (self.tr("Notes"), self.notes_edit),
                ],
            )
        )
        layout.addWidget(button_box(self))

    def collect(self) -> ContactInput:
        return ContactInput(
            name=self.name_edit.text(),
            role=self.role_combo.currentData(),
            phone=self.phone_edit.text(),
            email=self.email_edit.text(),
            wechat=self.wechat_edit.text(),
            birthday=date_value(self.birthday_edit),
            title=self.title_edit.text(),
            notes=self.notes_edit.text(),
        )

    def accept(self) -> None:
        data = self.collect()
        problems = validate_person(data)
        show_problems(self.errors, problems)
        if problems:
            return
        self.data = data
        super().accept()


class ContactsSection(QWidget):
    """The contacts table with Add, Edit and Retire."""

    HEADERS = ("Name", "Role", "Job title", "Mobile", "E-mail", "WeChat", "Birthday")

    def __init__(
        self,
        actions: CustomerActions,
        customer_id: str,
        locale: QLocale,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.actions, self.ctx, self.customer_id, self.locale = (
            actions,
            actions.ctx,
            customer_id,
            locale,
        )
        self.table = QTableWidget(0, len(self.HEADERS), objectName="ContactTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Job title"),
                self.tr("Mobile"),
                self.tr("E-mail"),
                self.tr("WeChat"),
                self.tr("Birthday"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.add_button = QPushButton(self.tr("Add contact…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.retire_button = QPushButton(self.tr("Retire (left the company)"))
        self.retire_button.clicked.connect(self.retire_selected)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.retire_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.rows: list[ContactRow] = []

    def reload(self) -> None:
        with self.ctx.db.session() as session:
            self.rows = list_contacts(session, self.customer_id)
        self.table.setRowCount(len(self.rows))
        for n, c in enumerate(self.rows):
            role = role_label(c.role)
            name = f"{c.name} ★" if c.is_primary else c.name
            birthday = format_date(self.locale, c.birthday, long=True) if c.birthday else ""
            for column, text in enumerate(
                (name, role, c.title, c.phone, c.email, c.wechat, birthday)
            ):
                self.table.setItem(n, column, QTableWidgetItem(text or ""))
        self.table.resizeColumnsToContents()
        has = bool(self.rows)
        self.edit_button.setEnabled(has)
        self.retire_button.setEnabled(has)

    def selected_id(self) -> str | None:
        row = self.table.currentRow()
        return self.rows[row].id if 0 <= row < len(self.rows) else None

    def add(self) -> None:
        dialog = ContactDialog(parent=self)

        def save() -> None:
            data = dialog.data
            assert data is not None
            text = self.tr("Add contact {0}").format(data.name.strip())
            if self.ctx.commands.run(text, lambda s: add_contact(s, self.customer_id, data)):
                self.actions.done.emit(text)

        self.actions.open(dialog, save)

    def edit_selected(self) -> None:
        contact_id = self.selected_id()
        if contact_id is None:
            return
        with self.ctx.db.session() as session:
            current = load_contact(session, contact_id)
        dialog = ContactDialog(current, self)

        def save() -> None:
            data = dialog.data
            assert data is not None
            text = self.tr("Edit contact {0}").format(data.name.strip())
            if self.ctx.commands.run(text, lambda s: update_contact(s, contact_id, data)):
                self.actions.done.emit(text)

        self.actions.open(dialog, save)

    def retire_selected(self) -> None:
        contact_id = self.selected_id()
        if contact_id is None:
            return
        text = self.tr("Retire contact")
        if self.ctx.commands.run(text, lambda s: retire_contact(s, contact_id)):
            self.actions.done.emit(text)
