"""Log a follow-up (跟进记录): channel, kind, contact, summary, feedback, intent, next step.

The same form opens from a customer card, the customer record and a deal card on the board;
`log_follow_up_from` wires it to the command runner (one transaction, undoable, change event).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.activities import FollowUp, follow_up_problems, log_follow_up
from app.customers.lookup import customer_name
from app.customers.profile import customer_deals
from app.db import Database
from app.labels import activity_kind_label, channel_label
from app.pipeline import customer_contacts
from app.vocab import ACTIVITY_KINDS, CHANNELS
from ui.context import AppContext
from ui.deal_pickers import role_label
from ui.kit.forms import add_rows, button_box, date_edit, date_value, error_label, show_problems

INTENT_LEVELS = (1, 2, 3, 4, 5)


class FollowUpDialog(QDialog):
    """The follow-up form for one customer (and optionally one of its deals).

    accept() checks the form with app/ rules and keeps it in `data`; the caller saves it.
    """

    def __init__(
        self,
        db: Database,
        customer_id: str,
        deal_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.customer_id = db, customer_id
        self.data: FollowUp | None = None
        with db.session() as session:
            name = customer_name(session, customer_id) or ""
            contacts = customer_contacts(session, customer_id)
            deals = [d for d in customer_deals(session, customer_id) if d.status == "open"]
        self.setWindowTitle(self.tr("Log follow-up"))
        self.setMinimumWidth(480)
        heading = QLabel(self.tr("Follow-up with {0}").format(name), objectName="DialogHeading")
        self.channel_combo = QComboBox()
        for code in CHANNELS:
            self.channel_combo.addItem(channel_label(code), code)
        self.kind_combo = QComboBox()
        for code in ACTIVITY_KINDS:
            self.kind_combo.addItem(activity_kind_label(code), code)
        self.kind_combo.setCurrentIndex(ACTIVITY_KINDS.index("call"))
        self.when_edit = QDateTimeEdit(QDateTime.currentDateTime())
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when_edit.setMaximumDateTime(QDateTime.currentDateTime().addSecs(60))
        self.contact_combo = QComboBox()
        self.contact_combo.addItem(self.tr("(no one in particular)"), None)
        for contact_id, contact, role in contacts:
            self.contact_combo.addItem(f"{contact} · {role_label(role)}", contact_id)
        if len(contacts) >= 1:
            self.contact_combo.setCurrentIndex(1)
        self.deal_combo = QComboBox()
        self.deal_combo.addItem(self.tr("(no deal)"), None)
        for deal in deals:
            self.deal_combo.addItem(deal.title, deal.id)
        if deal_id is not None:
            self.deal_combo.setCurrentIndex(max(0, self.deal_combo.findData(deal_id)))
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setPlaceholderText(self.tr("What was discussed"))
        self.summary_edit.setFixedHeight(72)
        self.feedback_edit = QPlainTextEdit()
        self.feedback_edit.setPlaceholderText(self.tr("What the customer said: concerns, wishes"))
        self.feedback_edit.setFixedHeight(56)
        self.intent_combo = QComboBox()
        self.intent_combo.addItem(self.tr("not judged"), None)
        names = (
            self.tr("1 — cold"),
            self.tr("2 — aware"),
            self.tr("3 — interested"),
            self.tr("4 — evaluating"),
            self.tr("5 — ready to buy"),
        )
        for level, text in zip(INTENT_LEVELS, names, strict=True):
            self.intent_combo.addItem(text, level)
        self.next_step_edit = QLineEdit()
        self.next_step_edit.setPlaceholderText(self.tr("e.g. send the quotation"))
        self.next_date_edit = date_edit(None, optional=True)
        form = add_rows(
            QFormLayout(),
            [
                (self.tr("Channel"), self.channel_combo),
                (self.tr("Kind"), self.kind_combo),
                (self.tr("When"), self.when_edit),
                (self.tr("Contact"), self.contact_combo),
                (self.tr("Deal"), self.deal_combo),
                (self.tr("Summary *"), self.summary_edit),
                (self.tr("Customer feedback"), self.feedback_edit),
                (self.tr("Intent level"), self.intent_combo),
                (self.tr("Next step"), self.next_step_edit),
                (self.tr("Next step date"), self.next_date_edit),
            ],
        )
        self.deal_combo.setVisible(bool(deals))
        form.labelForField(self.deal_combo).setVisible(bool(deals))
        self.errors = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.errors)
        layout.addLayout(form)
        layout.addWidget(button_box(self))
        self.summary_edit.setFocus()

    def collect(self) -> FollowUp:
        """Read the form into the app's input."""
        # The rep picks local time; the book keeps UTC like every other timestamp.
        when: datetime = self.when_edit.dateTime().toUTC().toPython()  # type: ignore[assignment]
        when = when.replace(tzinfo=None)
        next_day: date | None = date_value(self.next_date_edit)
        return FollowUp(
            customer_id=self.customer_id,
            channel=self.channel_combo.currentData(),
            kind=self.kind_combo.currentData(),
            summary=self.summary_edit.toPlainText(),
            occurred_at=when,
            deal_id=self.deal_combo.currentData(),
            contact_id=self.contact_combo.currentData(),
            feedback=self.feedback_edit.toPlainText(),
            intent_level=self.intent_combo.currentData(),
            next_step=self.next_step_edit.text(),
            next_step_date=next_day,
        )

    def accept(self) -> None:
        data = self.collect()
        problems = follow_up_problems(data)
        show_problems(self.errors, problems)
        if problems:
            return
        self.data = data
        super().accept()


def action_text() -> str:
    """The undo entry's name for a logged follow-up."""
    return QCoreApplication.translate("FollowUpDialog", "Log follow-up")


def save_follow_up(ctx: AppContext, dialog: FollowUpDialog, source: object) -> bool:
    """Write an accepted form through the runner (undoable); False when it was refused."""
    data = dialog.data
    if data is None:
        return False
    text = action_text()
    return bool(ctx.commands.run(text, lambda s: log_follow_up(s, data), source=source))


def log_follow_up_from(
    ctx: AppContext,
    host: QWidget,
    customer_id: str,
    deal_id: str | None = None,
    on_saved: Callable[[], object] | None = None,
) -> FollowUpDialog:
    """Open the form without blocking; save it when accepted, then call on_saved."""
    dialog = FollowUpDialog(ctx.db, customer_id, deal_id, host)

    def saved() -> None:
        if save_follow_up(ctx, dialog, host) and on_saved is not None:
            on_saved()

    dialog.accepted.connect(saved)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
