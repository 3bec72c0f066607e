"""The goal form (SMART: metric, target, period) and the PDCA review note form."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.insights.goal_actions import GoalInput, ReviewInput, goal_problems
from app.insights.scope import period_of
from app.labels import label
from app.models.goals import GOAL_METRICS
from ui.kit.forms import date_edit, date_value, show_status

PERCENT_METRICS = ("win_rate", "on_time_collection")


class GoalDialog(QDialog):
    """Add or edit a goal; accept() refuses a wrong form and says which field."""

    def __init__(
        self, goal: dict[str, object] | None, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit goal") if goal else self.tr("New goal"))
        start, end = period_of("quarter", today)
        goal = goal or {}
        self.name = QLineEdit(str(goal.get("name") or ""))
        self.name.setPlaceholderText(self.tr("e.g. Q3 revenue won"))
        self.metric = QComboBox()
        for metric in GOAL_METRICS:
            self.metric.addItem(label(f"metric.{metric}"), metric)
        self.metric.setCurrentIndex(max(0, self.metric.findData(goal.get("metric", "revenue"))))
        self.target = QDoubleSpinBox()
        self.target.setRange(0, 1e12)
        self.target.setDecimals(2)
        self.start = date_edit(goal.get("period_start") or start)  # type: ignore[arg-type]
        self.end = date_edit(goal.get("period_end") or end)  # type: ignore[arg-type]
        self.notes = QPlainTextEdit(str(goal.get("notes") or ""))
        self.notes.setMaximumHeight(70)
        self.error = QLabel()
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Goal"), self.name)
        form.addRow(self.tr("Metric"), self.metric)
        form.addRow(self.tr("Target"), self.target)
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To"), self.end)
        form.addRow(self.tr("Notes"), self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.metric.currentIndexChanged.connect(self._metric_changed)
        self._metric_changed()
        target = float(goal.get("target") or 0)  # type: ignore[arg-type]
        self.target.setValue(target * 100 if self._percent() else target)

    def _percent(self) -> bool:
        return self.metric.currentData() in PERCENT_METRICS

    def _metric_changed(self) -> None:
        self.target.setSuffix(" %" if self._percent() else "")
        self.target.setMaximum(
            100 if self._percent() else 5 if self.metric.currentData() == "satisfaction" else 1e12
        )

    def value(self) -> GoalInput:
        """The goal the form describes (rates as shares: 35 % → 0.35)."""
        target = self.target.value() / 100 if self._percent() else self.target.value()
        return GoalInput(
            self.name.text(),
            self.metric.currentData(),
            target,
            date_value(self.start) or date.today(),
            date_value(self.end) or date.today(),
            self.notes.toPlainText(),
        )

    def accept(self) -> None:
        problems = goal_problems(self.value())
        if problems:
            show_status(self.error, "\n".join(problems), error=True)
            return
        super().accept()


class ReviewDialog(QDialog):
    """The plan–do–check–act note of a goal's period."""

    def __init__(self, goal_id: str, start: date, end: date, note: dict[str, str | None],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Review (PDCA)"))
        self._goal, self._start, self._end = goal_id, start, end
        self.fields: dict[str, QPlainTextEdit] = {}
        form = QFormLayout()
        for key, caption, hint in (
            ("plan", self.tr("Plan"), self.tr("What we set out to do and how")),
            ("do", self.tr("Do"), self.tr("What was done")),
            ("check", self.tr("Check"), self.tr("What the numbers show against the goal")),
            ("act", self.tr("Act"), self.tr("What to keep, fix or change next period")),
        ):
            edit = QPlainTextEdit(note.get(key) or "")
            edit.setPlaceholderText(hint)
            edit.setMaximumHeight(80)
            self.fields[key] = edit
            form.addRow(caption, edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"{start.isoformat()} – {end.isoformat()}"))
        layout.addLayout(form)
        layout.addWidget(buttons)

    def value(self) -> ReviewInput:
        """The note the form holds."""
        texts = {k: e.toPlainText() for k, e in self.fields.items()}
        return ReviewInput(self._goal, self._start, self._end, **texts)
