"""Pick who referred a customer: search by name or pinyin, or clear it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.customers.lookup import customer_name, find_customers
from app.growth.referrals import set_referrer
from ui.context import AppContext
from ui.kit.forms import button_box, error_label, show_problems

ID_ROLE = Qt.ItemDataRole.UserRole


class ReferrerPicker(QDialog):
    """Choose the customer that referred this one (its own undo step when saved)."""

    saved = Signal()

    def __init__(self, ctx: AppContext, customer_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.customer_id = ctx, customer_id
        with ctx.db.session() as session:
            name = customer_name(session, customer_id) or ""
        self.setWindowTitle(self.tr("Referred by"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search customers by name, pinyin or phone"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.search.textChanged.connect(self._find)
        self.results.itemDoubleClicked.connect(lambda _item: self.accept())
        self.errors = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Who referred {0}?").format(name)))
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.errors)
        layout.addWidget(button_box(self))
        self.resize(420, 420)
        self._find("")

    def _find(self, text: str) -> None:
        self.results.clear()
        none = QListWidgetItem(self.tr("— Nobody (clear) —"))
        none.setData(ID_ROLE, None)
        self.results.addItem(none)
        if text.strip():
            with self.ctx.db.session() as session:
                hits = find_customers(session, text)
            for cid, name in hits:
                if cid == self.customer_id:
                    continue
                item = QListWidgetItem(name)
                item.setData(ID_ROLE, cid)
                self.results.addItem(item)
        self.results.setCurrentRow(1 if self.results.count() > 1 else 0)

    def chosen(self) -> str | None:
        item = self.results.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def accept(self) -> None:
        referrer = self.chosen()
        problems: list[str] = []
        self.ctx.commands.refused.connect(problems.append)
        try:
            outcome = self.ctx.commands.run(
                self.tr("Set referrer"),
                lambda s: set_referrer(s, self.customer_id, referrer),
                source=self,
            )
        finally:
            self.ctx.commands.refused.disconnect(problems.append)
        if outcome is None:
            show_problems(self.errors, problems)
            return
        self.saved.emit()
        super().accept()
