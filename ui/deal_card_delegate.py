"""Deal cards, painted by a delegate: tier badge, customer, title, amount, stage time, visit."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QLocale, QMargins, QModelIndex, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QTextLayout,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.labels import lost_reason_label
from app.models.types import utcnow
from app.pipeline import Card, is_rotting
from ui.kit.format import format_day, format_money
from ui.kit.theme import amber, blend, overdue, tier_colours

CARD_ROLE = Qt.ItemDataRole.UserRole + 1


# Cards whose fitted texts are kept; a few columns' loaded pages, so a move repaints from here.
TEXTS_KEPT = 600
# Bytes of painted cards one column keeps: its visible cards twice over at 1×, once at 2×.
PIXMAP_BUDGET = 6 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class CardTexts:
    """What a card's lines say once fitted to its width: worked out once, painted many times."""

    customer: str
    score: str
    score_width: int
    amount: str
    title: tuple[str, ...]
    left: str
    left_colour: QColor
    right: str
    right_colour: QColor | None


class DealCardDelegate(QStyledItemDelegate):
    """Paints one deal card: tier badge, customer, title, amount, days in stage, next visit.

    Shaping and eliding the texts costs more than drawing them, and drawing more than copying a
    picture: each card's fitted texts and its painted picture are kept (keyed by the card's
    values, width, font, palette, state and clock), so a card move repaints two columns mostly
    from pictures of cards that did not change.
    """

    def __init__(
        self, locale: QLocale, rot_days: dict[str, int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.locale = locale
        self.rot_days = rot_days  # stage id → rot days, shared with the board
        self.show_score = False
        self.now: datetime = utcnow()
        self._fonts: dict[str, tuple[QFont, QFont, QFontMetrics, QFontMetrics]] = {}
        self._texts: OrderedDict[tuple[object, ...], CardTexts] = OrderedDict()
        self._pixmaps: OrderedDict[tuple[object, ...], QPixmap] = OrderedDict()
        self._pixmap_bytes = 0

    def fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        """Return the small (secondary lines) and bold (title, amount) fonts, from the view's."""
        small, bold, _, _ = self._font_set(option.font)
        return small, bold

    def _font_set(self, font: QFont) -> tuple[QFont, QFont, QFontMetrics, QFontMetrics]:
        key = font.key()
        found = self._fonts.get(key)
        if found is None:
            small = QFont(font)
            small.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
            bold = QFont(font)
            bold.setWeight(QFont.Weight.DemiBold)
            found = self._fonts[key] = (small, bold, QFontMetrics(small), QFontMetrics(bold))
        return found

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        _, _, small_fm, bold_fm = self._font_set(option.font)
        small_h, bold_h = small_fm.height(), bold_fm.height()
        # Room for a two-line title: reps name deals in long Chinese phrases.
        return QSize(220, 6 + 10 + small_h + 2 + 4 + 2 * bold_h + 5 + small_h + 10)

    def rotting(self, card: Card) -> bool:
        return card.status == "open" and is_rotting(
            card.last_touch, self.rot_days.get(card.stage_id, 14), self.now
        )

    def texts(
        self, card: Card, option: QStyleOptionViewItem, width: int, rotting: bool
    ) -> CardTexts:
        """Return the card's texts fitted to an inner width of `width` (kept for repaints)."""
        palette = option.palette
        key = (
            card,
            width,
            option.font.key(),
            palette.cacheKey(),
            palette.currentColorGroup(),
            self.now,
            self.show_score,
            rotting,
        )
        found = self._texts.get(key)
        if found is not None:
            self._texts.move_to_end(key)
            return found
        found = self._fit(card, option, width, rotting)
        self._texts[key] = found
        if len(self._texts) > TEXTS_KEPT:
            self._texts.popitem(last=False)
        return found

    def _fit(
        self, card: Card, option: QStyleOptionViewItem, width: int, rotting: bool
    ) -> CardTexts:
        palette = option.palette
        small, bold, small_fm, bold_fm = self._font_set(option.font)
        badge_w = small_fm.height() + 2 + 4
        room = width - badge_w - 7
        score, score_w = "", 0
        if self.show_score and card.lead_score is not None:
            score = self.tr("Score {0}").format(card.lead_score)
            score_w = small_fm.horizontalAdvance(score) + 12
            room -= score_w + 5  # the chip and its gap
        customer = small_fm.elidedText(card.customer_name, Qt.TextElideMode.ElideRight, room)
        amount = format_money(self.locale, card.amount, card.currency)
        amount_w = bold_fm.horizontalAdvance(amount)
        title = tuple(title_lines(bold, card.title, width - amount_w - 10, width))
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        (left, left_colour), right = self.status_text(card, rotting, muted, palette)
        right_text, right_colour, right_w = "", None, 0
        if right:
            right_text, right_colour = right
            # A stalled mark is the card's news: it keeps its words, the visit date gives way.
            share = width - small_fm.horizontalAdvance(left) - 10 if rotting else 0
            right_w = min(
                small_fm.horizontalAdvance(right_text) + 2,
                (share if share >= 6 * small_fm.averageCharWidth() else 0)
                if rotting
                else width * 11 // 20,
            )
            right_text = small_fm.elidedText(right_text, Qt.TextElideMode.ElideRight, right_w)
        left_room = width - right_w - (10 if right_w else 0)
        left = small_fm.elidedText(left, Qt.TextElideMode.ElideRight, left_room)
        return CardTexts(
            customer, score, score_w, amount, title, left, left_colour,
            right_text, right_colour,
        )  # fmt: skip

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        card: Card | None = index.data(CARD_ROLE)
        if card is None:
            return
        box = option.rect.adjusted(6, 3, -6, -3)
        rotting = self.rotting(card)
        backdrop = getattr(option.widget, "card_backdrop", lambda: None)()
        ratio = painter.device().devicePixelRatioF()
        if backdrop is None or not ratio.is_integer() or box.isEmpty():
            self._paint_card(painter, option, card, box, rotting)
            return
        # A selected card's 2 px border reaches half a pixel beyond its box.
        area = box.adjusted(-1, -1, 1, 1)
        pixmap = self._card_pixmap(option, card, area.size(), rotting, backdrop, ratio)
        painter.drawPixmap(area.topLeft(), pixmap)

    def _card_pixmap(
        self,
        option: QStyleOptionViewItem,
        card: Card,
        size: QSize,
        rotting: bool,
        backdrop: QColor,
        ratio: float,
    ) -> QPixmap:
        """Return the card painted once onto what lies beneath it (opaque, so text renders as on
        the view), kept while the budget allows: a move repaints two columns from these."""
        palette = option.palette
        state = option.state & (QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_MouseOver)
        key = (
            card, size.width(), size.height(), ratio, option.font.key(), palette.cacheKey(),
            palette.currentColorGroup(), state, self.now, self.show_score, rotting, backdrop.rgba(),
        )  # fmt: skip
        pixmap = self._pixmaps.get(key)
        if pixmap is not None:
            self._pixmaps.move_to_end(key)
            return pixmap
        pixmap = QPixmap(size * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(backdrop)
        painter = QPainter(pixmap)
        self._paint_card(
            painter, option, card, QRect(QPoint(1, 1), size.shrunkBy(_MARGINS)), rotting
        )
        painter.end()
        self._pixmaps[key] = pixmap
        self._pixmap_bytes += _bytes(pixmap)
        while self._pixmap_bytes > PIXMAP_BUDGET and len(self._pixmaps) > 1:
            self._pixmap_bytes -= _bytes(self._pixmaps.popitem(last=False)[1])
        return pixmap

    def _paint_card(
        self, painter: QPainter, option: QStyleOptionViewItem, card: Card, box: QRect, rotting: bool
    ) -> None:
        palette = option.palette
        small, bold, small_fm, bold_fm = self._font_set(option.font)
        text = palette.color(QPalette.ColorRole.Text)
        card_bg = palette.color(QPalette.ColorRole.Base)
        border = blend(card_bg, palette.color(QPalette.ColorRole.Text), 0.16)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        if hovered and not selected:
            border = blend(border, highlight, 0.55)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(highlight if selected else border, 2 if selected else 1))
        painter.setBrush(blend(card_bg, highlight, 0.07) if selected else card_bg)
        painter.drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        if rotting:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(amber(palette))
            painter.drawRoundedRect(QRect(box.left(), box.top(), 5, box.height()), 2.5, 2.5)

        inner = box.adjusted(14, 10, -12, -10)
        texts = self.texts(card, option, inner.width(), rotting)
        # Line 1: tier badge, customer, lead score.
        y = inner.top()
        badge_h = small_fm.height() + 2
        badge = QRect(inner.left(), y, badge_h + 4, badge_h)
        fg, bg = tier_colours(palette, card.tier)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(bg)
        painter.drawRoundedRect(badge, 4, 4)
        badge_font = QFont(small)
        badge_font.setWeight(QFont.Weight.Bold)
        painter.setFont(badge_font)
        painter.setPen(fg)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, card.tier)
        right = inner.right()
        if texts.score:
            chip = QRect(right - texts.score_width + 1, y, texts.score_width, badge_h)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(blend(card_bg, highlight, 0.14))
            painter.drawRoundedRect(chip, badge_h / 2, badge_h / 2)
            painter.setFont(small)
            painter.setPen(blend(text, highlight, 0.6))
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, texts.score)
            right = chip.left() - 6
        painter.setFont(small)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        name_rect = QRect(badge.right() + 7, y, right - badge.right() - 7, badge_h)
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignVCenter, texts.customer)

        # Line 2: title and amount.
        y += badge_h + 4
        painter.setFont(bold)
        painter.setPen(text)
        line = QRect(inner.left(), y, inner.width(), bold_fm.height())
        right_aligned = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(line, right_aligned, texts.amount)
        for row, part in enumerate(texts.title):
            painter.drawText(
                QRect(inner.left(), y + row * bold_fm.height(), inner.width(), bold_fm.height()),
                Qt.AlignmentFlag.AlignVCenter,
                part,
            )

        # Line 4: days in stage (amber when stalled) or the close, and the next visit on the right.
        y += 2 * bold_fm.height() + 5
        painter.setFont(small)
        line = QRect(inner.left(), y, inner.width(), small_fm.height())
        if texts.right_colour is not None:
            painter.setPen(texts.right_colour)
            painter.drawText(line, right_aligned, texts.right)
        painter.setPen(texts.left_colour)
        painter.drawText(
            line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, texts.left
        )
        painter.restore()

    def status_text(
        self, card: Card, rotting: bool, muted: QColor, palette: QPalette | None = None
    ) -> tuple[tuple[str, QColor], tuple[str, QColor] | None]:
        """Return the left fact (time in stage, or how it closed) and the right one (visit).

        Amber and red come from the palette given (the application's when none is).
        """
        palette = palette or QGuiApplication.palette()
        closed = format_day(self.locale, card.closed_date, card=True) if card.closed_date else "—"
        if card.status == "won":
            left = (self.tr("Won {0}").format(closed), muted)
        elif card.status == "lost":
            reason = f" · {lost_reason_label(card.lost_reason)}" if card.lost_reason else ""
            return (self.tr("Lost {0}").format(closed) + reason, muted), None
        else:
            # Stalled measures the time since the last follow-up or stage change (the rule's
            # own clock), so the card names that, not the time in the stage.
            left = (
                (
                    self.tr("No follow-up {0}d").format((self.now - card.last_touch).days),
                    amber(palette),
                )
                if rotting
                else (self.tr("{0}d in stage").format(card.days_in_stage(self.now)), muted)
            )
        if card.next_visit:
            late = (self.now.date() - card.next_visit).days
            if late > 0:
                return left, (self.tr("Visit {0}d overdue").format(late), overdue(palette))
            return left, (
                self.tr("Visit {0}").format(format_day(self.locale, card.next_visit, card=True)),
                muted,
            )
        if card.status == "open" and card.expected_close_date:
            return left, (
                self.tr("Close {0}").format(
                    format_day(self.locale, card.expected_close_date, card=True)
                ),
                muted,
            )
        return left, None


_MARGINS = QMargins(1, 1, 1, 1)


def _bytes(pixmap: QPixmap) -> int:
    return pixmap.width() * pixmap.height() * 4


def title_lines(font: QFont, title: str, first_width: int, width: int) -> list[str]:
    """Break a title into at most two lines (the first beside the amount), eliding the second.

    Qt's line breaking keeps words whole and breaks Chinese between characters.
    """
    layout = QTextLayout(title, font)
    layout.beginLayout()
    lines: list[str] = []
    start = 0
    for room in (first_width, width):
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1, room))
        lines.append(title[line.textStart() : line.textStart() + line.textLength()].rstrip())
        start = line.textStart() + line.textLength()
    layout.endLayout()
    if start < len(title) and lines:
        lines[-1] = QFontMetrics(font).elidedText(
            lines[-1] + title[start:], Qt.TextElideMode.ElideRight, width
        )
    return lines
