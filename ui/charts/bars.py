"""Bar charts in the application palette: plain, with one bar marked, or stacked by series."""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import Decimal

import pyqtgraph as pg
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QFontMetrics, QPalette
from PySide6.QtWidgets import QWidget

from ui.kit.format import format_compact_money
from ui.kit.theme import blend, is_dark, overdue

# Series colours that read on light and dark backgrounds alike.
SERIES = ("#3B7DD8", "#E0873A", "#3BA776", "#9B59B6", "#D64F6B", "#7F8C8D", "#C9A227")


def series_colour(index: int) -> QColor:
    """Return the colour of the index-th series."""
    return QColor(SERIES[index % len(SERIES)])


class ValueAxis(pg.AxisItem):
    """An axis of short plain numbers (1.5万 / 15K, 800), never 2e+07.

    With whole set (a chart of counts), ticks fall on whole numbers only: no "1.5 deals".
    """

    whole = False

    def tickValues(  # noqa: N802 - pyqtgraph override
        self, minVal: float, maxVal: float, size: float
    ) -> list[tuple[float, list[float]]]:
        levels = super().tickValues(minVal, maxVal, size)
        if not self.whole:
            return levels
        kept = [(spacing, values) for spacing, values in levels if spacing >= 1]
        if kept:
            return kept
        return [(1.0, [float(n) for n in range(math.ceil(minVal), math.floor(maxVal) + 1)])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        locale = QLocale()
        shown = []
        for value in values:
            number = value * scale
            if abs(number) >= 10_000:
                text = format_compact_money(locale, Decimal(str(round(number))))
                shown.append(text.replace("¥", ""))
            else:
                shown.append(locale.toString(number, "f", 0 if spacing >= 1 else 1))
        return shown


class BarChart(pg.PlotWidget):
    """A bar chart; categories along the bottom (or the left, horizontal) with their names."""

    def __init__(self, horizontal: bool = False, parent: QWidget | None = None) -> None:
        value_side = "bottom" if horizontal else "left"
        super().__init__(parent=parent, axisItems={value_side: ValueAxis(value_side)})
        self.horizontal = horizontal
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.getPlotItem().showGrid(x=horizontal, y=not horizontal, alpha=0.15)
        self.setMinimumSize(320, 220)
        self.values: list[float] = []
        value_axis = self.getPlotItem().getAxis("bottom" if horizontal else "left")
        value_axis.enableAutoSIPrefix(False)
        if not horizontal:
            value_axis.setWidth(64)  # room for short amounts like 2,231万
        self.apply_palette()

    def apply_palette(self) -> None:
        """Take background, axes and text from the widget's palette (light or dark)."""
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        self.setBackground(base)
        for name in ("left", "bottom"):
            axis = self.getPlotItem().getAxis(name)
            axis.setPen(pg.mkPen(blend(base, text, 0.45)))
            axis.setTextPen(pg.mkPen(text))
        self._accent = palette.color(QPalette.ColorRole.Highlight)
        self._alert = overdue(palette)
        self._dark = is_dark(palette)

    def set_bars(
        self, names: Sequence[str], values: Sequence[float], marked: int | None = None
    ) -> None:
        """Draw one bar per category; the marked one in the alert colour."""
        self.clear()
        self.values = [float(v) for v in values]
        brushes = [self._alert if i == marked else self._accent for i in range(len(values))]
        positions = list(range(len(values)))
        if self.horizontal:
            positions = positions[::-1]  # first category on top
            item = pg.BarGraphItem(
                x0=0, y=positions, height=0.6, width=self.values, brushes=brushes, pen=None
            )
        else:
            item = pg.BarGraphItem(
                x=positions, height=self.values, width=0.6, brushes=brushes, pen=None
            )
        self.addItem(item)
        self._ticks(names, positions)
        self._counts_whole()

    def set_stacked(
        self, names: Sequence[str], series: Sequence[tuple[str, Sequence[float]]]
    ) -> None:
        """Draw stacked vertical bars, one colour per series, with a legend."""
        self.clear()
        plot = self.getPlotItem()
        if plot.legend is None:
            plot.addLegend(
                offset=(10, 5), labelTextColor=self.palette().color(QPalette.ColorRole.Text)
            )
        elif plot.legend is not None:
            plot.legend.clear()
        bottoms = [0.0] * len(names)
        for index, (label, values) in enumerate(series):
            heights = [float(v) for v in values]
            item = pg.BarGraphItem(
                x=list(range(len(names))),
                y0=list(bottoms),
                height=heights,
                width=0.7,
                brush=series_colour(index),
                pen=None,
                name=label,
            )
            self.addItem(item)
            bottoms = [b + h for b, h in zip(bottoms, heights, strict=True)]
        self.values = bottoms
        self._ticks(names, list(range(len(names))), every=max(1, len(names) // 12))
        self._counts_whole()

    def _counts_whole(self) -> None:
        # Whole values are counts (or whole amounts, whose ticks are whole anyway).
        axis = self.getPlotItem().getAxis("bottom" if self.horizontal else "left")
        axis.whole = all(value.is_integer() for value in self.values)
        axis.picture = None  # drawn again with the new ticks
        axis.update()

    def _ticks(self, names: Sequence[str], positions: Sequence[int], every: int = 1) -> None:
        ticks = [
            (p, n) for i, (p, n) in enumerate(zip(positions, names, strict=True)) if i % every == 0
        ]
        axis = self.getPlotItem().getAxis("left" if self.horizontal else "bottom")
        axis.setTicks([ticks])
        if self.horizontal:
            # The category names sit on the left axis: make room for the longest one.
            metrics = QFontMetrics(axis.style.get("tickFont") or self.font())
            axis.setWidth(12 + max((metrics.horizontalAdvance(n) for n in names), default=20))
        self.getPlotItem().enableAutoRange()
