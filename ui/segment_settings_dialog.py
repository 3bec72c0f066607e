"""Segmentation settings: ABC thresholds, windows, visit cadences and churn factors.

Save checks every field (messages from app/, in the user's language), then saves and
recomputes the whole book in the worker with a busy bar; the dialog closes when it is done.
Tests fill the fields and call `save()` without exec().
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.customers.segment_settings import (
    SegmentSettings,
    apply_segment_settings,
    load_segment_settings,
    validate_segment_settings,
)
from app.models.customers import TIERS
from ui.context import AppContext
from ui.kit.forms import error_label, hint_label, show_problems
from ui.workers import BackgroundTask


def _spin(low: int, high: int, suffix: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setSuffix(suffix)
    return box


def _decimal(low: float, high: float, step: float, decimals: int, suffix: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setSingleStep(step)
    box.setDecimals(decimals)
    box.setSuffix(suffix)
    return box


class SegmentSettingsDialog(QDialog):
    """Edit how customers are tiered, scored and flagged; Save recomputes every customer."""

    customer_activated = Signal(str)  # not used here; the page wires every customer view alike
    recomputed = Signal(object)  # the RecomputeResult

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task: BackgroundTask | None = None
        self.setWindowTitle(self.tr("Segmentation settings"))
        days, months = self.tr(" days"), self.tr(" months")
        self.a_edit = _decimal(0, 100, 1, 1, " %")
        self.b_edit = _decimal(0, 100, 1, 1, " %")
        self.abc_months = _spin(0, 240, months)
        self.rfm_months = _spin(0, 240, months)
        self.cadence = {tier: _spin(0, 999, days) for tier in TIERS}
        self.gap_factor = _decimal(0, 20, 0.5, 1, " ×")
        self.quiet_factor = _decimal(0, 20, 0.5, 1, " ×")

        tiers = QFormLayout()
        tiers.addRow(self.tr("Tier A while the revenue share before is below"), self.a_edit)
        tiers.addRow(self.tr("Tier B while it is below"), self.b_edit)
        tiers.addRow(self.tr("Revenue counted over the last"), self.abc_months)
        tiers.addRow(self.tr("RFM scores orders of the last"), self.rfm_months)
        tier_box = QGroupBox(self.tr("ABC tiers and RFM"))
        tier_box.setLayout(tiers)
        cadence = QFormLayout()
        for tier, edit in self.cadence.items():
            cadence.addRow(self.tr("Tier {0}: visit every").format(tier), edit)
        cadence_box = QGroupBox(self.tr("Visit cadence"))
        cadence_box.setLayout(cadence)
        churn = QFormLayout()
        churn.addRow(self.tr("No order for more than the usual interval ×"), self.gap_factor)
        churn.addRow(self.tr("No contact for more than the cadence ×"), self.quiet_factor)
        churn_box = QGroupBox(self.tr("Churn risk"))
        churn_box.setLayout(churn)

        self.problems = error_label()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.status = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton(self.tr("Save and recalculate"))
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.defaults_button = QPushButton(self.tr("Restore defaults"))
        self.buttons.addButton(self.defaults_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.save_button.clicked.connect(self.save)
        self.defaults_button.clicked.connect(lambda: self.show_values(SegmentSettings()))
        self.buttons.rejected.connect(self.reject)

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(tier_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(cadence_box)
        right.addWidget(churn_box)
        right.addStretch(1)
        columns.addLayout(left)
        columns.addLayout(right)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Customers are ranked by revenue: tier A until the customers before reach "
                    "the A share, then B, then C. Saving recalculates every customer's tier, "
                    "RFM segment and churn risk."
                )
            )
        )
        layout.addLayout(columns)
        layout.addWidget(self.problems)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        with ctx.db.session() as session:
            self.show_values(load_segment_settings(session))

    def show_values(self, values: SegmentSettings) -> None:
        """Put settings into the fields."""
        self.a_edit.setValue(float(values.a_percent))
        self.b_edit.setValue(float(values.b_percent))
        self.abc_months.setValue(values.abc_months)
        self.rfm_months.setValue(values.rfm_months)
        for tier, edit in self.cadence.items():
            edit.setValue(values.cadence[tier])
        self.gap_factor.setValue(float(values.order_gap_factor))
        self.quiet_factor.setValue(float(values.no_contact_factor))
        show_problems(self.problems, [])

    def values(self) -> SegmentSettings:
        """Read the fields."""

        def exact(box: QDoubleSpinBox) -> Decimal:
            return Decimal(str(round(box.value(), box.decimals()))).normalize()

        return SegmentSettings(
            a_percent=exact(self.a_edit),
            b_percent=exact(self.b_edit),
            abc_months=self.abc_months.value(),
            rfm_months=self.rfm_months.value(),
            cadence={tier: edit.value() for tier, edit in self.cadence.items()},
            order_gap_factor=exact(self.gap_factor),
            no_contact_factor=exact(self.quiet_factor),
        )

    def save(self) -> None:
        """Check the fields; when fine, save and recalculate in the worker, then close."""
        values = self.values()
        problems = validate_segment_settings(values)
        show_problems(self.problems, problems)
        if problems or (self.task is not None and self.task.is_running()):
            return
        self._working(True)
        db = self.ctx.db
        task = self.ctx.commands.run_in_background(
            lambda progress: apply_segment_settings(db, values, progress), self
        )
        task.succeeded.connect(self._done)
        task.failed.connect(self._failed)
        self.task = task

    def _working(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.status.setText(self.tr("Recalculating every customer…") if busy else "")
        for widget in (self.save_button, self.defaults_button):
            widget.setEnabled(not busy)

    def _done(self, result: object) -> None:
        self._working(False)
        self.recomputed.emit(result)
        self.accept()

    def _failed(self, error: object) -> None:
        self._working(False)
        show_problems(self.problems, [str(error)])

    def reject(self) -> None:
        # The recalculation commits as a whole; closing mid-way would hide whether it did.
        if self.task is not None and self.task.is_running():
            return
        super().reject()
