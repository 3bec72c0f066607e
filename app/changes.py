"""Reversible change sets: what a user action wrote, so undo and redo can replay it exactly."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from app.i18n import UserMessage
from app.models import Synced
from app.models.types import new_id, utcnow


class ActionError(UserMessage):
    """A user action that cannot be done; str() gives it in the user's language."""


class StaleChange(ActionError):
    """Undo or redo found the rows changed by something else since the action."""


@dataclass(frozen=True)
class RowChange:
    """One row an action touched: column values before and after (before None = created)."""

    model: type[Synced]
    row_id: str
    before: dict[str, Any] | None
    after: dict[str, Any]
    # The customer whose derived figures (tier, last contact, search text …) may move with it.
    customer_id: str | None = None

    @property
    def created(self) -> bool:
        """Tell whether the action made this row (undo tombstones it)."""
        return self.before is None


@dataclass
class ChangeSet:
    """The rows one user action wrote, in the order it wrote them."""

    rows: list[RowChange] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.rows)

    def update(self, row: Synced, now: datetime, **values: Any) -> None:
        """Set values on a row, remembering what they were."""
        before = {key: getattr(row, key) for key in values}
        for key, value in values.items():
            setattr(row, key, value)
        row.updated_at = now
        self.rows.append(RowChange(type(row), row.id, before, dict(values), _customer_of(row)))

    def create(self, session: Session, row: Synced, now: datetime) -> Synced:
        """Add a new row, remembering that this action made it."""
        row.id = row.id or new_id()
        row.created_at = row.updated_at = now
        session.add(row)
        self.rows.append(RowChange(type(row), row.id, None, {}, _customer_of(row)))
        return row

    def created_ids(self, model: type[Synced]) -> list[str]:
        """Return the ids of the rows of one kind this action created."""
        return [rc.row_id for rc in self.rows if rc.created and rc.model is model]

    def ids(self, model: type[Synced]) -> list[str]:
        """Return the ids of the rows of one kind this action touched, in order, once each."""
        return list(dict.fromkeys(rc.row_id for rc in self.rows if rc.model is model))


@dataclass(frozen=True)
class Outcome:
    """What one user action did: the undoable rows it wrote, and what they touch.

    Every action in app/ returns one; the runner refreshes derived data for `customer_ids`,
    puts `changes` on the undo stack and tells the screens which `entities` and `ids` moved.
    """

    changes: ChangeSet = field(default_factory=ChangeSet)
    created_id: str | None = None  # the main row the action made (a new deal, a contact …)

    def __bool__(self) -> bool:
        return bool(self.changes)

    @property
    def entities(self) -> frozenset[str]:
        """Table names of every kind of row written ("deal", "order", …)."""
        return frozenset(rc.model.__tablename__ for rc in self.changes.rows)  # type: ignore[attr-defined]

    @property
    def rows(self) -> frozenset[tuple[str, str]]:
        """(table name, id) of every row written."""
        return frozenset((rc.model.__tablename__, rc.row_id) for rc in self.changes.rows)  # type: ignore[attr-defined]

    @property
    def customer_ids(self) -> frozenset[str]:
        """Customers whose derived figures may have moved."""
        return frozenset(rc.customer_id for rc in self.changes.rows if rc.customer_id)


def _customer_of(row: Synced) -> str | None:
    if getattr(row, "__tablename__", None) == "customer":
        return row.id
    return getattr(row, "customer_id", None)


def _stale() -> StaleChange:
    return StaleChange("pipeline.stale_change")


def _load(session: Session, change: RowChange) -> Synced:
    row = session.get(change.model, change.row_id)
    if row is None:
        raise _stale()
    return row


def _matches(row: Synced, values: dict[str, Any]) -> bool:
    return all(getattr(row, key) == value for key, value in values.items())


def revert(session: Session, changes: ChangeSet, now: datetime | None = None) -> None:
    """Undo an action: restore every touched row and tombstone the rows it created."""
    now = now or utcnow()
    for change in reversed(changes.rows):
        row = _load(session, change)
        if change.created:
            if row.deleted_at is not None:
                raise _stale()
            row.deleted_at = now
        else:
            if not _matches(row, change.after):
                raise _stale()
            for key, value in (change.before or {}).items():
                setattr(row, key, value)
        row.updated_at = now
    session.flush()


def reapply(session: Session, changes: ChangeSet, now: datetime | None = None) -> None:
    """Redo an action that was reverted: the same values, the same created rows brought back."""
    now = now or utcnow()
    for change in changes.rows:
        row = _load(session, change)
        if change.created:
            if row.deleted_at is None:
                raise _stale()
            row.deleted_at = None
        else:
            if not _matches(row, change.before or {}):
                raise _stale()
            for key, value in change.after.items():
                setattr(row, key, value)
        row.updated_at = now
    session.flush()
