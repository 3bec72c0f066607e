"""The Customers page: tabs whose first is the customer cards/table; the record opens from it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.customer_browser import CustomersView
from ui.customer_record import CustomerRecord


class CustomersPage(QWidget):
    """Customers, and room for more tabs (win-back, personas, duplicates) beside them."""

    record_opened = Signal(object)  # the CustomerRecord, for whoever drives the page
    new_customer_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view = CustomersView(ctx)
        self.tabs = QTabWidget(objectName="CustomerTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.view, self.tr("Customers"))
        self.record: CustomerRecord | None = None
        self.view.open_requested.connect(self.open_record)
        self.view.new_customer_requested.connect(self.new_customer_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.tabs)

    def focus_search(self) -> None:
        """Put the cursor in the search box (Ctrl+F)."""
        self.tabs.setCurrentWidget(self.view)
        self.view.search_edit.setFocus()
        self.view.search_edit.selectAll()

    def open_record(self, customer_id: str) -> CustomerRecord:
        """Open a customer's record beside the list (one at a time; it follows changes)."""
        if self.record is not None:
            self.record.close()
        self.record = CustomerRecord(self.ctx, customer_id, self)
        self.record.destroyed.connect(lambda *_: setattr(self, "record", None))
        self.record.show()
        self.record_opened.emit(self.record)
        return self.record
