"""The Insights screen on the fixed book: period and owner selectors change every table."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtGui import QUndoStack

from tests.insights_book import TODAY, build_book
from ui.context import AppContext
from ui.goal_dialogs import GoalDialog
from ui.insights_view import InsightsView


@pytest.fixture(autouse=True)
def _english_locale():
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.fixture
def ctx(db, tmp_path):
    build_book(db)
    return AppContext(
        db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), QUndoStack()
    )


@pytest.fixture
def view(qtbot, ctx):
    widget = InsightsView(ctx, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    assert widget.insights is None and not widget.is_busy()  # nothing computed before shown
    widget.show()
    qtbot.waitUntil(lambda: not widget.is_busy() and widget.insights is not None, timeout=30000)
    return widget


def settle(qtbot, view):
    # A shared machine can be slow: the computation runs in the worker, never in this thread.
    qtbot.waitUntil(lambda: not view.is_busy(), timeout=30000)


def column(panel, col):
    model = panel.model
    return [model.cell_text(row, col) for row in range(model.rowCount())]


def test_the_quarter_for_every_rep(view):
    assert view.insights.scope.start == date(2026, 1, 1)
    assert column(view.funnel, 1) == ["4", "4", "4", "2", "1", "1"]
    assert column(view.durations, 3)[2] == "12.0" and column(view.durations, 4)[2] == "bottleneck"
    assert "Proposal is the bottleneck" in view.finding.text()
    assert column(view.lost, 0) == ["Price too high", "No reason given"]
    assert column(view.receivables, 2)[1] == "¥1,500"
    assert view.tabs.isTabVisible(view.tabs.indexOf(view.team))
    assert view.funnel.chart.values == [4, 4, 4, 2, 1, 1]
    assert view.durations.chart.values[2] == 12.0
    assert view.process.chart.edge_labels
    assert view.goals.list.count() == 3  # the Q2 goal is outside the period


def test_choosing_an_owner_filters_every_chart(qtbot, view):
    assert [view.owner.itemText(i) for i in range(view.owner.count())] == ["All reps", "ana", "bo"]
    view.owner.setCurrentIndex(2)
    settle(qtbot, view)
    assert view.insights.scope.owner == "bo"
    assert column(view.funnel, 1) == ["1", "1", "1", "0", "0", "0"]
    assert column(view.team, 0) == ["bo"]
    assert view.goals.list.count() == 0 and view.goals.stack.currentWidget() is view.goals.empty
    assert sum(view.activity.chart.values) == 1


def test_choosing_a_period_recomputes(qtbot, view):
    view.set_period("month")  # March 2026: D5 only
    settle(qtbot, view)
    assert view.insights.scope.start == date(2026, 3, 1)
    assert column(view.funnel, 1) == ["1", "1", "1", "1", "0", "0"]
    view.set_period("custom", date(2024, 1, 1), date(2024, 1, 31))
    settle(qtbot, view)
    assert view.start_edit.isVisible()
    assert column(view.funnel, 1) == ["0"] * 6
    assert view.finding.text() == "No deal moved in this period yet."
    assert view.cards[2].value.text() == "—"


def test_adding_a_goal_through_the_dialog(qtbot, view):
    opened = []
    view.goals.dialog_opened.connect(opened.append)
    view.goals.add_goal()
    dialog: GoalDialog = opened[0]
    dialog.accept()  # empty name: refused, the dialog stays
    assert "name" in dialog.error.text().lower() and dialog.isVisible()
    qtbot.keyClicks(dialog.name, "Q1 visits")
    dialog.metric.setCurrentIndex(dialog.metric.findData("visits_done"))
    dialog.target.setValue(10)
    dialog.accept()
    settle(qtbot, view)
    names = [g.name for g in view.goals.goals]
    assert "Q1 visits" in names
    assert view.ctx.undo_stack.canUndo()


def test_export_report_writes_the_file_with_progress(qtbot, view, tmp_path):
    out = tmp_path / "lead.xlsx"
    with qtbot.waitSignal(view.exporter.finished_with, timeout=20000) as blocker:
        view.exporter.export(out, view.scope())
    assert blocker.args[0].path == out and out.exists()
