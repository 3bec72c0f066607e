"""The first ten minutes of a new rep: an empty book, a first customer, a first deal."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app import actions
from app.customers.records import CustomerInput, create_customer
from app.models import Contact, Customer, Deal
from app.pipeline import parse_money
from tests.ui.test_main_window import make_window
from ui.deal_editor import DealEditor


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("12.8万", "128000"),
        ("12.8 万元", "128000"),
        ("3千", "3000"),
        ("1.5M", "1500000"),
        ("150k", "150000"),
        ("150K", "150000"),
        ("150,000", "150000"),
        ("¥150,000.00", "150000"),
        ("￥1,200.50", "1200.50"),
        ("RMB 5,000", "5000"),
        ("1.2亿", "120000000"),
    ],
)
def test_amounts_read_the_way_reps_type_them(typed: str, amount: str) -> None:
    assert parse_money(typed) == Decimal(amount)


@pytest.mark.parametrize("typed", ["abc", "12..5", "万"])
def test_an_unreadable_amount_is_one_clear_problem(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_money(typed)


def editor_opened(qtbot, window) -> DealEditor:
    qtbot.waitUntil(lambda: isinstance(window.board.active_dialog, DealEditor))
    return window.board.active_dialog


def test_ctrl_n_from_the_sidebar_opens_the_deal_editor(qtbot, db, settings) -> None:
    window = make_window(qtbot, db, settings)
    window.navigation.setFocus()
    with qtbot.waitActive(window):
        window.activateWindow()
    QTest.keyClick(window.navigation, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = editor_opened(qtbot, window)
    editor.reject()


def test_ctrl_f_puts_the_cursor_in_the_board_filter(qtbot, db, settings) -> None:
    window = make_window(qtbot, db, settings)
    with qtbot.waitActive(window):
        window.activateWindow()
    window.navigation.setFocus()
    QTest.keyClick(window.navigation, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.board.search_edit.hasFocus())


def test_an_empty_book_creates_a_customer_from_the_deal_editor_then_the_deal(
    qtbot, db, settings
) -> None:
    window = make_window(qtbot, db, settings)
    window.board.new_deal()
    editor = editor_opened(qtbot, window)
    assert editor.probability_spin.text() == "stage default"
    editor.customer_picker.setEditText("杭州云启科技有限公司")
    editor.new_customer_button.click()
    customer_form = editor.customer_dialog
    assert customer_form is not None
    assert customer_form.name_edit.text() == "杭州云启科技有限公司"
    customer_form.city_edit.setText("杭州")
    customer_form.industry_edit.setText("制造业")
    customer_form.contact_edit.setText("王伟")
    customer_form.contact_phone_edit.setText("138-0013-8000")
    customer_form.accept()
    assert editor.customer_picker.customer_id() is not None

    editor.title_edit.setText("MES 系统升级")
    editor.amount_edit.setText("12.8万")
    editor.accept()
    with db.session() as s:
        customer = s.scalars(select(Customer)).one()
        assert (customer.city, customer.industry) == ("杭州", "制造业")
        assert "13800138000" in customer.search_text  # the contact's mobile finds it
        contact = s.scalars(select(Contact)).one()
        assert (contact.name, contact.phone_key) == ("王伟", "13800138000")
        deal = s.scalars(select(Deal)).one()
        assert deal.amount == Decimal("128000.00") and deal.probability_override is None
        assert deal.expected_close_date is not None
    # Saved with the defaults, the deal counts in the weighted forecast at the lead stage's 10 %.
    assert "weighted ¥12.8K" in window.board.columns[deal.stage_id].amount_label.text()


def test_a_bad_customer_form_says_what_is_wrong_and_saves_nothing(qtbot, db, settings) -> None:
    window = make_window(qtbot, db, settings)
    window.new_customer_action.trigger()
    form = window.active_dialog
    form.contact_edit.setText("王伟")
    form.contact_phone_edit.setText("12")
    form.contact_email_edit.setText("not-an-address")
    form.accept()
    shown = form.errors.text()
    assert "Customer name" in shown and "phone" in shown and "e-mail" in shown
    with db.session() as s:
        assert s.scalars(select(Customer)).all() == []
    form.name_edit.setText("上海浦江物流")
    form.contact_phone_edit.setText("021-6552 1234")
    form.contact_email_edit.setText("wang@pujiang.cn")
    form.accept()
    with db.session() as s:
        assert s.scalars(select(Customer.name)).all() == ["上海浦江物流"]
    window.ctx.undo_stack.undo()  # a created customer is one undo step
    with db.session() as s:
        assert s.scalars(select(Customer).where(Customer.deleted_at.is_(None))).all() == []


def test_five_default_stages_fit_a_1280_by_800_window(qtbot, db, settings) -> None:
    actions.perform(db, lambda s: create_customer(s, CustomerInput(name="杭州云启科技")))
    window = make_window(qtbot, db, settings)
    window.resize(1280, 800)
    QApplication.processEvents()
    board = window.board
    stage_columns = [board.columns[s.id] for s in board.stages]
    assert len(stage_columns) == 5
    viewport = board.columns_host.parentWidget()
    right_edge = max(c.geometry().right() for c in stage_columns)
    assert right_edge <= viewport.width()


def test_an_empty_board_says_what_to_do_first_and_the_demo_fills_it(qtbot, db, settings) -> None:
    window = make_window(qtbot, db, settings)
    board = window.board
    assert board.open_page.currentWidget() is board.first_steps
    texts = [button.text() for button in board.first_steps.buttons]
    assert texts == ["Import a sheet…", "Add a customer…", "Load the demo"]
    board.first_steps.buttons[1].click()
    assert window.active_dialog is not None and window.active_dialog.windowTitle() == "New customer"
    window.active_dialog.reject()
    board.first_steps.buttons[2].click()
    qtbot.waitUntil(lambda: board.open_page.currentWidget() is not board.first_steps)
    assert board.board_model.summary().count > 0
