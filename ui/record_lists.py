"""The record's read-only lists: deals, orders, payments, complaints (late promises in red) and
referrals both ways."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.customers.profile import (
    customer_complaints,
    customer_deals,
    customer_orders,
    customer_payments,
)
from app.db import Database
from app.labels import label
from app.pipeline import stage_label
from ui.kit.format import format_day, format_money, money_digits
from ui.kit.theme import overdue

Cell = str | tuple[str, bool]  # text, or (text, shown in the overdue red)


def table(headers: Sequence[str], rows: Sequence[Sequence[Cell]], empty: str) -> QWidget:
    """Return a read-only table of rows (or the empty line when there are none)."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    if not rows:
        hint = QLabel(empty, objectName="EmptyStateHint")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(hint, 1)
        return box
    grid = QTableWidget(len(rows), len(headers))
    grid.setHorizontalHeaderLabels(list(headers))
    grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    grid.verticalHeader().hide()
    grid.horizontalHeader().setStretchLastSection(True)
    red = overdue(QGuiApplication.palette())
    for n, row in enumerate(rows):
        for column, cell in enumerate(row):
            text, late = cell if isinstance(cell, tuple) else (cell, False)
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if late:
                item.setForeground(red)
            if text[:1] in "¥$€£" and text[1:2].isdigit():  # money lines up on the right
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.setItem(n, column, item)
    grid.resizeColumnsToContents()
    layout.addWidget(grid, 1)
    return box


class RecordLists:
    """Builds the list tabs of one customer from app/profile reads."""

    def __init__(self, db: Database, customer_id: str, locale: QLocale, owner: QWidget) -> None:
        self.db, self.customer_id, self.locale, self.owner = db, customer_id, locale, owner

    def tr(self, text: str) -> str:
        return QGuiApplication.translate("RecordLists", text)

    def _money(self, amount: object, currency: str = "CNY", digits: int | None = None) -> str:
        return format_money(self.locale, amount, currency, digits)  # type: ignore[arg-type]

    def _day(self, day: object) -> str:
        return format_day(self.locale, day) if day else "—"  # type: ignore[arg-type]

    def deals(self) -> QWidget:
        with self.db.session() as session:
            deals = customer_deals(session, self.customer_id)
        cents = money_digits(d.amount for d in deals)
        rows = [
            (
                d.title,
                stage_label(d.stage_name, d.stage_name_en)
                if d.status == "open"
                else label(f"status.{d.status}"),
                self._money(d.amount, d.currency, cents),
                self._day(d.closed_date if d.status != "open" else d.expected_close_date),
            )
            for d in deals
        ]
        headers = (self.tr("Deal"), self.tr("Stage"), self.tr("Amount"), self.tr("Close date"))
        return table(headers, rows, self.tr("No deals with this customer yet."))

    def orders_and_payments(self) -> QWidget:
        with self.db.session() as session:
            orders = customer_orders(session, self.customer_id)
            payments = customer_payments(session, self.customer_id)
        # Each column of amounts shows cents on every row or none, so the figures line up.
        cents = money_digits(o.amount for o in orders)
        order_rows = [
            (
                self._day(o.order_date),
                o.order_no or "",
                o.product or "",
                self._money(o.amount, o.currency, cents),
            )
            for o in orders
        ]
        due_cents = money_digits(p.amount_due for p in payments)
        received_cents = money_digits(p.amount_received for p in payments)
        payment_rows = [
            (
                (self._day(p.due_date), p.overdue),
                p.order_no or "",
                self._money(p.amount_due, digits=due_cents),
                self._money(p.amount_received, digits=received_cents),
                self._day(p.received_date),
                (self.tr("Overdue") if p.overdue else "", p.overdue),
            )
            for p in payments
        ]
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(
            table(
                (
                    self.tr("Order date"),
                    self.tr("Order number"),
                    self.tr("Product"),
                    self.tr("Amount"),
                ),
                order_rows,
                self.tr("No orders yet."),
            )
        )
        splitter.addWidget(
            table(
                (
                    self.tr("Due date"),
                    self.tr("Order number"),
                    self.tr("Amount due"),
                    self.tr("Received"),
                    self.tr("Received on"),
                    self.tr("Status"),
                ),
                payment_rows,
                self.tr("No receivables."),
            )
        )
        return splitter

    def complaints(self) -> QWidget:
        with self.db.session() as session:
            complaints = customer_complaints(session, self.customer_id)
        rows = [
            (
                self._day(c.received_at.date()),
                label(f"severity.{c.severity}"),
                label(f"complaint_step.{c.step}"),
                (
                    self._day(c.promised_at.date()) if c.promised_at else "—",
                    c.overdue,
                ),
                (self.tr("Promise overdue") if c.overdue else "", c.overdue),
                c.description,
            )
            for c in complaints
        ]
        headers = (
            self.tr("Received"),
            self.tr("Severity"),
            self.tr("Step"),
            self.tr("Promised by"),
            self.tr("Status"),
            self.tr("Description"),
        )
        return table(headers, rows, self.tr("No complaints — keep it that way."))
