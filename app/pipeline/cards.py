"""The board's plain values: stages, the filter, cards and column totals (no queries here)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

CENTS = Decimal(100)


@dataclass(frozen=True, slots=True)
class StageInfo:
    """A live stage as the board shows it."""

    id: str
    key: str
    name: str
    name_en: str | None
    position: int
    probability: int
    rot_days: int
    required_fields: tuple[str, ...]


@dataclass(frozen=True)
class BoardFilter:
    """The board's filter bar; every part narrows the SQL, none filters in Python."""

    text: str = ""
    owner: str | None = None
    tier: str | None = None
    rotting_only: bool = False
    close_month: tuple[int, int] | None = None  # (year, month) of the expected close date


NO_FILTER = BoardFilter()


@dataclass(frozen=True, slots=True)
class Card:
    """The columns one card paints: a plain tuple, never an ORM object."""

    id: str
    customer_id: str
    customer_name: str
    title: str
    amount: Decimal
    currency: str
    stage_id: str
    status: str
    tier: str
    probability_override: int | None
    stage_entered_at: datetime | None
    last_activity_at: datetime | None
    created_at: datetime
    expected_close_date: date | None
    closed_date: date | None
    lost_reason: str | None
    lead_score: int | None
    owner: str | None
    next_visit: date | None
    sort_key: Any

    @property
    def last_touch(self) -> datetime:
        """Return when the deal last changed stage or had an activity."""
        entered = self.stage_entered_at or self.created_at
        return max(entered, self.last_activity_at) if self.last_activity_at else entered

    @property
    def cycle_days(self) -> int | None:
        """Days from the deal's creation to its close (None while open)."""
        if self.closed_date is None:
            return None
        return max(0, (self.closed_date - self.created_at.date()).days)

    def days_in_stage(self, now: datetime) -> int:
        """Return whole days since the deal entered its current stage."""
        return max(0, (now - (self.stage_entered_at or self.created_at)).days)

    def weighted(self, stage_probability: int) -> Decimal:
        """Return amount × probability (the deal's override, else its stage's)."""
        probability = self.probability_override
        if probability is None:
            probability = stage_probability
        return self.amount * probability / CENTS


@dataclass(frozen=True)
class ColumnTotals:
    """A column header's figures: all matching deals, loaded or not."""

    count: int = 0
    amount: Decimal = Decimal(0)
    weighted: Decimal = Decimal(0)

    def plus(self, card: Card, stage_probability: int, sign: int = 1) -> ColumnTotals:
        """Return the totals with one card added (sign 1) or taken away (sign -1)."""
        return ColumnTotals(
            self.count + sign,
            self.amount + sign * card.amount,
            self.weighted + sign * card.weighted(stage_probability),
        )
