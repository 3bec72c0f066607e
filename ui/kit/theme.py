"""Theme colours and tones, derived from the palette so light and dark both read well.

The palette's window lightness picks each colour's light or dark variant. Widgets that are
styled rather than painted get a `tone` property; the QSS (ui/resources/style.qss) colours it,
with the same values as here, and `[dark="true"]` for the dark variant.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

# (foreground, background) per tier, for light and dark palettes; the letter is always drawn.
TIER_COLOURS = {
    False: {"A": ("#A3201B", "#FCE4E2"), "B": ("#1D5AA6", "#E1ECFA"), "C": ("#55595F", "#E9EAEC")},
    True: {"A": ("#FFB4AB", "#5E1B17"), "B": ("#A9C7FF", "#17335C"), "C": ("#C5C8CD", "#3B3E43")},
}
# Risk and rotting (amber) and overdue or wrong (red): light variant, dark variant.
AMBER = ("#E09B10", "#F2B33D")
RED = ("#D93025", "#F28B82")
TONES = ("error", "warning", "muted")


def is_dark(palette: QPalette) -> bool:
    """Tell whether the palette is a dark theme (its window colour is dark)."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def blend(a: QColor, b: QColor, share_of_b: float) -> QColor:
    """Mix two colours, so borders and tints follow the palette in light and dark themes."""
    keep = 1 - share_of_b
    return QColor(
        round(a.red() * keep + b.red() * share_of_b),
        round(a.green() * keep + b.green() * share_of_b),
        round(a.blue() * keep + b.blue() * share_of_b),
    )


def tier_colours(palette: QPalette, tier: str) -> tuple[QColor, QColor]:
    """Return the (foreground, background) of a tier badge; unknown tiers look like C."""
    table = TIER_COLOURS[is_dark(palette)]
    fg, bg = table.get(tier, table["C"])
    return QColor(fg), QColor(bg)


def amber(palette: QPalette) -> QColor:
    """Return the amber of churn risk and rotting deals."""
    return QColor(AMBER[is_dark(palette)])


def overdue(palette: QPalette) -> QColor:
    """Return the red of overdue dates and of what must be fixed."""
    return QColor(RED[is_dark(palette)])


class _PaletteWatcher(QObject):
    """Re-marks toned widgets dark or light when the palette changes (system theme switch)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.PaletteChange and isinstance(watched, QWidget):
            _mark_dark(watched)
        return False


_watcher: _PaletteWatcher | None = None


def _mark_dark(widget: QWidget) -> None:
    dark = is_dark(widget.palette())
    if widget.property("dark") != dark:
        widget.setProperty("dark", dark)
        _repolish(widget)


def _repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def set_tone(widget: QWidget, tone: str | None) -> None:
    """Colour a widget through the style sheet: "error", "warning", "muted", or None for plain."""
    global _watcher
    if tone is not None and tone not in TONES:
        raise ValueError(f"unknown tone {tone!r}")
    if _watcher is None:
        _watcher = _PaletteWatcher(QApplication.instance())
    if widget.property("tone") is None:
        widget.installEventFilter(_watcher)
    widget.setProperty("tone", tone or "")
    widget.setProperty("dark", is_dark(widget.palette()))
    _repolish(widget)
