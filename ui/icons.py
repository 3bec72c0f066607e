"""The app's one icon set: Feather line icons tinted with the palette's text colour."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QStyleOption

from ui.resources import icon_svg

RATIO = 2.0  # drawn at twice the size asked, so high-DPI screens stay crisp


def _render(svg: bytes, color: QColor, size: QSize) -> QPixmap:
    tinted = svg.replace(b"currentColor", color.name().encode())
    pixmap = QPixmap(int(size.width() * RATIO), int(size.height() * RATIO))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    QSvgRenderer(QByteArray(tinted)).render(painter, QRectF(pixmap.rect()))
    painter.end()
    pixmap.setDevicePixelRatio(RATIO)
    return pixmap


class _TintedSvg(QIconEngine):
    """Draws the SVG in the text colour (the highlighted-text colour when selected), at the
    size a widget asks for and only when it asks: a window's menus, buttons and navigation
    want some thirty icons, and drawing all in three sizes up front cost ~20 ms at start-up."""

    def __init__(self, svg: bytes, base: QColor, selected: QColor) -> None:
        super().__init__()
        self._svg, self._base, self._selected = svg, base, selected
        self._drawn: dict[tuple[int, int, QIcon.Mode], QPixmap] = {}

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        key = (size.width(), size.height(), mode)
        if key not in self._drawn:
            colour = self._selected if mode == QIcon.Mode.Selected else self._base
            drawn = _render(self._svg, colour, size)
            if mode == QIcon.Mode.Disabled:
                style = QApplication.style()
                drawn = style.generatedIconPixmap(mode, drawn, QStyleOption())
            self._drawn[key] = drawn
        return self._drawn[key]

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.drawPixmap(rect, self.pixmap(rect.size(), mode, state))

    def clone(self) -> QIconEngine:
        return _TintedSvg(self._svg, self._base, self._selected)


@cache
def _svg(name: str) -> bytes:
    return icon_svg(name)


def icon(name: str, color: QColor | None = None) -> QIcon:
    """Return the named icon in the given colour (default: the palette's window text)."""
    palette = QApplication.palette()
    base = color or palette.color(QPalette.ColorRole.WindowText)
    selected = palette.color(QPalette.ColorRole.HighlightedText)
    return _icon(name, base.rgba(), selected.rgba())


@cache
def _icon(name: str, base: int, selected: int) -> QIcon:
    # Every board, dialog and menu asks for the same few icons again.
    return QIcon(_TintedSvg(_svg(name), QColor.fromRgba(base), QColor.fromRgba(selected)))
