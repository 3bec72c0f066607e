"""Add or edit a catalogue product: name, SKU, category, family, edition rank and price."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.products import ProductInput, create_product, input_from_product, update_product
from ui.context import AppContext
from ui.kit.forms import MoneyEdit, add_rows, button_box, error_label, hint_label, show_problems


class ProductEditor(QDialog):
    """The product form; saving runs the create or update action (one undo step)."""

    def __init__(
        self, ctx: AppContext, product_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.product_id = ctx, product_id
        self.created_id: str | None = None
        self.setWindowTitle(self.tr("Edit product") if product_id else self.tr("New product"))
        data = ProductInput("")
        if product_id:
            with ctx.db.session() as session:
                data = input_from_product(session, product_id)
        self.name_edit = QLineEdit(data.name)
        self.sku_edit = QLineEdit(data.sku)
        self.category_edit = QLineEdit(data.category)
        self.family_edit = QLineEdit(data.family)
        self.family_edit.setPlaceholderText(self.tr("e.g. 智能仓储管理系统"))
        self.rank_edit = QSpinBox()
        self.rank_edit.setRange(0, 99)
        self.rank_edit.setValue(data.edition_rank)
        self.price_edit = MoneyEdit(data.unit_price)
        self.active_box = QCheckBox(self.tr("On sale (retired products stay on past orders)"))
        self.active_box.setChecked(data.active)
        form = add_rows(
            QFormLayout(),
            [
                (self.tr("Name"), self.name_edit),
                (self.tr("SKU"), self.sku_edit),
                (self.tr("Category"), self.category_edit),
                (self.tr("Family"), self.family_edit),
                (self.tr("Edition rank"), self.rank_edit),
                (self.tr("Unit price"), self.price_edit),
                ("", self.active_box),
            ],
        )
        self.errors = error_label()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Editions of one family rank from 0 (e.g. standard 0 < professional 1 < "
                    "enterprise 2); up-sell suggests the next rank up."
                )
            )
        )
        layout.addWidget(self.errors)
        layout.addWidget(button_box(self))

    def data(self) -> ProductInput | None:
        """Return the form's values, or None (and the problem shown) when the price is unreadable."""
        try:
            price = self.price_edit.amount()
        except ValueError:
            show_problems(self.errors, [self.price_edit.problem(self.tr("Unit price"))])
            return None
        return ProductInput(
            self.name_edit.text(),
            self.sku_edit.text(),
            self.category_edit.text(),
            self.family_edit.text(),
            self.rank_edit.value(),
            price,
            self.active_box.isChecked(),
        )

    def accept(self) -> None:
        data = self.data()
        if data is None:
            return
        problems: list[str] = []
        self.ctx.commands.refused.connect(problems.append)
        try:
            if self.product_id:
                pid = self.product_id
                text = self.tr("Edit product “{0}”").format(data.name.strip())
                outcome = self.ctx.commands.run(
                    text, lambda s: update_product(s, pid, data), source=self
                )
            else:
                text = self.tr("New product “{0}”").format(data.name.strip())
                outcome = self.ctx.commands.run(
                    text, lambda s: create_product(s, data), source=self
                )
        finally:
            self.ctx.commands.refused.disconnect(problems.append)
        if outcome is None:
            show_problems(self.errors, problems)
            return
        self.created_id = outcome.created_id
        super().accept()
