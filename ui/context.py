"""What every screen needs, passed explicitly instead of through globals."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack

from app.changes import Outcome
from app.db import Database

if TYPE_CHECKING:
    from ui.commands import CommandRunner

EVERYTHING = "*"


@dataclass(frozen=True)
class ChangeEvent:
    """What a committed unit of work changed: kinds of entity ("deal", "order" …) and row ids.

    Screens refresh only what an event names; EVERYTHING (an import, demo data, a restore)
    asks every screen to reload.
    """

    entities: frozenset[str]
    rows: frozenset[tuple[str, str]] = frozenset()  # (entity, id) of every row written
    customer_ids: frozenset[str] = frozenset()
    source: object | None = None  # the screen that made the change, so it can skip its echo

    @classmethod
    def of(cls, outcome: Outcome, source: object | None = None) -> ChangeEvent:
        return cls(outcome.entities, outcome.rows, outcome.customer_ids, source)

    @classmethod
    def everything(cls, source: object | None = None) -> ChangeEvent:
        return cls(frozenset({EVERYTHING}), source=source)

    def touches(self, *entities: str) -> bool:
        """Tell whether any of these kinds (or everything) changed."""
        return EVERYTHING in self.entities or not self.entities.isdisjoint(entities)

    def ids(self, entity: str) -> frozenset[str]:
        """Return the ids of the rows of one kind that changed."""
        return frozenset(row_id for kind, row_id in self.rows if kind == entity)


class DataEvents(QObject):
    """The change bus: the command runner announces each committed change once."""

    changed = Signal(object)  # ChangeEvent

    def announce(self, event: ChangeEvent) -> None:
        self.changed.emit(event)


@dataclass
class AppContext:
    """The open database, the user's settings, the undo stack and the data-change bus."""

    db: Database
    settings: QSettings
    undo_stack: QUndoStack
    events: DataEvents = field(default_factory=DataEvents)
    language: str = "en"
    commands: CommandRunner = field(init=False)

    def __post_init__(self) -> None:
        from ui.commands import CommandRunner

        self.commands = CommandRunner(self)
