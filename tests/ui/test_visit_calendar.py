"""The Calendar page driven as a rep would: drag a visit to a day, complete one, skip one,
handle care reminders, export the .ics — against a fresh database per test."""

from __future__ import annotations

from datetime import date

import pytest
from icalendar import Calendar
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QUndoStack
from sqlalchemy import select

from app.models import Activity, CareReminder, VisitPlan
from tests.app.test_cadence import add_customer, contact_on, planned
from tests.app.test_visits import add_contact
from ui.context import AppContext
from ui.models.visit_month_model import COUNT_ROLE
from ui.visit_calendar import VisitCalendar
from ui.visit_dialogs import CompleteVisitDialog, GreetingDialog, SkipVisitDialog

TODAY = date(2026, 11, 16)  # a Monday


@pytest.fixture(autouse=True)
def _english_locale():
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.fixture
def ctx(db, tmp_path):
    return AppContext(
        db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), QUndoStack()
    )


@pytest.fixture
def book(db) -> dict[str, str]:
    due_today = add_customer(db, "杭州云启")
    contact_on(db, due_today, date(2026, 11, 2))  # A: due 16 November
    later = add_customer(db, "苏州聚能")
    contact_on(db, later, date(2026, 11, 4))  # due 18 November
    add_contact(db, later, "王芳", date(1990, 11, 18))
    return {"today": due_today, "later": later}


def page_for(qtbot, ctx) -> VisitCalendar:
    page = VisitCalendar(ctx, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    return page


def test_dragging_a_visit_onto_a_day_moves_it_and_undo_moves_it_back(qtbot, ctx, book, db):
    page = page_for(qtbot, ctx)
    page.agenda.show_section("week")
    model = page.agenda.agenda.model
    row = model.row_of(next(item.id for item in model.rows if item.customer_id == book["later"]))
    mime = model.mimeData([model.index(row)])
    target = page.month.index_of(date(2026, 11, 20))
    assert page.month.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, target)
    assert page.month.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, target)
    assert planned(db, book["later"]) == [(date(2026, 11, 20), "2026-11-04+14")]
    assert page.month.index_of(date(2026, 11, 20)).data(COUNT_ROLE).planned == 1
    assert page.month.index_of(date(2026, 11, 18)).data(COUNT_ROLE).planned == 0
    ctx.undo_stack.undo()
    assert planned(db, book["later"]) == [(date(2026, 11, 18), "2026-11-04+14")]
    assert page.month.index_of(date(2026, 11, 18)).data(COUNT_ROLE).planned == 1


def test_completing_a_visit_takes_two_clicks_and_a_form(qtbot, ctx, book, db):
    page = page_for(qtbot, ctx)
    pane = page.agenda.agenda
    assert [item.customer_name for item in pane.model.rows] == ["杭州云启"]
    pane.view.setCurrentIndex(pane.model.index(0))
    with qtbot.waitSignal(page.actions.dialog_opened) as opened:
        qtbot.mouseClick(pane.complete_button, Qt.MouseButton.LeftButton)
    dialog = opened.args[0]
    assert isinstance(dialog, CompleteVisitDialog)
    qtbot.keyClicks(dialog.feedback, "wants two more")
    dialog.intent.setValue(5)
    dialog.accept()
    with db.session() as s:
        activity = s.scalars(select(Activity).where(Activity.customer_id == book["today"])).all()
        latest = max(activity, key=lambda a: a.occurred_at)
        assert (latest.feedback, latest.intent_level, latest.channel) == (
            "wants two more",
            5,
            "visit",
        )
    assert pane.model.rows == []  # nothing left for today
    assert planned(db, book["today"])[0][0] > TODAY
    assert "Ctrl+Z" in page.status.text()


def test_skipping_asks_for_a_reason_and_the_visit_stays_in_skipped(qtbot, ctx, book, db):
    page = page_for(qtbot, ctx)
    pane = page.agenda.agenda
    pane.view.setCurrentIndex(pane.model.index(0))
    with qtbot.waitSignal(page.actions.dialog_opened) as opened:
        qtbot.mouseClick(pane.skip_button, Qt.MouseButton.LeftButton)
    dialog = opened.args[0]
    assert isinstance(dialog, SkipVisitDialog)
    dialog.accept()
    assert dialog.errors.isVisibleTo(dialog) and dialog.result() == 0
    qtbot.keyClicks(dialog.reason, "travelling")
    dialog.accept()
    page.agenda.show_section("skipped")
    assert [(i.customer_name, i.reason) for i in pane.model.rows] == [("杭州云启", "travelling")]
    assert "1" in page.agenda.section_buttons["skipped"].text()


def test_dismissing_a_care_reminder_removes_it_for_good(qtbot, ctx, book, db):
    page = page_for(qtbot, ctx)
    care = page.agenda.care
    assert [(i.occasion, i.contact_name) for i in care.items] == [("birthday", "王芳")]
    care.list.setCurrentRow(0)
    qtbot.mouseClick(care.dismiss_button, Qt.MouseButton.LeftButton)
    assert care.items == [] and care.stack.currentIndex() == 1
    with db.session() as s:
        assert s.scalars(select(CareReminder.status)).all() == ["dismissed"]
    again = page_for(qtbot, ctx)
    assert again.agenda.care.items == []


