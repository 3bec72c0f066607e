"""Insights as plain tables (title, headers, typed cells): one per report sheet or CSV section.

The screen shows the same tables beside its charts, so what a lead reads in the XLSX is what a
rep saw on screen. Cells carry a kind so each writer formats numbers its own way:
text, int, money (yuan), percent (a share, 0.35), days, score (1–5) and date.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from app.i18n import msg
from app.insights.overview import Insights
from app.labels import label

KINDS = ("text", "int", "money", "percent", "days", "score", "date")


@dataclass(frozen=True)
class Cell:
    """One value and how to show it; None is an empty cell."""

    value: Any
    kind: str = "text"


@dataclass
class Table:
    """One sheet: a key for its name, a title, column headers and typed rows."""

    key: str
    title: str
    headers: list[str]
    rows: list[list[Cell]] = field(default_factory=list)

    def add(self, *cells: Cell) -> None:
        """Append a row."""
        self.rows.append(list(cells))


def _t(value: Any) -> Cell:
    return Cell(value, "text")


def _n(value: Any) -> Cell:
    return Cell(value, "int")


def _m(value: Decimal | float | None) -> Cell:
    return Cell(value, "money")


def _p(value: float | None) -> Cell:
    return Cell(value, "percent")


def _days(value: float | None) -> Cell:
    return Cell(value, "days")


def _h(*codes: str) -> list[str]:
    return [msg(code) for code in codes]


def period_text(ins: Insights) -> str:
    """Say the period and the owner of a report."""
    owner = ins.scope.owner or msg("report.all_owners")
    return msg(
        "report.period",
        start=ins.scope.start.isoformat(),
        end=ins.scope.end.isoformat(),
        owner=owner,
    )


def summary_table(ins: Insights) -> Table:
    """Key numbers of the period."""
    table = Table(
        "summary", msg("report.sheet.summary"), _h("report.col.figure", "report.col.value")
    )
    f, o, r = ins.funnel, ins.outcomes, ins.receivables
    pipeline = sum((row.amount for row in ins.pipeline), Decimal(0))
    weighted = sum((row.weighted for row in ins.pipeline), Decimal(0))
    rows: list[tuple[str, Cell]] = [
        ("report.figure.period", _t(period_text(ins))),
        ("report.figure.deals_created", _n(f.created)),
        ("report.figure.open_pipeline", _m(pipeline)),
        ("report.figure.weighted_pipeline", _m(weighted)),
        ("report.figure.won_deals", _n(o.won)),
        ("report.figure.lost_deals", _n(o.lost)),
        ("report.figure.win_rate", _p(o.win_rate)),
        ("report.figure.cycle_median", _days(o.cycle_median_days)),
        ("report.figure.lead_to_opportunity", _p(f.lead_to_opportunity)),
        ("report.figure.opportunity_to_won", _p(f.opportunity_to_won)),
        ("report.figure.forecast_weighted", _m(ins.forecast.weighted_total)),
        ("report.figure.receivable_due", _m(r.due)),
        ("report.figure.receivable_received", _m(r.received)),
        ("report.figure.receivable_overdue", _m(r.overdue)),
        ("report.figure.on_time_rate", _p(r.on_time_rate)),
        ("report.figure.satisfaction", Cell(ins.satisfaction.mean, "score")),
        (
            "report.figure.bottleneck",
            _t(ins.bottleneck.sentence() if ins.bottleneck else msg("report.none")),
        ),
    ]
    for code, cell in rows:
        table.add(_t(msg(code)), cell)
    return table


def pipeline_table(ins: Insights) -> Table:
    """Open deals per stage today: count, amount and weighted amount."""
    table = Table(
        "pipeline",
        msg("report.sheet.pipeline"),
        _h("report.col.stage", "report.col.deals", "report.col.amount", "report.col.weighted"),
    )
    for row in ins.pipeline:
        table.add(_t(row.label), _n(row.count), _m(row.amount), _m(row.weighted))
    return table


def funnel_table(ins: Insights) -> Table:
    """Deals created in the period by the furthest stage reached."""
    table = Table(
        "funnel",
        msg("report.sheet.funnel"),
        _h(
            "report.col.stage",
            "report.col.reached",
            "report.col.amount",
            "report.col.open_now",
            "report.col.conversion",
        ),
    )
    for st in ins.funnel.stages:
        table.add(_t(st.label), _n(st.reached), _m(st.amount), _n(st.open_now), _p(st.conversion))
    table.add(
        _t(label("status.won")), _n(ins.funnel.won), _m(ins.funnel.won_amount), _t(None), _t(None)
    )
    return table


def durations_table(ins: Insights) -> Table:
    """Mean and median days per stage, the bottleneck marked."""
    table = Table(
        "durations",
        msg("report.sheet.durations"),
        _h(
            "report.col.stage",
            "report.col.stays",
            "report.col.mean_days",
            "report.col.median_days",
            "report.col.note",
        ),
    )
    neck = ins.bottleneck.stage_id if ins.bottleneck else None
    for d in ins.durations:
        note = msg("report.bottleneck_mark") if d.stage_id == neck else None
        table.add(_t(d.label), _n(d.stays), _days(d.mean_days), _days(d.median_days), _t(note))
    return table


def lost_reasons_table(ins: Insights) -> Table:
    """Lost reasons ranked, with their cumulative share (Pareto)."""
    table = Table(
        "lost",
        msg("report.sheet.lost"),
        _h("report.col.reason", "report.col.deals", "report.col.share", "report.col.cumulative"),
    )
    for r in ins.outcomes.lost_reasons:
        table.add(_t(label(f"lost_reason.{r.code}")), _n(r.count), _p(r.share), _p(r.cumulative))
    return table


def forecast_table(ins: Insights) -> Table:
    """Open deals by expected close month, amount and weighted amount."""
    table = Table(
        "forecast",
        msg("report.sheet.forecast"),
        _h("report.col.month", "report.col.deals", "report.col.amount", "report.col.weighted"),
    )
    for m in ins.forecast.months:
        table.add(_t(m.month), _n(m.deals), _m(m.amount), _m(m.weighted))
    table.add(
        _t(msg("report.no_close_date")),
        _n(ins.forecast.undated_deals),
        _m(ins.forecast.undated_amount),
        _t(None),
    )
    return table


def activity_table(ins: Insights) -> Table:
    """Follow-ups per ISO week by channel."""
    channels = sorted({c for w in ins.activity for c in w.counts} | {"phone", "wechat", "visit"})
    headers = [
        msg("report.col.week"),
        *(label(f"channel.{c}") for c in channels),
        msg("report.col.total"),
    ]
    table = Table("activity", msg("report.sheet.activity"), headers)
    for week in ins.activity:
        table.add(_t(week.label), *(_n(week.counts.get(c, 0)) for c in channels), _n(week.total))
    return table


def tiers_table(ins: Insights) -> Table:
    """Customers and their 12-month revenue per tier."""
    table = Table(
        "tiers",
        msg("report.sheet.tiers"),
        _h("report.col.tier", "report.col.customers", "report.col.revenue_12m"),
    )
    for row in ins.tiers:
        table.add(_t(row.tier), _n(row.customers), _m(row.revenue_12m))
    return table


def visits_table(ins: Insights) -> Table:
    """Visit plans due in the period by status."""
    table = Table(
        "visits", msg("report.sheet.visits"), _h("report.col.status", "report.col.visits")
    )
    for status, count in ins.visits.items():
        table.add(_t(label(f"visit_status.{status}")), _n(count))
    return table


def receivables_table(ins: Insights) -> Table:
    """Overdue receivables by age on the snapshot day."""
    table = Table(
        "receivables",
        msg("report.sheet.receivables"),
        _h("report.col.bucket", "report.col.payments", "report.col.amount"),
    )
    r = ins.receivables
    for bucket, amount in r.aging.items():
        table.add(_t(label(f"aging.{bucket}")), _n(r.aging_count[bucket]), _m(amount))
    table.add(_t(msg("report.col.total")), _n(sum(r.aging_count.values())), _m(r.overdue))
    return table


def goals_table(ins: Insights) -> Table:
    """Goals overlapping the period: target, actual, progress and projected value."""
    table = Table(
        "goals",
        msg("report.sheet.goals"),
        _h(
            "report.col.goal",
            "report.col.metric",
            "report.col.start",
            "report.col.end",
            "report.col.target",
            "report.col.actual",
            "report.col.progress",
            "report.col.projected",
            "report.col.on_track",
        ),
    )
    for g in ins.goals:
        kind = METRIC_KINDS.get(g.metric, "int")
        track = None if g.on_track is None else msg("report.yes" if g.on_track else "report.no")
        table.add(
            _t(g.name),
            _t(label(f"metric.{g.metric}")),
            Cell(g.period_start, "date"),
            Cell(g.period_end, "date"),
            Cell(g.target, kind),
            Cell(g.actual, kind),
            _p(g.progress),
            Cell(g.projected, kind),
            _t(track),
        )
    return table


def team_table(ins: Insights) -> Table:
    """One row per rep."""
    table = Table(
        "team",
        msg("report.sheet.team"),
        _h("report.col.owner", "report.col.pipeline", "report.col.open_deals", "report.col.won_deals", "report.col.lost_deals", "report.col.win_rate", "report.col.cycle_median",
           "report.col.visits_done", "report.col.visits_due", "report.col.overdue"),
    )  # fmt: skip
    for r in ins.team:
        table.add(
            _t(r.owner or msg("report.no_owner")),
            _m(r.pipeline),
            _n(r.open_deals),
            _n(r.won),
            _n(r.lost),
            _p(r.win_rate),
            _days(r.cycle_median_days),
            _n(r.visits_done),
            _n(r.visits_due),
            _m(r.overdue),
        )
    return table


def process_table(ins: Insights) -> Table:
    """The moves between stages: from, to, kind, count, share and median days."""
    table = Table(
        "process",
        msg("report.sheet.process"),
        _h(
            "report.col.from",
            "report.col.to",
            "report.col.move",
            "report.col.deals",
            "report.col.share",
            "report.col.median_days",
        ),
    )
    names = {n.stage_id: n.label for n in ins.process_map.nodes}
    for e in ins.process_map.edges:
        table.add(
            _t(names.get(e.source, e.source)),
            _t(names.get(e.target, e.target)),
            _t(label(f"move.{e.kind}")),
            _n(e.count),
            _p(e.share),
            _days(e.median_days),
        )
    return table


METRIC_KINDS = {
    "revenue": "money",
    "new_customers": "int",
    "visits_done": "int",
    "win_rate": "percent",
    "on_time_collection": "percent",
    "cycle_days": "days",
    "satisfaction": "score",
}


def report_tables(ins: Insights) -> list[Table]:
    """Return every table of a report; the per-rep one only when the book has several owners."""
    tables = [
        summary_table(ins),
        pipeline_table(ins),
        funnel_table(ins),
        durations_table(ins),
        process_table(ins),
        lost_reasons_table(ins),
        forecast_table(ins),
        activity_table(ins),
        tiers_table(ins),
        visits_table(ins),
        receivables_table(ins),
        goals_table(ins),
    ]
    if len(ins.owners) > 1:
        tables.append(team_table(ins))
    return tables
