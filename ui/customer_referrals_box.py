"""A customer's referrals on its record: referred by whom (and change it), whom it referred."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.growth.referrals import customer_referrals
from ui.context import AppContext, ChangeEvent
from ui.kit.empty_state import EmptyState
from ui.kit.format import format_money
from ui.referrer_picker import ReferrerPicker

ID_ROLE = Qt.ItemDataRole.UserRole


class CustomerReferralsBox(QWidget):
    """Referred by / referred for one customer; the record page hosts it."""

    customer_activated = Signal(str)
    dialog_opened = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id: str | None = None
        self.referrer_id: str | None = None
        self.title = QLabel(self.tr("Referrals"))
        self.title.setObjectName("GrowthSectionTitle")
        self.by_label = QLabel()
        self.by_label.setTextFormat(Qt.TextFormat.PlainText)
        self.change_button = QPushButton(self.tr("Change…"))
        self.change_button.clicked.connect(lambda _c=False: self.pick_referrer())
        self.totals = QLabel()
        self.totals.setObjectName("PageHint")
        self.referred = QListWidget()
        self.referred.itemActivated.connect(
            lambda item: self.customer_activated.emit(item.data(ID_ROLE))
        )
        # Nobody referred yet: what the list is for, in place of a blank box.
        self.none_yet = EmptyState(
            self.tr("No customer referred by this one yet"),
            self.tr(
                "When a new customer comes through this one, pick this customer as its "
                "referrer on the new customer's record: its revenue then counts here."
            ),
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.referred)
        self.stack.addWidget(self.none_yet)
        by_row = QHBoxLayout()
        by_row.addWidget(self.by_label, 1)
        by_row.addWidget(self.change_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(by_row)
        layout.addWidget(self.totals)
        layout.addWidget(self.stack, 1)
        ctx.events.changed.connect(self._changed)
        self.show_customer(None)

    def show_customer(self, customer_id: str | None) -> None:
        """Show a customer's referral links (None clears the box)."""
        self.customer_id = customer_id
        self.referred.clear()
        self.change_button.setEnabled(customer_id is not None)
        if customer_id is None:
            self.by_label.clear()
            self.totals.clear()
            return
        with self.ctx.db.session() as session:
            links = customer_referrals(session, customer_id)
        self.referrer_id = links.referred_by[0] if links.referred_by else None
        self.by_label.setText(
            self.tr("Referred by: {0}").format(links.referred_by[1])
            if links.referred_by
            else self.tr("Referred by: nobody recorded")
        )
        locale = self.locale()
        self.totals.setText(
            self.tr("Referred customers: {0} · {1} in the last 12 months · {2} in all").format(
                links.count,
                format_money(locale, links.revenue_12m),
                format_money(locale, links.revenue_all),
            )
        )
        for person in links.referred:
            item = QListWidgetItem(f"{person.name} — {format_money(locale, person.revenue_all)}")
            item.setData(ID_ROLE, person.id)
            self.referred.addItem(item)
        self.stack.setCurrentWidget(self.referred if links.referred else self.none_yet)

    def pick_referrer(self) -> ReferrerPicker | None:
        if self.customer_id is None:
            return None
        picker = ReferrerPicker(self.ctx, self.customer_id, self)
        picker.finished.connect(picker.deleteLater)
        picker.open()
        self.dialog_opened.emit(picker)
        return picker

    def _changed(self, event: ChangeEvent) -> None:
        if self.customer_id and event.touches("customer", "sales_order"):
            self.show_customer(self.customer_id)
