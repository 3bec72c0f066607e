"""The process map: stage boxes in a row, won beside the last, lost below; arrows for every
move deals really made (forward, skipped ahead, went back, won, lost), each labelled with its
count, share of the moves out of its stage and the median days before it."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget

from app.insights.process_map import LOST, WON, Edge, ProcessMap
from ui.kit.theme import amber, blend, overdue

BOX_W, BOX_H, STEP = 112.0, 44.0, 230.0
GREEN = QColor("#2E9D5B")


class ProcessMapView(QGraphicsView):
    """Draw a ProcessMap; rebuilt whole on each new one (a handful of items)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(480, 300)
        self.edge_labels: dict[tuple[str, str], str] = {}
        self._map: ProcessMap | None = None

    def show_map(self, pm: ProcessMap, describe: dict[str, str]) -> None:
        """Draw the map; describe names each move kind for the labels' tooltips."""
        self._map = pm
        scene = self.scene()
        scene.clear()
        self.edge_labels = {}
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        self.setBackgroundBrush(QBrush(base))
        stages = [n for n in pm.nodes if n.stage_id not in (WON, LOST)]
        centres: dict[str, QPointF] = {}
        for i, node in enumerate(stages):
            centres[node.stage_id] = QPointF(i * STEP, 0)
        centres[WON] = QPointF(len(stages) * STEP, 0)
        centres[LOST] = QPointF((len(stages) - 1) * STEP / 2, 230)
        colours = {
            "forward": blend(base, text, 0.7),
            "skipped": palette.color(QPalette.ColorRole.Highlight),
            "backward": amber(palette),
            WON: GREEN,
            LOST: overdue(palette),
        }
        for edge in pm.edges:
            self._edge(edge, centres, colours[edge.kind], text, describe.get(edge.kind, ""))
        for node in pm.nodes:
            centre = centres[node.stage_id]
            rect = QRectF(centre.x() - BOX_W / 2, centre.y() - BOX_H / 2, BOX_W, BOX_H)
            fill = blend(base, colours.get(node.stage_id, text), 0.12)
            border = colours.get(node.stage_id, blend(base, text, 0.5))
            scene.addRect(rect, QPen(border, 1.5), QBrush(fill))
            label = scene.addSimpleText(node.label)
            label.setBrush(QBrush(text))
            box = label.boundingRect()
            label.setPos(centre.x() - box.width() / 2, centre.y() - box.height() / 2)
        self.fitInView(
            scene.itemsBoundingRect().adjusted(-20, -20, 20, 20), Qt.AspectRatioMode.KeepAspectRatio
        )

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self.scene().items():
            self.fitInView(
                self.scene().itemsBoundingRect().adjusted(-20, -20, 20, 20),
                Qt.AspectRatioMode.KeepAspectRatio,
            )

    def _edge(
        self, edge: Edge, centres: dict[str, QPointF], colour: QColor, text: QColor, kind: str
    ) -> None:
        start, end = centres[edge.source], centres[edge.target]
        path = QPainterPath()
        span = abs(end.x() - start.x()) / STEP
        if edge.kind in ("forward", WON) and span <= 1.01:
            a, b = QPointF(start.x() + BOX_W / 2, start.y()), QPointF(end.x() - BOX_W / 2, end.y())
            path.moveTo(a)
            path.lineTo(b)
            middle, tip_from = QPointF((a.x() + b.x()) / 2, a.y() - 12), a
        elif edge.kind == LOST:
            a, b = QPointF(start.x(), start.y() + BOX_H / 2), QPointF(end.x(), end.y() - BOX_H / 2)
            path.moveTo(a)
            path.lineTo(b)
            # Labelled near their stage, where the lines into "lost" are still a stage apart
            # (near the lost box they meet, and their labels printed over each other).
            middle, tip_from = QPointF(a.x() * 0.72 + b.x() * 0.28, a.y() * 0.72 + b.y() * 0.28), a
        else:
            above = edge.kind != "backward"
            lift = (BOX_H / 2 + 18 + 26 * span) * (-1 if above else 1)
            a = QPointF(start.x(), start.y() + (-BOX_H / 2 if above else BOX_H / 2))
            b = QPointF(end.x(), end.y() + (-BOX_H / 2 if above else BOX_H / 2))
            control = QPointF((a.x() + b.x()) / 2, a.y() + 2 * lift)
            path.moveTo(a)
            path.quadTo(control, b)
            middle = QPointF((a.x() + b.x()) / 2, a.y() + lift - (10 if above else -2))
            tip_from = control
        width = 1.0 + 5.0 * edge.share
        pen = QPen(colour, width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        scene = self.scene()
        scene.addPath(path, pen)
        self._arrow_head(path.pointAtPercent(1.0), tip_from, path, colour)
        days = (
            "—"
            if edge.median_days is None
            else self.tr("{0}d", "median days before a move").format(f"{edge.median_days:.0f}")
        )
        caption = f"{edge.count} · {edge.share * 100:.0f}% · {days}"
        self.edge_labels[(edge.source, edge.target)] = caption
        item = scene.addSimpleText(caption)
        item.setBrush(QBrush(text))
        item.setToolTip(kind)
        box = item.boundingRect()
        item.setPos(middle.x() - box.width() / 2, middle.y() - box.height() / 2)

    def _arrow_head(self, tip: QPointF, _from: QPointF, path: QPainterPath, colour: QColor) -> None:
        before = path.pointAtPercent(0.97)
        angle = math.atan2(tip.y() - before.y(), tip.x() - before.x())
        size = 9.0
        left = QPointF(
            tip.x() - size * math.cos(angle - 0.45), tip.y() - size * math.sin(angle - 0.45)
        )
        right = QPointF(
            tip.x() - size * math.cos(angle + 0.45), tip.y() - size * math.sin(angle + 0.45)
        )
        self.scene().addPolygon(QPolygonF([tip, left, right]), QPen(colour), QBrush(colour))
