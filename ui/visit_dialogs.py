"""The calendar's forms: complete a visit, skip one, plan one by hand, send a care greeting.

Each is built, filled and accepted without exec() in tests (the VisitActions seam).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.customers.search import search_customers
from app.labels import label
from app.visits.agenda import VisitItem
from app.visits.plans import VISIT_KINDS, VisitReport
from ui.context import AppContext
from ui.kit.forms import add_rows, button_box, date_edit, date_value, error_label, show_problems

CHANNELS = ("visit", "phone", "wechat", "meeting")


class CompleteVisitDialog(QDialog):
    """Ask what the visit brought: summary, the customer's feedback, intent, next step."""

    def __init__(self, visit: VisitItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Complete visit — {0}").format(visit.customer_name))
        self.channel = QComboBox()
        for code in CHANNELS:
            self.channel.addItem(label(f"channel.{code}"), code)
        self.summary = QLineEdit(visit.note or "")
        self.summary.setPlaceholderText(self.tr("What was discussed"))
        self.feedback = QPlainTextEdit()
        self.feedback.setPlaceholderText(self.tr("What the customer said about our product"))
        self.feedback.setFixedHeight(72)
        self.intent = QSpinBox()
        self.intent.setRange(1, 5)
        self.intent.setValue(3)
        self.intent.setSuffix(self.tr(" / 5"))
        self.next_step = QLineEdit()
        self.next_step.setPlaceholderText(self.tr("e.g. send the quote on Friday"))
        self.errors = error_label()
        form = add_rows(
            QFormLayout(),
            [
                (self.tr("Channel"), self.channel),
                (self.tr("Summary"), self.summary),
                (self.tr("Feedback"), self.feedback),
                (self.tr("Intent"), self.intent),
                (self.tr("Next step"), self.next_step),
            ],
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(button_box(self))
        self.resize(460, 0)

    def report(self) -> VisitReport:
        return VisitReport(
            summary=self.summary.text().strip(),
            feedback=self.feedback.toPlainText().strip() or None,
            intent_level=self.intent.value(),
            next_step=self.next_step.text().strip() or None,
            channel=self.channel.currentData(),
        )


class SkipVisitDialog(QDialog):
    """Ask why the visit is skipped (required)."""

    def __init__(self, visit: VisitItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Skip visit — {0}").format(visit.customer_name))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. the customer is travelling"))
        self.errors = error_label()
        layout = QVBoxLayout(self)
        layout.addLayout(add_rows(QFormLayout(), [(self.tr("Reason"), self.reason)]))
        layout.addWidget(self.errors)
        layout.addWidget(button_box(self))
        self.resize(420, 0)

    def accept(self) -> None:
        if not self.reason.text().strip():
            show_problems(self.errors, [self.tr("Say why the visit is skipped.")])
            return
        super().accept()


class PlanVisitDialog(QDialog):
    """Plan a visit by hand: find the customer, pick the day and the kind."""

    def __init__(self, ctx: AppContext, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Plan a visit"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, pinyin initials or phone"))
        self.hits = QListWidget()
        self.hits.setFixedHeight(140)
        self.search.textChanged.connect(self._find)
        self.day = date_edit(day)
        self.kind = QComboBox()
        for code in VISIT_KINDS:
            self.kind.addItem(label(f"visit_kind.{code}"), code)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What to bring up"))
        self.errors = error_label()
        form = add_rows(
            QFormLayout(),
            [
                (self.tr("Customer"), self.search),
                ("", self.hits),
                (self.tr("Day"), self.day),
                (self.tr("Kind"), self.kind),
                (self.tr("Note"), self.note),
            ],
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(button_box(self))
        self.resize(460, 0)

    def _find(self, text: str) -> None:
        self.hits.clear()
        if not text.strip():
            return
        with self.ctx.db.session() as session:
            found = search_customers(session, text, 20)
        for hit in found:
            item = QListWidgetItem(f"{hit.tier}  {hit.name}  {hit.city or ''}".rstrip())
            item.setData(256, hit.id)
            self.hits.addItem(item)
        if self.hits.count():
            self.hits.setCurrentRow(0)

    def customer_id(self) -> str | None:
        item = self.hits.currentItem()
        return item.data(256) if item is not None else None

    def chosen_day(self) -> date:
        return date_value(self.day) or date.today()

    def accept(self) -> None:
        if self.customer_id() is None:
            show_problems(self.errors, [self.tr("Choose the customer to visit.")])
            return
        super().accept()


class GreetingDialog(QDialog):
    """Show the filled greeting to edit; accepting copies it for WeChat and logs it."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = QPlainTextEdit(text)
        self.text.setMinimumHeight(140)
        hint = QLabel(self.tr("Copied to the clipboard for WeChat, and logged as a care greeting."))
        hint.setWordWrap(True)
        hint.setObjectName("PageHint")
        self.errors = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(hint)
        layout.addWidget(self.errors)
        layout.addWidget(
            button_box(self, QDialogButtonBox.StandardButton.Cancel, finish=self.tr("Copy and log"))
        )
        self.resize(480, 0)

    def message(self) -> str:
        return self.text.toPlainText().strip()

    def accept(self) -> None:
        if not self.message():
            show_problems(self.errors, [self.tr("The greeting is empty.")])
            return
        super().accept()
