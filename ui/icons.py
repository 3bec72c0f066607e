"""The app's one icon set: Feather line icons tinted with the palette's text colour."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QStyleOption

from ui.resources import icon_svg


def _render(svg: bytes, color: QColor, size: QSize, scale: float) -> QPixmap:
    tinted = svg.replace(b"currentColor", color.name().encode())
    pixmap = QPixmap(round(size.width() * scale), round(size.height() * scale))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    QSvgRenderer(QByteArray(tinted)).render(painter, QRectF(pixmap.rect()))
    painter.end()
    pixmap.setDevicePixelRatio(scale)
    return pixmap


class _TintedSvg(QIconEngine):
    """Draws the SVG in the text colour (the highlighted-text colour when selected), at the
    size and screen scale a widget asks for and only when it asks: a window's menus, buttons
    and navigation want some thirty icons, and drawing all in three sizes up front cost ~20 ms
    at start-up."""

    def __init__(self, svg: bytes, base: QColor, selected: QColor) -> None:
        super().__init__()
        self._svg, self._base, self._selected = svg, base, selected
        self._drawn: dict[tuple[int, int, QIcon.Mode, float], QPixmap] = {}

    def scaledPixmap(  # noqa: N802 - Qt override
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        key = (size.width(), size.height(), mode, scale)
        if key not in self._drawn:
            colour = self._selected if mode == QIcon.Mode.Selected else self._base
            drawn = _render(self._svg, colour, size, scale)
            if mode == QIcon.Mode.Disabled:
                style = QApplication.style()
                drawn = style.generatedIconPixmap(mode, drawn, QStyleOption())
            self._drawn[key] = drawn
        return self._drawn[key]

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        device = painter.device()
        scale = device.devicePixelRatioF() if device is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def clone(self) -> QIconEngine:
        # Qt owns the copy, but PySide would free the Python object the moment this returns
        # (a copied icon given a pixmap crashed): kept here for the life of the process.
        copy = _TintedSvg(self._svg, self._base, self._selected)
        _CLONES.append(copy)
        return copy


_CLONES: list[_TintedSvg] = []


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
