"""Growth screens driven as a rep does: suggestions → deal, opportunities, handoff checklist."""

from __future__ import annotations


import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtTest import QTest
from sqlalchemy import select

from app.growth.refresh import refresh_growth
from app.models import Deal, Handoff, Stage
from app.models.service import HANDOFF_ITEMS
from tests.app.test_growth import basket_book
from tests.app.test_growth_handoff import won  # noqa: F401 - a fixture
from ui.context import AppContext
from ui.handoff_dialog import HandoffDialog
from ui.handoff_view import HandoffView
from ui.opportunities_view import OpportunitiesView
from ui.suggestions_panel import SuggestionsPanel


@pytest.fixture
def ctx(db, tmp_path):
    return AppContext(
        db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), QUndoStack()
    )


@pytest.fixture
def baskets(db) -> dict[str, str]:
    with db.write() as s:
        ids = basket_book(s)
        refresh_growth(s)
    return ids


def test_create_deal_from_the_customers_suggestion_and_undo(qtbot, ctx, db, baskets) -> None:
    panel = SuggestionsPanel(ctx)
    qtbot.addWidget(panel)
    panel.show_customer(baskets["T"])
    assert [panel.model.suggestion(r).product_name for r in range(panel.model.rowCount())] == [
        "丙产品",
        "乙产品",
    ]
    panel.table.selectRow(1)
    with qtbot.waitSignal(panel.deal_created) as created:
        qtbot.mouseClick(panel.create_button, Qt.MouseButton.LeftButton)
    with db.session() as s:
        deal = s.get(Deal, created.args[0])
        lead = s.scalars(select(Stage).order_by(Stage.position)).first()
        assert (deal.title, deal.stage_id, deal.status) == ("乙产品", lead.id, "open")
        assert deal.need == "Bought by 3 of the 5 制造业 customers who also bought 甲产品"
    assert "Ctrl+Z" in panel.status.text()
    ctx.undo_stack.undo()
    with db.session() as s:
        assert s.get(Deal, created.args[0]).deleted_at is not None


def test_a_customer_without_suggestions_shows_what_to_do(qtbot, ctx, baskets) -> None:
    panel = SuggestionsPanel(ctx)
    qtbot.addWidget(panel)
    panel.show_customer(baskets["d3"])  # the only peer with D: no rule from it
    assert panel.stack.currentWidget() is panel.empty
    assert not panel.create_button.isEnabled()


def test_opportunities_filter_open_the_customer_and_create_a_deal(qtbot, ctx, db, baskets) -> None:
    view = OpportunitiesView(ctx)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.task is None or not view.task.is_running())
    names = {view.model.suggestion(r).customer_name for r in range(view.model.rowCount())}
    assert "T" in names
    view.kind_filter.setCurrentIndex(view.kind_filter.findData("up"))
    assert view.model.rowCount() == 0 and view.stack.currentWidget() is view.empty
    view.kind_filter.setCurrentIndex(view.kind_filter.findData("cross"))
    row = next(
        r for r in range(view.model.rowCount()) if view.model.suggestion(r).customer_name == "T"
    )
    with qtbot.waitSignal(view.customer_activated) as activated:
        view.table.activated.emit(view.model.index(row, 0))
    assert activated.args == [baskets["T"]]
    view.table.selectRow(row)
    with qtbot.waitSignal(view.deal_created) as created:
        qtbot.mouseClick(view.create_button, Qt.MouseButton.LeftButton)
    with db.session() as s:
        assert s.get(Deal, created.args[0]).customer_id == baskets["T"]


def test_handoff_checklist_ticks_what_the_data_shows_and_saves(  # noqa: F811
    qtbot, ctx, db, won, tmp_path
) -> None:
    _deal_id, handoff_id, _customer_id = won
    view = HandoffView(ctx)
    qtbot.addWidget(view)
    assert view.model.rowCount() == 1
    with qtbot.waitSignal(view.dialog_opened) as opened:
        view.table.activated.emit(view.model.index(0, 0))
    dialog = opened.args[0]
    assert isinstance(dialog, HandoffDialog)
    proven = {item for item, box in dialog.boxes.items() if box.isChecked()}
    assert proven == {
        "customer_info",
        "needs_background",
        "deal_history",
        "key_contacts",
        "payment_schedule",
    }
    assert "  [ ] Promises made to the customer are listed" in dialog.summary_text().splitlines()
    dialog.promises_edit.setFocus()
    QTest.keyClicks(dialog.promises_edit, "Go live in 2 weeks")
    dialog.boxes["promises"].setChecked(True)
    assert "  Go live in 2 weeks" in dialog.summary_text().splitlines()
    dialog.copy_summary()
    assert QGuiApplication.clipboard().text().startswith("Handoff: 仓储管理二期")
    dialog.export(tmp_path / "handoff.txt")
    assert (tmp_path / "handoff.txt").read_text(encoding="utf-8-sig") == dialog.summary_text()
    dialog.export(tmp_path / "handoff.pdf")
    assert (tmp_path / "handoff.pdf").read_bytes().startswith(b"%PDF")
    dialog.accept()
    with db.session() as s:
        handoff = s.get(Handoff, handoff_id)
        assert handoff.checklist == dict.fromkeys(HANDOFF_ITEMS, True)
        assert (handoff.status, handoff.promises) == ("done", "Go live in 2 weeks")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    assert view.stack.currentWidget() is view.empty
    ctx.undo_stack.undo()
    with db.session() as s:
        assert s.get(Handoff, handoff_id).status == "todo"
    assert view.model.rowCount() == 1
