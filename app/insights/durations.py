"""Days deals spend in each stage, and the bottleneck stage (the manual's diagnosis step).

A stay counts when it ended inside the period (a finished stay of a live deal). The bottleneck
is the stage with the longest median stay; with no finished stays it is the stage with the
lowest conversion. The stage with the lowest conversion is named too, as the leak.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.i18n import msg
from app.insights.funnel import Funnel
from app.insights.scope import Scope, stage_order, stats
from app.models import Deal, DealStageHistory
from app.pipeline.gates import stage_label


@dataclass(frozen=True)
class StageDuration:
    """Mean and median days of the stays in one stage that ended in the period."""

    stage_id: str
    name: str
    name_en: str | None
    stays: int
    mean_days: float | None
    median_days: float | None

    @property
    def label(self) -> str:
        """The stage's name in the current language."""
        return stage_label(self.name, self.name_en)


@dataclass(frozen=True)
class Finding:
    """A stage singled out, and why: a catalogue code and its parameters."""

    stage_id: str
    code: str
    params: dict[str, object]

    def sentence(self) -> str:
        """Say the finding in the current language."""
        return msg(self.code, **self.params)


def stay_days(session: Session, scope: Scope) -> dict[str, list[float]]:
    """Return the days of every finished stay that ended in the period, by stage id."""
    days = func.julianday(DealStageHistory.left_at) - func.julianday(DealStageHistory.entered_at)
    rows = session.execute(
        select(DealStageHistory.stage_id, days)
        .join(Deal, Deal.id == DealStageHistory.deal_id)
        .where(
            DealStageHistory.deleted_at.is_(None),
            DealStageHistory.left_at.is_not(None),
            scope.within(DealStageHistory.left_at),
            scope.mine(Deal),
        )
    )
    found: dict[str, list[float]] = defaultdict(list)
    for stage_id, value in rows:
        found[stage_id].append(max(0.0, float(value)))
    return found


def stage_durations(session: Session, scope: Scope) -> list[StageDuration]:
    """Return mean and median days in each stage, in board order."""
    found = stay_days(session, scope)
    result = []
    for sid, _key, name, name_en in stage_order(session):
        mean, middle = stats(found.get(sid, []))
        result.append(StageDuration(sid, name, name_en, len(found.get(sid, [])), mean, middle))
    return result


def leak(funnel: Funnel) -> Finding | None:
    """Name the stage the fewest deals move on from, among the deals that have left it.

    Deals still sitting in a stage have not been decided there yet: counting them as "did
    not move on" would blame the stage the newest deals happen to be in. So a stage's rate is
    the deals that reached a later stage (or were won) over those that reached it and are no
    longer in it; a stage no deal has left yet is not rated.
    """
    rated = []
    for i, stage in enumerate(funnel.stages):
        left = stage.reached - stage.open_now
        if left <= 0:
            continue
        moved_on = funnel.stages[i + 1].reached if i + 1 < len(funnel.stages) else funnel.won
        rated.append((moved_on / left, i, stage, left))
    if not rated:
        return None
    rate, _, worst, left = min(rated, key=lambda r: (r[0], r[1]))
    return Finding(
        worst.stage_id,
        "insights.leak",
        {"stage": worst.label, "rate": f"{rate * 100:.0f}", "reached": left},
    )


def bottleneck(durations: list[StageDuration], funnel: Funnel) -> Finding | None:
    """Name the stage where deals stall: the longest median stay, else the lowest conversion."""
    timed = [d for d in durations if d.median_days is not None]
    if timed:
        slowest = max(timed, key=lambda d: d.median_days or 0.0)
        others = [d.median_days or 0.0 for d in timed if d is not slowest]
        params: dict[str, object] = {
            "stage": slowest.label,
            "days": f"{slowest.median_days:.1f}",
            "stays": slowest.stays,
        }
        if others:
            params["others"] = f"{max(others):.1f}"
            return Finding(slowest.stage_id, "insights.bottleneck.slowest", params)
        return Finding(slowest.stage_id, "insights.bottleneck.only_timed", params)
    found = leak(funnel)
    if found is None:
        return None
    return Finding(found.stage_id, "insights.bottleneck.lowest_conversion", found.params)
