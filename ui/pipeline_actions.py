"""What a rep does to deals on the board: create, edit, delete, move, win, lose — through the runner.

Each action opens its form through the `dialog_opened` seam (tests fill the form and accept),
runs the app/ action through the command runner (one transaction, undo entry, change event) and
puts the card where it now belongs without reloading the board.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from app import pipeline
from app.actions import Action
from app.changes import Outcome
from app.customers.records import CustomerInput, create_customer
from app.pipeline import GateRefused, StageInfo, stage_label
from ui.context import AppContext, ChangeEvent
from ui.deal_editor import DealEditor
from ui.follow_up_dialog import FollowUpDialog, action_text, save_follow_up
from ui.gate_dialog import GateDialog, LoseDialog, WinDialog
from ui.handoff_dialog import HandoffDialog
from ui.lead_score_dialog import LeadScoreDialog
from ui.models.deal_board_model import DealBoardModel
from ui.stage_settings_dialog import StageSettingsDialog


class DealActions(QObject):
    """The deal actions of one board; `host` parents the dialogs."""

    dialog_opened = Signal(object)
    created = Signal(str)  # a new deal's id, so the board can select its card
    done = Signal(str)  # an action committed; the text names it for the "Ctrl+Z to undo" notice
    settings_changed = Signal()  # stages or lead scoring changed: the board reloads

    def __init__(self, ctx: AppContext, board_model: DealBoardModel, host: QWidget) -> None:
        super().__init__(host)
        self.ctx, self.db, self.host = ctx, ctx.db, host
        self.board_model = board_model
        self.active_dialog: QWidget | None = None

    @property
    def stages(self) -> list[StageInfo]:
        return self.board_model.stages

    # -- plumbing --------------------------------------------------------------------------
    def warn(self, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Pipeline"),
            message,
            QMessageBox.StandardButton.Ok,
            self.host,
        )
        self.open(box, lambda: None)

    def open(self, dialog: QWidget, on_accept: Callable[[], object]) -> None:
        """Open a dialog without blocking; run on_accept when it is accepted."""
        self.active_dialog = dialog
        dialog.accepted.connect(on_accept)  # type: ignore[attr-defined]
        dialog.finished.connect(dialog.deleteLater)  # type: ignore[attr-defined]
        dialog.open()  # type: ignore[attr-defined]
        self.dialog_opened.emit(dialog)

    def _run(self, text: str, action: Action, *, gates: bool = False) -> Outcome | None:
        passthrough: tuple[type[Exception], ...] = (GateRefused,) if gates else ()
        outcome = self.ctx.commands.run(text, action, source=self, passthrough=passthrough)
        if outcome:
            self.done.emit(text)
        return outcome or None

    def _settled(self, deal_id: str) -> None:
        self.board_model.place(deal_id)

    # -- moves -----------------------------------------------------------------------------
    def move_deal(self, deal_id: str, stage_id: str, fields: dict | None = None) -> bool:
        """Move a deal to a stage: one transaction, stage history, undoable; a gate asks first."""
        source = self.board_model.holder(deal_id)
        title = source.rows[source.row_of(deal_id)].title if source else ""
        stage = next(s for s in self.stages if s.id == stage_id)
        text = self.tr("Move “{0}” to {1}").format(title, stage_label(stage.name, stage.name_en))
        try:
            moved = self._run(
                text,
                lambda s: pipeline.move_deal(s, deal_id, stage_id, fields=fields),
                gates=True,
            )
        except GateRefused as refused:
            dialog = GateDialog(self.db, deal_id, refused.target_name, refused.missing, self.host)
            self.open(dialog, lambda: self.move_deal(deal_id, stage_id, dialog.fields))
            return False
        if moved:
            entered = None if fields else _stage_entered_at(moved, deal_id)
            self.board_model.move_card(deal_id, source, stage_id, entered)
        return bool(moved)

    def dropped(self, deal_ids: list[str], stage_id: str) -> bool:
        moved = False
        for deal_id in deal_ids:
            moved = self.move_deal(deal_id, stage_id) or moved
        return moved

    # -- editing ---------------------------------------------------------------------------
    def new_deal(self, stage_id: str | None = None) -> None:
        editor = DealEditor(
            self.db,
            self.stages,
            None,
            stage_id or self.stages[0].id,
            self.host,
            create_customer=self.create_customer,
        )

        def save() -> None:
            text = self.tr("New deal “{0}”").format(editor.data.title.strip())
            outcome = self._run(text, lambda s: pipeline.create_deal(s, editor.data))
            if outcome and outcome.created_id:
                self._settled(outcome.created_id)
                self.created.emit(outcome.created_id)

        self.open(editor, save)

    def create_customer(self, data: CustomerInput) -> str | None:
        """Create a customer from a form (its own undo step); return its id, None if refused."""
        text = self.tr("New customer “{0}”").format(data.name.strip())
        outcome = self.ctx.commands.run(text, lambda s: create_customer(s, data), source=self)
        return outcome.created_id if outcome else None

    def edit_deal(self, deal_id: str) -> None:
        editor = DealEditor(
            self.db, self.stages, deal_id, parent=self.host, create_customer=self.create_customer
        )

        def save() -> None:
            text = self.tr("Edit “{0}”").format(editor.data.title.strip())
            if self._run(text, lambda s: pipeline.update_deal(s, deal_id, editor.data)):
                self._settled(deal_id)

        self.open(editor, save)

    def follow_up(self, deal_id: str) -> None:
        """Log a follow-up (跟进记录) on a deal; its card's stalled mark clears once saved."""
        holder = self.board_model.holder(deal_id)
        if holder is None:
            return
        card = holder.rows[holder.row_of(deal_id)]
        dialog = FollowUpDialog(self.db, card.customer_id, deal_id, self.host)

        def save() -> None:
            if save_follow_up(self.ctx, dialog, self):
                self.done.emit(action_text())
                self._settled(deal_id)

        self.open(dialog, save)

    def delete_deal(self, deal_id: str) -> None:
        if self._run(self.tr("Delete deal"), lambda s: pipeline.delete_deal(s, deal_id)):
            self._settled(deal_id)

    # -- closing ---------------------------------------------------------------------------
    def _close(self, text: str, deal_id: str, action: Action) -> Outcome | None:
        try:
            return self._run(text, action, gates=True)
        except GateRefused as refused:  # the dialog asked for everything; settings changed since
            self.warn(str(refused))
            return None

    def win_deal(self, deal_id: str) -> None:
        dialog = WinDialog(self.db, deal_id, self.host)

        def save() -> None:
            action = lambda s: pipeline.win_deal(s, deal_id, dialog.terms)  # noqa: E731
            result = self._close(self.tr("Mark won"), deal_id, action)
            if isinstance(result, pipeline.WinResult):
                self._settled(deal_id)
                # [M3.1.2] winning opens the handoff checklist; it saves as its own undo step.
                self.open(HandoffDialog(self.ctx, result.handoff_id, self.host), lambda: None)

        self.open(dialog, save)

    def lose_deal(self, deal_id: str) -> None:
        dialog = LoseDialog(self.db, deal_id, self.host)

        def save() -> None:
            fields = dict(dialog.fields)
            reason, closed = fields.pop("lost_reason"), fields.pop("closed_date")
            action = lambda s: pipeline.lose_deal(s, deal_id, reason, closed, fields=fields)  # noqa: E731
            if self._close(self.tr("Mark lost"), deal_id, action):
                self._settled(deal_id)

        self.open(dialog, save)

    # -- settings --------------------------------------------------------------------------
    def _announce(self, *entities: str) -> None:
        # The settings dialogs save in their own transaction.
        self.ctx.events.announce(ChangeEvent(frozenset(entities), source=self))

    def edit_stages(self) -> None:
        def saved() -> None:
            self.settings_changed.emit()
            self._announce("stage")

        self.open(StageSettingsDialog(self.db, self.host), saved)

    def edit_lead_scoring(self) -> None:
        def saved() -> None:
            self.settings_changed.emit()
            self._announce("deal")

        self.open(LeadScoreDialog(self.db, self.host), saved)


def _stage_entered_at(outcome: Outcome, deal_id: str) -> datetime | None:
    """Return when a moved deal entered its new stage, as the move wrote it."""
    for change in outcome.changes.rows:
        if change.row_id == deal_id and "stage_entered_at" in change.after:
            value = change.after["stage_entered_at"]
            return value if isinstance(value, datetime) else None
    return None
