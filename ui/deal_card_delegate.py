"""Deal cards: painted by a delegate into a list view per column, plus the column around it."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale, QModelIndex, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDropEvent,
    QFocusEvent,
    QFont,
    QFontMetrics,
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
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.labels import lost_reason_label
from app.models.types import utcnow
from app.pipeline import Card, ColumnTotals, is_rotting

CARD_ROLE = Qt.ItemDataRole.UserRole + 1
SYMBOLS = {"CNY": "¥", "USD": "$", "EUR": "€", "HKD": "HK$", "JPY": "JP¥", "GBP": "£"}
# (foreground, background) per tier, for light and dark palettes; the letter is always drawn.
TIER_COLOURS = {
    False: {"A": ("#A3201B", "#FCE4E2"), "B": ("#1D5AA6", "#E1ECFA"), "C": ("#55595F", "#E9EAEC")},
    True: {"A": ("#FFB4AB", "#5E1B17"), "B": ("#A9C7FF", "#17335C"), "C": ("#C5C8CD", "#3B3E43")},
}
AMBER = QColor("#E09B10")
OVERDUE = QColor("#D93025")


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def blend(a: QColor, b: QColor, share_of_b: float) -> QColor:
    """Mix two colours, so borders and tints follow the palette in light and dark themes."""
    keep = 1 - share_of_b
    return QColor(
        round(a.red() * keep + b.red() * share_of_b),
        round(a.green() * keep + b.green() * share_of_b),
        round(a.blue() * keep + b.blue() * share_of_b),
    )


def format_money(locale: QLocale, amount: Decimal, currency: str = "CNY") -> str:
    """Format an amount with its currency and the locale's separators: ¥12,800 or ¥12,800.50."""
    symbol = SYMBOLS.get(currency, currency + " ")
    digits = 0 if amount == amount.to_integral_value() else 2
    return locale.toCurrencyString(float(amount), symbol, digits)


def format_compact_money(locale: QLocale, amount: Decimal, currency: str = "CNY") -> str:
    """Format an amount for a narrow header: ¥128.5万 in Chinese, ¥1.29M in English."""
    symbol = SYMBOLS.get(currency, currency + " ")
    value = abs(float(amount))
    sign = "-" if amount < 0 else ""
    if locale.language() == QLocale.Language.Chinese:
        steps = ((1e8, "亿"), (1e4, "万"))
    else:
        steps = ((1e9, "B"), (1e6, "M"), (1e3, "K"))
    for size, suffix in steps:
        if value >= size:
            scaled = value / size
            digits = 2 if scaled < 10 else 1 if scaled < 100 else 0
            text = locale.toString(scaled, "f", digits)
            if digits:
                text = text.rstrip("0").rstrip(locale.decimalPoint())
            return f"{sign}{symbol}{text}{suffix}"
    return format_money(locale, amount, currency)


def format_day(locale: QLocale, day: date) -> str:
    """Format a date briefly: Mar 15 / 3月15日 within half a year of today, with the year beyond."""
    pattern = "M月d日" if locale.language() == QLocale.Language.Chinese else "MMM d"
    # A card has little room; next February's visit is plainly next February.
    if abs((day - date.today()).days) > 180:
        pattern = "yyyy年M月d日" if locale.language() == QLocale.Language.Chinese else "MMM d, yyyy"
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


