"""The win-back list: sorted by value at stake, a row's Plan visit shows it planned, undo."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QPushButton

from app.derived import refresh_all
from app.models import Activity, Customer, Order
from ui.context import AppContext
from ui.winback_list import AT_STAKE, NAME, VISIT, WHY, WinBackList

TODAY = date.today()


@pytest.fixture
def ctx(db, tmp_path):
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    return AppContext(
        db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), QUndoStack()
    )


def _quiet_buyers(db, *amounts: int) -> None:
    with db.session.begin() as s:
        for n, amount in enumerate(amounts):
            customer = Customer(name=f"客户{n}", created_at=datetime(2020, 1, 1))
            s.add(customer)
            s.flush()
            s.add(
                Order(
                    customer_id=customer.id,
                    order_date=TODAY - timedelta(10),
                    amount=Decimal(amount),
                )
            )
            s.add(
                Activity(
                    customer_id=customer.id,
                    occurred_at=datetime.combine(TODAY - timedelta(200), time(9)),
                )
            )
        refresh_all(s, TODAY)


def _view(qtbot, ctx) -> WinBackList:
    view = WinBackList(ctx)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: not view.task.is_running(), timeout=10000)
    return view


def test_plan_visit_from_a_row_then_undo(qtbot, ctx):
    _quiet_buyers(ctx.db, 300, 9000, 1200)
    view = _view(qtbot, ctx)
    assert [view.table.item(r, NAME).text() for r in range(3)] == ["客户1", "客户2", "客户0"]
    assert view.table.item(0, AT_STAKE).text() == "¥9,000"
    assert "No contact for 200 days" in view.table.item(0, WHY).text()
    button = view.table.cellWidget(1, VISIT)
    assert isinstance(button, QPushButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert view.table.item(1, VISIT).text().startswith("Planned ")
    assert view.table.cellWidget(1, VISIT) is None
    assert isinstance(view.table.cellWidget(0, VISIT), QPushButton)  # others untouched

    with qtbot.waitSignal(view.loaded, timeout=10000):
        ctx.undo_stack.undo()
    assert isinstance(view.table.cellWidget(1, VISIT), QPushButton)


def test_plan_selection(qtbot, ctx):
    _quiet_buyers(ctx.db, 300, 9000, 1200)
    view = _view(qtbot, ctx)
    assert not view.plan_button.isEnabled()
    view.table.selectRow(0)
    view.table.selectionModel().select(
        view.table.model().index(2, 0),
        view.table.selectionModel().SelectionFlag.Select
        | view.table.selectionModel().SelectionFlag.Rows,
    )
    assert view.selected_ids() == [view.rows[0].entry.customer_id, view.rows[2].entry.customer_id]
    qtbot.mouseClick(view.plan_button, Qt.MouseButton.LeftButton)
    planned = [view.rows[r].next_visit is not None for r in range(3)]
    assert planned == [True, False, True]
    assert not view.plan_button.isEnabled()


def test_empty_list_says_why(qtbot, ctx):
    view = _view(qtbot, ctx)
    assert view.stack.currentWidget() is view.empty


def test_headers_name_the_windows_of_the_segmentation_settings(qtbot, ctx):
    from app import settings

    with ctx.db.session.begin() as s:
        settings.put(s, "segment_windows", {"abc_months": 6, "rfm_months": 36})
    _quiet_buyers(ctx.db, 500)
    view = _view(qtbot, ctx)
    header = view.table.horizontalHeaderItem
    assert (header(AT_STAKE).text(), header(AT_STAKE + 1).text()) == (
        "At stake (36 months)",
        "Revenue, 6 months",
    )
