"""Referral sources: who brought in whom, and what the referred customers bought."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.growth.referrals import Referrer, customer_referrals, save_referral_notes, top_referrers
from ui.context import AppContext, ChangeEvent
from ui.kit.empty_state import EmptyState
from ui.kit.format import format_count, format_money
from ui.kit.forms import show_status
from ui.kit.tables import row_table
from ui.kit.theme import tier_colours
from ui.models.row_table_model import AnyIndex, RowTableModel
from ui.referrer_picker import ReferrerPicker

ID_ROLE = Qt.ItemDataRole.UserRole


class ReferrerTableModel(RowTableModel[Referrer]):
    """Referrer tuples as rows."""

    CONTEXT = "ReferrerTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ReferrerTableModel", "Referrer"),
        QT_TRANSLATE_NOOP("ReferrerTableModel", "Tier"),
        QT_TRANSLATE_NOOP("ReferrerTableModel", "Referred"),
        QT_TRANSLATE_NOOP("ReferrerTableModel", "Revenue 12 months"),
        QT_TRANSLATE_NOOP("ReferrerTableModel", "Revenue all time"),
        QT_TRANSLATE_NOOP("ReferrerTableModel", "Reward notes"),
    )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (2, 3, 4):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column == 1:
                return int(Qt.AlignmentFlag.AlignCenter)
        if column == 1 and role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
            fg, bg = tier_colours(self.palette, row.tier)
            return fg if role == Qt.ItemDataRole.ForegroundRole else bg
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        values = (
            row.name,
            row.tier,
            format_count(self.locale, row.referred),
            format_money(self.locale, row.revenue_12m, digits=0),
            format_money(self.locale, row.revenue_all, digits=0),
            row.notes or "",
        )
        return values[column]


class ReferralsView(QWidget):
    """Top referrers (count, revenue) and, for the selected one, whom it referred and its notes."""

    customer_activated = Signal(str)
    dialog_opened = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = ReferrerTableModel(self)
        self.table = row_table(self.model)
        self.table.activated.connect(
            lambda index: self.customer_activated.emit(self.model.rows[index.row()].id)
        )
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._show_selected())
        self.empty = EmptyState(
            self.tr("No referrals recorded yet"),
            self.tr(
                "When a customer introduces another, set “Referred by” on the new customer's "
                "record; referrers and what their referrals bought appear here."
            ),
            icon_name="customers",
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.detail_title = QLabel()
        self.detail_title.setObjectName("GrowthSectionTitle")
        self.referred = QListWidget()
        self.referred.itemActivated.connect(
            lambda item: self.customer_activated.emit(item.data(ID_ROLE))
        )
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(
            self.tr("Reward notes: what was promised or given for these referrals")
        )
        self.save_notes_button = QPushButton(self.tr("Save notes"))
        self.save_notes_button.clicked.connect(lambda _c=False: self.save_notes())
        self.status = QLabel()
        detail = QVBoxLayout()
        detail.addWidget(self.detail_title)
        detail.addWidget(QLabel(self.tr("Customers it referred")))
        detail.addWidget(self.referred, 2)
        detail.addWidget(QLabel(self.tr("Reward notes")))
        detail.addWidget(self.notes, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status)
        buttons.addStretch(1)
        buttons.addWidget(self.save_notes_button)
        detail.addLayout(buttons)
        right = QWidget()
        right.setLayout(detail)
        split = QSplitter()
        split.addWidget(self.stack)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([600, 400])  # the table's six columns first; the lists take the rest
        self.count_label = QLabel()
        self.count_label.setObjectName("PageHint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.count_label)
        layout.addWidget(split, 1)
        ctx.events.changed.connect(self._changed)
        self.reload()

    def reload(self) -> None:
        with self.ctx.db.session() as session:
            rows = top_referrers(session)
        self.model.reset(rows)
        self.count_label.setText(self.tr("{0} referring customers").format(len(rows)))
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        if rows:
            self.table.selectRow(0)
        self._show_selected()

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()].id if rows else None

    def _show_selected(self) -> None:
        cid = self.selected_id()
        self.referred.clear()
        self.status.clear()
        self.save_notes_button.setEnabled(cid is not None)
        self.notes.setEnabled(cid is not None)
        if cid is None:
            self.detail_title.setText(self.tr("Select a referrer"))
            self.notes.clear()
            return
        with self.ctx.db.session() as session:
            links = customer_referrals(session, cid)
            name = next((r.name for r in self.model.rows if r.id == cid), "")
        locale = self.locale()
        self.detail_title.setText(
            self.tr("{0}: {1} referred, {2} in the last 12 months").format(
                name, links.count, format_money(locale, links.revenue_12m, digits=0)
            )
        )
        for person in links.referred:
            item = QListWidgetItem(
                self.tr("{0} — {1} (12 months {2})").format(
                    person.name,
                    format_money(locale, person.revenue_all, digits=0),
                    format_money(locale, person.revenue_12m, digits=0),
                )
            )
            item.setData(ID_ROLE, person.id)
            self.referred.addItem(item)
        self.notes.setPlainText(links.notes or "")

    def save_notes(self) -> None:
        cid = self.selected_id()
        if cid is None:
            return
        text = self.notes.toPlainText()
        if self.ctx.commands.run(
            self.tr("Reward notes"), lambda s: save_referral_notes(s, cid, text), source=self
        ):
            show_status(self.status, self.tr("Saved"))

    def pick_referrer(self, customer_id: str) -> ReferrerPicker:
        """Open the referred-by picker for a customer (the customer record calls this)."""
        picker = ReferrerPicker(self.ctx, customer_id, self)
        picker.finished.connect(picker.deleteLater)
        picker.open()
        self.dialog_opened.emit(picker)
        return picker

    def _changed(self, event: ChangeEvent) -> None:
        if event.source is not self and event.touches("customer", "sales_order"):
            self.reload()
