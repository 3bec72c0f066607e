"""The board's column models together: loading, totals, placing cards after a change."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from typing import NamedTuple

from PySide6.QtCore import QLocale, QObject, Signal

from app.db import Database
from app.models.types import utcnow
from app.pipeline import (
    BoardFilter,
    Card,
    ColumnTotals,
    StageInfo,
    card_matches,
    closed_totals,
    column_totals,
    fetch_card,
    list_stages,
)
from ui.models.deal_list_model import DealListModel
from ui.workers import ReloadTask

FIRST_PAGE = 60
CLOSED = ("won", "lost")
# Sorts whose key a stage move leaves alone ("recent" and "oldest" read the stage entry time).
KEPT_BY_A_MOVE = frozenset({"amount", "close_date", "score"})


class FirstPage(NamedTuple):
    """What a column's first page is read for: DealListModel.load's arguments."""

    flt: BoardFilter
    sort: str
    totals: ColumnTotals
    now: datetime


class DealBoardModel(QObject):
    """One DealListModel per open stage plus the won and lost lists, loaded for one filter."""

    stages_changed = Signal()
    summary_changed = Signal()

    def __init__(self, db: Database, locale: QLocale, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db, self.locale = db, locale
        self.stages: list[StageInfo] = []
        self.rot_days: dict[str, int] = {}  # shared with the delegates
        self.models: dict[str, DealListModel] = {s: self._model(None, s) for s in CLOSED}
        self.flt = BoardFilter()
        self.view = "open"
        self.now: datetime = utcnow()
        self._generation = 0  # counts reloads, so first pages read in a worker can tell
        self._pending: dict[str, FirstPage] = {}  # first pages not shown yet, by stage id
        self._wanted: tuple[int, dict[str, DealListModel], dict[str, FirstPage]] = (0, {}, {})
        self._first_pages = ReloadTask(self._read_first_pages, self)
        self._first_pages.succeeded.connect(self._read_shown)
        # A failed read (the book locked, say) is read again here, where its error is shown.
        self._first_pages.failed.connect(lambda _error: self.load_pending())

    def _model(self, stage: StageInfo | None, status: str = "open") -> DealListModel:
        model = DealListModel(self.db, stage=stage, status=status, locale=self.locale, parent=self)
        model.page_size = FIRST_PAGE
        model.totals_changed.connect(self.summary_changed)
        return model

    def stage_models(self) -> list[DealListModel]:
        return [self.models[stage.id] for stage in self.stages]

    # -- loading ---------------------------------------------------------------------------
    def reload(
        self,
        flt: BoardFilter,
        view: str,
        sort: str,
        lead_by_score: bool = False,
        closed_sort: str = "closed",
        cards_later: bool = False,
    ) -> None:
        """Re-read stages and totals, and the first page of each column the view shows.

        With `cards_later`, the headers get their totals now and the open columns' first pages
        are read in a worker thread, then shown together (a window being built: a cold read of
        a large book's columns would otherwise hold up its first paint).
        """
        self._generation += 1
        self._pending = {}
        self.flt, self.view, self.now = flt, view, utcnow()
        with self.db.session() as session:
            stages = list_stages(session)
            totals = column_totals(session, flt, self.now) if view == "open" else {}
            closed = closed_totals(session, view, flt, self.now) if view != "open" else None
        if stages != self.stages:
            for stage in self.stages:
                self.models.pop(stage.id).deleteLater()
            self.stages = stages
            self.models.update({stage.id: self._model(stage) for stage in stages})
            self.stages_changed.emit()
        self.rot_days.clear()
        self.rot_days.update({stage.id: stage.rot_days for stage in stages})
        if view != "open":
            self.models[view].load(flt, closed_sort, closed or ColumnTotals(), self.now)
            return
        pages = {
            stage.id: FirstPage(
                flt,
                "score" if position == 0 and lead_by_score else sort,
                totals.get(stage.id, ColumnTotals()),
                self.now,
            )
            for position, stage in enumerate(stages)
        }
        if not cards_later:
            for stage_id, page in pages.items():
                self.models[stage_id].load(*page)
            return
        for stage_id, page in pages.items():
            self.models[stage_id].set_totals(page.totals)
        self._pending = pages
        # A later reload makes this read stale: its pages are then dropped (see _read_shown).
        self._wanted = (self._generation, {sid: self.models[sid] for sid in pages}, pages)
        self._first_pages.request()

    def _read_first_pages(self, _progress: object) -> tuple[int, dict[str, list[Card]]]:
        # In a worker thread: only what reload handed over, no loaded state.
        generation, models, pages = self._wanted
        with self.db.session() as session:
            rows = {sid: models[sid].first_page(session, *page) for sid, page in pages.items()}
        return generation, rows

    def _read_shown(self, read: tuple[int, dict[str, list[Card]]]) -> None:
        generation, rows = read
        if generation != self._generation:
            return
        for stage_id, page_rows in rows.items():
            page = self._pending.pop(stage_id, None)
            if page is not None:  # else load_pending read it meanwhile
                self.models[stage_id].show_first(*page, page_rows)

    def load_pending(self) -> None:
        """Read now the first pages the worker has not delivered yet (a card is asked for)."""
        pending, self._pending = self._pending, {}
        for stage_id, page in pending.items():
            self.models[stage_id].load(*page)

    def reload_totals(self) -> None:
        """Refresh every header from SQL (after undo, edits, …), leaving the loaded cards alone."""
        self.load_pending()  # the worker's pages come with the totals of their reload
        now = utcnow()
        with self.db.session() as session:
            totals = column_totals(session, self.flt, now)
            closed = {status: closed_totals(session, status, self.flt, now) for status in CLOSED}
        for stage in self.stages:
            self.models[stage.id].set_totals(totals.get(stage.id, ColumnTotals()))
        for status, figures in closed.items():
            self.models[status].set_totals(figures)

    def summary(self) -> ColumnTotals:
        """Return the totals of what the view shows: the whole open pipeline, or won / lost."""
        if self.view != "open":
            return self.models[self.view].totals
        parts = [model.totals for model in self.stage_models()]
        return ColumnTotals(
            sum(p.count for p in parts),
            sum((p.amount for p in parts), Decimal(0)),
            sum((p.weighted for p in parts), Decimal(0)),
        )

    # -- cards -----------------------------------------------------------------------------
    def holder(self, deal_id: str) -> DealListModel | None:
        """Return the open-stage model that has this card loaded."""
        return next((m for m in self.stage_models() if m.row_of(deal_id) >= 0), None)

    def move_card(
        self,
        deal_id: str,
        source: DealListModel | None,
        stage_id: str,
        entered_at: datetime | None = None,
    ) -> None:
        """After a committed move: take the card out of its column and into the target, in place,
        adjusting both headers without a query over the column.

        `entered_at` says the move changed only the deal's stage (no gate fields): the loaded
        card is then placed with its new stage, without reading it back, when nothing it is
        sorted or filtered by moved with it.
        """
        self.load_pending()  # a change placed on columns still empty would be lost
        target = self.models[stage_id]
        card = source.take(deal_id) if source is not None else None
        if (
            card is not None
            and source is not None
            and entered_at is not None
            and self.flt == BoardFilter()
            and source.sort == target.sort
            and target.sort.partition(":")[0] in KEPT_BY_A_MOVE
        ):
            target.place(replace(card, stage_id=stage_id, stage_entered_at=entered_at))
            return
        with self.db.session() as session:
            fresh = fetch_card(session, deal_id, target.sort)
            shown = self.flt == BoardFilter() or card_matches(session, deal_id, self.flt)
        if fresh is not None and shown:
            target.place(fresh)
        if source is None:
            self.reload_totals()

    def place(self, deal_id: str) -> None:
        """Put a deal's card wherever it now belongs (or nowhere) and refresh the headers."""
        self.load_pending()  # else the worker's older pages would replace this change
        for model in self.models.values():
            model.take(deal_id, adjust_totals=False)
        with self.db.session() as session:
            card = fetch_card(session, deal_id)
            model = None
            if card is not None and card_matches(session, deal_id, self.flt):
                model = self.models.get(card.stage_id if card.status == "open" else card.status)
            if model is not None and model.sort != "amount":
                card = fetch_card(session, deal_id, model.sort)
        if model is not None:
            model.place(card, adjust_totals=False)
        self.reload_totals()
