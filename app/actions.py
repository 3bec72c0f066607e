"""The one way to run a user action: one write transaction, derived data refreshed inside it.

    outcome = perform(db, lambda session: pipeline.move_deal(session, deal_id, stage_id))

An action is a plain function of a session returning an `Outcome` (a bare ChangeSet is taken
as one). `perform` begins the unit of work IMMEDIATE (a second writer waits, never fails),
runs the action, refreshes the derived figures of the customers it touched, and commits — or
rolls everything back when the action raises. Undo and redo run through it too.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy.orm import Session

from app import derived
from app.changes import ChangeSet, Outcome, reapply, revert
from app.db import Database

Action = Callable[[Session], Outcome | ChangeSet | None]


def as_outcome(result: Outcome | ChangeSet | None) -> Outcome:
    """Take what an action returned as an Outcome."""
    if isinstance(result, Outcome):
        return result
    return Outcome(result if isinstance(result, ChangeSet) else ChangeSet())


def perform(db: Database, action: Action, today: date | None = None) -> Outcome:
    """Run one user action in its own write transaction and refresh what it feeds."""
    with db.write() as session:
        outcome = as_outcome(action(session))
        derived.after_action(session, outcome, today)
    return outcome


def _replay(step: Callable[[Session, ChangeSet], None], changes: ChangeSet) -> Action:
    def action(session: Session) -> Outcome:
        step(session, changes)
        return Outcome(changes)

    return action


def undo(db: Database, changes: ChangeSet) -> Outcome:
    """Revert a recorded action in one transaction (StaleChange when rows moved since)."""
    return perform(db, _replay(revert, changes))


def redo(db: Database, changes: ChangeSet) -> Outcome:
    """Reapply a reverted action in one transaction (StaleChange when rows moved since)."""
    return perform(db, _replay(reapply, changes))
