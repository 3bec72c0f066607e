"""The Insights screen: funnel, stage durations and the bottleneck, forecast, receivables,
activity, lost reasons, goals, the process map and per-rep figures for a period and owner.

Everything is computed by app.insights in the background worker; the charts and their tables
only show the result, so a large book never stalls the window.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.insights.overview import Insights, compute_insights
from app.insights.scope import Scope, period_of
from app.labels import label
from app.reports import tables as t
from ui.charts.bars import BarChart
from ui.charts.panel import ChartPanel
from ui.charts.process_map import ProcessMapView
from ui.context import AppContext, ChangeEvent
from ui.goals_panel import GoalsPanel
from ui.kit.format import format_compact_money, format_money, format_percent
from ui.kit.stat_card import StatCard
from ui.report_export import ReportExporter
from ui.workers import BackgroundTask

WATCHED = ("deal", "deal_stage_history", "activity", "payment", "goal", "review", "visit_plan",
           "customer", "complaint", "stage")  # fmt: skip
PERIOD_KINDS = ("month", "quarter", "year", "custom")


class InsightsView(QWidget):
    """Charts and tables of one scope, with period and owner selectors."""

    computed = Signal(object)  # Insights, once shown

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or date.today()
        self.locale = QLocale()
        self.insights: Insights | None = None
        self._stale = False
        self._task = BackgroundTask(self._compute, self)
        self._task.succeeded.connect(self._show)
        self._task.failed.connect(lambda error: self.status.setText(str(error)))
        self._task.finished.connect(self._computed)

        self.period = QComboBox(objectName="InsightsPeriod")
        for text in (self.tr("This month"), self.tr("This quarter"), self.tr("This year"),
                     self.tr("Custom…")):  # fmt: skip
            self.period.addItem(text)
        self.period.setCurrentIndex(1)
        self.start_edit, self.end_edit = QDateEdit(), QDateEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setVisible(False)
            edit.dateChanged.connect(self._custom_changed)
        self.owner = QComboBox(objectName="InsightsOwner")
        self.owner.addItem(self.tr("All reps"), None)
        self.export_button = QPushButton(self.tr("Export report…"))
        self.status = QLabel(objectName="PageHint")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period")))
        bar.addWidget(self.period)
        bar.addWidget(self.start_edit)
        bar.addWidget(self.end_edit)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("Rep")))
        bar.addWidget(self.owner)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.export_button)

        self.cards = [StatCard() for _ in range(6)]
        cards = QHBoxLayout()
        for card in self.cards:
            cards.addWidget(card)
        self.finding = QLabel(objectName="InsightsFinding")
        self.finding.setWordWrap(True)

        self.tabs = QTabWidget(objectName="InsightsTabs")
        loc = self.locale
        self.funnel = ChartPanel(BarChart(horizontal=True), loc)
        self.durations = ChartPanel(BarChart(horizontal=True), loc)
        self.process = ChartPanel(ProcessMapView(), loc, orientation=Qt.Orientation.Vertical)
        self.forecast = ChartPanel(BarChart(), loc)
        self.receivables = ChartPanel(BarChart(), loc)
        self.activity = ChartPanel(BarChart(), loc)
        self.lost = ChartPanel(BarChart(horizontal=True), loc)
        self.goals = GoalsPanel(ctx, loc)
        self.goals.today = self.today
        self.team = ChartPanel(BarChart(horizontal=True), loc)
        for panel, text in (
            (self.funnel, self.tr("Funnel")),
            (self.durations, self.tr("Stage durations")),
            (self.process, self.tr("Process map")),
            (self.forecast, self.tr("Forecast")),
            (self.receivables, self.tr("Receivables")),
            (self.activity, self.tr("Activity")),
            (self.lost, self.tr("Lost reasons")),
            (self.goals, self.tr("Goals")),
            (self.team, self.tr("Per rep")),
        ):
            self.tabs.addTab(panel, text)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        title = QLabel(self.tr("Insights"), objectName="PageTitle")
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addLayout(cards)
        layout.addWidget(self.finding)
        layout.addWidget(self.tabs, 1)

        self.exporter = ReportExporter(ctx, self)
        self.export_button.clicked.connect(lambda: self.exporter.ask(self.scope()))
        self.period.currentIndexChanged.connect(self._period_changed)
        self.owner.currentIndexChanged.connect(lambda _i: self.refresh())
        self.goals.changed.connect(self.refresh)
        ctx.events.changed.connect(self._data_changed)
        # Nothing is computed until the screen is first shown: start-up stays quick.
        self._dirty = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    # ------------------------------------------------------------------ scope and computing
    def scope(self) -> Scope:
        """The period and owner the selectors name."""
        kind = PERIOD_KINDS[self.period.currentIndex()]
        if kind == "custom":
            start, end = self.start_edit.date().toPython(), self.end_edit.date().toPython()
            start, end = min(start, end), max(start, end)  # type: ignore[type-var]
        else:
            start, end = period_of(kind, self.today)
        return Scope(start, end, self.owner.currentData(), self.today)

    def set_period(self, kind: str, start: date | None = None, end: date | None = None) -> None:
        """Choose a period as the selector would (custom takes start and end)."""
        self.period.setCurrentIndex(PERIOD_KINDS.index(kind))
        if kind == "custom" and start and end:
            for edit, day in ((self.start_edit, start), (self.end_edit, end)):
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
            self.refresh()

    def refresh(self) -> None:
        """Recompute in the background (once more after the running one, if one runs)."""
        if self._task.is_running():
            self._stale = True
            return
        self._dirty = False
        self._scope = self.scope()
        self.status.setText(self.tr("Computing…"))
        self._task.start()

    def is_busy(self) -> bool:
        """Tell whether a computation is running (tests wait for it)."""
        return self._task.is_running() or self._stale

    def _compute(self, progress: object) -> Insights:
        with self.ctx.db.session() as session:
            return compute_insights(session, self._scope, progress)  # type: ignore[arg-type]

    def _computed(self) -> None:
        if self._stale:
            self._stale = False
            self.refresh()

    def _period_changed(self, index: int) -> None:
        custom = PERIOD_KINDS[index] == "custom"
        if custom:
            start, end = self.scope_dates_of_current()
            for edit, day in ((self.start_edit, start), (self.end_edit, end)):
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
        for edit in (self.start_edit, self.end_edit):
            edit.setVisible(custom)
        self.refresh()

    def scope_dates_of_current(self) -> tuple[date, date]:
        """The dates of the last shown scope (a custom period starts from them)."""
        if self.insights is not None:
            return self.insights.scope.start, self.insights.scope.end
        return period_of("quarter", self.today)

    def _custom_changed(self) -> None:
        if PERIOD_KINDS[self.period.currentIndex()] == "custom":
            self.refresh()

    def _data_changed(self, event: ChangeEvent) -> None:
        if not event.touches(*WATCHED):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    # ------------------------------------------------------------------ showing
    def _show(self, ins: Insights) -> None:
        self.insights = ins
        self._fill_owners(ins.owners)
        start, end = ins.scope.start, ins.scope.end
        self.status.setText(
            self.tr("%1 to %2").replace("%1", start.isoformat()).replace("%2", end.isoformat())
        )
        self._cards(ins)
        findings = [f.sentence() for f in (ins.bottleneck, ins.leak) if f is not None]
        self.finding.setText("\n".join(findings) or self.tr("No deal moved in this period yet."))
        self._charts(ins)
        self.computed.emit(ins)

    def _fill_owners(self, owners: list[str]) -> None:
        current = self.owner.currentData()
        known = [self.owner.itemData(i) for i in range(1, self.owner.count())]
        if known == owners:
            return
        self.owner.blockSignals(True)
        while self.owner.count() > 1:
            self.owner.removeItem(1)
        for name in owners:
            self.owner.addItem(name, name)
        self.owner.setCurrentIndex(max(0, self.owner.findData(current)) if current else 0)
        self.owner.blockSignals(False)
        self.tabs.setTabVisible(self.tabs.indexOf(self.team), len(owners) > 1)

    def _cards(self, ins: Insights) -> None:
        loc = self.locale
        whole = Decimal(1)
        pipeline = sum((row.amount for row in ins.pipeline), Decimal(0)).quantize(whole)
        weighted = sum((row.weighted for row in ins.pipeline), Decimal(0)).quantize(whole)
        rate = ins.outcomes.win_rate
        cycle = ins.outcomes.cycle_median_days
        on_time = ins.receivables.on_time_rate
        figures = [
            (self.tr("Open pipeline"), format_compact_money(loc, pipeline)),
            (self.tr("Weighted pipeline"), format_compact_money(loc, weighted)),
            (self.tr("Win rate"), "—" if rate is None else format_percent(loc, rate)),
            (
                self.tr("Median sales cycle"),
                "—" if cycle is None else self.tr("%1 days").replace("%1", str(round(cycle))),
            ),
            (self.tr("Overdue receivables"), format_compact_money(loc, ins.receivables.overdue)),
            (
                self.tr("On-time collection"),
                "—" if on_time is None else format_percent(loc, on_time),
            ),
        ]
        exact = [format_money(loc, pipeline), format_money(loc, weighted), "", "",
                 format_money(loc, ins.receivables.overdue.quantize(whole)), ""]  # fmt: skip
        for card, (text, value), full in zip(self.cards, figures, exact, strict=True):
            card.show_figure(text, value)
            card.setToolTip(full)

    def _charts(self, ins: Insights) -> None:
        stages = ins.funnel.stages
        self.funnel.chart.set_bars(
            [s.label for s in stages] + [label("status.won")],
            [s.reached for s in stages] + [ins.funnel.won],
        )
        self.funnel.show_table(t.funnel_table(ins))
        neck = ins.bottleneck.stage_id if ins.bottleneck else None
        marked = next((i for i, d in enumerate(ins.durations) if d.stage_id == neck), None)
        self.durations.chart.set_bars(
            [d.label for d in ins.durations], [d.median_days or 0 for d in ins.durations], marked
        )
        self.durations.show_table(t.durations_table(ins))
        kinds = {k: label(f"move.{k}") for k in ("forward", "skipped", "backward", "won", "lost")}
        self.process.chart.show_map(ins.process_map, kinds)
        self.process.show_table(t.process_table(ins))
        months = ins.forecast.months
        self.forecast.chart.set_bars(
            [m.month[2:] for m in months], [float(m.weighted) for m in months]
        )
        self.forecast.show_table(t.forecast_table(ins))
        aging = ins.receivables.aging
        self.receivables.chart.set_bars(
            [label(f"aging.{b}") for b in aging], [float(v) for v in aging.values()], 3
        )
        self.receivables.show_table(t.receivables_table(ins))
        channels = sorted({c for w in ins.activity for c in w.counts})
        self.activity.chart.set_stacked(
            [w.label[5:] for w in ins.activity],
            [(label(f"channel.{c}"), [w.counts.get(c, 0) for w in ins.activity]) for c in channels],
        )
        self.activity.show_table(t.activity_table(ins))
        reasons = ins.outcomes.lost_reasons
        self.lost.chart.set_bars(
            [label(f"lost_reason.{r.code}") for r in reasons], [r.count for r in reasons]
        )
        self.lost.show_table(t.lost_reasons_table(ins))
        self.goals.show_goals(ins.goals, t.goals_table(ins))
        self.team.chart.set_bars([r.owner for r in ins.team], [float(r.pipeline) for r in ins.team])
        self.team.show_table(t.team_table(ins))
