"""A place for a screen that is built the first time it is shown, so start-up stays quick."""

from __future__ import annotations

from collections.abc import Callable

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
