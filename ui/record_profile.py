"""The record's information dimensions: basic, business and preferences (editable), with the
transaction and interaction summaries beside them (derived from orders and activities, read-only).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.customers.editing import CustomerEdit
from app.customers.profile import CustomerProfile
from app.db import Database
from app.labels import channel_label, field_label
from app.models.customers import SIZE_BANDS
from app.vocab import CHANNELS
from ui.deal_pickers import CustomerPicker
from ui.kit.format import format_count, format_day, format_money, relative_time
from ui.kit.forms import add_rows, date_edit, date_value, error_label, to_qdate

LINE_FIELDS = (
    "name",
    "industry",
    "region",
    "city",
    "address",
    "phone",
    "email",
    "website",
    "source",
)
TEXT_FIELDS = (
    "main_business",
    "org_structure",
    "procurement_process",
    "current_suppliers",
    "pain_points",
    "product_preferences",
    "service_preferences",
    "notes",
)


class ProfileForm(QWidget):
    """The editable dimensions; `save_requested` asks the record to write `collect()`."""

    save_requested = Signal()

    def __init__(self, db: Database, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.locale = locale
        self.referrer = CustomerPicker(db)
        self.referrer.lineEdit().setPlaceholderText(self.tr("The customer who introduced them"))
        self.lines = {name: QLineEdit() for name in LINE_FIELDS}
        self.texts = {name: QPlainTextEdit() for name in TEXT_FIELDS}
        for edit in self.texts.values():
            edit.setFixedHeight(54)
            edit.setTabChangesFocus(True)
        self.size_combo = QComboBox()
        self.size_combo.addItem(self.tr("not set"), "")
        for band in SIZE_BANDS:
            self.size_combo.addItem(self.tr("{0} staff").format(band), band)
        self.channel_combo = QComboBox()
        self.channel_combo.addItem(self.tr("not set"), "")
        for code in CHANNELS:
            self.channel_combo.addItem(channel_label(code), code)
        self.founded_edit = date_edit(None, optional=True)
        self.first_edit = date_edit(None, optional=True)
        self.errors = error_label()
        line, text = self.lines, self.texts
        basic = add_rows(
            QFormLayout(),
            [
                (self.tr("Company name *"), line["name"]),
                (self.tr("Industry"), line["industry"]),
                (self.tr("Company size"), self.size_combo),
                (self.tr("Region / province"), line["region"]),
                (self.tr("City"), line["city"]),
                (self.tr("Address"), line["address"]),
                (self.tr("Switchboard phone"), line["phone"]),
                (self.tr("E-mail"), line["email"]),
                (self.tr("Website"), line["website"]),
                (self.tr("Source"), line["source"]),
                (self.tr("Founded"), self.founded_edit),
                (self.tr("First cooperation"), self.first_edit),
                (self.tr("Referred by"), self.referrer),
                (self.tr("Notes"), text["notes"]),
            ],
        )
        business = add_rows(
            QFormLayout(),
            [
                (field_label("main_business"), text["main_business"]),
                (self.tr("Org structure"), text["org_structure"]),
                (self.tr("Procurement process"), text["procurement_process"]),
                (field_label("current_suppliers"), text["current_suppliers"]),
                (field_label("pain_points"), text["pain_points"]),
            ],
        )
        preferences = add_rows(
            QFormLayout(),
            [
                (self.tr("Preferred channel"), self.channel_combo),
                (self.tr("Product preferences"), text["product_preferences"]),
                (self.tr("Service preferences"), text["service_preferences"]),
            ],
        )
        self.summary = QLabel(objectName="RecordSummary")
        self.summary.setWordWrap(True)
        derived = QVBoxLayout()
        derived.addWidget(self.summary)
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save_requested)
        grid = QGridLayout()
        grid.addWidget(_group(self.tr("Basic information"), basic), 0, 0, 3, 1)
        grid.addWidget(_group(self.tr("Business information"), business), 0, 1)
        grid.addWidget(_group(self.tr("Preferences"), preferences), 1, 1)
        grid.addWidget(
            _group(self.tr("Transactions and interactions (from orders and follow-ups)"), derived),
            2,
            1,
        )
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.errors)
        body_layout.addLayout(grid)
        body_layout.addStretch(1)
        scroll = QScrollArea(widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    def load(self, profile: CustomerProfile) -> None:
        """Show a customer's values (and drop any problems shown for an earlier save)."""
        edit = profile.edit
        for name, widget in self.lines.items():
            widget.setText(getattr(edit, name) or "")
        for name, text in self.texts.items():
            text.setPlainText(getattr(edit, name) or "")
        self.size_combo.setCurrentIndex(max(0, self.size_combo.findData(edit.size_band or "")))
        self.channel_combo.setCurrentIndex(
            max(0, self.channel_combo.findData(edit.preferred_channel or ""))
        )
        for widget, day in (
            (self.founded_edit, edit.founded_date),
            (self.first_edit, edit.first_cooperation_date),
        ):
            widget.setDate(to_qdate(day) if day else widget.minimumDate())
        self.referrer.choose(edit.referred_by_id)
        self.summary.setText(self.summary_text(profile))
        self.errors.hide()

    def collect(self) -> CustomerEdit:
        """Read the form into the app's input."""
        values: dict[str, object] = {name: w.text() for name, w in self.lines.items()}
        values.update({name: w.toPlainText() for name, w in self.texts.items()})
        return CustomerEdit(
            **values,  # type: ignore[arg-type]
            size_band=self.size_combo.currentData(),
            preferred_channel=self.channel_combo.currentData(),
            founded_date=date_value(self.founded_edit),
            first_cooperation_date=date_value(self.first_edit),
            referred_by_id=self.referrer.customer_id(),
        )

    def show_problems(self, text: str) -> None:
        self.errors.setText(text)
        self.errors.setVisible(bool(text))

    def summary_text(self, p: CustomerProfile) -> str:
        """The derived transaction and interaction figures, one per line."""
        money = lambda amount: format_money(self.locale, amount)  # noqa: E731
        day = lambda d: format_day(self.locale, d) if d else "—"  # noqa: E731
        contact = relative_time(p.last_contact_at) if p.last_contact_at else self.tr("never")
        lines = [
            self.tr("Revenue, last 12 months: {0}").format(money(p.revenue_12m)),
            self.tr("Orders, last 24 months: {0} ({1})").format(
                format_count(self.locale, p.orders_24m), money(p.revenue_24m)
            ),
            self.tr("Last order: {0}").format(day(p.last_order_date)),
            self.tr("Receivable open: {0} · overdue: {1}").format(
                money(p.receivable_open), money(p.receivable_overdue)
            ),
            self.tr("Last contact: {0}").format(contact),
            self.tr("Follow-ups in 90 days: {0} (all time {1})").format(
                format_count(self.locale, p.activities_90d),
                format_count(self.locale, p.activities_total),
            ),
            self.tr("Most used channel: {0}").format(channel_label(p.top_channel) or "—"),
            self.tr("Next visit: {0}").format(day(p.next_visit)),
        ]
        return "\n".join(lines)


def _group(title: str, layout: QFormLayout | QVBoxLayout) -> QGroupBox:
    box = QGroupBox(title)
    box.setLayout(layout)
    return box
