"""Growth: opportunities (cross-sell, up-sell), referrals, handoffs and the product catalogue."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.handoff_view import HandoffView
from ui.opportunities_view import OpportunitiesView
from ui.products_view import ProductsView
from ui.referrals_view import ReferralsView


class GrowthPage(QWidget):
    """One page with the growth tabs; `customer_activated` asks the window to open a customer."""

    customer_activated = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.opportunities = OpportunitiesView(ctx)
        self.referrals = ReferralsView(ctx)
        self.handoffs = HandoffView(ctx)
        self.products = ProductsView(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.opportunities, self.tr("Opportunities"))
        self.tabs.addTab(self.referrals, self.tr("Referrals"))
        self.tabs.addTab(self.handoffs, self.tr("Handoffs"))
        self.tabs.addTab(self.products, self.tr("Products"))
        for view in (self.opportunities, self.referrals, self.handoffs):
            view.customer_activated.connect(self.customer_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
