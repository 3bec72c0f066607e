"""The demo's shared state and random draws: seeded ids, picks, office-hour moments, names."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from itertools import accumulate
from typing import Any

from sqlalchemy import Connection

from app.bulk import insert_rows
from app.demo import vocabulary as v
from app.models import SYNCED_MODELS, table_of

HISTORY_DAYS = 540  # 18 months of pipeline history
BATCH = 20_000

Progress = Callable[[str, int, int], None]


@dataclass
class DemoSummary:
    """How many rows of each kind the generator wrote."""

    counts: dict[str, int] = field(default_factory=dict)


class Ids:
    """Deterministic UUIDs drawn from the seeded generator."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng

    def __call__(self) -> str:
        # Formatting by hand is five times faster than uuid.UUID and gives the same v4 layout.
        h = f"{self._rng.getrandbits(128):032x}"
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}"


class Writer:
    """Buffers rows per table and flushes them with executemany."""

    def __init__(self, conn: Connection, summary: DemoSummary, owner: str, now: datetime) -> None:
        self.conn, self.summary, self.owner, self.now = conn, summary, owner, now
        self.buffers: dict[Any, list[dict[str, Any]]] = {}
        self.pending = 0

    def add(self, model: Any, row: dict[str, Any]) -> None:
        row.setdefault("created_at", self.now)
        row.setdefault("updated_at", row["created_at"])
        row.setdefault("deleted_at", None)
        row.setdefault("owner", self.owner)
        self.buffers.setdefault(model, []).append(row)
        self.pending += 1

    def maybe_flush(self) -> None:
        if self.pending >= BATCH:
            self.flush()

    def flush(self) -> None:
        # Parents before children, whatever order the rows were drawn in: foreign keys are on.
        for model in SYNCED_MODELS:
            rows = self.buffers.get(model)
            if rows:
                columns = sorted(set().union(*rows))
                insert_rows(self.conn, table_of(model), rows, columns)
                name = model.__tablename__
                self.summary.counts[name] = self.summary.counts.get(name, 0) + len(rows)
                rows.clear()
        self.pending = 0


class Draws:
    """The seeded generator, the row writer and what earlier draws left for later ones.

    Every draw goes through one `random.Random`, so the same seed gives the same book only as
    long as the draws happen in the same order.
    """

    def __init__(
        self, rng: random.Random, writer: Writer, today: date, stages: list[tuple[str, str]]
    ) -> None:
        self.rng, self.w, self.today = rng, writer, today
        self.new_id = Ids(rng)
        self.stages = stages  # (id, key) in pipeline order
        self.names: set[str] = set()
        self.product_rows: list[dict[str, Any]] = []
        self.customer_ids: list[str] = []
        self._cumulative: dict[int, list[int]] = {}
        self._nine_am = datetime.combine(today, time(9, 0))

    def pick(self, items: Sequence[Any], weights: list[int] | None = None) -> Any:
        if weights is None:
            return items[int(self.rng.random() * len(items))]
        cumulative = self._cumulative.get(id(weights))
        if cumulative is None:
            cumulative = self._cumulative[id(weights)] = list(accumulate(weights))
        return self.rng.choices(items, cum_weights=cumulative)[0]

    def between(self, low: int, high: int | None = None) -> int:
        """Like randrange, at a fraction of its cost (the demo draws millions of these)."""
        if high is None:
            low, high = 0, low
        return low + int(self.rng.random() * (high - low))

    def moment(self, days_ago: float) -> datetime:
        """A time during office hours, days_ago days before today."""
        return self._nine_am - timedelta(days=days_ago, minutes=-int(self.rng.random() * 540))

    def person(self) -> str:
        given = "".join(self.pick(v.GIVEN_CHARS) for _ in range(self.pick((1, 2, 2))))
        return self.pick(v.SURNAMES) + given

    def mobile(self) -> str:
        prefix = self.pick(["138", "139", "136", "137", "150", "158", "186", "188", "135"])
        return f"{prefix}{self.between(0, 10**8):08d}"
