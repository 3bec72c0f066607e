"""The playbook panel follows the board; the page searches, copies, rates, edits; complaints."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QUndoStack
from sqlalchemy import select

from app.complaints import ComplaintDraft, advance_complaint, promise_time, record_complaint
from app.demo import generate
from app.models import Deal, PlaybookEntry, ScriptUsage, Stage
from app.playbook import prepare_playbook
from ui.context import AppContext
from ui.main_window import MainWindow


@pytest.fixture
def book(db):
    generate(db, customers=40, seed=2)
    prepare_playbook(db)
    return db


def open_deal(db, stage_key: str) -> str:
    with db.session() as s:
        return s.scalars(
            select(Deal.id)
            .join(Stage)
            .where(Stage.key == stage_key, Deal.status == "open", Deal.deleted_at.is_(None))
            .order_by(Deal.amount.desc())
        ).first()


@pytest.fixture
def window(qtbot, book, settings):
    window = MainWindow(AppContext(book, settings, QUndoStack(), language="en"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window._summary_task.is_running())
    return window


def test_panel_follows_the_selected_deals_stage_and_can_be_pinned(qtbot, window, book) -> None:
    panel = window.playbook_dock.panel
    assert window.playbook_dock.isVisible()
    assert window.board.select(open_deal(book, "negotiation"))
    qtbot.waitUntil(lambda: panel.section == "objection")
    keys = panel.shown_keys()
    assert len(keys) == 36 and "price_too_high" in keys
    assert "Negotiation" in panel.stage_label.text()
    assert window.board.select(open_deal(book, "lead"))
    qtbot.waitUntil(lambda: panel.section == "spin")
    assert panel.shown_keys()[0].startswith("spin_s_")
    # pinned to the SOP, the panel stays there and shows the selected deal's stage checklist
    sop = next(b for b in panel.buttons.buttons() if b.property("section") == "sop")
    qtbot.mouseClick(sop, Qt.MouseButton.LeftButton)
    assert not panel.follow_button.isChecked()
    window.board.select(open_deal(book, "negotiation"))
    qtbot.waitUntil(lambda: panel.deal.stage_key == "negotiation")
    assert panel.section == "sop"
    assert all(k.startswith("negotiation_") or "negot" in k for k in panel.shown_keys()[:1])
    qtbot.mouseClick(panel.follow_button, Qt.MouseButton.LeftButton)
    assert panel.section == "objection"
    # the panel stays beside the board and hides on the other pages
    window.show_page("playbook")
    assert not window.playbook_dock.isVisible()
    window.show_page("pipeline")
    assert window.playbook_dock.isVisible()
    window.playbook_dock.toggle_action.trigger()
    assert not window.playbook_dock.isVisible()


def test_copy_and_rate_a_script_on_the_selected_deal(qtbot, window, book) -> None:
    panel = window.playbook_dock.panel
    deal_id = open_deal(book, "negotiation")
    window.board.select(deal_id)
    qtbot.waitUntil(lambda: panel.section == "objection")
    first = panel.detail.rows[0]
    qtbot.mouseClick(first.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == first.text_label.text()
    assert "WeChat" in panel.notice.text()
    qtbot.mouseClick(first.helped_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: panel.detail.rows and "100% helped" in panel.detail.rows[0].stats_label.text()
    )
    assert "Used 1×" in panel.detail.rows[0].stats_label.text()
    with book.session() as s:
        [use] = s.scalars(select(ScriptUsage)).all()
        assert (use.deal_id, use.outcome, use.script_index) == (deal_id, "positive", 0)
    window.ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: "Not used yet" in panel.detail.rows[0].stats_label.text())


def test_page_searches_as_you_type_by_pinyin_and_english(qtbot, window) -> None:
    window.show_page("playbook")
    browser = window.playbook_page.browser
    qtbot.keyClicks(browser.search_edit, "jgtg")
    qtbot.waitUntil(
        lambda: (
            browser.current_entry() is not None and browser.current_entry().key == "price_too_high"
        )
    )
    browser.search_edit.clear()
    qtbot.keyClicks(browser.search_edit, "payment terms")
    qtbot.waitUntil(
        lambda: (
            browser.table.topLevelItemCount() > 0
            and browser.current_entry().group == "payment_terms"
        )
    )
    browser.search_edit.clear()
    qtbot.keyClicks(browser.search_edit, "zzzqqxx")
    qtbot.waitUntil(lambda: browser.middle.currentWidget() is browser.empty)


def test_add_edit_retire_an_entry_from_the_page_with_undo(qtbot, window, book) -> None:
    window.show_page("playbook")
    browser = window.playbook_page.browser
    with qtbot.waitSignal(browser.dialog_opened) as opened:
        browser.new_entry()
    dialog = opened.args[0]
    dialog.accept()  # no title: refused in the form, nothing saved
    assert "needs a title" in dialog.errors.text()
    dialog.title_edit.setText("Our zebra group buys centrally")
    dialog.group_combo.setCurrentIndex(dialog.group_combo.findData("competitor"))
    dialog.scripts_edit.setPlainText("First answer.\n\nSecond answer.")
    dialog.accept()
    qtbot.keyClicks(browser.search_edit, "zebra group")
    qtbot.waitUntil(lambda: browser.table.topLevelItemCount() == 1)
    mine = browser.current_entry()
    assert mine.text("en").scripts == ("First answer.", "Second answer.")
    qtbot.mouseClick(browser.retire_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: browser.current_entry() is None)
    window.ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: browser.current_entry() is not None)
    assert browser.current_entry().key == mine.key
    # editing a shipped entry marks it as the rep's own wording
    browser.search_edit.clear()
    qtbot.keyClicks(browser.search_edit, "price is too high")
    qtbot.waitUntil(
        lambda: browser.current_entry() and browser.current_entry().key == "price_too_high"
    )
    with qtbot.waitSignal(browser.dialog_opened) as opened:
        browser.edit_entry()
    dialog = opened.args[0]
    dialog.title_edit.setText("Your price is too high (my wording)")
    dialog.accept()
    with book.session() as s:
        row = s.scalars(
            select(PlaybookEntry).where(
                PlaybookEntry.builtin_key == "price_too_high", PlaybookEntry.lang == "en"
            )
        ).one()
        assert row.title == "Your price is too high (my wording)" and row.edited_at is not None


def test_template_filled_from_the_selected_deal_and_copied(qtbot, window, book) -> None:
    deal_id = open_deal(book, "proposal")
    window.board.select(deal_id)
    window.show_page("playbook")
    templates = window.playbook_page.templates
    templates.choose("payment_reminder_polite")
    templates.use_board_deal()
    with book.session() as s:
        deal = s.get(Deal, deal_id)
        name = deal.customer.name
    assert name in templates.text_edit.toPlainText()
    assert "[amount]" not in templates.text_edit.toPlainText()  # the deal's amount
    qtbot.mouseClick(templates.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == templates.text_edit.toPlainText()


def test_complaints_list_shows_overdue_in_red_and_walks_the_steps(qtbot, window, book) -> None:
    view = window.playbook_page.complaints
    deal_id = open_deal(book, "proposal")
    with book.session() as s:
        customer_id = s.get(Deal, deal_id).customer_id
    with book.write() as s:
        late = record_complaint(
            s, ComplaintDraft(customer_id, "phone", "Late delivery X")
        ).created_id
        advance_complaint(s, late, "apologise")
        advance_complaint(
            s, late, "confirm", promised_at=promise_time(date.today() - timedelta(days=2))
        )
    view.reload()
    top = view.table.topLevelItem(0)
    assert top.text(5) == "Late delivery X"
    assert "2 days overdue" in top.text(4)
    assert top.foreground(0).color().red() > 150
    with qtbot.waitSignal(view.dialog_opened) as opened:
        view.next_step()
    dialog = opened.args[0]
    assert dialog.step == "resolve"
    dialog.resolution_edit.setPlainText("Shipped by express")
    dialog.accept()
    qtbot.waitUntil(
        lambda: (
            view.table.topLevelItem(0).text(5) != "Late delivery X"
            or "overdue" not in view.table.topLevelItem(0).text(4)
        )
    )
    with qtbot.waitSignal(view.dialog_opened) as opened:
        view.new_complaint(customer_id)
    dialog = opened.args[0]
    dialog.description_edit.setPlainText("Invoice has the wrong tax number")
    dialog.accept()
    qtbot.waitUntil(
        lambda: any(
            view.table.topLevelItem(i).text(5) == "Invoice has the wrong tax number"
            for i in range(view.table.topLevelItemCount())
        )
    )
