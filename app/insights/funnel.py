"""The funnel: how far the deals created in a period got, stage by stage.

A deal "reached" a stage when it stayed in that stage or any later one (a skipped stage counts
as passed); a won deal reached every stage. Conversion from a stage is the share of the deals
that reached it which reached the next one (from the last stage: which were won).
Lead→opportunity is the share of the cohort that got past the first stage; opportunity→won is
won deals over the deals that got past it.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Integer, func, select, type_coerce, union_all
from sqlalchemy.orm import Session

from app.insights.scope import Scope, share, stage_order
from app.models import Deal, DealStageHistory, Stage
from app.pipeline import column_totals
from app.pipeline.cards import BoardFilter
from app.pipeline.gates import stage_label

CENTS = Decimal(100)


@dataclass(frozen=True)
class FunnelStage:
    """One stage of the funnel."""

    stage_id: str
    key: str
    name: str
    name_en: str | None
    reached: int
    amount: Decimal
    open_now: int  # open deals of the cohort sitting in this stage today
    conversion: float | None  # to the next stage (or to won, from the last stage)

    @property
    def label(self) -> str:
        """The stage's name in the current language."""
        return stage_label(self.name, self.name_en)


@dataclass(frozen=True)
class Funnel:
    """The funnel of the deals created in a period."""

    stages: list[FunnelStage]
    created: int
    won: int
    lost: int
    won_amount: Decimal
    lead_to_opportunity: float | None
    opportunity_to_won: float | None


def funnel(session: Session, scope: Scope) -> Funnel:
    """Count and sum the deals created in the period by the furthest stage each reached."""
    order = stage_order(session)
    index = {sid: i for i, (sid, *_rest) in enumerate(order)}
    cohort = select(Deal.id).where(scope.mine(Deal), scope.within(Deal.created_at))
    visited = union_all(
        select(DealStageHistory.deal_id.label("deal_id"), DealStageHistory.stage_id).where(
            DealStageHistory.deleted_at.is_(None), DealStageHistory.deal_id.in_(cohort)
        ),
        select(Deal.id.label("deal_id"), Deal.stage_id).where(Deal.id.in_(cohort)),
    ).subquery()
    furthest = (
        select(visited.c.deal_id, func.max(Stage.position).label("position"))
        .join(Stage, Stage.id == visited.c.stage_id)
        .group_by(visited.c.deal_id)
        .subquery()
    )
    positions = {sid: pos for sid, pos in session.execute(select(Stage.id, Stage.position))}
    by_position = {positions[sid]: index[sid] for sid in index}
    rows = session.execute(
        select(
            furthest.c.position,
            Deal.status,
            Deal.stage_id,
            func.count(),
            func.sum(type_coerce(Deal.amount, Integer)),
        )
        .join(furthest, furthest.c.deal_id == Deal.id)
        .group_by(furthest.c.position, Deal.status, Deal.stage_id)
    ).all()
    n = len(order)
    reached = [0] * n
    cents = [0] * n
    open_now = [0] * n
    won = lost = won_cents = created = 0
    for position, status, stage_id, count, amount in rows:
        created += count
        top = (
            n - 1 if status == "won" else by_position.get(position, _nearest(by_position, position))
        )
        for i in range(top + 1):
            reached[i] += count
            cents[i] += amount or 0
        if status == "won":
            won += count
            won_cents += amount or 0
        elif status == "lost":
            lost += count
        elif stage_id in index:
            open_now[index[stage_id]] += count
    stages = [
        FunnelStage(
            sid,
            key,
            name,
            name_en,
            reached[i],
            Decimal(cents[i]) / CENTS,
            open_now[i],
            share(reached[i + 1] if i + 1 < n else won, reached[i]),
        )
        for i, (sid, key, name, name_en) in enumerate(order)
    ]
    past_first = reached[1] if n > 1 else won
    return Funnel(
        stages,
        created,
        won,
        lost,
        Decimal(won_cents) / CENTS,
        share(past_first, created),
        share(won, past_first),
    )


def _nearest(by_position: dict[int, int], position: int) -> int:
    # A deal whose furthest stage was since removed counts up to the live stage before it.
    earlier = [index for pos, index in by_position.items() if pos <= position]
    return max(earlier, default=0)


@dataclass(frozen=True)
class PipelineRow:
    """Open deals of one stage today: count, amount and weighted amount."""

    stage_id: str
    name: str
    name_en: str | None
    count: int
    amount: Decimal
    weighted: Decimal

    @property
    def label(self) -> str:
        """The stage's name in the current language."""
        return stage_label(self.name, self.name_en)


def open_pipeline(session: Session, owner: str | None) -> list[PipelineRow]:
    """Return the board's own column totals (of one owner, or all) in board order."""
    totals = column_totals(session, BoardFilter(owner=owner))
    rows = []
    for sid, _key, name, name_en in stage_order(session):
        t = totals.get(sid)
        rows.append(
            PipelineRow(
                sid,
                name,
                name_en,
                t.count if t else 0,
                t.amount if t else Decimal(0),
                (t.weighted if t else Decimal(0)).quantize(Decimal("0.01")),
            )
        )
    return rows
