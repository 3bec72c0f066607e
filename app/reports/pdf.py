"""The PDF report: a two-page summary with bar charts drawn as shapes and the key numbers.

Text is set in the shipped subset of Noto Sans CJK SC (app/data/fonts, SIL OFL 1.1), embedded
and subset again by fpdf2, so the file reads the same on a machine with no Chinese font.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from importlib import resources
from pathlib import Path

from fpdf import FPDF

from app import i18n
from app.i18n import msg
from app.insights.overview import Insights
from app.labels import label
from app.reports.tables import METRIC_KINDS, period_text

FONT = "NotoSansSC-Regular-GB2312.otf"
INK = (33, 37, 41)
MUTED = (108, 117, 125)
BAR = (29, 90, 166)
SOFT = (225, 236, 250)
ALERT = (217, 48, 37)
GOOD = (30, 132, 73)
PAGE_W, MARGIN = 210.0, 14.0
WIDTH = PAGE_W - 2 * MARGIN


def money(value: Decimal | float | None) -> str:
    """Format yuan briefly: ¥12.8万 / ¥3.5亿 in Chinese, ¥12.8K / ¥1.3M in English."""
    if value is None:
        return "—"
    amount = float(value)
    units = ((1e8, "亿"), (1e4, "万")) if i18n.language() == "zh_CN" else ((1e6, "M"), (1e3, "K"))
    for size, unit in units:
        if abs(amount) >= size:
            return f"¥{amount / size:,.1f}{unit}"
    return f"¥{amount:,.0f}"


def percent(value: float | None) -> str:
    """Format a share as a whole percentage."""
    return "—" if value is None else f"{value * 100:.0f}%"


def days(value: float | None) -> str:
    """Format days with one decimal."""
    return "—" if value is None else msg("report.pdf.days", days=f"{value:.1f}")


def metric_value(metric: str, value: float | None) -> str:
    """Format a goal metric's value by its kind."""
    kind = METRIC_KINDS.get(metric, "int")
    if value is None:
        return "—"
    if kind == "money":
        return money(value)
    if kind == "percent":
        return percent(value)
    if kind == "days":
        return days(value)
    if kind == "score":
        return f"{value:.2f}"
    return f"{value:,.0f}"


class _Report(FPDF):
    def __init__(self) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        font = resources.files("app.data").joinpath("fonts", FONT)
        with resources.as_file(font) as path:
            self.add_font("cjk", fname=str(path))
        self.set_auto_page_break(auto=False)
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_title(msg("report.title"))
        self.set_creator("RepBook")

    def text_at(
        self,
        x: float,
        y: float,
        text: str,
        size: float = 9,
        color: tuple[int, int, int] = INK,
        w: float = 0,
        align: str = "L",
    ) -> None:
        self.set_font("cjk", size=size)
        self.set_text_color(*color)
        self.set_xy(x, y)
        self.cell(w=w, h=size * 0.45, text=text, align=align)

    def heading(self, y: float, text: str) -> float:
        self.text_at(MARGIN, y, text, size=11.5)
        self.set_draw_color(*SOFT)
        self.line(MARGIN, y + 6.2, MARGIN + WIDTH, y + 6.2)
        return y + 8.5

    def bars(self, x: float, y: float, w: float, rows: Sequence[tuple[str, float, str, bool]],
             row_h: float = 6.0, label_w: float = 26.0) -> float:  # fmt: skip
        """Horizontal bars: (label, value, text after the bar, highlighted)."""
        top = max((value for _, value, _, _ in rows), default=0.0) or 1.0
        room = w - label_w - 28
        for name, value, after, hot in rows:
            self.text_at(x, y + 0.6, name, size=8.5, w=label_w - 2)
            self.set_fill_color(*SOFT)
            self.rect(x + label_w, y, room, row_h - 1.6, style="F")
            self.set_fill_color(*(ALERT if hot else BAR))
            if value > 0:
                self.rect(x + label_w, y, max(0.6, room * value / top), row_h - 1.6, style="F")
            self.text_at(
                x + label_w + room + 1.5, y + 0.6, after, size=8, color=ALERT if hot else MUTED
            )
            y += row_h
        return y

    def columns(self, x: float, y: float, w: float, h: float,
                rows: Sequence[tuple[str, float, str]]) -> float:  # fmt: skip
        """Vertical bars with a label below and the value above each."""
        top = max((value for _, value, _ in rows), default=0.0) or 1.0
        slot = w / max(1, len(rows))
        for i, (name, value, shown) in enumerate(rows):
            bar_h = (h - 10) * value / top
            left = x + i * slot + slot * 0.18
            self.set_fill_color(*BAR)
            if value > 0:
                self.rect(left, y + h - 6 - bar_h, slot * 0.64, bar_h, style="F")
                self.text_at(x + i * slot, y + h - 10 - bar_h, shown, size=6.5, color=MUTED,
                             w=slot, align="C")  # fmt: skip
            self.text_at(x + i * slot, y + h - 4.5, name, size=7, w=slot, align="C")
        return y + h


