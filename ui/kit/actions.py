"""QActions a screen owns: with an icon, and a shortcut that works anywhere inside the screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from ui.icons import icon


def screen_action(
    owner: QWidget,
    text: str,
    slot: Callable[[], object],
    shortcut: str | None = None,
    icon_name: str | None = None,
) -> QAction:
    """An action of owner's; its shortcut fires while focus is anywhere within owner."""
    action = QAction(icon(icon_name), text, owner) if icon_name else QAction(text, owner)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        owner.addAction(action)
    action.triggered.connect(slot)
    return action
