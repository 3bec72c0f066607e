"""The Customers page: the cards/table, then win-back, personas and duplicates; the record
opens from any of them, and the segmentation settings sit in the tab bar's corner."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QTabWidget, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.customer_browser import CustomersView
from ui.customer_record import CustomerRecord
from ui.duplicates_view import DuplicatesView
from ui.kit.lazy import LazyWidget
from ui.personas_view import PersonasView
from ui.segment_settings_dialog import SegmentSettingsDialog
from ui.winback_list import WinBackList


class CustomersPage(QWidget):
    """Customers, who to win back, the personas and the possible duplicates, as tabs."""

    record_opened = Signal(object)  # the CustomerRecord, for whoever drives the page
    dialog_opened = Signal(object)  # the segmentation settings, for tests to fill
    new_customer_requested = Signal()

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, load_later: bool = False
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view = CustomersView(ctx, load_later=load_later)
        self.tabs = QTabWidget(objectName="CustomerTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.view, self.tr("Customers"))
        # The other tabs read the whole book: each is built when first opened.
        self.winback = self._lazy(lambda: WinBackList(ctx), self.tr("Win back"))
        self.personas = self._lazy(lambda: PersonasView(ctx), self.tr("Personas"))
        self.duplicates = self._lazy(lambda: DuplicatesView(ctx), self.tr("Duplicates"))
        settings = QPushButton(self.tr("Segmentation settings…"), objectName="CornerButton")
        settings.setToolTip(self.tr("How tiers, RFM scores and churn flags are worked out"))
        settings.clicked.connect(lambda _checked=False: self.open_settings())
        self.tabs.setCornerWidget(settings, Qt.Corner.TopRightCorner)
        self.record: CustomerRecord | None = None
        self.settings_dialog: SegmentSettingsDialog | None = None
        self.view.open_requested.connect(self.open_record)
        self.view.new_customer_requested.connect(self.new_customer_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.tabs)

    def _lazy(self, factory: Callable[[], QWidget], title: str) -> LazyWidget:
        def built(widget: QWidget) -> None:
            widget.customer_activated.connect(self.open_record)  # type: ignore[attr-defined]

        holder = LazyWidget(factory, built)
        self.tabs.addTab(holder, title)
        return holder

    def focus_search(self) -> None:
        """Put the cursor in the search box (Ctrl+F)."""
        self.tabs.setCurrentWidget(self.view)
        self.view.search_edit.setFocus()
        self.view.search_edit.selectAll()

    def open_settings(self) -> SegmentSettingsDialog:
        """Open the segmentation settings (not modal); saving recomputes every customer."""
        dialog = SegmentSettingsDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.settings_dialog = dialog
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog

    def open_record(self, customer_id: str) -> CustomerRecord:
        """Open a customer's record beside the list (one at a time; it follows changes)."""
        if self.record is not None:
            self.record.close()
        record = CustomerRecord(self.ctx, customer_id, self)
        self.record = record
        record.finished.connect(lambda _result: self._forget(record))
        record.customer_activated.connect(self.open_record)
        record.show()
        self.record_opened.emit(record)
        return record

    def _forget(self, record: CustomerRecord) -> None:
        if self.record is record:
            self.record = None
