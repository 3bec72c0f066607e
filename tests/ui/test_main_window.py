"""The main window opens offscreen, shows real counts, and remembers where the user left it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox

from app.demo import generate
from app.models import Setting
from app.summary import summarize
from ui import application, translations
from ui.context import AppContext, ChangeEvent
from ui.main_window import MainWindow


@pytest.fixture
def demo(db):
    generate(db, customers=40, seed=2)
    return db


def make_window(qtbot, db, settings, language: str = "en") -> MainWindow:
    window = MainWindow(AppContext(db, settings, QUndoStack(), language=language))
    qtbot.addWidget(window)
    window.show()
    counted(qtbot, window)
    return window


def counted(qtbot, window: MainWindow) -> None:
    """Wait until the background count the window started has been shown."""
    qtbot.waitUntil(lambda: not window._summary_task.is_running() and bool(window.summary))


def test_navigation_offers_the_six_screens(qtbot, db, settings) -> None:
    window = make_window(qtbot, db, settings)
    labels = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert labels == ["Pipeline", "Customers", "Calendar", "Playbook", "Insights", "Growth"]
    window.navigation.setCurrentRow(2)
    assert window.stack.currentWidget() is window.pages["calendar"]
    # The heavy screens are built the first time they are opened, not at start-up.
    assert not window.pages["growth"].is_built()
    window.show_page("growth")
    assert type(window.pages["growth"].widget()).__name__ == "GrowthPage"


def test_pages_and_status_bar_show_the_database_counts(qtbot, demo, settings) -> None:
    window = make_window(qtbot, demo, settings)
    with demo.session() as s:
        summary = summarize(s)
    window.show_page("customers")
    customers = window.pages["customers"].view
    # More than a page: counted in a worker, the page itself shown first.
    qtbot.waitUntil(lambda: customers.count_label.text() == f"{summary['customers']:,} customers")
    # The calendar reads in turns once the window is up and counted.
    agenda = window.pages["calendar"].agenda
    qtbot.waitUntil(lambda: agenda.overdue_count == summary["visits_overdue"])
    window.show_page("insights")
    assert type(window.pages["insights"].widget()).__name__ == "InsightsView"
    assert f"{summary['customers']} customers" in window.counts_label.text()


def test_counts_follow_changes_announced_on_the_event_bus(qtbot, db, settings) -> None:
    window = make_window(qtbot, db, settings)
    assert window.counts_label.text().startswith("0 customers")
    generate(db, customers=5, seed=1)
    window.ctx.events.announce(ChangeEvent(frozenset({"customer"})))
    window.ctx.events.announce(
        ChangeEvent(frozenset({"deal"}))
    )  # a second change while counting queues one more count
    qtbot.waitUntil(lambda: window.counts_label.text().startswith("5 customers"))
    counted(qtbot, window)
    assert window.counts_label.text().startswith("5 customers")
    window.show_page("customers")  # the customers page reloads a turn after it is first shown
    view = window.pages["customers"].view
    qtbot.waitUntil(lambda: view.count_label.text() == "5 customers")


def test_geometry_and_page_are_remembered(qtbot, db, settings) -> None:
    window = make_window(qtbot, db, settings)
    window.resize(790, 650)  # the offscreen screen is 800×800
    window.show_page("insights")
    size = window.size()
    window.close()
    again = make_window(qtbot, db, settings)
    assert again.current_page() == "insights"
    assert again.size() == size


def test_chinese_interface_uses_the_translations(qtbot, db, settings) -> None:
    app = QApplication.instance()
    try:
        assert translations.install(app, "zh_CN"), "the shipped repbook_zh_CN.qm did not load"
        window = make_window(qtbot, db, settings, language="zh_CN")
        labels = [window.navigation.item(i).text() for i in range(window.navigation.count())]
        assert labels == ["销售管道", "客户", "拜访日程", "销售话术", "数据洞察", "增长机会"]
        assert window.menuBar().actions()[0].text().startswith("文件")
    finally:
        translations.install(app, "en")


def test_language_choice_prefers_command_line_then_setting_then_system(
    settings, monkeypatch
) -> None:
    monkeypatch.setenv("REPBOOK_LANG", "zh_CN")
    assert application.choose_language(settings, None) == "zh_CN"
    settings.setValue("language", "en")
    assert application.choose_language(settings, None) == "en"
    assert application.choose_language(settings, "zh_CN") == "zh_CN"


def test_empty_database_offers_demo_data_and_fills_every_screen(
    qtbot, db, settings, monkeypatch
) -> None:
    window = make_window(qtbot, db, settings)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert application.offer_demo(window, window.ctx) is True
    qtbot.waitUntil(lambda: window.counts_label.text().startswith("300 customers"))
    assert application.offer_demo(window, window.ctx) is False  # not offered twice


def test_declining_demo_data_leaves_the_database_empty(qtbot, db, settings, monkeypatch) -> None:
    window = make_window(qtbot, db, settings)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert application.offer_demo(window, window.ctx) is False
    with db.session() as s:
        assert summarize(s, today=date.today())["customers"] == 0


def test_file_menu_opens_the_import_wizard_and_export_dialog(qtbot, db, settings) -> None:
    from ui.export_dialog import ExportDialog
    from ui.import_wizard import ImportWizard

    window = make_window(qtbot, db, settings)
    window.import_action.trigger()
    wizard = window.findChild(ImportWizard)
    assert wizard is not None and wizard.isVisible()
    wizard.reject()
    window.export_action.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_first_start_of_a_day_recomputes_tiers_in_the_background(qtbot, db, settings) -> None:
    from sqlalchemy import update

    from app.models import Customer

    generate(db, customers=40, seed=3)
    with db.write() as s:
        s.execute(update(Customer).values(tier="C"))
        s.execute(update(Setting).where(Setting.key == "derived_full_pass_on").values(value=""))
    window = make_window(qtbot, db, settings)
    task = application.refresh_derived_in_background(window, window.ctx)
    qtbot.waitUntil(lambda: not task.is_running(), timeout=10000)
    with db.session() as s:
        assert summarize(s)["tiers"]["A"] > 0


def test_a_second_start_says_whether_a_window_or_a_command_holds_the_book(qapp, tmp_path) -> None:
    from app.sqlite import FileLock

    path = tmp_path / "book.sqlite"
    for holder, expected in [
        ("window", "already open in another RepBook window"),
        ("import", "in use by a RepBook command (import, process"),
    ]:
        with FileLock(path) as held:
            assert held.acquire(holder=holder)
            second = FileLock(path)
            assert not second.acquire()
            assert expected in application.lock_refusal(second, path)
    app = QApplication.instance()
    try:
        translations.install(app, "zh_CN")
        with FileLock(path) as held:
            held.acquire(holder="demo")
            assert "正被 RepBook 命令（demo" in application.lock_refusal(FileLock(path), path)
    finally:
        translations.install(app, "en")