class DealCardDelegate(QStyledItemDelegate):
    """Paints one deal card: tier badge, customer, title, amount, days in stage, next visit."""

    def __init__(
        self, locale: QLocale, rot_days: dict[str, int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.locale = locale
        self.rot_days = rot_days  # stage id → rot days, shared with the board
        self.show_score = False
        self.now: datetime = utcnow()

    def fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        """Return the small (secondary lines) and bold (title, amount) fonts, from the view's."""
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.9))
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        return small, bold

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        small, bold = self.fonts(option)
        small_h, bold_h = QFontMetrics(small).height(), QFontMetrics(bold).height()
        return QSize(220, 6 + 10 + small_h + 2 + 4 + bold_h + 5 + small_h + 10)

    def rotting(self, card: Card) -> bool:
        return card.status == "open" and is_rotting(
            card.last_touch, self.rot_days.get(card.stage_id, 14), self.now
        )

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        card: Card | None = index.data(CARD_ROLE)
        if card is None:
            return
        palette = option.palette
        dark = is_dark(palette)
        small, bold = self.fonts(option)
        text = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        card_bg = palette.color(QPalette.ColorRole.Base)
        border = blend(card_bg, palette.color(QPalette.ColorRole.Text), 0.16)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        if hovered and not selected:
            border = blend(border, highlight, 0.55)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = option.rect.adjusted(6, 3, -6, -3)
        painter.setPen(QPen(highlight if selected else border, 2 if selected else 1))
        painter.setBrush(blend(card_bg, highlight, 0.07) if selected else card_bg)
        painter.drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        rotting = self.rotting(card)
        if rotting:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(AMBER)
            painter.drawRoundedRect(QRect(box.left(), box.top(), 5, box.height()), 2.5, 2.5)

        inner = box.adjusted(14, 10, -12, -10)
        small_fm, bold_fm = QFontMetrics(small), QFontMetrics(bold)
        # Line 1: tier badge, customer, lead score.
        y = inner.top()
        badge_h = small_fm.height() + 2
        badge = QRect(inner.left(), y, badge_h + 4, badge_h)
        fg, bg = TIER_COLOURS[dark].get(card.tier, TIER_COLOURS[dark]["C"])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(bg))
        painter.drawRoundedRect(badge, 4, 4)
        badge_font = QFont(small)
        badge_font.setWeight(QFont.Weight.Bold)
        painter.setFont(badge_font)
        painter.setPen(QColor(fg))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, card.tier)
        right = inner.right()
        if self.show_score and card.lead_score is not None:
            score = self.tr("Score {0}").format(card.lead_score)
            width = small_fm.horizontalAdvance(score) + 12
            chip = QRect(right - width + 1, y, width, badge_h)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(blend(card_bg, highlight, 0.14))
            painter.drawRoundedRect(chip, badge_h / 2, badge_h / 2)
            painter.setFont(small)
            painter.setPen(blend(text, highlight, 0.6))
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, score)
            right = chip.left() - 6
        painter.setFont(small)
        painter.setPen(muted)
        name_rect = QRect(badge.right() + 7, y, right - badge.right() - 7, badge_h)
        painter.drawText(
            name_rect,
            Qt.AlignmentFlag.AlignVCenter,
            small_fm.elidedText(card.customer_name, Qt.TextElideMode.ElideRight, name_rect.width()),
        )

        # Line 2: title and amount.
        y += badge_h + 4
        amount = format_money(self.locale, card.amount, card.currency)
        amount_w = bold_fm.horizontalAdvance(amount)
        painter.setFont(bold)
        painter.setPen(text)
        line = QRect(inner.left(), y, inner.width(), bold_fm.height())
        painter.drawText(line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, amount)
        title_w = inner.width() - amount_w - 10
        painter.drawText(
            QRect(inner.left(), y, title_w, bold_fm.height()),
            Qt.AlignmentFlag.AlignVCenter,
            bold_fm.elidedText(card.title, Qt.TextElideMode.ElideRight, title_w),
        )

        # Line 3: days in stage (amber when stalled) or the close, and the next visit on the right.
        y += bold_fm.height() + 5
        painter.setFont(small)
        line = QRect(inner.left(), y, inner.width(), small_fm.height())
        (left, left_colour), right = self.status_text(card, rotting, muted)
        right_w = 0
        if right:
            right_text, right_colour = right
            right_w = min(small_fm.horizontalAdvance(right_text) + 2, inner.width() * 11 // 20)
            painter.setPen(right_colour)
            painter.drawText(
                line,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                small_fm.elidedText(right_text, Qt.TextElideMode.ElideRight, right_w),
            )
        painter.setPen(left_colour)
        room = inner.width() - right_w - (10 if right_w else 0)
        painter.drawText(
            line,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            small_fm.elidedText(left, Qt.TextElideMode.ElideRight, room),
        )
        painter.restore()

    def status_text(
        self, card: Card, rotting: bool, muted: QColor
    ) -> tuple[tuple[str, QColor], tuple[str, QColor] | None]:
        """Return the left fact (time in stage, or how it closed) and the right one (visit)."""
        closed = format_day(self.locale, card.closed_date) if card.closed_date else "—"
        if card.status == "won":
            left = (self.tr("Won {0}").format(closed), muted)
        elif card.status == "lost":
            reason = f" · {lost_reason_label(card.lost_reason)}" if card.lost_reason else ""
            return (self.tr("Lost {0}").format(closed) + reason, muted), None
        else:
            days = card.days_in_stage(self.now)
            left = (
                (self.tr("Stalled · {0}d in stage").format(days), AMBER)
                if rotting
                else (self.tr("{0}d in stage").format(days), muted)
            )
        if card.next_visit:
            late = (self.now.date() - card.next_visit).days
            if late > 0:
                return left, (self.tr("Visit {0}d overdue").format(late), OVERDUE)
            return left, (
                self.tr("Visit {0}").format(format_day(self.locale, card.next_visit)),
                muted,
            )
        if card.status == "open" and card.expected_close_date:
            return left, (
                self.tr("Close {0}").format(format_day(self.locale, card.expected_close_date)),
                muted,
            )
        return left, None


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
            painter.setBrush(blend(palette.color(QPalette.ColorRole.Window), highlight, 0.08))
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
        self.setStyleSheet(
            "#StageCount { background: palette(midlight); border-radius: 9px; padding: 0 7px; }"
            "#StageAmount, #StageProbability { color: palette(placeholder-text); }"
        )

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        # Painted rather than styled so the tint follows the palette when light/dark switches.
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        window = palette.color(QPalette.ColorRole.Window)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(blend(window, palette.color(QPalette.ColorRole.WindowText), 0.045))
        painter.drawRoundedRect(self.rect(), 10, 10)
        painter.end()

    def show_totals(self, totals: ColumnTotals, currency: str = "CNY") -> None:
        self.count_label.setText(self.locale.toString(totals.count))
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