def _tiles(pdf: _Report, ins: Insights, y: float) -> float:
    pipeline = sum((row.amount for row in ins.pipeline), Decimal(0))
    weighted = sum((row.weighted for row in ins.pipeline), Decimal(0))
    o, r = ins.outcomes, ins.receivables
    rated = ins.satisfaction.mean
    tiles = [
        ("report.figure.open_pipeline", money(pipeline)),
        ("report.figure.weighted_pipeline", money(weighted)),
        ("report.figure.won_deals", f"{o.won:,}"),
        ("report.figure.win_rate", percent(o.win_rate)),
        ("report.figure.cycle_median", days(o.cycle_median_days)),
        ("report.figure.on_time_rate", percent(r.on_time_rate)),
        ("report.figure.receivable_overdue", money(r.overdue)),
        ("report.figure.satisfaction", "—" if rated is None else f"{rated:.2f}"),
    ]
    tile_w, tile_h = WIDTH / 4, 15.0
    for i, (code, value) in enumerate(tiles):
        x, top = MARGIN + (i % 4) * tile_w, y + (i // 4) * (tile_h + 2)
        pdf.set_fill_color(246, 248, 251)
        pdf.rect(x + 0.8, top, tile_w - 1.6, tile_h, style="F")
        pdf.text_at(x + 3, top + 2, msg(code), size=7.5, color=MUTED, w=tile_w - 5)
        pdf.text_at(x + 3, top + 7.5, value, size=12.5, w=tile_w - 5)
    return y + 2 * (tile_h + 2) + 1


def _page_one(pdf: _Report, ins: Insights) -> None:
    pdf.add_page()
    pdf.text_at(MARGIN, MARGIN, msg("report.title"), size=17)
    pdf.text_at(MARGIN, MARGIN + 9, period_text(ins), size=9.5, color=MUTED)
    y = _tiles(pdf, ins, MARGIN + 16)
    for finding in (ins.bottleneck, ins.leak):
        if finding is not None:
            pdf.set_font("cjk", size=8.5)
            pdf.set_text_color(*ALERT if finding is ins.bottleneck else INK)
            pdf.set_xy(MARGIN, y)
            pdf.multi_cell(w=WIDTH, h=4.3, text=finding.sentence())
            y = pdf.get_y() + 1
    half = (WIDTH - 8) / 2
    y0 = pdf.heading(y + 2, msg("report.sheet.funnel"))
    funnel_rows = [
        (s.label, float(s.reached), f"{s.reached} · {percent(s.conversion)}", False)
        for s in ins.funnel.stages
    ]
    funnel_rows.append((label("status.won"), float(ins.funnel.won), f"{ins.funnel.won}", False))
    left_end = pdf.bars(MARGIN, y0, half, funnel_rows)
    neck = ins.bottleneck.stage_id if ins.bottleneck else None
    pdf.text_at(MARGIN + half + 8, y0 - 8.5, msg("report.pdf.median_days"), size=11.5)
    right_end = pdf.bars(
        MARGIN + half + 8,
        y0,
        half,
        [
            (d.label, d.median_days or 0.0, days(d.median_days), d.stage_id == neck)
            for d in ins.durations
        ],
    )
    y = pdf.heading(max(left_end, right_end) + 3, msg("report.sheet.forecast"))
    months = ins.forecast.months[-12:]
    pdf.columns(
        MARGIN, y, half, 44, [(m.month[2:], float(m.weighted), money(m.weighted)) for m in months]
    )
    pdf.text_at(MARGIN + half + 8, y - 8.5, msg("report.sheet.receivables"), size=11.5)
    aging = ins.receivables.aging
    pdf.columns(
        MARGIN + half + 8,
        y,
        half,
        44,
        [(label(f"aging.{b}"), float(v), money(v)) for b, v in aging.items()],
    )
    y = pdf.heading(y + 48, msg("report.sheet.lost"))
    lost = ins.outcomes.lost_reasons[:6]
    if lost:
        pdf.bars(
            MARGIN,
            y,
            WIDTH,
            [
                (label(f"lost_reason.{r.code}"), float(r.count),
                 f"{r.count} · {percent(r.share)} ({percent(r.cumulative)})", False)
                for r in lost
            ],
            label_w=34,
        )  # fmt: skip
    else:
        pdf.text_at(MARGIN, y, msg("report.none"), size=8.5, color=MUTED)


def _table(pdf: _Report, y: float, headers: list[str], rows: list[list[str]],
           widths: list[float]) -> float:  # fmt: skip
    pdf.set_fill_color(*SOFT)
    pdf.rect(MARGIN, y - 0.8, WIDTH, 6, style="F")
    x = MARGIN + 1
    for i, (text, w) in enumerate(zip(headers, widths, strict=True)):
        pdf.text_at(x, y, text, size=8, w=w - 1, align="L" if i == 0 else "R")
        x += w
    y += 6.5
    for row in rows:
        x = MARGIN + 1
        for i, (text, w) in enumerate(zip(row, widths, strict=True)):
            pdf.text_at(x, y, text, size=8, w=w - 1, align="L" if i == 0 else "R")
            x += w
        y += 5.6
    return y


def _page_two(pdf: _Report, ins: Insights) -> None:
    pdf.add_page()
    y = pdf.heading(MARGIN, msg("report.sheet.goals"))
    if not ins.goals:
        pdf.text_at(MARGIN, y, msg("report.none"), size=8.5, color=MUTED)
        y += 8
    for g in ins.goals:
        name = f"{g.name} · {label(f'metric.{g.metric}')}"
        pdf.text_at(MARGIN, y, name, size=9, w=86)
        pdf.text_at(MARGIN, y + 4.6, f"{g.period_start} – {g.period_end}", size=7, color=MUTED)
        done = min(1.0, g.progress or 0.0)
        pdf.set_fill_color(*SOFT)
        pdf.rect(MARGIN + 88, y + 0.5, 50, 4, style="F")
        pdf.set_fill_color(*(GOOD if g.on_track else ALERT if g.on_track is False else BAR))
        if done > 0:
            pdf.rect(MARGIN + 88, y + 0.5, 50 * done, 4, style="F")
        shown = msg(
            "report.pdf.goal_line",
            actual=metric_value(g.metric, g.actual),
            target=metric_value(g.metric, g.target),
            projected=metric_value(g.metric, g.projected),
        )
        pdf.text_at(MARGIN + 140, y, percent(g.progress), size=9, w=14)
        pdf.text_at(MARGIN + 88, y + 5.2, shown, size=7, color=MUTED, w=95)
        y += 11.5
    if len(ins.owners) > 1:
        y = pdf.heading(y + 3, msg("report.sheet.team"))
        headers = [msg(c) for c in ("report.col.owner", "report.col.pipeline", "report.col.win_rate",
                   "report.col.cycle_median", "report.col.visits_done", "report.col.overdue")]  # fmt: skip
        rows = [
            [r.owner or msg("report.no_owner"), money(r.pipeline), percent(r.win_rate),
             days(r.cycle_median_days), f"{r.visits_done} / {r.visits_due}", money(r.overdue)]
            for r in ins.team
        ]  # fmt: skip
        y = _table(pdf, y, headers, rows, [34, 30, 24, 34, 30, 30])
    y = pdf.heading(y + 3, msg("report.sheet.process"))
    names = {n.stage_id: n.label for n in ins.process_map.nodes}
    moves = sorted(ins.process_map.edges, key=lambda e: -e.count)[:12]
    y = _table(
        pdf,
        y,
        [msg(c) for c in ("report.col.from", "report.col.to", "report.col.move", "report.col.deals",
                          "report.col.share", "report.col.median_days")],
        [[names.get(e.source, ""), names.get(e.target, ""), label(f"move.{e.kind}"), f"{e.count:,}",
          percent(e.share), days(e.median_days)] for e in moves],
        [34, 34, 30, 22, 22, 30],
    )  # fmt: skip
    y = pdf.heading(y + 3, msg("report.sheet.tiers"))
    _table(
        pdf,
        y,
        [msg("report.col.tier"), msg("report.col.customers"), msg("report.col.revenue_12m")],
        [[t.tier, f"{t.customers:,}", money(t.revenue_12m)] for t in ins.tiers],
        [40, 40, 50],
    )


def write_pdf(ins: Insights, path: Path) -> None:
    """Write the two-page summary of the insights to path."""
    pdf = _Report()
    _page_one(pdf, ins)
    _page_two(pdf, ins)
    pdf.output(str(path))


def write_text_pdf(text: str, path: Path, title: str = "RepBook") -> None:
    """Write plain text as an A4 PDF in the bundled CJK font, so Chinese prints on any machine."""
    pdf = _Report()
    pdf.set_title(title)
    pdf.set_auto_page_break(auto=True, margin=MARGIN)
    pdf.add_page()
    pdf.set_font("cjk", size=10)
    pdf.set_text_color(*INK)
    pdf.multi_cell(w=0, h=5.5, text=text)
    pdf.output(str(path))
