"""Growth screens driven as a rep does: suggestions → deal, opportunities, handoff checklist."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtTest import QTest
from sqlalchemy import select

from app.growth.refresh import refresh_growth
from app.models import Deal, Handoff, Stage
from app.models.service import HANDOFF_ITEMS
from tests.app.test_growth import basket_book
from tests.app.test_growth_handoff import won as won_deal
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


won = pytest.fixture(won_deal.__wrapped__, name="won")


def test_handoff_checklist_ticks_what_the_data_shows_and_saves(
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
    from pypdf import PdfReader  # the bundled font: the Chinese is real text on any machine

    text = PdfReader(tmp_path / "handoff.pdf").pages[0].extract_text()
    text = text.replace("\x00", "").replace(" ", "")
    assert dialog.summary_text().splitlines()[0].replace(" ", "") in text
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


def test_referral_view_lists_referrers_and_the_picker_sets_referred_by(qtbot, ctx, db) -> None:
    from decimal import Decimal

    from app.derived.search import customer_search_text
    from app.models import Customer, Order
    from ui.referrals_view import ReferralsView

    with db.write() as s:
        rows = {}
        for name in ("杭州云启科技有限公司", "宁波海曙贸易有限公司", "苏州新材料有限公司"):
            row = Customer(name=name, name_key=name, search_text=customer_search_text(name))
            s.add(row)
            s.flush()
            rows[name] = row.id
        s.get(Customer, rows["宁波海曙贸易有限公司"]).referred_by_id = rows["杭州云启科技有限公司"]
        s.add(
            Order(
                customer_id=rows["宁波海曙贸易有限公司"],
                order_date=date(2026, 1, 1),
                amount=Decimal(1200),
            )
        )
    view = ReferralsView(ctx)
    qtbot.addWidget(view)
    assert [(r.name, r.referred, r.revenue_all) for r in view.model.rows] == [
        ("杭州云启科技有限公司", 1, Decimal("1200.00"))
    ]
    assert view.referred.count() == 1
    QTest.keyClicks(view.notes, "Gift: one year of support")
    qtbot.mouseClick(view.save_notes_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(view.dialog_opened) as opened:
        view.pick_referrer(rows["苏州新材料有限公司"])
    picker = opened.args[0]
    QTest.keyClicks(picker.search, "hzyq")
    assert picker.results.currentItem().text() == "杭州云启科技有限公司"
    picker.accept()
    qtbot.waitUntil(lambda: bool(view.model.rows) and view.model.rows[0].referred == 2)
    with db.session() as s:
        assert (
            s.get(Customer, rows["苏州新材料有限公司"]).referred_by_id
            == rows["杭州云启科技有限公司"]
        )
        assert (
            s.get(Customer, rows["杭州云启科技有限公司"]).referral_notes
            == "Gift: one year of support"
        )
    # A loop is refused in the picker, nothing saved.
    with qtbot.waitSignal(view.dialog_opened) as opened:
        view.pick_referrer(rows["杭州云启科技有限公司"])
    picker = opened.args[0]
    QTest.keyClicks(picker.search, "nbhs")
    picker.accept()
    assert "cannot be referred" in picker.errors.text() and picker.isVisible()


def test_products_add_edit_validate_and_retire(qtbot, ctx, db) -> None:
    from decimal import Decimal

    from app.models import Product
    from ui.products_view import ProductsView

    view = ProductsView(ctx)
    qtbot.addWidget(view)
    assert view.stack.currentWidget() is view.empty
    with qtbot.waitSignal(view.dialog_opened) as opened:
        view.add()
    editor = opened.args[0]
    editor.accept()
    assert "Product name: required." in editor.errors.text()
    QTest.keyClicks(editor.name_edit, "WMS Pro")
    QTest.keyClicks(editor.family_edit, "WMS")
    editor.rank_edit.setValue(1)
    QTest.keyClicks(editor.price_edit, "abc")
    editor.accept()
    assert "is not an amount" in editor.errors.text()
    editor.price_edit.setText("13.6万")
    editor.accept()
    assert [(r.name, r.family, r.edition_rank, r.unit_price) for r in view.model.rows] == [
        ("WMS Pro", "WMS", 1, Decimal("136000.00"))
    ]
    view.table.selectRow(0)
    qtbot.mouseClick(view.retire_button, Qt.MouseButton.LeftButton)
    assert not view.model.rows[0].active and view.retire_button.text() == "Bring back"
    ctx.undo_stack.undo()
    assert view.model.rows[0].active
    with db.session() as s:
        assert s.scalars(select(Product.name)).all() == ["WMS Pro"]


def test_the_start_up_background_pass_rebuilds_stale_suggestions(qtbot, ctx, db) -> None:
    from PySide6.QtWidgets import QWidget

    from app.demo import generate
    from app.derived.growth import growth_is_stale
    from app.models import GrowthSuggestion
    from ui import application

    generate(db, customers=60, seed=5)
    assert growth_is_stale(db)
    host = QWidget()
    qtbot.addWidget(host)
    events = []
    ctx.events.changed.connect(events.append)
    task = application.refresh_derived_in_background(host, ctx)
    qtbot.waitUntil(lambda: not task.is_running(), timeout=20000)
    assert not growth_is_stale(db)
    with db.session() as s:
        assert s.scalars(select(GrowthSuggestion).where(GrowthSuggestion.kind == "up")).first()
    assert events and events[-1].touches("growth_suggestion")


def test_the_record_box_shows_referred_by_and_referred(qtbot, ctx, db) -> None:
    from decimal import Decimal

    from app.models import Customer, Order
    from ui.customer_referrals_box import CustomerReferralsBox

    with db.write() as s:
        a = Customer(name="甲公司", name_key="甲公司")
        s.add(a)
        s.flush()
        b = Customer(name="乙公司", name_key="乙公司", referred_by_id=a.id)
        s.add(b)
        s.flush()
        s.add(Order(customer_id=b.id, order_date=date(2026, 1, 1), amount=Decimal(800)))
        ids = (a.id, b.id)
    box = CustomerReferralsBox(ctx)
    qtbot.addWidget(box)
    box.show_customer(ids[1])
    assert box.by_label.text() == "Referred by: 甲公司"
    assert box.stack.currentWidget() is box.none_yet  # 乙 referred nobody: said, not a blank box
    box.show_customer(ids[0])
    assert box.stack.currentWidget() is box.referred
    assert box.by_label.text() == "Referred by: nobody recorded"
    assert box.referred.count() == 1 and box.totals.text().startswith("Referred customers: 1 ·")
    with qtbot.waitSignal(box.customer_activated) as activated:
        box.referred.itemActivated.emit(box.referred.item(0))
    assert activated.args == [ids[1]]
