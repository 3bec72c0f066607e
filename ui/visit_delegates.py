"""Painting the calendar: day cells (counts, holidays, make-up days) and visit rows (tier, when)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.labels import label
from app.visits.agenda import DayCount, VisitItem
from app.workdays import HOLIDAY, MAKEUP, WEEKEND
from ui.kit.theme import blend, overdue, tier_colours
from ui.models.visit_list_model import ITEM_ROLE, VisitListModel
from ui.models.visit_month_model import (
    COUNT_ROLE,
    DAY_ROLE,
    HOLIDAY_ROLE,
    IN_MONTH_ROLE,
    ITEMS_ROLE,
    KIND_ROLE,
    TODAY_ROLE,
)

Index = QModelIndex | QPersistentModelIndex


def _small(option: QStyleOptionViewItem) -> QFont:
    font = QFont(option.font)
    font.setPointSizeF(max(7.0, font.pointSizeF() * 0.88))
    return font


class DayCellDelegate(QStyledItemDelegate):
    """A day of the grid: the day number, a 休/班 mark, then due, overdue, done and skipped."""

    def __init__(self, today: date, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.today = today

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        day: date = index.data(DAY_ROLE)
        counts: DayCount = index.data(COUNT_ROLE)
        kind: str = index.data(KIND_ROLE)
        palette = option.palette
        text = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        red = overdue(palette)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = option.rect.adjusted(2, 2, -2, -2)
        fill = base
        if kind in (HOLIDAY, WEEKEND):
            fill = blend(base, red if kind == HOLIDAY else text, 0.06 if kind == HOLIDAY else 0.035)
        if selected:
            fill = blend(fill, highlight, 0.16)
        border = highlight if index.data(TODAY_ROLE) else blend(base, text, 0.14)
        painter.setPen(QPen(border, 2 if index.data(TODAY_ROLE) else 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5)

        inner = box.adjusted(8, 6, -8, -6)
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        in_month = bool(index.data(IN_MONTH_ROLE))
        painter.setPen(text if in_month else muted)
        painter.drawText(
            inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, str(day.day)
        )
        small = _small(option)
        small_fm = QFontMetrics(small)
        painter.setFont(small)
        mark = {HOLIDAY: self.tr("Holiday"), MAKEUP: self.tr("Workday")}.get(kind)
        holiday = index.data(HOLIDAY_ROLE)
        if holiday:
            painter.setPen(red)
            number_width = QFontMetrics(bold).horizontalAdvance(str(day.day)) + 6
            name_rect = QRect(
                inner.left() + number_width,
                inner.top() + 1,
                inner.width() - number_width - 40,
                small_fm.height(),
            )
            painter.drawText(
                name_rect,
                Qt.AlignmentFlag.AlignLeft,
                small_fm.elidedText(holiday, Qt.TextElideMode.ElideRight, name_rect.width()),
            )
        if mark:
            width = small_fm.horizontalAdvance(mark) + 10
            chip = QRect(inner.right() - width + 1, inner.top(), width, small_fm.height() + 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(blend(base, red if kind == HOLIDAY else highlight, 0.16))
            painter.drawRoundedRect(chip, 4, 4)
            painter.setPen(red if kind == HOLIDAY else highlight)
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, mark)

        lines: list[tuple[str, object]] = []
        if counts.planned:
            if day < self.today:
                lines.append((self.tr("{0} overdue").format(counts.planned), red))
            else:
                lines.append((self.tr("{0} due").format(counts.planned), text))
        if counts.done:
            lines.append((self.tr("{0} done").format(counts.done), muted))
        if counts.skipped:
            lines.append((self.tr("{0} skipped").format(counts.skipped), muted))
        y = inner.top() + QFontMetrics(bold).height() + 4
        for words, colour in lines:
            if y + small_fm.height() > inner.bottom() + 2:
                break
            painter.setPen(colour)  # type: ignore[call-overload]
            row = QRect(inner.left(), y, inner.width(), small_fm.height())
            painter.drawText(
                row,
                Qt.AlignmentFlag.AlignLeft,
                small_fm.elidedText(words, Qt.TextElideMode.ElideRight, inner.width()),
            )
            y += small_fm.height() + 1
        y += 4
        for item in index.data(ITEMS_ROLE) or []:
            if y + small_fm.height() > inner.bottom() + 2:
                break
            self._visit_line(
                painter, option, item, QRect(inner.left(), y, inner.width(), small_fm.height() + 2)
            )
            y += small_fm.height() + 5
        painter.restore()

    def _visit_line(
        self, painter: QPainter, option: QStyleOptionViewItem, item: VisitItem, row: QRect
    ) -> None:
        palette = option.palette
        small = _small(option)
        fm = QFontMetrics(small)
        badge = QRect(row.left(), row.top(), fm.height() + 2, row.height())
        fg, bg = tier_colours(palette, item.tier)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(bg)
        painter.drawRoundedRect(badge, 3, 3)
        bold = QFont(small)
        bold.setWeight(QFont.Weight.Bold)
        painter.setFont(bold)
        painter.setPen(fg)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, item.tier)
        painter.setFont(small)
        late = item.status == "planned" and item.due_date < self.today
        colour = overdue(palette) if late else palette.color(QPalette.ColorRole.Text)
        if item.status != "planned":
            colour = palette.color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(colour)
        text_rect = row.adjusted(badge.width() + 5, 0, 0, 0)
        painter.drawText(
            text_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            fm.elidedText(item.customer_name, Qt.TextElideMode.ElideRight, text_rect.width()),
        )

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        return QSize(110, 84)


class VisitRowDelegate(QStyledItemDelegate):
    """A visit row: tier badge, customer, kind and source, and when (red when overdue)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item: VisitItem | None = index.data(ITEM_ROLE)
        if item is None:
            return
        model = index.model()
        assert isinstance(model, VisitListModel)
        palette = option.palette
        text = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        base = palette.color(QPalette.ColorRole.Base)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = option.rect.adjusted(4, 2, -4, -2)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(blend(base, highlight, 0.18))
            painter.drawRoundedRect(QRectF(box), 5, 5)
        inner = box.adjusted(8, 5, -8, -5)
        small = _small(option)
        small_fm, fm = QFontMetrics(small), QFontMetrics(option.font)
        badge_h = small_fm.height() + 2
        badge = QRect(inner.left(), inner.top() + 1, badge_h + 4, badge_h)
        fg, bg = tier_colours(palette, item.tier)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(bg)
        painter.drawRoundedRect(badge, 4, 4)
        bold_small = QFont(small)
        bold_small.setWeight(QFont.Weight.Bold)
        painter.setFont(bold_small)
        painter.setPen(fg)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, item.tier)

        when = model.when(item)
        late = item.status == "planned" and item.due_date < model.today
        painter.setFont(small)
        when_width = small_fm.horizontalAdvance(when)
        painter.setPen(overdue(palette) if late else muted)
        painter.drawText(
            QRect(inner.right() - when_width, inner.top() + 1, when_width, badge_h),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            when,
        )
        name_left = badge.right() + 8
        name_width = inner.right() - when_width - 8 - name_left
        painter.setFont(option.font)
        painter.setPen(text if item.status == "planned" else muted)
        painter.drawText(
            QRect(name_left, inner.top(), name_width, fm.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            fm.elidedText(item.customer_name, Qt.TextElideMode.ElideRight, name_width),
        )
        detail = f"{label(f'visit_kind.{item.kind}')} · {label(f'visit_source.{item.source}')}"
        if item.reason:
            detail += f" · {item.reason}"
        painter.setFont(small)
        painter.setPen(muted)
        y = inner.top() + max(fm.height(), badge_h) + 3
        painter.drawText(
            QRect(inner.left(), y, inner.width(), small_fm.height()),
            Qt.AlignmentFlag.AlignLeft,
            small_fm.elidedText(detail, Qt.TextElideMode.ElideRight, inner.width()),
        )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        fm, small_fm = QFontMetrics(option.font), QFontMetrics(_small(option))
        return QSize(260, fm.height() + small_fm.height() + 18)
