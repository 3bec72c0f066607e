"""The Customers page driven as a rep would: search, filter, switch views, open and edit the
record, log follow-ups from a card, the record and a deal card on the board, retire and undo."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QStyleOptionViewItem
from sqlalchemy import select

from app.customers.listing import CustomerFilter
from app.derived.search import customer_search_text
from app.models import Activity, Contact, Customer, Deal, Stage
from app.models.types import utcnow
from app.parsing.values import normalise_company_name
from ui.context import AppContext
from ui.customer_actions import TierOverrideDialog
from ui.customers_page import CustomersPage
from ui.follow_up_dialog import FollowUpDialog
from ui.pipeline_board import PipelineBoard

# name, tier, revenue (yuan), city
BOOK = [
    ("杭州云启科技有限公司", "A", 900_000, "杭州"),
    ("苏州恒达精密机械股份有限公司", "B", 300_000, "苏州"),
    ("深圳华南电子有限公司", "C", 20_000, "深圳"),
    ("成都天府软件集团", "A", 500_000, "成都"),
]


@pytest.fixture(autouse=True)
def _english_locale():
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.fixture
def ctx(db, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    return AppContext(db, settings, QUndoStack())


@pytest.fixture
def book(db) -> dict[str, str]:
    ids: dict[str, str] = {}
    now = utcnow()
    with db.write() as s:
        lead = s.scalar(select(Stage.id).where(Stage.key == "lead"))
        for name, tier, revenue, city in BOOK:
            customer = Customer(
                name=name,
                name_key=normalise_company_name(name),
                tier=tier,
                city=city,
                revenue_12m=Decimal(revenue),
                info_verified_at=now,
                search_text=customer_search_text(name, contact_names=["王建国"]),
            )
            s.add(customer)
            s.flush()
            ids[name[:2]] = customer.id
            s.add(Contact(customer_id=customer.id, name="王建国", role="decision_maker"))
        stalled = now - timedelta(days=30)
        deal = Deal(
            customer_id=ids["深圳"],
            title="年度运维服务",
            amount=Decimal(45000),
            stage_id=lead,
            stage_entered_at=stalled,
            created_at=stalled,
        )
        s.add(deal)
        s.flush()
        ids["deal"] = deal.id
    return ids


@pytest.fixture
def page(qtbot, ctx, book):
    widget = CustomersPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown(page) -> list[str]:
    return [row.name[:2] for row in page.view.model.rows]


def choose(combo, data) -> None:
    index = combo.findData(data)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def card_centre(view, row: int) -> QPoint:
    return view.visualRect(view.model().index(row, 0)).center()


def test_typing_in_the_search_box_narrows_the_grid(qtbot, page) -> None:
    assert shown(page) == ["杭州", "成都", "苏州", "深圳"]  # largest revenue first
    assert page.view.count_label.text() == "4 customers"
    page.focus_search()
    qtbot.keyClicks(page.view.search_edit, "hzyq")  # English plural forms: one customer
    qtbot.waitUntil(lambda: shown(page) == ["杭州"])
    assert page.view.count_label.text() == "1 customer matches"
    page.view.search_edit.clear()
    qtbot.keyClicks(page.view.search_edit, "qqqxyz")
    qtbot.waitUntil(lambda: page.view.stack.currentWidget() is page.view.empty)
    assert page.view.empty.hint_label.text() == "Nothing matches the filter."


def test_a_broad_search_stops_counting_past_the_cap(qtbot, page) -> None:
    # A page of 100 and a cap of 10,000 on a real book; four customers here.
    page.view.model.page_size = page.view.model.count_cap = 2
    page.focus_search()
    page.view.search_edit.setText("王建国")  # every customer's contact, as an IME commits it
    # The first page shows at once; the count follows from a worker, and stops past the cap.
    qtbot.waitUntil(lambda: page.view.count_label.text() == "More than 2 customers match")
    page.view.grid.scrollToBottom()
    qtbot.waitUntil(lambda: len(shown(page)) == 4)  # the list itself is complete
    page.view.search_edit.clear()
    qtbot.keyClicks(page.view.search_edit, "hzyq")
    qtbot.waitUntil(lambda: page.view.count_label.text() == "1 customer matches")


def test_a_window_built_list_reads_its_first_page_in_a_worker(qtbot, ctx, book) -> None:
    from ui.customer_browser import CustomersView

    view = CustomersView(ctx, load_later=True)
    qtbot.addWidget(view)
    view.show()
    # Shown at once, empty for the moment: the page comes from the worker.
    assert view.model.rows == []
    qtbot.waitUntil(lambda: [row.name[:2] for row in view.model.rows][:1] == ["杭州"])
    assert view.count_label.text() == "4 customers"
    assert view.stack.currentWidget() is view.grid
    # A newer load before the worker answers wins; the older answer is dropped.
    view.model.load(later=True)
    view.model.load(CustomerFilter(text="hzyq"))
    assert [row.name[:2] for row in view.model.rows] == ["杭州"]
    qtbot.wait(200)
    assert [row.name[:2] for row in view.model.rows] == ["杭州"]


def test_tier_filter_and_the_search_combine(qtbot, page) -> None:
    choose(page.view.filters.tier_combo, "A")
    assert shown(page) == ["杭州", "成都"]
    qtbot.keyClicks(page.view.search_edit, "chengdu")
    qtbot.waitUntil(lambda: shown(page) == ["成都"])
    choose(page.view.filters.city_combo, "杭州")
    assert shown(page) == []


def test_grid_and_table_switch_is_remembered_and_headers_sort_in_sql(qtbot, ctx, page) -> None:
    view = page.view
    qtbot.mouseClick(view.filters.view_buttons["table"], Qt.MouseButton.LeftButton)
    assert view.stack.currentWidget() is view.table
    assert ctx.settings.value("customers/view") == "table"
    header = view.table.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(0) + 10, header.height() // 2),
    )
    assert view.model.sort_name.startswith("name:")
    names = [row.name for row in view.model.rows]
    assert names in (sorted(names), sorted(names, reverse=True))
    again = CustomersPage(ctx)
    qtbot.addWidget(again)
    assert again.view.view == "table"


def test_a_double_click_opens_the_record_and_an_edit_is_saved(qtbot, db, page, book) -> None:
    grid = page.view.grid
    with qtbot.waitSignal(page.record_opened) as opened:
        qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=card_centre(grid, 0))
        qtbot.mouseDClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=card_centre(grid, 0))
    record = opened.args[0]
    assert record.customer_id == book["杭州"]
    form = record.profile_form
    form.texts["pain_points"].setPlainText("库存周转慢，数据不准")
    form.lines["city"].setText("宁波")  # (QTest types ASCII only)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    with db.session() as s:
        customer = s.get(Customer, book["杭州"])
        assert (customer.pain_points, customer.city) == ("库存周转慢，数据不准", "宁波")
    assert "Ctrl+Z" in record.notice.text()
    # The list repainted the row in place.
    assert page.view.model.rows[0].city == "宁波"
    # Bad input: nothing saved, the problems shown in the form.
    form.lines["name"].clear()
    form.lines["email"].setText("not-mail")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.errors.isVisibleTo(record) and "Customer name" in form.errors.text()
    assert "not an e-mail" in form.errors.text()
    with db.session() as s:
        assert s.get(Customer, book["杭州"]).name == "杭州云启科技有限公司"


def test_the_card_button_logs_a_follow_up_in_two_clicks(qtbot, db, page, book) -> None:
    grid = page.view.grid
    grid.setCurrentIndex(grid.model().index(0, 0))
    option = QStyleOptionViewItem()
    grid.initViewItemOption(option)
    button = grid.card_delegate.button_rect(grid.visualRect(grid.model().index(0, 0)), option)
    with qtbot.waitSignal(page.view.actions.dialog_opened) as opened:
        qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=button.center())
    dialog: FollowUpDialog = opened.args[0]
    dialog.accept()  # an empty summary is refused, the form stays
    assert dialog.data is None and "Summary" in dialog.errors.text()
    dialog.summary_edit.insertPlainText("电话确认了下周演示")
    dialog.accept()
    with db.session() as s:
        activity = s.scalar(select(Activity).where(Activity.customer_id == book["杭州"]))
        assert activity.summary == "电话确认了下周演示" and activity.contact_id is not None
    assert page.view.model.rows[0].last_contact_at is not None
    assert page.view.model.text(page.view.model.rows[0], "last_contact") == "today"


def test_a_follow_up_from_a_board_card_tops_the_record_timeline(qtbot, db, ctx, page, book):
    board = PipelineBoard(ctx)
    qtbot.addWidget(board)
    board.resize(1400, 800)
    board.show()
    lead = board.models[board.stages[0].id]
    view = board.columns[board.stages[0].id].view
    assert board.columns and view.itemDelegate().rotting(lead.rows[0])
    board._context_menu(view, view.visualRect(lead.index(0)).center())
    (action,) = [a for a in board.context_menu.actions() if a.text() == "Log follow-up…"]
    with qtbot.waitSignal(board.deal_actions.dialog_opened) as opened:
        action.trigger()
    dialog = opened.args[0]
    assert dialog.deal_combo.currentData() == book["deal"]
    choose(dialog.channel_combo, "visit")
    dialog.summary_edit.insertPlainText("上门演示运维方案")
    dialog.next_step_edit.setText("发送报价")
    dialog.next_date_edit.setDate(date.today() + timedelta(days=3))
    dialog.accept()
    # The card's stalled mark is gone; the customer's last contact moved.
    assert not view.itemDelegate().rotting(lead.rows[0])
    with db.session() as s:
        assert s.get(Customer, book["深圳"]).last_contact_at.date() == date.today()
    row = next(r for r in page.view.model.rows if r.id == book["深圳"])
    assert row.next_visit == date.today() + timedelta(days=3)
    record = page.open_record(book["深圳"])
    qtbot.addWidget(record)
    assert record.timeline.table.item(0, 4).text() == "上门演示运维方案"
    assert record.timeline.table.item(0, 1).text() == "Visit"


def test_override_verify_retire_and_undo_from_the_record(qtbot, db, ctx, page, book) -> None:
    record = page.open_record(book["苏州"])
    with qtbot.waitSignal(record.actions.dialog_opened) as opened:
        qtbot.mouseClick(record.override_button, Qt.MouseButton.LeftButton)
    dialog: TierOverrideDialog = opened.args[0]
    choose(dialog.tier_combo, "A")
    dialog.accept()  # no reason: refused in the form
    assert dialog.tier is None and dialog.errors.isVisibleTo(dialog)
    dialog.reason_edit.setText("集团战略客户")
    dialog.accept()
    row = next(r for r in page.view.model.rows if r.id == book["苏州"])
    assert row.tier == "A" and row.tier_manual
    assert "manual: 集团战略客户" in record.facts_label.text()
    qtbot.mouseClick(record.retire_button, Qt.MouseButton.LeftButton)
    assert "苏州" not in shown(page) and page.view.count_label.text() == "3 customers"
    ctx.undo_stack.undo()
    assert "苏州" in shown(page)
    with db.session() as s:
        assert s.get(Customer, book["苏州"]).deleted_at is None


def test_the_list_model_passes_qt_model_checks(qtmodeltester, ctx, book) -> None:
    from ui.models.customer_list_model import CustomerListModel

    model = CustomerListModel(ctx.db)
    model.page_size = 2
    model.load()
    assert model.rowCount() == 2 and model.canFetchMore()
    qtmodeltester.check(model)
    model.fetchMore()
    assert model.rowCount() == 4 and not model.canFetchMore()


def test_the_record_logs_a_follow_up_and_its_timeline_shows_it_first(qtbot, db, page, book):
    record = page.open_record(book["成都"])
    assert record.timeline.empty.isVisibleTo(record.timeline)
    with qtbot.waitSignal(record.actions.dialog_opened) as opened:
        qtbot.mouseClick(record.follow_up_button, Qt.MouseButton.LeftButton)
    dialog = opened.args[0]
    choose(dialog.channel_combo, "wechat")
    dialog.summary_edit.insertPlainText("微信发送案例")
    choose(dialog.intent_combo, 4)
    dialog.accept()
    assert record.timeline.table.item(0, 4).text() == "微信发送案例"
    assert record.timeline.table.item(0, 2).text() == "Call · intent 4/5"
    choose(record.timeline.channel_combo, "phone")
    assert record.timeline.entries == []
    assert "Last contact: today" in record.profile_form.summary.text()


def test_contacts_are_added_with_checks_and_referrals_show_both_ways(qtbot, db, page, book):
    record = page.open_record(book["成都"])
    record.tabs.setCurrentWidget(record.contacts)
    with qtbot.waitSignal(record.actions.dialog_opened) as opened:
        qtbot.mouseClick(record.contacts.add_button, Qt.MouseButton.LeftButton)
    dialog = opened.args[0]
    dialog.name_edit.setText("李娜")
    choose(dialog.role_combo, "procurement")
    dialog.phone_edit.setText("12ab")
    dialog.email_edit.setText("li@")
    dialog.accept()
    assert dialog.data is None
    assert "not a phone number" in dialog.errors.text() and "not an e-mail" in dialog.errors.text()
    dialog.phone_edit.setText("139-1234-5678")
    dialog.email_edit.setText("li.na@tianfu.cn")
    dialog.birthday_edit.setDate(QDate(1980, 5, 17))  # the field reaches back to 1900
    dialog.accept()
    with db.session() as s:
        saved = s.scalar(select(Contact).where(Contact.name == "李娜"))
        assert (saved.birthday, saved.phone_key, saved.role) == (
            date(1980, 5, 17),
            "13912345678",
            "procurement",
        )
    names = [
        record.contacts.table.item(n, 0).text() for n in range(record.contacts.table.rowCount())
    ]
    assert names == ["李娜 ★", "王建国"]  # the first with the primary mark (nobody had it)
    # The new contact's phone finds the customer from the search box.
    qtbot.keyClicks(page.view.search_edit, "1234 5678")
    qtbot.waitUntil(lambda: shown(page) == ["成都"])
    # Referred by: picked in the profile, listed on the referrer's record.
    record.profile_form.referrer.choose(book["杭州"])
    qtbot.mouseClick(record.profile_form.save_button, Qt.MouseButton.LeftButton)
    with db.session() as s:
        assert s.get(Customer, book["成都"]).referred_by_id == book["杭州"]
    referrer = page.open_record(book["杭州"])
    referred = referrer.referrals.referred
    assert [referred.item(n).text().split(" — ")[0] for n in range(referred.count())] == [
        "成都天府软件集团"
    ]
    # A referred customer opens from the referrer's record.
    referred.itemActivated.emit(referred.item(0))
    assert page.record is not referrer and page.record.customer_id == book["成都"]


def test_a_customer_made_from_the_file_menu_appears_on_the_page(qtbot, db, settings, book):
    from ui.main_window import MainWindow

    window = MainWindow(AppContext(db, settings, QUndoStack()))
    qtbot.addWidget(window)
    window.show()
    window.show_page("customers")
    page = window.pages["customers"]
    # In a window being built, the list is read the turn after the page is first shown.
    qtbot.waitUntil(lambda: page.view.count_label.text() == "4 customers")
    window.new_customer()
    dialog = window.active_dialog
    dialog.name_edit.setText("宁波海联贸易有限公司")
    dialog.accept()
    assert page.view.count_label.text() == "5 customers"
    assert "宁波" in shown(page)
    qtbot.waitUntil(lambda: not window._summary_task.is_running())


def test_churn_reason_and_manual_tier_show_on_hover_and_in_the_table(db, ctx, page, book):
    with db.write() as s:
        customer = s.get(Customer, book["深圳"])
        customer.churn_risk, customer.churn_reason = True, "rfm:at_risk"
        customer.tier_override, customer.tier_override_reason = "A", "战略"
    page.view.model.refresh_rows([book["深圳"]])
    model = page.view.model
    row = model.row_of(book["深圳"])
    tip = model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Churn risk: RFM segment: At risk" in tip and "set by hand" in tip
    assert model.index(row, 1).data() == "A (manual)"
    assert model.index(row, 3).data() == "At risk"


def test_the_style_sheet_parses_whole(qapp, qtlog) -> None:
    # A lost brace makes Qt drop the whole sheet with one warning (the tier badge styles too).
    from PySide6.QtWidgets import QLabel

    from ui.resources import style_sheet

    qapp.setStyleSheet(style_sheet())
    try:
        QLabel("x").ensurePolished()
    finally:
        qapp.setStyleSheet("")
    assert not [r for r in qtlog.records if "stylesheet" in r.message.lower()]
