"""A stage column on the board: its header figures over a list view of deal cards."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDropEvent,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from app.pipeline import Card, ColumnTotals
from ui.deal_card_delegate import CARD_ROLE
from ui.kit.format import format_compact_money, format_count, format_money
from ui.kit.theme import blend


def column_tint(palette: QPalette) -> QColor:
    """Return a column's background: the window tinted a little towards its text."""
    window = palette.color(QPalette.ColorRole.Window)
    return blend(window, palette.color(QPalette.ColorRole.WindowText), 0.045)


def drop_tint(palette: QPalette) -> QColor:
    """Return the background of a column a dragged card hovers over."""
    highlight = palette.color(QPalette.ColorRole.Highlight)
    return blend(palette.color(QPalette.ColorRole.Window), highlight, 0.08)


class DealListView(QListView):
    """One column's cards: uniform rows, drag and drop, an empty state that says what to do."""

    edit_requested = Signal(QModelIndex)
    delete_requested = Signal(QModelIndex)
    neighbour_requested = Signal(int)  # -1 previous column, +1 next column
    focused = Signal()

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_text = empty_text
        self.filtered = False  # an empty filtered column says so instead of how to add deals
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_Hover)  # hovered cards get a border
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.viewport().setAutoFillBackground(False)
        self.setProperty("dropTarget", False)
        self.doubleClicked.connect(self.edit_requested)

    def current_card(self) -> Card | None:
        index = self.currentIndex()
        return index.data(CARD_ROLE) if index.isValid() else None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key, mods = event.key(), event.modifiers()
        plain = mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain and self.currentIndex().isValid():
            self.edit_requested.emit(self.currentIndex())
        elif key == Qt.Key.Key_Delete and plain and self.currentIndex().isValid():
            self.delete_requested.emit(self.currentIndex())
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and plain:
            self.neighbour_requested.emit(-1 if key == Qt.Key.Key_Left else 1)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        self.focused.emit()

    def card_backdrop(self) -> QColor | None:
        """Return the plain colour beneath the cards (None while the drop outline is there)."""
        return None if self.property("dropTarget") else column_tint(self.palette())

    def _mark_drop_target(self, on: bool) -> None:
        self.setProperty("dropTarget", on)
        self.viewport().update()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        super().dragEnterEvent(event)
        self._mark_drop_target(event.source() is not self and event.isAccepted())

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802 - Qt override
        super().dragLeaveEvent(event)
        self._mark_drop_target(False)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        self._mark_drop_target(False)
        super().dropEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self.viewport())
        palette = self.palette()
        if self.property("dropTarget"):
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            highlight = palette.color(QPalette.ColorRole.Highlight)
            painter.setPen(QPen(highlight, 1.5, Qt.PenStyle.DashLine))
            painter.setBrush(drop_tint(palette))
            painter.drawRoundedRect(self.viewport().rect().adjusted(3, 3, -3, -3), 8, 8)
        if self.model() is not None and self.model().rowCount() == 0:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            area = self.viewport().rect().adjusted(24, 24, -24, -24)
            area.setHeight(min(area.height(), 120))
            text = self.tr("No deals match the filter.") if self.filtered else self.empty_text
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
        painter.end()
        super().paintEvent(event)


class StageColumn(QFrame):
    """A column: its stage name, count, total and weighted amount over its card list."""

    def __init__(
        self,
        title: str,
        locale: QLocale,
        empty_text: str,
        *,
        weighted: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("StageColumn")
        self.locale = locale
        self.show_weighted = weighted
        self.title_label = QLabel(title)
        font = self.title_label.font()
        font.setWeight(QFont.Weight.DemiBold)
        font.setPointSizeF(font.pointSizeF() * 1.08)
        self.title_label.setFont(font)
        self.count_label = QLabel("0")
        self.count_label.setObjectName("StageCount")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.amount_label = QLabel()
        self.amount_label.setObjectName("StageAmount")
        self.probability_label = QLabel()
        self.probability_label.setObjectName("StageProbability")
        self.view = DealListView(empty_text)

        top = QHBoxLayout()
        self.header_row = top
        top.setSpacing(8)
        top.addWidget(self.title_label)
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(self.probability_label)
        header = QVBoxLayout()
        header.setContentsMargins(12, 10, 12, 8)
        header.setSpacing(3)
        header.addLayout(top)
        header.addWidget(self.amount_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.view, 1)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        # Painted rather than styled so the tint follows the palette when light/dark switches.
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(column_tint(palette))
        painter.drawRoundedRect(self.rect(), 10, 10)
        painter.end()

    def show_totals(self, totals: ColumnTotals, currency: str = "CNY") -> None:
        self.count_label.setText(format_count(self.locale, totals.count))
        amount = format_compact_money(self.locale, totals.amount, currency)
        if self.show_weighted:
            weighted = format_compact_money(self.locale, totals.weighted, currency)
            self.amount_label.setText(self.tr("{0} · weighted {1}").format(amount, weighted))
        else:
            self.amount_label.setText(amount)
        self.amount_label.setToolTip(
            self.tr("Total {0}, weighted by win probability {1}").format(
                format_money(self.locale, totals.amount, currency),
                format_money(self.locale, totals.weighted.quantize(Decimal("0.01")), currency),
            )
        )
