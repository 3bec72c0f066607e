"""One kanban column's cards as a Qt list model, fetched page by page in SQL order."""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication

from app.db import Database
from app.labels import lost_reason_label
from app.models.types import utcnow
from app.pipeline import (
    PAGE_SIZE,
    BoardFilter,
    Card,
    ColumnTotals,
    StageInfo,
    fetch_cards,
    insertion_row,
    is_rotting,
)
from ui.deal_card_delegate import CARD_ROLE
from ui.kit.format import format_day, format_money
from ui.kit.theme import amber

MIME_TYPE = "application/x-repbook-deal"
DEAL_ID_ROLE = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex


class DealListModel(QAbstractListModel):
    """Cards of one open stage (or of won / lost deals), with the column's full totals.

    Only the loaded prefix lives in memory; `fetchMore` continues after the last loaded card
    (keyset paging), so a card placed beyond the loaded rows is simply fetched later. The header
    totals always cover every matching card.
    """

    totals_changed = Signal(object)

    def __init__(
        self,
        db: Database,
        *,
        stage: StageInfo | None,
        status: str = "open",
        locale: QLocale | None = None,
        parent: object | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.stage = stage
        self.status = status
        self.locale = locale or QLocale()
        self.rows: list[Card] = []
        self.totals = ColumnTotals()
        self.flt = BoardFilter()
        self.sort = "amount" if status == "open" else "closed"
        self.now: datetime = utcnow()
        self.page_size = PAGE_SIZE
        # Called with (deal ids, this model) when cards are dropped here; True if it moved them.
        self.drop_handler: Callable[[list[str], DealListModel], bool] | None = None
        self.complete = True  # every matching card is loaded

    # -- loading ---------------------------------------------------------------------------
    def load(self, flt: BoardFilter, sort: str, totals: ColumnTotals, now: datetime) -> None:
        """Show the first page for the filter and sort, with the column's totals."""
        with self.db.session() as session:
            rows = self.first_page(session, flt, sort, totals, now)
        self.show_first(flt, sort, totals, now, rows)

    def first_page(
        self, session: Any, flt: BoardFilter, sort: str, totals: ColumnTotals, now: datetime
    ) -> list[Card]:
        """Read the first page for the filter and sort; reads no loaded state, so a worker
        thread may call it (see DealBoardModel.reload)."""
        return self._fetch(session, flt, sort, now, None) if totals.count else []

    def show_first(
        self,
        flt: BoardFilter,
        sort: str,
        totals: ColumnTotals,
        now: datetime,
        rows: list[Card],
    ) -> None:
        """Show a first page read for this filter and sort, with the column's totals."""
        self.beginResetModel()
        self.flt, self.sort, self.now, self.totals = flt, sort, now, totals
        self.rows = rows
        self.complete = len(self.rows) < self.page_size
        self.endResetModel()
        self.totals_changed.emit(self.totals)

    def set_totals(self, totals: ColumnTotals) -> None:
        self.totals = totals
        self.totals_changed.emit(totals)

    def _fetch(
        self, session: Any, flt: BoardFilter, sort: str, now: datetime, after: Card | None
    ) -> list[Card]:
        return fetch_cards(
            session,
            stage_id=self.stage.id if self.stage else None,
            status=self.status,
            flt=flt,
            sort=sort,
            after=after,
            limit=self.page_size,
            now=now,
        )

    def _page(self, after: Card | None) -> list[Card]:
        with self.db.session() as session:
            return self._fetch(session, self.flt, self.sort, self.now, after)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and not self.complete

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid():
            return
        page = self._page(self.rows[-1] if self.rows else None)
        self.complete = len(page) < self.page_size
        if not page:
            return
        start = len(self.rows)
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self.rows.extend(page)
        self.endInsertRows()

    # -- in-place changes ------------------------------------------------------------------
    def row_of(self, deal_id: str) -> int:
        return next((row for row, card in enumerate(self.rows) if card.id == deal_id), -1)

    def _adjust(self, card: Card, sign: int) -> None:
        if self.stage is not None:
            self.totals = self.totals.plus(card, self.stage.probability, sign)
        else:
            won = card.amount if self.status == "won" else Decimal(0)
            self.totals = ColumnTotals(
                self.totals.count + sign,
                self.totals.amount + sign * card.amount,
                self.totals.weighted + sign * won,
            )
        self.totals_changed.emit(self.totals)

    def take(self, deal_id: str, *, adjust_totals: bool = True) -> Card | None:
        """Remove a loaded card; return it, or None when it is not loaded."""
        row = self.row_of(deal_id)
        if row < 0:
            return None
        self.beginRemoveRows(QModelIndex(), row, row)
        card = self.rows.pop(row)
        self.endRemoveRows()
        if adjust_totals:
            self._adjust(card, -1)
        return card

    def place(self, card: Card, *, adjust_totals: bool = True) -> int:
        """Insert a card where the sort puts it; return its row, or -1 if it lies beyond the
        loaded rows (it will come with a later page)."""
        row = insertion_row(self.rows, card, self.sort)
        beyond = row == len(self.rows) and self.canFetchMore()
        if adjust_totals:
            self._adjust(card, 1)
        if beyond:
            return -1
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.insert(row, card)
        self.endInsertRows()
        return row

    # -- Qt model --------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        card = self.rows[index.row()]
        if role == CARD_ROLE:
            return card
        if role == DEAL_ID_ROLE:
            return card.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (
                f"{card.customer_name} — {card.title} — {self._money(card.amount, card.currency)}"
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(card)
        return None

    def _money(self, amount: Decimal, currency: str) -> str:
        return format_money(self.locale, amount, currency)

    def tooltip(self, card: Card) -> str:
        """Describe a card in full, for the tooltip and screen readers."""
        lines = [
            f"<b>{html.escape(card.title)}</b>",
            html.escape(card.customer_name),
            self.tr("Amount: {0}").format(self._money(card.amount, card.currency)),
        ]
        if self.stage is not None:
            probability = card.probability_override
            probability = self.stage.probability if probability is None else probability
            lines.append(
                self.tr("Weighted ({0}%): {1}").format(
                    probability,
                    self._money(
                        card.weighted(self.stage.probability).quantize(Decimal("0.01")),
                        card.currency,
                    ),
                )
            )
            lines.append(self.tr("In this stage for %n days", "", card.days_in_stage(self.now)))
            if is_rotting(card.last_touch, self.stage.rot_days, self.now):
                lines.append(
                    f"<span style='color:{amber(QGuiApplication.palette()).name()}'>"
                    + self.tr(
                        "Stalled: no activity or stage change for {0} days (limit {1})"
                    ).format((self.now - card.last_touch).days, self.stage.rot_days)
                    + "</span>"
                )
            if card.lead_score is not None:
                lines.append(self.tr("Lead score: {0} / 100").format(card.lead_score))
        if card.expected_close_date and card.status == "open":
            lines.append(
                self.tr("Expected close: {0}").format(
                    format_day(self.locale, card.expected_close_date)
                )
            )
        if card.next_visit:
            lines.append(
                self.tr("Next visit: {0}").format(format_day(self.locale, card.next_visit))
            )
        if card.status == "lost" and card.lost_reason:
            lines.append(
                self.tr("Lost reason: {0}").format(html.escape(lost_reason_label(card.lost_reason)))
            )
        tier = self.tr("Tier {0}").format(card.tier)
        return "<br>".join([*lines, tier])

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return (
                Qt.ItemFlag.ItemIsDropEnabled if self.status == "open" else Qt.ItemFlag.NoItemFlags
            )
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
        if self.status == "open":
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt override
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802 - Qt override
        ids = [self.rows[index.row()].id for index in indexes if index.isValid()]
        mime = QMimeData()
        mime.setData(MIME_TYPE, QByteArray(json.dumps(ids).encode()))
        mime.setText("\n".join(self.data(index) for index in indexes if index.isValid()))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802 - Qt override
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt override
        return Qt.DropAction.MoveAction

    @staticmethod
    def deal_ids(mime: QMimeData) -> list[str]:
        """Return the deal ids a drag carries (empty for foreign or damaged data)."""
        if not mime.hasFormat(MIME_TYPE):
            return []
        try:
            ids = json.loads(bytes(mime.data(MIME_TYPE).data()).decode())
        except (ValueError, UnicodeDecodeError):
            return []
        return [i for i in ids if isinstance(i, str)] if isinstance(ids, list) else []

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,  # noqa: N802
        parent: AnyIndex,
    ) -> bool:
        return self.status == "open" and bool(self.deal_ids(data))

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,  # noqa: N802
        parent: AnyIndex,
    ) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        ids = self.deal_ids(data)
        if not ids or self.drop_handler is None or self.status != "open":
            return False
        return self.drop_handler(ids, self)
