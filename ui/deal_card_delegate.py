"""Deal cards, painted by a delegate: tier badge, customer, title, amount, stage time, visit."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale, QModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QPainter,
    QPalette,
    QPen,
    QTextLayout,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.labels import lost_reason_label
from app.models.types import utcnow
from app.pipeline import Card, is_rotting
from ui.kit.format import format_day, format_money
from ui.kit.theme import amber, blend, overdue, tier_colours

CARD_ROLE = Qt.ItemDataRole.UserRole + 1


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
        # Room for a two-line title: reps name deals in long Chinese phrases.
        return QSize(220, 6 + 10 + small_h + 2 + 4 + 2 * bold_h + 5 + small_h + 10)

    def rotting(self, card: Card) -> bool:
        return card.status == "open" and is_rotting(
            card.last_touch, self.rot_days.get(card.stage_id, 14), self.now
        )

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        card: Card | None = index.data(CARD_ROLE)
        if card is None:
            return
        palette = option.palette
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
            painter.setBrush(amber(palette))
            painter.drawRoundedRect(QRect(box.left(), box.top(), 5, box.height()), 2.5, 2.5)

        inner = box.adjusted(14, 10, -12, -10)
        small_fm, bold_fm = QFontMetrics(small), QFontMetrics(bold)
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
        for row, part in enumerate(title_lines(bold, card.title, title_w, inner.width())):
            painter.drawText(
                QRect(inner.left(), y + row * bold_fm.height(), inner.width(), bold_fm.height()),
                Qt.AlignmentFlag.AlignVCenter,
                part,
            )

        # Line 4: days in stage (amber when stalled) or the close, and the next visit on the right.
        y += 2 * bold_fm.height() + 5
        painter.setFont(small)
        line = QRect(inner.left(), y, inner.width(), small_fm.height())
        (left, left_colour), right = self.status_text(card, rotting, muted, palette)
        right_w = 0
        if right:
            right_text, right_colour = right
            # A stalled mark is the card's news: it keeps its words, the visit date gives way.
            share = inner.width() - small_fm.horizontalAdvance(left) - 10 if rotting else 0
            right_w = min(
                small_fm.horizontalAdvance(right_text) + 2,
                (share if share >= 6 * small_fm.averageCharWidth() else 0)
                if rotting
                else inner.width() * 11 // 20,
            )
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
        self, card: Card, rotting: bool, muted: QColor, palette: QPalette | None = None
    ) -> tuple[tuple[str, QColor], tuple[str, QColor] | None]:
        """Return the left fact (time in stage, or how it closed) and the right one (visit).

        Amber and red come from the palette given (the application's when none is).
        """
        palette = palette or QGuiApplication.palette()
        closed = format_day(self.locale, card.closed_date) if card.closed_date else "—"
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
                    self.tr("No follow-up for {0} days").format((self.now - card.last_touch).days),
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
                self.tr("Visit {0}").format(format_day(self.locale, card.next_visit)),
                muted,
            )
        if card.status == "open" and card.expected_close_date:
            return left, (
                self.tr("Close {0}").format(format_day(self.locale, card.expected_close_date)),
                muted,
            )
        return left, None


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
