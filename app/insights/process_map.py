"""The process map (流程梳理与可视化): stages as nodes, the moves deals really made as edges.

An edge is a move from one stay to the deal's next one that happened in the period (the next
stay began in it), or from a deal's last stay to won or lost (closed in the period). Each edge
has its count, its share of every move out of the same stage, the median days spent in the
stage before the move, and its kind: forward (to the next stage), skipped (further ahead),
backward (to an earlier stage or the same one again), won or lost.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from statistics import median

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.insights.scope import Scope, stage_order
from app.labels import label
from app.models import Deal, DealStageHistory
from app.pipeline.gates import stage_label

WON, LOST = "won", "lost"
KINDS = ("forward", "skipped", "backward", WON, LOST)


@dataclass(frozen=True)
class Node:
    """A stage box, or the won / lost end (stage_id "won" / "lost")."""

    stage_id: str
    name: str
    name_en: str | None
    index: int

    @property
    def label(self) -> str:
        """The node's name in the current language."""
        return stage_label(self.name, self.name_en)


@dataclass(frozen=True)
class Edge:
    """A move deals made between two nodes."""

    source: str
    target: str
    kind: str
    count: int
    share: float
    median_days: float | None


@dataclass(frozen=True)
class ProcessMap:
    """Nodes in board order then won and lost, and the edges between them."""

    nodes: list[Node]
    edges: list[Edge]

    def edge(self, source: str, target: str) -> Edge | None:
        """Return the edge between two node ids, if deals made that move."""
        return next((e for e in self.edges if e.source == source and e.target == target), None)


def process_map(session: Session, scope: Scope) -> ProcessMap:
    """Collect the moves between stages (and to won / lost) made in the period."""
    order = stage_order(session)
    index = {sid: i for i, (sid, *_rest) in enumerate(order)}
    stays = (
        select(
            DealStageHistory.stage_id,
            DealStageHistory.entered_at,
            DealStageHistory.left_at,
            Deal.status,
            Deal.closed_date,
            func.lead(DealStageHistory.stage_id)
            .over(partition_by=DealStageHistory.deal_id, order_by=DealStageHistory.entered_at)
            .label("next_stage"),
            func.lead(DealStageHistory.entered_at)
            .over(partition_by=DealStageHistory.deal_id, order_by=DealStageHistory.entered_at)
            .label("next_entered"),
        )
        .join(Deal, Deal.id == DealStageHistory.deal_id)
        .where(DealStageHistory.deleted_at.is_(None), scope.mine(Deal))
        .subquery()
    )
    days = func.julianday(func.coalesce(stays.c.left_at, stays.c.next_entered)) - func.julianday(
        stays.c.entered_at
    )
    moved = select(stays.c.stage_id, stays.c.next_stage, days).where(
        stays.c.next_stage.is_not(None), scope.within(stays.c.next_entered)
    )
    closed = select(stays.c.stage_id, stays.c.status, days).where(
        stays.c.next_stage.is_(None),
        stays.c.status.in_((WON, LOST)),
        scope.within_days(stays.c.closed_date),
    )
    spans: dict[tuple[str, str], list[float]] = defaultdict(list)
    for source, target, value in [*session.execute(moved), *session.execute(closed)]:
        if source in index and (target in index or target in (WON, LOST)):
            spans[(source, target)].append(max(0.0, float(value or 0.0)))
    out_of: dict[str, int] = defaultdict(int)
    for (source, _target), values in spans.items():
        out_of[source] += len(values)
    edges = [
        Edge(
            source,
            target,
            _kind(index[source], target, index),
            len(values),
            len(values) / out_of[source],
            float(median(values)) if values else None,
        )
        for (source, target), values in sorted(
            spans.items(), key=lambda item: (index[item[0][0]], _rank(item[0][1], index))
        )
    ]
    nodes = [Node(sid, name, name_en, i) for i, (sid, _key, name, name_en) in enumerate(order)]
    nodes += [
        Node(end, label(f"status.{end}", "zh_CN"), label(f"status.{end}", "en"), len(order) + i)
        for i, end in enumerate((WON, LOST))
    ]
    return ProcessMap(nodes, edges)


def _kind(source: int, target: str, index: dict[str, int]) -> str:
    if target in (WON, LOST):
        return target
    step = index[target] - source
    return "forward" if step == 1 else "skipped" if step > 1 else "backward"


def _rank(target: str, index: dict[str, int]) -> int:
    return index.get(target, len(index) + (target == LOST))