def test_a_greeting_is_copied_for_wechat_and_logged(qtbot, ctx, book, db):
    page = page_for(qtbot, ctx)
    care = page.agenda.care
    care.list.setCurrentRow(0)
    with qtbot.waitSignal(page.actions.dialog_opened) as opened:
        qtbot.mouseClick(care.greet_button, Qt.MouseButton.LeftButton)
    dialog = opened.args[0]
    assert isinstance(dialog, GreetingDialog)
    text = dialog.message()
    assert text
    dialog.accept()
    assert QGuiApplication.clipboard().text() == text
    with db.session() as s:
        logged = s.scalars(select(Activity).where(Activity.kind == "care")).one()
        assert (logged.channel, logged.summary) == ("wechat", text)
    assert care.items == []


def test_the_export_button_writes_the_same_ics_as_the_command(qtbot, ctx, book, db, tmp_path):
    page = page_for(qtbot, ctx)
    path = tmp_path / "visits.ics"
    task = page.export_ics(path)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    events = list(Calendar.from_ical(path.read_bytes()).walk("VEVENT"))
    with db.session() as s:
        ids = set(s.scalars(select(VisitPlan.id).where(VisitPlan.status == "planned")))
    assert {str(e["UID"]) for e in events if e["CATEGORIES"].cats == ["visit"]} == {
        f"{i}@repbook" for i in ids
    }
    assert "2 visits" in page.status.text()


def test_the_month_and_week_views_count_due_and_overdue_days(qtbot, ctx, book):
    page = page_for(qtbot, ctx)
    assert page.month.rowCount() == 6
    assert page.month.index_of(date(2026, 11, 18)).data(COUNT_ROLE).planned == 1
    page.set_week_mode(True)
    assert page.month.rowCount() == 1 and page.month.first == date(2026, 11, 16)
    page._step(True)
    assert page.month.first == date(2026, 11, 23)
    page.set_week_mode(False)
    assert page.month.rowCount() == 6


def test_a_new_day_moves_the_calendar_and_yesterdays_visit_becomes_overdue(qtbot, ctx, book):
    page = page_for(qtbot, ctx)
    assert (page.agenda.overdue_count, page.agenda.today_count) == (0, 1)
    page.clock.clock = lambda: date(2026, 11, 17)
    with qtbot.waitSignal(page.reminders_changed) as counted:
        page.clock.check()
    assert page.today == date(2026, 11, 17)
    assert (page.agenda.overdue_count, page.agenda.today_count) == (1, 0)
    assert counted.args == [2]  # one overdue visit and the birthday on the 18th


def test_the_calendar_entry_shows_the_reminder_count(qtbot, db, settings, book):
    from ui.main_window import MainWindow

    window = MainWindow(AppContext(db, settings, QUndoStack()))
    qtbot.addWidget(window)
    calendar = window.pages["calendar"]
    assert isinstance(calendar, VisitCalendar)
    item = window.navigation.item(2)
    qtbot.waitUntil(lambda: item.text() != "Calendar")
    expected = calendar.agenda.overdue_count + calendar.agenda.today_count
    assert item.text() == f"Calendar  ({expected + len(calendar.agenda.care.items)})"


def test_the_reminder_count_is_announced_with_the_care_reminders_read(qtbot, ctx, book):
    page = page_for(qtbot, ctx)
    announced: list[tuple[int, int]] = []
    page.reminders_changed.connect(lambda n: announced.append((n, len(page.agenda.care.items))))
    # The window runs a reload's steps in turns of the event loop (ui.kit.lazy.in_turns): the
    # badge and the day's tray message wait for the care pane instead of counting without it.
    agenda_step, *rest = page.agenda.reload_steps()
    agenda_step()
    assert announced == []
    for step in rest:
        step()
    assert announced == [(2, 1)]  # the visit due today and the birthday on the 18th


def test_an_event_is_planned_with_its_invitations_and_attendance_is_logged(qtbot, ctx, book, db):
    page = page_for(qtbot, ctx)
    pane = page.agenda.events
    assert pane.rows == [] and not pane.attend_button.isEnabled()
    # No event yet: an explanation and a way to plan the first, not two blank lists.
    assert pane.stack.currentWidget() is pane.empty
    with qtbot.waitSignal(page.actions.dialog_opened) as opened:
        qtbot.mouseClick(pane.empty.buttons[0], Qt.MouseButton.LeftButton)
    dialog = opened.args[0]
    dialog.tiers["A"].setChecked(False)
    dialog.accept()
    assert dialog.result() == 0  # no name, nobody to invite
    qtbot.keyClicks(dialog.name, "Product day")
    dialog.tiers["A"].setChecked(True)
    dialog.accept()
    assert [(row.name, row.invited) for row in pane.rows] == [("Product day", 2)]
    assert pane.stack.currentWidget() is not pane.empty
    first = pane.invites.item(0)
    first.setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(pane.attend_button, Qt.MouseButton.LeftButton)
    assert pane.rows[0].attended == 1
    with db.session() as s:
        assert s.scalars(select(Activity).where(Activity.channel == "event")).one()
    assert pane.ticked() == []
