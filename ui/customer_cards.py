"""The customer card grid: a QListView in icon mode over the list model, painted by a delegate.

A card shows the tier badge (letter and colour, "manual" beside it when set by hand), the
name, an amber churn mark (its reasons on hover), the RFM segment chip, city and industry, the
last contact ("3 天前"), the next visit (red with the days when overdue), what to offer next
(the best growth suggestion), the 12-month revenue
and a freshness warning. A hovered or selected card offers its "follow-up" button: one click
opens the form, one more saves it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from app.customers.listing import CustomerRow
from app.segments import describe_churn, segment_name
from ui.icons import icon
from ui.kit.format import format_compact_money, relative_time
from ui.kit.theme import amber, blend, overdue, tier_colours
from ui.models.customer_list_model import ROW_ROLE, CustomerListModel

CARD_SIZE = QSize(300, 132)


class CustomerCardDelegate(QStyledItemDelegate):
    """Paints one customer card from the model's plain row."""

    def __init__(self, model: CustomerListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.locale: QLocale = model.locale
        self.width = CARD_SIZE.width()  # the grid shares its width out among the cards

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        small = QFontMetrics(self.small(option)).height()
        bold = QFontMetrics(option.font).height()
        # Margins, name line, chip line, contact line, offer line, revenue line (see paint).
        return QSize(
            self.width,
            10 + 10 + (bold + 2) + 6 + (small + 4) + 6 + small + 6 + small + 8 + bold + 18,
        )

    @staticmethod
    def box(rect: QRect) -> QRect:
        return rect.adjusted(5, 5, -5, -5)

    def button_rect(self, rect: QRect, option: QStyleOptionViewItem) -> QRect:
        """Where the card's "follow-up" button sits (bottom right)."""
        small = self.small(option)
        fm = QFontMetrics(small)
        text = self.tr("+ Follow-up")
        box = self.box(rect)
        width, height = fm.horizontalAdvance(text) + 16, fm.height() + 6
        return QRect(box.right() - width - 9, box.bottom() - height - 7, width, height)

    def risk_rect(self, rect: QRect, option: QStyleOptionViewItem) -> QRect:
        size = QFontMetrics(option.font).height()
        box = self.box(rect)
        return QRect(box.right() - size - 10, box.top() + 10, size, size)

    @staticmethod
    def small(option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.9))
        return font

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        row: CustomerRow | None = index.data(ROW_ROLE)
        if row is None:
            return
        palette = option.palette
        text = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        base = palette.color(QPalette.ColorRole.Base)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        border = blend(base, text, 0.16)
        if hovered and not selected:
            border = blend(border, highlight, 0.55)
        small, bold = self.small(option), QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        small_fm, bold_fm = QFontMetrics(small), QFontMetrics(bold)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = self.box(option.rect)
        painter.setPen(QPen(highlight if selected else border, 2 if selected else 1))
        painter.setBrush(blend(base, highlight, 0.07) if selected else base)
        painter.drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 7, 7)
        inner = box.adjusted(12, 10, -10, -8)

        # Line 1: tier badge, "manual", name, churn mark.
        y = inner.top()
        line_h = bold_fm.height() + 2
        badge = QRect(inner.left(), y, line_h + 4, line_h)
        fg, bg = tier_colours(palette, row.tier)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(bg)
        painter.drawRoundedRect(badge, 4, 4)
        painter.setFont(bold)
        painter.setPen(fg)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, row.tier)
        left = badge.right() + 7
        if row.tier_manual:
            manual = self.tr("manual")
            width = small_fm.horizontalAdvance(manual) + 8
            chip = QRect(
                left, y + (line_h - small_fm.height() - 2) // 2, width, small_fm.height() + 2
            )
            painter.setPen(QPen(fg, 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(chip).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
            painter.setFont(small)
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, manual)
            left = chip.right() + 7
        right = inner.right()
        if row.at_risk:
            mark = self.risk_rect(option.rect, option)
            icon("warning", amber(palette)).paint(painter, mark)
            right = mark.left() - 6
        painter.setFont(bold)
        painter.setPen(text)
        name_rect = QRect(left, y, right - left, line_h)
        painter.drawText(
            name_rect,
            Qt.AlignmentFlag.AlignVCenter,
            bold_fm.elidedText(row.name, Qt.TextElideMode.ElideRight, name_rect.width()),
        )

        # Line 2: RFM segment chip, city · industry.
        y += line_h + 6
        chip_h = small_fm.height() + 4
        x = inner.left()
        if row.segment:
            seg = segment_name(row.segment)
            width = small_fm.horizontalAdvance(seg) + 14
            chip = QRect(x, y, width, chip_h)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(blend(base, highlight, 0.14))
            painter.drawRoundedRect(chip, chip_h / 2, chip_h / 2)
            painter.setFont(small)
            painter.setPen(blend(text, highlight, 0.6))
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, seg)
            x = chip.right() + 8
        where = " · ".join(part for part in (row.city, row.industry) if part)
        painter.setFont(small)
        painter.setPen(muted)
        place = QRect(x, y, inner.right() - x, chip_h)
        painter.drawText(
            place,
            Qt.AlignmentFlag.AlignVCenter,
            small_fm.elidedText(where, Qt.TextElideMode.ElideRight, place.width()),
        )

        # Line 3: last contact, next visit.
        y += chip_h + 6
        line = QRect(inner.left(), y, inner.width(), small_fm.height())
        # Short words: a card is ~250 px wide and both facts share its line.
        contact = (
            self.tr("Contacted {0}").format(relative_time(row.last_contact_at, self.model.now))
            if row.last_contact_at is not None
            else self.tr("Never contacted")
        )
        visit = self.model.visit_text(row)
        room = line.width()
        if visit:
            # The visit keeps its whole text at the right; the contact gives way before it.
            visit_text = self.tr("Visit {0}").format(visit)
            # Both whole when they fit; else the visit keeps what the contact leaves, at least
            # half the line.
            room_left = line.width() - small_fm.horizontalAdvance(contact) - 8
            visit_width = min(
                small_fm.horizontalAdvance(visit_text), max(room_left, line.width() // 2)
            )
            late = row.next_visit is not None and row.next_visit < self.model.now.date()
            painter.setPen(overdue(palette) if late else muted)
            painter.drawText(
                line,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                small_fm.elidedText(visit_text, Qt.TextElideMode.ElideRight, visit_width),
            )
            room -= visit_width + 8
        painter.setPen(muted)
        painter.drawText(
            line,
            Qt.AlignmentFlag.AlignVCenter,
            small_fm.elidedText(contact, Qt.TextElideMode.ElideRight, room),
        )

        # Line 4: what to offer next (growth suggestions), in the highlight colour.
        y += small_fm.height() + 6
        if row.offer:
            line = QRect(inner.left(), y, inner.width(), small_fm.height())
            painter.setPen(highlight)
            offer = self.tr("Offer next: {0}").format(row.offer)
            painter.drawText(
                line,
                Qt.AlignmentFlag.AlignVCenter,
                small_fm.elidedText(offer, Qt.TextElideMode.ElideRight, line.width()),
            )

        # Line 5: revenue, freshness warning or the follow-up button.
        y += small_fm.height() + 8
        line = QRect(inner.left(), y, inner.width(), bold_fm.height())
        money = format_compact_money(self.locale, row.revenue_12m)
        painter.setFont(bold)
        painter.setPen(text)
        painter.drawText(line, Qt.AlignmentFlag.AlignVCenter, money)
        painter.setFont(small)
        painter.setPen(muted)
        painter.drawText(
            line.adjusted(bold_fm.horizontalAdvance(money) + 5, 0, 0, 0),
            Qt.AlignmentFlag.AlignVCenter,
            self.tr("in 12 months"),
        )
        if hovered or selected:
            button = self.button_rect(option.rect, option)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(highlight)
            painter.drawRoundedRect(button, 4, 4)
            painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
            painter.drawText(button, Qt.AlignmentFlag.AlignCenter, self.tr("+ Follow-up"))
        elif row.stale:
            painter.setPen(amber(palette))
            painter.drawText(
                line,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self.tr("Info not verified")
                if row.info_verified_at is None
                else self.tr("Info %n days old", "", (self.model.now - row.info_verified_at).days),
            )
        painter.restore()

    def helpEvent(  # noqa: N802 - Qt override
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex,
    ) -> bool:
        row: CustomerRow | None = index.data(ROW_ROLE)
        if (
            event.type() == QEvent.Type.ToolTip
            and row is not None
            and row.at_risk
            and self.risk_rect(option.rect, option).contains(event.pos())
        ):
            reasons = describe_churn(row.churn_reason, self.model.now.date())
            QToolTip.showText(event.globalPos(), "\n".join(reasons) or self.tr("At risk"), view)
            return True
        return super().helpEvent(event, view, option, index)


class CustomerGridView(QListView):
    """Cards left to right, wrapping; Enter or a double-click opens the record."""

    open_requested = Signal(str)
    follow_up_requested = Signal(str)

    def __init__(self, model: CustomerListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CustomerGrid")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setUniformItemSizes(True)
        self.setSpacing(4)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setMouseTracking(True)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setModel(model)
        self.card_delegate = CustomerCardDelegate(model, self)
        self.setItemDelegate(self.card_delegate)
        self.doubleClicked.connect(self._open)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        room = self.viewport().width() - 2 * self.spacing() - 2
        columns = max(1, room // CARD_SIZE.width())
        width = max(CARD_SIZE.width() - 40, room // columns - 2 * self.spacing())
        if width != self.card_delegate.width:
            self.card_delegate.width = width
            self.scheduleDelayedItemsLayout()

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(index.data(ROW_ROLE).id)

    def current_id(self) -> str | None:
        index = self.currentIndex()
        return index.data(ROW_ROLE).id if index.isValid() else None

    def button_at(self, pos: QPoint) -> str | None:
        """Return the id of the card whose follow-up button is at pos (viewport coordinates)."""
        index = self.indexAt(pos)
        if not index.isValid():
            return None
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        rect = self.visualRect(index)
        if self.card_delegate.button_rect(rect, option).contains(pos):
            return index.data(ROW_ROLE).id
        return None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        customer_id = (
            self.button_at(event.position().toPoint())
            if event.button() == Qt.MouseButton.LeftButton
            else None
        )
        super().mouseReleaseEvent(event)
        if customer_id:
            self.follow_up_requested.emit(customer_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open(self.currentIndex())
            return
        super().keyPressEvent(event)
