"""Possible duplicate customers in pairs, side by side, with Merge and Not a duplicate."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.customers.duplicates import (
    CustomerSide,
    DuplicatePair,
    describe_reasons,
    dismiss_pair,
    find_duplicates,
    sides,
)
from app.customers.merge import merge_customers
from app.labels import field_label
from ui.context import AppContext, ChangeEvent
from ui.kit.empty_state import EmptyState
from ui.kit.format import format_count, format_money
from ui.kit.theme import tier_colours
from ui.workers import ReloadTask

ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Found:
    """What the worker hands back: the pairs and both sides of each."""

    pairs: list[DuplicatePair]
    sides: dict[str, CustomerSide]


def load(ctx: AppContext) -> Found:
    """Read the pairs and their sides (runs in the worker)."""
    with ctx.db.session() as session:
        pairs = find_duplicates(session)
        ids = sorted({i for p in pairs for i in (p.first_id, p.second_id)})
        return Found(pairs, sides(session, ids) if ids else {})


class DuplicatesView(QWidget):
    """Pairs on the left; the chosen pair's key fields side by side on the right."""

    customer_activated = Signal(str)
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.locale = ctx, QLocale()
        self.task = ReloadTask(lambda _progress: load(ctx), self)
        self.task.succeeded.connect(self._show)
        self.task.failed.connect(lambda error: self.status.setText(str(error)))
        self.task.finished.connect(lambda: self.refresh_button.setEnabled(True))
        self.found = Found([], {})
        # Replaced by tests: asks the rep to confirm a merge.
        self.confirm: Callable[[str], bool] = self._ask
        title = QLabel(self.tr("Possible duplicates"), objectName="PageTitle")
        hint = QLabel(
            self.tr(
                "Customers with the same name (ignoring 有限公司, brackets, spaces and width), "
                "phone or e-mail. Merge keeps every contact, deal, follow-up and order."
            ),
            objectName="PageHint",
            wordWrap=True,
        )
        self.refresh_button = QPushButton(self.tr("Look again"))
        self.refresh_button.clicked.connect(self.reload)
        self.status = QLabel(objectName="PageHint")
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.status)
        head.addWidget(self.refresh_button)

        self.pairs = QTableWidget(0, 3, objectName="DuplicatePairs")
        self.pairs.setHorizontalHeaderLabels(
            [self.tr("Customer"), self.tr("Possible duplicate"), self.tr("Why")]
        )
        _plain_table(self.pairs)
        self.pairs.itemSelectionChanged.connect(self._show_pair)
        self.compare = QTableWidget(0, 2, objectName="DuplicateCompare")
        _plain_table(self.compare)
        self.compare.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.compare.verticalHeader().show()
        self.compare.cellDoubleClicked.connect(self._open_side)
        self.keep_first = QRadioButton()
        self.keep_second = QRadioButton()
        self.keep_first.setChecked(True)
        self.merge_button = QPushButton(self.tr("Merge"))
        self.merge_button.setProperty("primary", True)
        self.merge_button.clicked.connect(self.merge_selected)
        self.dismiss_button = QPushButton(self.tr("Not a duplicate"))
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        keep_row = QHBoxLayout()
        keep_row.addWidget(QLabel(self.tr("Keep:")))
        keep_row.addWidget(self.keep_first)
        keep_row.addWidget(self.keep_second)
        keep_row.addStretch(1)
        keep_row.addWidget(self.dismiss_button)
        keep_row.addWidget(self.merge_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.compare, 1)
        right_layout.addLayout(keep_row)
        split = QSplitter()
        split.addWidget(self.pairs)
        split.addWidget(right)
        split.setSizes([560, 640])

        self.empty = EmptyState(
            self.tr("No possible duplicates"),
            self.tr(
                "No two customers share a name, phone or e-mail. Imports list possible "
                "duplicates here instead of merging them."
            ),
            icon_name="customers",
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(split)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.addLayout(head)
        layout.addWidget(hint)
        layout.addWidget(self.stack, 1)
        ctx.events.changed.connect(self._on_changed)
        self._set_buttons()
        self.reload()

    # Loading ------------------------------------------------------------------------------

    def reload(self) -> None:
        """Look for pairs again, in the worker."""
        self.status.setText(self.tr("Looking for duplicates…"))
        self.refresh_button.setEnabled(False)
        self.task.request()

    def _on_changed(self, event: ChangeEvent) -> None:
        if event.touches("customer", "contact"):
            self.reload()

    def _show(self, found: Found) -> None:
        self.found = found
        self.pairs.setRowCount(0)
        self.pairs.setRowCount(len(found.pairs))
        for row, pair in enumerate(found.pairs):
            for column, customer_id in enumerate((pair.first_id, pair.second_id)):
                side = found.sides.get(customer_id)
                item = QTableWidgetItem(side.name if side else customer_id)
                item.setData(ID_ROLE, customer_id)
                self.pairs.setItem(row, column, item)
            self.pairs.setItem(row, 2, QTableWidgetItem(describe_reasons(pair.reasons)))
        self.status.setText(self.tr("%Ln pairs", "", len(found.pairs)) if found.pairs else "")
        self.stack.setCurrentWidget(self.empty if not found.pairs else self.stack.widget(0))
        if found.pairs:
            self.pairs.selectRow(0)
        self._show_pair()
        self.loaded.emit()

    # The chosen pair ------------------------------------------------------------------------

    def selected_pair(self) -> DuplicatePair | None:
        """Return the pair the rep picked, if any."""
        row = self.pairs.currentRow()
        rows = self.found.pairs
        return rows[row] if 0 <= row < len(rows) and self.pairs.selectedItems() else None

    def _show_pair(self) -> None:
        pair = self.selected_pair()
        self._set_buttons()
        self.compare.setRowCount(0)
        if pair is None:
            return
        one, other = self.found.sides.get(pair.first_id), self.found.sides.get(pair.second_id)
        if one is None or other is None:
            return
        self.compare.setHorizontalHeaderLabels([one.name, other.name])
        self.keep_first.setText(one.name)
        self.keep_second.setText(other.name)
        # Keep the side with more history by default: revenue, then follow-ups and orders.
        weight = (other.revenue_12m, other.activities + other.orders) > (
            one.revenue_12m,
            one.activities + one.orders,
        )
        (self.keep_second if weight else self.keep_first).setChecked(True)
        rows = self._fields(one, other)
        self.compare.setRowCount(len(rows))
        self.compare.setVerticalHeaderLabels([caption for caption, _, _ in rows])
        for row, (_caption, left, right) in enumerate(rows):
            for column, text in enumerate((left, right)):
                item = QTableWidgetItem(text)
                if left != right:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.compare.setItem(row, column, item)
        for column, side in enumerate((one, other)):
            fg, bg = tier_colours(self.palette(), side.tier)
            badge = self.compare.item(1, column)
            badge.setForeground(fg)
            badge.setBackground(bg)

    def _fields(self, one: CustomerSide, other: CustomerSide) -> list[tuple[str, str, str]]:
        money = self.locale

        def count(n: int) -> str:
            return format_count(money, n)

        return [
            (field_label("name"), one.name, other.name),
            (self.tr("Tier"), one.tier, other.tier),
            (field_label("industry"), one.industry, other.industry),
            (field_label("city"), one.city, other.city),
            (field_label("phone"), one.phone, other.phone),
            (field_label("email"), one.email, other.email),
            (self.tr("Contacts"), count(one.contacts), count(other.contacts)),
            (self.tr("Deals"), count(one.deals), count(other.deals)),
            (self.tr("Orders"), count(one.orders), count(other.orders)),
            (self.tr("Follow-ups"), count(one.activities), count(other.activities)),
            (
                self.tr("Revenue, 12 months"),
                format_money(money, one.revenue_12m, digits=0),
                format_money(money, other.revenue_12m, digits=0),
            ),
        ]

    def _set_buttons(self) -> None:
        chosen = self.selected_pair() is not None
        for widget in (self.merge_button, self.dismiss_button, self.keep_first, self.keep_second):
            widget.setEnabled(chosen)

    def _open_side(self, _row: int, column: int) -> None:
        pair = self.selected_pair()
        if pair is not None:
            self.customer_activated.emit(pair.first_id if column == 0 else pair.second_id)

    # Actions -------------------------------------------------------------------------------

    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Merge customers"), text)
        return answer == QMessageBox.StandardButton.Yes

    def merge_selected(self) -> None:
        """Merge the pair's other customer into the one chosen to keep, after a confirmation."""
        pair = self.selected_pair()
        if pair is None:
            return
        keep, gone = (pair.first_id, pair.second_id)
        if self.keep_second.isChecked():
            keep, gone = gone, keep
        names = {i: s.name for i, s in self.found.sides.items()}
        question = self.tr(
            "Merge “{0}” into “{1}”? Its contacts, deals, follow-ups, orders, payments, visits "
            "and complaints move to “{1}”, and “{0}” is retired. Ctrl+Z undoes it."
        ).format(names.get(gone, gone), names.get(keep, keep))
        if not self.confirm(question):
            return
        self.ctx.commands.run(
            self.tr("Merge customers"), lambda s: merge_customers(s, keep, gone), source=self
        )
        self.reload()

    def dismiss_selected(self) -> None:
        """Remember that the chosen pair is not one customer and drop it from the list."""
        pair = self.selected_pair()
        if pair is None:
            return
        one, other = pair.first_id, pair.second_id
        self.ctx.commands.run(
            self.tr("Not a duplicate"), lambda s: dismiss_pair(s, one, other), source=self
        )
        self.reload()


def _plain_table(table: QTableWidget) -> None:
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.setWordWrap(False)
