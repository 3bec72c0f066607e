"""The new-customer form: the company's basics and its first contact, checked by app/ rules."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from app.customers.records import ContactInput, CustomerInput, validate_customer
from app.db import Database
from app.models.customers import CONTACT_ROLES
from ui.deal_pickers import role_label
from ui.kit.forms import add_rows, button_box, error_label, hint_label, show_problems


class CustomerEditor(QDialog):
    """Ask for a new customer; accept() validates and keeps the input in `data`.

    The caller writes it through the command runner (so it is undoable); tests fill the fields
    and call accept() without exec().
    """

    def __init__(self, db: Database, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.data: CustomerInput | None = None
        self.setWindowTitle(self.tr("New customer"))
        self.setMinimumWidth(440)
        self.name_edit = QLineEdit(name)
        self.name_edit.setPlaceholderText(self.tr("Full company name, e.g. 杭州云启科技有限公司"))
        self.city_edit = QLineEdit()
        self.industry_edit = QLineEdit()
        self.industry_edit.setPlaceholderText(self.tr("e.g. manufacturing, logistics"))
        self.phone_edit = QLineEdit()
        self.contact_edit = QLineEdit()
        self.contact_edit.setPlaceholderText(self.tr("Who you talk to"))
        self.role_combo = QComboBox()
        for role in CONTACT_ROLES:
            self.role_combo.addItem(role_label(role), role)
        self.contact_phone_edit = QLineEdit()
        self.contact_phone_edit.setPlaceholderText(self.tr("Mobile, e.g. 138 0013 8000"))
        self.contact_email_edit = QLineEdit()
        self.contact_wechat_edit = QLineEdit()

        company = add_rows(
            QFormLayout(),
            [
                (self.tr("Company name *"), self.name_edit),
                (self.tr("City"), self.city_edit),
                (self.tr("Industry"), self.industry_edit),
                (self.tr("Switchboard phone"), self.phone_edit),
            ],
        )
        person = add_rows(
            QFormLayout(),
            [
                (self.tr("Contact name"), self.contact_edit),
                (self.tr("Role in the purchase"), self.role_combo),
                (self.tr("Mobile"), self.contact_phone_edit),
                (self.tr("E-mail"), self.contact_email_edit),
                (self.tr("WeChat ID"), self.contact_wechat_edit),
            ],
        )
        self.errors = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.errors)
        layout.addLayout(company)
        layout.addWidget(hint_label(self.tr("First contact (optional; add more later)")))
        layout.addLayout(person)
        layout.addWidget(button_box(self))
        (self.city_edit if name else self.name_edit).setFocus()

    def collect(self) -> CustomerInput:
        """Read the form into the app's input."""
        return CustomerInput(
            name=self.name_edit.text(),
            city=self.city_edit.text(),
            industry=self.industry_edit.text(),
            phone=self.phone_edit.text(),
            contact=ContactInput(
                name=self.contact_edit.text(),
                role=self.role_combo.currentData(),
                phone=self.contact_phone_edit.text(),
                email=self.contact_email_edit.text(),
                wechat=self.contact_wechat_edit.text(),
            ),
        )

    def accept(self) -> None:
        data = self.collect()
        with self.db.session() as session:
            problems = validate_customer(session, data)
        show_problems(self.errors, problems)
        if problems:
            return
        self.data = data
        super().accept()
