"""The app's one icon set: Feather line icons tinted with the palette's text colour."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from ui.resources import icon_svg


def _render(svg: bytes, color: QColor, size: int) -> QPixmap:
    tinted = svg.replace(b"currentColor", color.name().encode())
    renderer = QSvgRenderer(QByteArray(tinted))
    ratio = 2.0  # draw at twice the size so high-DPI screens stay crisp
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, size * ratio, size * ratio))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


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
    # Six SVG renders an icon: every board, dialog and menu asks for the same few again.
    result = QIcon()
    for size in (16, 24, 32):
        result.addPixmap(_render(_svg(name), QColor.fromRgba(base), size), QIcon.Mode.Normal)
        result.addPixmap(_render(_svg(name), QColor.fromRgba(selected), size), QIcon.Mode.Selected)
    return result
