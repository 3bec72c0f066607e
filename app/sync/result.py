"""What an import did: counts, rejected rows, conflicts; and how long work is cancelled."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from app.progress import Cancelled, Progress, report

# progress(done, total) -> keep going? Returning False cancels the work.
__all__ = ["Cancelled", "Progress", "report"]  # re-exported: long sync work reports through them


@dataclass(frozen=True)
class RowError:
    """One rejected row: where it is (as the user sees it in Excel) and why."""

    row: int
    column: str
    message: str


@dataclass(frozen=True)
class Conflict:
    """A bundle row older than the local one: the local row was kept."""

    entity: str
    id: str
    local_updated_at: datetime
    incoming_updated_at: datetime


@dataclass
class EntityCounts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0


@dataclass
class ImportResult:
    """The outcome of one import, bundle or foreign file."""

    kind: str
    dry_run: bool = False
    rejected: int = 0
    errors: list[RowError] = field(default_factory=list)
    conflict_details: list[Conflict] = field(default_factory=list)
    by_entity: dict[str, EntityCounts] = field(default_factory=dict)
    encoding: str | None = None
    delimiter: str | None = None
    rejects_file: Path | None = None
    backup_file: Path | None = None
    # Customers made because a deal/order/activity/payment row named one that did not exist.
    customers_created_for_rows: list[str] = field(default_factory=list)
    # Rows that matched an earlier row of the same file and were merged into it.
    merged_rows: int = 0
    # Things the user should know that are not about one row.
    warnings: list[str] = field(default_factory=list)

    def counts(self, entity: str) -> EntityCounts:
        """Return the counters of one entity (table name), creating them on first use."""
        return self.by_entity.setdefault(entity, EntityCounts())

    def _total(self, name: str) -> int:
        return sum(getattr(counts, name) for counts in self.by_entity.values())

    @property
    def created(self) -> int:
        return self._total("created")

    @property
    def updated(self) -> int:
        return self._total("updated")

    @property
    def unchanged(self) -> int:
        return self._total("unchanged")

    @property
    def conflicts(self) -> int:
        return self._total("conflicts")

    def reject(self, row: int, problems: list[tuple[str, str]]) -> None:
        """Count one rejected row with its (column, reason) problems."""
        self.rejected += 1
        self.errors.extend(RowError(row, column, message) for column, message in problems)

    def to_json(self) -> dict[str, Any]:
        """Return the SPEC §10 summary, plus details for people and scripts."""
        return {
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "conflicts": self.conflicts,
            "rejected": self.rejected,
            "errors": [
                {"row": e.row, "column": e.column, "message": e.message} for e in self.errors
            ],
            "kind": self.kind,
            "dry_run": self.dry_run,
            "encoding": self.encoding,
            "delimiter": self.delimiter,
            "rejects_file": str(self.rejects_file) if self.rejects_file else None,
            "backup_file": str(self.backup_file) if self.backup_file else None,
            "by_entity": {entity: vars(counts).copy() for entity, counts in self.by_entity.items()},
            "customers_created_for_rows": list(self.customers_created_for_rows),
            "merged_rows": self.merged_rows,
            "warnings": list(self.warnings),
            "conflict_details": [
                {
                    "entity": c.entity,
                    "id": c.id,
                    "local_updated_at": c.local_updated_at.isoformat(),
                    "incoming_updated_at": c.incoming_updated_at.isoformat(),
                }
                for c in self.conflict_details
            ],
        }
