"""What an empty book shows instead of empty columns: the three ways to start."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ui.kit.empty_state import EmptyState


class FirstSteps(EmptyState):
    """Import a sheet, add a customer, or load the demo — each a button that asks for it."""

    import_requested = Signal()
    new_customer_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Your book is empty"),
            self.tr(
                "Import the customer sheet you keep in Excel, add your first customer, or load a "
                "demo book to look around."
            ),
            icon_name="pipeline",
            parent=parent,
        )
        self.add_action(self.tr("Import a sheet…"), self.import_requested.emit, primary=True)
        self.add_action(self.tr("Add a customer…"), self.new_customer_requested.emit)
        self.add_action(self.tr("Load the demo"), self.demo_requested.emit)
