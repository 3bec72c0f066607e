"""The product catalogue: families and editions with prices; add, edit, retire."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.products import ProductRow, list_products, set_product_active
from ui.context import AppContext, ChangeEvent
from ui.kit.empty_state import EmptyState
from ui.kit.format import format_money
from ui.kit.tables import row_table
from ui.models.row_table_model import AnyIndex, RowTableModel
from ui.product_editor import ProductEditor


class ProductTableModel(RowTableModel[ProductRow]):
    """ProductRow tuples as rows; retired products muted."""

    CONTEXT = "ProductTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ProductTableModel", "Product"),
        QT_TRANSLATE_NOOP("ProductTableModel", "Family"),
        QT_TRANSLATE_NOOP("ProductTableModel", "Edition rank"),
        QT_TRANSLATE_NOOP("ProductTableModel", "Unit price"),
        QT_TRANSLATE_NOOP("ProductTableModel", "Category"),
        QT_TRANSLATE_NOOP("ProductTableModel", "SKU"),
        QT_TRANSLATE_NOOP("ProductTableModel", "Status"),
    )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return self.palette.placeholderText()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        status = (
            QCoreApplication.translate("ProductTableModel", "On sale")
            if row.active
            else QCoreApplication.translate("ProductTableModel", "Retired")
        )
        price = "—" if row.unit_price is None else format_money(self.locale, row.unit_price)
        values = (
            row.name,
            row.family or "—",
            str(row.edition_rank),
            price,
            row.category or "",
            row.sku or "",
            status,
        )
        return values[column]


class ProductsView(QWidget):
    """The catalogue table with add, edit and retire / bring back."""

    dialog_opened = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = ProductTableModel(self)
        self.table = row_table(self.model)
        self.table.activated.connect(lambda index: self.edit(index.row()))
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        self.empty = EmptyState(
            self.tr("No products yet"),
            self.tr(
                "Add what you sell — each family in its editions with a price — so orders, "
                "cross-sell and up-sell can name them. Importing orders adds missing products."
            ),
        )
        self.empty.add_action(self.tr("Add product"), self.add, primary=True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.add_button = QPushButton(self.tr("Add product"))
        self.add_button.clicked.connect(lambda _c=False: self.add())
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.clicked.connect(lambda _c=False: self.edit(self.current_row()))
        self.retire_button = QPushButton(self.tr("Retire"))
        self.retire_button.clicked.connect(lambda _c=False: self.toggle_active())
        bar = QHBoxLayout()
        bar.addStretch(1)
        for button in (self.add_button, self.edit_button, self.retire_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        ctx.events.changed.connect(self._changed)
        self.reload()

    def reload(self) -> None:
        selected = self.current_row()
        with self.ctx.db.session() as session:
            rows = list_products(session)
        self.model.reset(rows)
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        if rows:
            self.table.selectRow(min(max(selected, 0), len(rows) - 1))
        self._enable()

    def current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _enable(self) -> None:
        row = self.current_row()
        has = 0 <= row < len(self.model.rows)
        self.edit_button.setEnabled(has)
        self.retire_button.setEnabled(has)
        active = has and self.model.rows[row].active
        self.retire_button.setText(
            self.tr("Retire") if active or not has else self.tr("Bring back")
        )

    def _open(self, editor: ProductEditor) -> ProductEditor:
        editor.finished.connect(editor.deleteLater)
        editor.open()
        self.dialog_opened.emit(editor)
        return editor

    def add(self) -> ProductEditor:
        return self._open(ProductEditor(self.ctx, None, self))

    def edit(self, row: int) -> ProductEditor | None:
        if not 0 <= row < len(self.model.rows):
            return None
        return self._open(ProductEditor(self.ctx, self.model.rows[row].id, self))

    def toggle_active(self) -> None:
        row = self.current_row()
        if not 0 <= row < len(self.model.rows):
            return
        product = self.model.rows[row]
        text = (self.tr("Retire “{0}”") if product.active else self.tr("Bring back “{0}”")).format(
            product.name
        )
        self.ctx.commands.run(
            text, lambda s: set_product_active(s, product.id, not product.active), source=self
        )

    def _changed(self, event: ChangeEvent) -> None:
        if event.touches("product"):
            self.reload()
