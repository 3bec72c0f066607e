"""The record's orders tab: a receivable shows the order it is for, also one not yet imported."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QTableWidget, QWidget

from app.models import Customer, Order, Payment
from ui.record_lists import RecordLists


def _cells(grid: QTableWidget, column: int) -> list[str]:
    return [grid.item(row, column).text() for row in range(grid.rowCount())]


def test_payments_name_their_order_number_linked_or_only_given(qtbot, db) -> None:
    with db.session.begin() as session:
        customer = Customer(name="杭州云启科技有限公司")
        session.add(customer)
        session.flush()
        order = Order(customer_id=customer.id, order_no="SO-001", order_date=date(2026, 1, 15))
        session.add(order)
        session.flush()
        session.add_all(
            [
                Payment(
                    customer_id=customer.id,
                    order_id=order.id,
                    amount_due=Decimal(12800),
                    due_date=date(2026, 2, 15),
                ),
                # From a ledger naming an order the book does not have yet.
                Payment(
                    customer_id=customer.id,
                    order_no="SO-702",
                    amount_due=Decimal(5000),
                    due_date=date(2026, 3, 31),
                ),
            ]
        )
        customer_id = customer.id
    owner = QWidget()
    qtbot.addWidget(owner)
    lists = RecordLists(db, customer_id, QLocale(QLocale.Language.English), owner)
    tab = lists.orders_and_payments()
    qtbot.addWidget(tab)
    orders, payments = (tab.widget(n).findChild(QTableWidget) for n in range(2))
    headers = [payments.horizontalHeaderItem(n).text() for n in range(payments.columnCount())]
    assert headers[:3] == ["Due date", "Order number", "Amount due"]
    assert _cells(payments, 1) == ["SO-702", "SO-001"]  # latest due first
    assert _cells(orders, 1) == ["SO-001"]


def test_a_column_of_amounts_shows_cents_on_every_row_or_none(qtbot, db) -> None:
    with db.session.begin() as session:
        customer = Customer(name="宁波海曙贸易有限公司")
        session.add(customer)
        session.flush()
        for day, amount in ((1, "12800"), (2, "5000.50")):
            session.add(
                Order(
                    customer_id=customer.id, order_date=date(2026, 1, day), amount=Decimal(amount)
                )
            )
        customer_id = customer.id
    owner = QWidget()
    qtbot.addWidget(owner)
    lists = RecordLists(db, customer_id, QLocale(QLocale.Language.English), owner)
    tab = lists.orders_and_payments()
    qtbot.addWidget(tab)
    orders = tab.widget(0).findChild(QTableWidget)
    assert _cells(orders, 3) == ["¥5,000.50", "¥12,800.00"]
