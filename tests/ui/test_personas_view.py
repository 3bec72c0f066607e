"""The personas view: a card per tier, a row per RFM segment, an empty state."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel

from app.derived import refresh_all
from app.models import Activity, Customer, Order
from ui.context import AppContext
from ui.personas_view import PersonaCard, PersonasView


@pytest.fixture
def ctx(db, tmp_path):
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    return AppContext(
        db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), QUndoStack()
    )


def _view(qtbot, ctx) -> PersonasView:
    view = PersonasView(ctx)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: not view.task.is_running(), timeout=10000)
    return view


def test_cards_and_segment_rows(qtbot, ctx, db):
    today = date.today()
    with db.session.begin() as s:
        for name, amounts in (("甲", (3000, 1000)), ("乙", (500,))):
            customer = Customer(name=name, industry="制造", created_at=datetime(2020, 1, 1))
            s.add(customer)
            s.flush()
            for n, amount in enumerate(amounts):
                day = today - timedelta(10 + 30 * n)
                s.add(Order(customer_id=customer.id, order_date=day, amount=Decimal(amount)))
            s.add(Activity(customer_id=customer.id, occurred_at=datetime.now(), channel="phone"))
        refresh_all(s)
    view = _view(qtbot, ctx)
    assert view.stack.currentIndex() == 0
    cards = view.findChildren(PersonaCard)
    assert len(cards) == 2  # A (甲) and B (乙: 89 % of revenue before it)
    texts = [label.text() for label in cards[0].findChildren(QLabel)]
    assert "1 customer" in texts
    assert "¥2K" in texts  # 甲's orders 3,000 and 1,000: median 2,000
    assert "30 days" in texts
    assert view.segments.rowCount() >= 1
    assert view.segments.item(0, 1).text() in ("1", "2")


def test_empty_book(qtbot, ctx):
    view = _view(qtbot, ctx)
    assert view.stack.currentWidget() is view.empty
