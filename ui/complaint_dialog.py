"""Record a complaint, or do its next step: apologise, promise a time, resolve, follow up."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.changes import ActionError
from app.complaints import (
    ComplaintDraft,
    ComplaintRow,
    advance_complaint,
    next_step,
    promise_time,
    record_complaint,
)
from app.labels import label
from app.models.service import SEVERITIES
from app.vocab import CHANNELS, COMPLAINT_ROOT_CAUSES
from ui.context import AppContext
from ui.deal_pickers import CustomerPicker
from ui.kit.forms import button_box, date_edit, date_value, error_label, hint_label, show_problems

STEP_HINTS = {
    "apologise": QT_TRANSLATE_NOOP(
        "ComplaintDialog",
        "Apologise for the trouble, even if it is not all on our side, and say you own it.",
    ),
    "confirm": QT_TRANSLATE_NOOP(
        "ComplaintDialog",
        "Repeat the issue back, check you understood it, and promise when it will be fixed.",
    ),
    "resolve": QT_TRANSLATE_NOOP(
        "ComplaintDialog",
        "Write down what was done; a follow-up visit is planned a few working days later.",
    ),
    "follow_up": QT_TRANSLATE_NOOP(
        "ComplaintDialog", "Ask whether the customer is satisfied and record why it happened."
    ),
}


class ComplaintDialog(QDialog):
    """With no complaint: record one. With one: its next step, and only that step."""

    def __init__(
        self,
        ctx: AppContext,
        complaint: ComplaintRow | None = None,
        customer_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.complaint = ctx, complaint
        self.step = next_step(complaint.step) if complaint else None
        self.errors = error_label()
        form = QFormLayout()
        layout = QVBoxLayout(self)
        self.resize(520, 360)
        if complaint is None:
            self.setWindowTitle(self.tr("New complaint"))
            self.customer_picker = CustomerPicker(ctx.db)
            if customer_id:
                self.customer_picker.choose(customer_id)
            self.channel_combo = QComboBox()
            for code in CHANNELS:
                self.channel_combo.addItem(label(f"channel.{code}"), code)
            self.severity_combo = QComboBox()
            for code in SEVERITIES:
                self.severity_combo.addItem(label(f"severity.{code}"), code)
            self.severity_combo.setCurrentIndex(1)
            self.description_edit = QPlainTextEdit()
            self.description_edit.setPlaceholderText(
                self.tr("What happened, in the customer's words")
            )
            form.addRow(self.tr("Customer"), self.customer_picker)
            form.addRow(self.tr("Channel"), self.channel_combo)
            form.addRow(self.tr("Severity"), self.severity_combo)
            form.addRow(self.tr("Complaint"), self.description_edit)
            layout.addWidget(
                hint_label(self.tr("Listen first: let the customer finish, then write it down."))
            )
        else:
            step_name = label(f"complaint_step.{self.step}")
            self.setWindowTitle(self.tr("Complaint: {0}").format(step_name))
            about = QLabel(f"<b>{complaint.customer_name}</b><br>{complaint.description}")
            about.setWordWrap(True)
            layout.addWidget(about)
            if self.step in STEP_HINTS:
                hint = QCoreApplication.translate("ComplaintDialog", STEP_HINTS[self.step])
                layout.addWidget(hint_label(hint))
            self.promise_edit = date_edit(date.today() + timedelta(days=2))
            self.resolution_edit = QPlainTextEdit()
            self.cause_combo = QComboBox()
            for code in COMPLAINT_ROOT_CAUSES:
                self.cause_combo.addItem(label(f"root_cause.{code}"), code)
            self.satisfaction_spin = QSpinBox(minimum=1, maximum=5, value=4)
            if self.step == "confirm":
                form.addRow(self.tr("Resolved by"), self.promise_edit)
            elif self.step == "resolve":
                form.addRow(self.tr("Resolution"), self.resolution_edit)
            elif self.step == "follow_up":
                form.addRow(self.tr("Root cause"), self.cause_combo)
                form.addRow(self.tr("Satisfaction (1–5)"), self.satisfaction_spin)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(button_box(self))

    def accept(self) -> None:
        try:
            outcome = self._run()
        except ActionError as problem:
            show_problems(self.errors, [str(problem)])
            return
        if outcome is not None:
            super().accept()

    def _run(self) -> object:
        keep = (ActionError,)
        if self.complaint is None:
            customer_id = self.customer_picker.customer_id()
            if customer_id is None:
                raise ActionError("complaint.customer_required")
            draft = ComplaintDraft(
                customer_id,
                str(self.channel_combo.currentData()),
                self.description_edit.toPlainText(),
                str(self.severity_combo.currentData()),
            )
            text = self.tr("New complaint")
            return self.ctx.commands.run(
                text, lambda s: record_complaint(s, draft), source=self, passthrough=keep
            )
        complaint_id, step = self.complaint.id, str(self.step)
        day = date_value(self.promise_edit)
        values = {
            "promised_at": promise_time(day) if day else None,
            "resolution": self.resolution_edit.toPlainText(),
            "root_cause": self.cause_combo.currentData(),
            "satisfaction": self.satisfaction_spin.value(),
        }
        text = self.tr("Complaint: {0}").format(label(f"complaint_step.{step}"))
        return self.ctx.commands.run(
            text,
            lambda s: advance_complaint(s, complaint_id, step, **values),  # type: ignore[arg-type]
            source=self,
            passthrough=keep,
        )
