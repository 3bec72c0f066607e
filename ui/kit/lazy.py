"""Work put off so start-up stays quick: a screen built when first shown, reads run in turns."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyWidget(QWidget):
    """Holds a tab or page; `factory()` makes the real widget on the first show, once.

    `built` callbacks receive it (to connect its signals); `widget()` builds it on demand, for
    code (and tests) that need it before anyone looked.
    """

    def __init__(
        self,
        factory: Callable[[], QWidget],
        built: Callable[[QWidget], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._factory = factory
        self._built = built
        self._widget: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def is_built(self) -> bool:
        """Tell whether the real widget exists yet."""
        return self._widget is not None

    def widget(self) -> QWidget:
        """Return the real widget, building it now if nobody has shown it yet."""
        if self._widget is None:
            self._widget = self._factory()
            self._layout.addWidget(self._widget)
            if self._built is not None:
                self._built(self._widget)
        return self._widget

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self.widget()
        super().showEvent(event)


def in_turns(owner: QObject, steps: Sequence[Callable[[], object]]) -> None:
    """Run each step in its own turn of the event loop, the first one a turn from now.

    Between steps the window repaints and answers input, so a screen's first reads, each a few
    tens of milliseconds on a large book, never add up to one long freeze. Steps left when
    `owner` is deleted do not run.
    """
    if steps:
        first, rest = steps[0], steps[1:]

        def step() -> None:
            first()
            in_turns(owner, rest)

        # 1 ms, not 0: a zero timer runs before the timers already due, so the steps would
        # run back to back with nothing served between them.
        QTimer.singleShot(1, owner, step)
