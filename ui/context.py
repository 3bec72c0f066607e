"""What every screen needs, passed explicitly instead of through globals."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack

from app.db import Database


class DataEvents(QObject):
    """Signals a screen emits after it commits, so the other screens refresh what they show."""

    changed = Signal(str)  # entity name: "deal", "customer", "activity", … or "*" for everything


@dataclass
class AppContext:
    """The open database, the user's settings, the undo stack and the data-change bus."""

    db: Database
    settings: QSettings
    undo_stack: QUndoStack
    events: DataEvents = field(default_factory=DataEvents)
    language: str = "en"
