"""What a rep does to a customer from its card, its table row or its record — through the runner.

Forms open without blocking and are handed out through `dialog_opened` (tests fill and accept
them); every action is one undoable unit of work announced on the change bus.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.customers.editing import mark_verified, retire_customer, set_tier_override
from app.customers.lookup import customer_name
from app.customers.profile import load_profile
from app.db import Database
from app.i18n import msg
from ui.context import AppContext
from ui.follow_up_dialog import FollowUpDialog, save_follow_up
from ui.kit.forms import add_rows, button_box, error_label, hint_label, show_problems


class TierOverrideDialog(QDialog):
    """Set a manual tier with its reason, or go back to the computed one."""

    def __init__(self, db: Database, customer_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        with db.session() as session:
            profile = load_profile(session, customer_id)
        computed = profile.computed_tier if profile else "C"
        self.setWindowTitle(self.tr("Override tier"))
        self.setMinimumWidth(420)
        self.tier: str | None = None
        self.reason = ""
        self.had_override = bool(profile and profile.tier_override)
        self.tier_combo = QComboBox()
        self.tier_combo.addItem(self.tr("Computed tier ({0})").format(computed), None)
        for letter in "ABC":
            self.tier_combo.addItem(self.tr("Tier {0} (manual)").format(letter), letter)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("e.g. strategic account, new budget next year"))
        if profile and profile.tier_override:
            self.tier_combo.setCurrentIndex(self.tier_combo.findData(profile.tier_override))
            self.reason_edit.setText(profile.tier_override_reason or "")
        self.errors = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Tiers follow 12-month revenue (ABC). A manual tier wins until you clear "
                    "it, and is marked as manual everywhere."
                )
            )
        )
        layout.addWidget(self.errors)
        layout.addLayout(
            add_rows(
                QFormLayout(),
                [(self.tr("Tier"), self.tier_combo), (self.tr("Reason"), self.reason_edit)],
            )
        )
        layout.addWidget(button_box(self))

    def accept(self) -> None:
        tier, reason = self.tier_combo.currentData(), self.reason_edit.text().strip()
        problems = [msg("customers.override_reason")] if tier and not reason else []
        show_problems(self.errors, problems)
        if problems:
            return
        self.tier, self.reason = tier, reason
        super().accept()


class CustomerActions(QObject):
    """The customer actions of one screen; `host` parents the dialogs."""

    dialog_opened = Signal(object)
    done = Signal(str)  # an action committed; the text names it for the "Ctrl+Z to undo" notice

    def __init__(self, ctx: AppContext, host: QWidget) -> None:
        super().__init__(host)
        self.ctx, self.host = ctx, host
        self.active_dialog: QWidget | None = None

    def open(self, dialog: QDialog, on_accept: Callable[[], object]) -> None:
        """Open a dialog without blocking; run on_accept when it is accepted."""
        self.active_dialog = dialog
        dialog.accepted.connect(on_accept)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.dialog_opened.emit(dialog)

    def _name(self, customer_id: str) -> str:
        with self.ctx.db.session() as session:
            return customer_name(session, customer_id) or ""

    def _run(self, text: str, action: Callable) -> bool:  # type: ignore[type-arg]
        if self.ctx.commands.run(text, action, source=self.host):
            self.done.emit(text)
            return True
        return False

    def follow_up(self, customer_id: str, deal_id: str | None = None) -> None:
        """Log a follow-up (跟进记录) with the customer: the form, then one undoable save."""
        dialog = FollowUpDialog(self.ctx.db, customer_id, deal_id, self.host)

        def save() -> None:
            if save_follow_up(self.ctx, dialog, self.host):
                self.done.emit(self.tr("Log follow-up with {0}").format(self._name(customer_id)))

        self.open(dialog, save)

    def mark_verified(self, customer_id: str) -> None:
        text = self.tr("Mark {0} verified").format(self._name(customer_id))
        self._run(text, lambda s: mark_verified(s, customer_id))

    def retire(self, customer_id: str) -> None:
        text = self.tr("Retire {0}").format(self._name(customer_id))
        self._run(text, lambda s: retire_customer(s, customer_id))

    def override_tier(self, customer_id: str) -> None:
        dialog = TierOverrideDialog(self.ctx.db, customer_id, self.host)

        def save() -> None:
            tier, reason = dialog.tier, dialog.reason
            if tier is None and not dialog.had_override:
                return  # computed it was, computed it stays
            name = self._name(customer_id)
            text = (
                self.tr("Set {0} to tier {1}").format(name, tier)
                if tier
                else self.tr("Give {0} its computed tier").format(name)
            )
            self._run(text, lambda s: set_tier_override(s, customer_id, tier, reason))

        self.open(dialog, save)
