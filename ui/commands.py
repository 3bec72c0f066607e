"""The one way a screen runs a user action: commit, undo entry, change event.

    outcome = ctx.commands.run(self.tr("Move deal"), lambda s: pipeline.move_deal(s, d, t))

`run` hands the action to `app.actions.perform` (one BEGIN IMMEDIATE unit of work, derived
data refreshed inside it), pushes an undo command when the action wrote undoable rows, and
announces a ChangeEvent naming what changed. A refused action (ActionError) is reported
through `refused` with its message and changes nothing. Long actions go through
`run_in_background`, which runs the same perform in the worker.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand

from app import actions
from app.changes import ActionError, ChangeSet, Outcome
from ui.context import ChangeEvent
from ui.workers import BackgroundTask

if TYPE_CHECKING:
    from ui.context import AppContext


class CommandRunner(QObject):
    """Runs app/ actions for the screens of one window."""

    refused = Signal(str)  # an action or an undo could not be done; the message is for the user

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx

    def run(
        self,
        text: str,
        action: actions.Action,
        *,
        source: object | None = None,
        passthrough: tuple[type[Exception], ...] = (),
    ) -> Outcome | None:
        """Run an action now; return its outcome, or None when it was refused.

        Exceptions in `passthrough` reach the caller (a stage gate answers with its form).
        """
        try:
            outcome = actions.perform(self.ctx.db, action)
        except passthrough:
            raise
        except ActionError as problem:
            self.refused.emit(str(problem))
            return None
        self.settle(text, outcome, source)
        return outcome

    def settle(self, text: str, outcome: Outcome, source: object | None = None) -> None:
        """Record a committed outcome: an undo entry when it wrote rows, and its change event."""
        if outcome.changes:
            self.ctx.undo_stack.push(ActionCommand(self, text, outcome.changes))
        if outcome.entities:
            self.ctx.events.announce(ChangeEvent.of(outcome, source))

    def run_in_background(
        self,
        work: Callable[[Callable[[int, int], bool]], Any],
        parent: QObject,
        *,
        announce: bool = True,
    ) -> BackgroundTask:
        """Start long work (an import, a recompute) in the worker; announce when it succeeds.

        The work commits its own unit of work (imports are whole-or-nothing bulk paths); the
        task is returned so the caller can show progress and offer cancel.
        """
        task = BackgroundTask(work, parent)
        if announce:
            task.succeeded.connect(
                lambda _result: self.ctx.events.announce(ChangeEvent.everything())
            )
        task.start()
        return task

    def replay(self, changes: ChangeSet, *, undo: bool) -> bool:
        """Undo or redo a recorded action; False (and `refused`) when rows moved since."""
        try:
            outcome = (actions.undo if undo else actions.redo)(self.ctx.db, changes)
        except ActionError as problem:
            self.refused.emit(str(problem))
            return False
        self.ctx.events.announce(ChangeEvent.of(outcome))
        return True


class ActionCommand(QUndoCommand):
    """An action already committed; undo and redo replay its change set through the runner."""

    def __init__(self, runner: CommandRunner, text: str, changes: ChangeSet) -> None:
        super().__init__(text)
        self.runner, self.changes = runner, changes
        self._first_redo = True

    def redo(self) -> None:
        if self._first_redo:  # push() calls redo(), but the action is already in the database
            self._first_redo = False
            return
        if not self.runner.replay(self.changes, undo=False):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self.runner.replay(self.changes, undo=True):
            self.setObsolete(True)
