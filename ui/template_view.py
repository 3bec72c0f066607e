"""Message templates: pick one, filled from the selected deal or a customer, copy in one click."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.labels import label
from app.playbook.stages import deal_context
from app.playbook.templates import fill_template, list_templates
from ui.context import AppContext
from ui.deal_pickers import CustomerPicker
from ui.icons import icon
from ui.kit.forms import hint_label
from ui.kit.theme import set_tone

KEY_ROLE = Qt.ItemDataRole.UserRole


class TemplateView(QWidget):
    """Templates by kind on the left; the filled message, editable, with Copy on the right."""

    def __init__(
        self, ctx: AppContext, deal_id: Callable[[], str | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.board_deal = deal_id
        self.deal_id: str | None = None
        self.list = QListWidget(objectName="TemplateList")
        kind = None
        for template in list_templates(lang=ctx.language):
            if template.kind != kind:
                kind = template.kind
                header = QListWidgetItem(label(f"template.{kind}"))
                header.setFlags(Qt.ItemFlag.NoItemFlags)
                font = header.font()
                font.setBold(True)
                header.setFont(font)
                self.list.addItem(header)
            item = QListWidgetItem(f"  {template.title}")
            item.setData(KEY_ROLE, template.key)
            self.list.addItem(item)
        self.list.currentItemChanged.connect(lambda *_: self.refill())
        self.customer_picker = CustomerPicker(ctx.db)
        self.customer_picker.customer_changed.connect(self._customer_changed)
        self.deal_button = QPushButton(self.tr("Use the selected deal"))
        self.deal_button.setToolTip(self.tr("Fill from the deal selected on the Pipeline board"))
        self.deal_button.clicked.connect(self.use_board_deal)
        self.for_label = QLabel()
        set_tone(self.for_label, "muted")
        self.text_edit = QPlainTextEdit(objectName="TemplateText")
        self.copy_button = QPushButton(icon("copy"), self.tr("Copy"))
        self.copy_button.setDefault(True)
        self.copy_button.clicked.connect(self.copy)
        self.notice = QLabel()
        set_tone(self.notice, "muted")
        picker = QHBoxLayout()
        picker.addWidget(QLabel(self.tr("Customer")))
        picker.addWidget(self.customer_picker, 1)
        picker.addWidget(self.deal_button)
        actions = QHBoxLayout()
        actions.addWidget(self.copy_button)
        actions.addWidget(self.notice, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(picker)
        right_layout.addWidget(self.for_label)
        right_layout.addWidget(self.text_edit, 1)
        right_layout.addWidget(
            hint_label(
                self.tr("Blanks in 【】 or [ ] are values the book does not have; fill them in.")
            )
        )
        right_layout.addLayout(actions)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setSizes([300, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)
        first = next(
            (
                self.list.item(r)
                for r in range(self.list.count())
                if self.list.item(r).data(KEY_ROLE)
            ),
            None,
        )
        self.list.setCurrentItem(first)

    def current_key(self) -> str | None:
        item = self.list.currentItem()
        return item.data(KEY_ROLE) if item is not None else None

    def choose(self, key: str) -> None:
        """Select a template by key."""
        for row in range(self.list.count()):
            if self.list.item(row).data(KEY_ROLE) == key:
                self.list.setCurrentRow(row)

    def use_board_deal(self) -> None:
        """Fill from the deal selected on the board (and its customer)."""
        deal_id = self.board_deal()
        if not deal_id:
            self.notice.setText(self.tr("Select a deal on the Pipeline board first."))
            return
        with self.ctx.db.session() as session:
            found = deal_context(session, deal_id)
        if found is None:
            return
        self.deal_id = deal_id
        self.customer_picker.blockSignals(True)
        self.customer_picker.choose(found.customer_id, found.customer_name)
        self.customer_picker.blockSignals(False)
        self.for_label.setText(self.tr("For the deal “{0}”").format(found.title))
        self.refill()

    def _customer_changed(self, _customer_id: object) -> None:
        self.deal_id = None
        self.for_label.clear()
        self.refill()

    def refill(self) -> None:
        """Fill the chosen template from the deal or customer."""
        key = self.current_key()
        if key is None:
            return
        with self.ctx.db.session() as session:
            text = fill_template(
                session,
                key,
                customer_id=self.customer_picker.customer_id(),
                deal_id=self.deal_id,
                lang=self.ctx.language,
            )
        self.text_edit.setPlainText(text)

    def copy(self) -> None:
        """Put the message, as edited, on the clipboard."""
        QGuiApplication.clipboard().setText(self.text_edit.toPlainText())
        self.notice.setText(self.tr("Copied — paste it in WeChat"))
