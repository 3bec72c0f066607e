"""The goals tab: each goal with a progress bar, actual, target and projection; add, edit,
delete and PDCA review notes through the command runner (undoable)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.insights.goal_actions import create_goal, delete_goal, reviews_of, save_review, update_goal
from app.insights.goals import GoalProgress
from app.labels import label
from app.reports.tables import METRIC_KINDS, Cell, Table
from ui.charts.panel import ChartPanel
from ui.charts.table_model import format_cell
from ui.context import AppContext
from ui.goal_dialogs import GoalDialog, ReviewDialog
from ui.kit.empty_state import EmptyState


class GoalRow(QWidget):
    """One goal: name and metric, a progress bar, and actual / target / projection."""

    def __init__(self, goal: GoalProgress, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        kind = METRIC_KINDS.get(goal.metric, "int")
        # A projection is an estimate: whole yuan, and the figures beside it alike.
        digits = 0 if kind == "money" else None
        shown = lambda value: format_cell(locale, Cell(value, kind), digits)  # noqa: E731
        self.title = QLabel(f"{goal.name} · {label(f'metric.{goal.metric}')}")
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setValue(round(min(1.0, goal.progress or 0.0) * 100))
        self.bar.setFormat(f"{(goal.progress or 0) * 100:.0f}%")
        self.bar.setProperty(
            "tone", "good" if goal.on_track else "warning" if goal.on_track is False else None
        )
        self.detail = QLabel(
            self.tr("Actual %1 of %2 · projected %3 · %4 to %5")
            .replace("%1", shown(goal.actual))
            .replace("%2", shown(goal.target))
            .replace("%3", shown(goal.projected))
            .replace("%4", goal.period_start.isoformat())
            .replace("%5", goal.period_end.isoformat())
        )
        self.detail.setObjectName("StatLabel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.bar)
        layout.addWidget(self.detail)


class GoalsPanel(QSplitter):
    """Goals list with progress bars beside their table; buttons to manage them."""

    changed = Signal()
    dialog_opened = Signal(object)

    def __init__(self, ctx: AppContext, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.ctx, self.locale = ctx, locale
        self.today = date.today()
        self.goals: list[GoalProgress] = []
        self.list = QListWidget(objectName="GoalList")
        self.empty = EmptyState(
            self.tr("No goals yet"),
            self.tr(
                "Add a SMART goal: a metric, a target and a period, e.g. revenue won this quarter."
            ),
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.empty)
        self.add_button = QPushButton(self.tr("Add goal…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.review_button = QPushButton(self.tr("Review notes…"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button, self.review_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(buttons)
        column.addWidget(self.stack, 1)
        self.numbers = ChartPanel(QWidget(), locale)
        self.numbers.chart.hide()
        self.addWidget(left)
        self.addWidget(self.numbers)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.add_button.clicked.connect(self.add_goal)
        self.edit_button.clicked.connect(self.edit_goal)
        self.delete_button.clicked.connect(self.delete_goal)
        self.review_button.clicked.connect(self.review_goal)
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        self._enable()

    def show_goals(self, goals: list[GoalProgress], table: Table) -> None:
        """Show the goals of the period and their table."""
        selected = self.current()
        self.goals = goals
        self.list.clear()
        for goal in goals:
            item = QListWidgetItem()
            row = GoalRow(goal, self.locale)
            item.setSizeHint(row.sizeHint())
            item.setData(Qt.ItemDataRole.UserRole, goal.goal_id)
            self.list.addItem(item)
            self.list.setItemWidget(item, row)
            if selected and goal.goal_id == selected.goal_id:
                self.list.setCurrentItem(item)
        self.stack.setCurrentWidget(self.list if goals else self.empty)
        self.numbers.show_table(table)
        self._enable()

    def current(self) -> GoalProgress | None:
        """The selected goal."""
        row = self.list.currentRow()
        return self.goals[row] if 0 <= row < len(self.goals) else None

    def _enable(self) -> None:
        chosen = self.current() is not None
        for button in (self.edit_button, self.delete_button, self.review_button):
            button.setEnabled(chosen)

    def _open(self, dialog: GoalDialog | ReviewDialog, on_accept: Callable[[], None]) -> None:
        dialog.accepted.connect(on_accept)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.dialog_opened.emit(dialog)

    def _run(self, text: str, action: Callable[..., object]) -> None:
        if self.ctx.commands.run(text, action, source=self):  # type: ignore[arg-type]
            self.changed.emit()

    def add_goal(self) -> None:
        """Open the goal form for a new goal."""
        dialog = GoalDialog(None, self.today, self)
        self._open(
            dialog, lambda: self._run(self.tr("Add goal"), lambda s: create_goal(s, dialog.value()))
        )

    def edit_goal(self) -> None:
        """Open the goal form on the selected goal."""
        goal = self.current()
        if goal is None:
            return
        values = {
            k: getattr(goal, k)
            for k in ("name", "metric", "target", "period_start", "period_end", "notes")
        }
        dialog = GoalDialog(values, self.today, self)
        gid = goal.goal_id
        self._open(
            dialog,
            lambda: self._run(self.tr("Edit goal"), lambda s: update_goal(s, gid, dialog.value())),
        )

    def delete_goal(self) -> None:
        """Delete the selected goal (Ctrl+Z brings it back)."""
        goal = self.current()
        if goal is not None:
            gid = goal.goal_id
            self._run(self.tr("Delete goal"), lambda s: delete_goal(s, gid))

    def review_goal(self) -> None:
        """Open the PDCA note of the selected goal's period."""
        goal = self.current()
        if goal is None:
            return
        with self.ctx.db.session() as session:
            found = [r for r in reviews_of(session, goal.goal_id)
                     if (r.period_start, r.period_end) == (goal.period_start, goal.period_end)]  # fmt: skip
            note = (
                {k: getattr(found[0], k) for k in ("plan", "do", "check", "act")} if found else {}
            )
        dialog = ReviewDialog(goal.goal_id, goal.period_start, goal.period_end, note, self)
        self._open(
            dialog,
            lambda: self._run(
                self.tr("Save review notes"), lambda s: save_review(s, dialog.value())
            ),
        )
