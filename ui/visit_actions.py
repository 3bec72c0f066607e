"""What a rep does on the calendar: complete, skip, move and plan visits, handle care reminders.

Every form opens through the `dialog_opened` seam (tests fill it and accept); every change runs
through the command runner (one transaction, undo entry, change event).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from app.actions import Action
from app.labels import label
from app.visits import care, plans
from app.visits.agenda import VisitItem
from ui.context import AppContext
from ui.visit_dialogs import CompleteVisitDialog, GreetingDialog, PlanVisitDialog, SkipVisitDialog


class VisitActions(QObject):
    """The calendar's actions; `host` parents the dialogs."""

    dialog_opened = Signal(object)
    done = Signal(str)  # an action committed; the text names it for the undo notice

    def __init__(self, ctx: AppContext, host: QWidget) -> None:
        super().__init__(host)
        self.ctx, self.host = ctx, host
        self.active_dialog: QWidget | None = None

    def open(self, dialog: QWidget, on_accept: Callable[[], object]) -> None:
        """Open a dialog without blocking; run on_accept when it is accepted."""
        self.active_dialog = dialog
        dialog.accepted.connect(on_accept)  # type: ignore[attr-defined]
        dialog.finished.connect(dialog.deleteLater)  # type: ignore[attr-defined]
        dialog.open()  # type: ignore[attr-defined]
        self.dialog_opened.emit(dialog)

    def run(self, text: str, action: Action) -> bool:
        """Run an action through the command runner; tell whether it committed."""
        return self._run(text, action)

    def _run(self, text: str, action: Action) -> bool:
        outcome = self.ctx.commands.run(text, action, source=self)
        if outcome is not None:
            self.done.emit(text)
        return outcome is not None

    # -- visits ----------------------------------------------------------------------------
    def complete(self, visit: VisitItem) -> None:
        dialog = CompleteVisitDialog(visit, self.host)
        text = self.tr("Complete visit to {0}").format(visit.customer_name)
        self.open(
            dialog,
            lambda: self._run(text, lambda s: plans.complete_visit(s, visit.id, dialog.report())),
        )

    def skip(self, visit: VisitItem) -> None:
        dialog = SkipVisitDialog(visit, self.host)
        text = self.tr("Skip visit to {0}").format(visit.customer_name)
        self.open(
            dialog,
            lambda: self._run(text, lambda s: plans.skip_visit(s, visit.id, dialog.reason.text())),
        )

    def reschedule(self, visit_ids: list[str], day: date) -> bool:
        """Move visits to a day (a drop on the grid); one undo step per visit."""
        moved = False
        for visit_id in visit_ids:
            text = self.tr("Move visit to {0}").format(day.isoformat())
            moved = (
                self._run(text, lambda s, v=visit_id: plans.reschedule_visit(s, v, day)) or moved
            )
        return moved

    def plan(self, day: date) -> None:
        dialog = PlanVisitDialog(self.ctx, day, self.host)

        def save() -> None:
            customer_id = dialog.customer_id()
            if customer_id is None:
                return
            self._run(
                self.tr("Plan a visit"),
                lambda s: plans.plan_visit(
                    s,
                    customer_id,
                    dialog.chosen_day(),
                    dialog.kind.currentData(),
                    dialog.note.text(),
                ),
            )

        self.open(dialog, save)

    # -- care ------------------------------------------------------------------------------
    def dismiss(self, item: care.CareItem) -> bool:
        text = self.tr("Dismiss {0} for {1}").format(
            label(f"care.{item.occasion}"), item.customer_name
        )
        return self._run(text, lambda s: care.dismiss_care(s, item))

    def greet(self, item: care.CareItem) -> None:
        with self.ctx.db.session() as session:
            message = care.greeting_text(session, item, self.ctx.language)
        who = item.contact_name or item.customer_name
        title = self.tr("{0}: greet {1}").format(label(f"care.{item.occasion}"), who)
        dialog = GreetingDialog(title, message, self.host)

        def send() -> None:
            words = dialog.message()
            QGuiApplication.clipboard().setText(words)
            self._run(title, lambda s: care.send_greeting(s, item, words))

        self.open(dialog, send)
