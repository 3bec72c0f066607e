"""Script usage: "used on this deal" with how it went, and each script's success rate."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.changes import ActionError, ChangeSet, Outcome
from app.models import Deal, PlaybookEntry, ScriptUsage
from app.models.playbook import USAGE_OUTCOMES
from app.models.types import utcnow
from app.playbook.entries import Entry

HELPED, NEUTRAL, DID_NOT_HELP = USAGE_OUTCOMES  # positive, neutral, negative


@dataclass(frozen=True)
class UsageStats:
    """How often a script (or an entry's scripts together) was used and how it went."""

    uses: int = 0
    helped: int = 0
    not_helped: int = 0

    @property
    def rate(self) -> float | None:
        """Share of rated uses that helped; None before any use was rated."""
        rated = self.helped + self.not_helped
        return self.helped / rated if rated else None

    def __add__(self, other: UsageStats) -> UsageStats:
        return UsageStats(
            self.uses + other.uses, self.helped + other.helped, self.not_helped + other.not_helped
        )


def record_use(
    session: Session,
    row_id: str,
    script_index: int,
    deal_id: str | None,
    outcome: str,
    *,
    now: datetime | None = None,
) -> Outcome:
    """Record that a script was used (on a deal) and whether it helped."""
    now = now or utcnow()
    if outcome not in USAGE_OUTCOMES:
        raise ActionError("playbook.unknown_outcome", outcome=outcome)
    entry = session.get(PlaybookEntry, row_id)
    if entry is None or entry.deleted_at is not None:
        raise ActionError("playbook.entry_gone")
    deal = session.get(Deal, deal_id) if deal_id else None
    if deal_id and (deal is None or deal.deleted_at is not None):
        raise ActionError("pipeline.deal_gone")
    changes = ChangeSet()
    usage = ScriptUsage(
        entry_id=row_id, script_index=script_index, deal_id=deal_id, used_at=now, outcome=outcome
    )
    changes.create(session, usage, now)
    session.flush()
    return Outcome(changes, created_id=usage.id)


def usage_stats(session: Session) -> dict[tuple[str, int], UsageStats]:
    """Count uses per (entry key, script index), both languages of an entry together."""
    key = func.coalesce(PlaybookEntry.builtin_key, PlaybookEntry.id)
    query = (
        select(key, ScriptUsage.script_index, ScriptUsage.outcome, func.count())
        .join(PlaybookEntry, PlaybookEntry.id == ScriptUsage.entry_id)
        .where(ScriptUsage.deleted_at.is_(None))
        .group_by(key, ScriptUsage.script_index, ScriptUsage.outcome)
    )
    stats: dict[tuple[str, int], UsageStats] = {}
    for entry_key, index, outcome, count in session.execute(query):
        found = UsageStats(
            count, count if outcome == HELPED else 0, count if outcome == DID_NOT_HELP else 0
        )
        stats[entry_key, index] = stats.get((entry_key, index), UsageStats()) + found
    return stats


def entry_stats(stats: dict[tuple[str, int], UsageStats], key: str) -> UsageStats:
    """Add up the uses of all of one entry's scripts."""
    total = UsageStats()
    for (entry_key, _index), found in stats.items():
        if entry_key == key:
            total = total + found
    return total


def sort_by_success(
    entries: Sequence[Entry], stats: dict[tuple[str, int], UsageStats]
) -> list[Entry]:
    """Order entries best first: success rate, then uses; unrated ones keep their order after."""

    def rank(pair: tuple[int, Entry]) -> tuple[int, float, int, int]:
        position, entry = pair
        total = entry_stats(stats, entry.key)
        rate = total.rate
        return (0 if rate is not None else 1, -(rate or 0.0), -total.uses, position)

    return [entry for _, entry in sorted(enumerate(entries), key=rank)]


def script_order(entry: Entry, stats: dict[tuple[str, int], UsageStats]) -> list[int]:
    """Return the entry's script indexes, the best-working first (unrated in shipped order)."""
    count = max((len(t.scripts) for t in entry.texts.values()), default=0)

    def rank(index: int) -> tuple[int, float, int, int]:
        found = stats.get((entry.key, index), UsageStats())
        rate = found.rate
        return (0 if rate is not None else 1, -(rate or 0.0), -found.uses, index)

    return sorted(range(count), key=rank)
