"""Foreign rows of activities (an interaction log), matched on customer, time and summary."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import datetime, time
from difflib import SequenceMatcher
from typing import Any

from sqlalchemy import DateTime

from app.bulk import datetime_text
from app.parsing.values import match_key
from app.sqlite import raw_connection
from app.sync.foreign_book import Book, Rows
from app.sync.foreign_fields import Problem, RowParser
from app.sync.foreign_people import CUSTOMER_NAME, stage_contact
from app.sync.foreign_sales import deal_index

Slot = int | str  # a stored activity's rowid, or the id of one this import staged
_STORED_WIDTH = len("2026-03-05 14:30:00.000000")  # how SQLAlchemy's SQLite DateTime writes
# The slot index is split in shards by the hash's low bits: one dict of millions of entries
# doubles in a single step that holds the GIL for ~100 ms, long enough to freeze the window
# while an import runs in a worker; shards of a few thousand grow in steps too small to notice.
_SHARDS = 256
# How alike (difflib ratio of the folded summaries) a row's summary must be to a stored one at
# the same customer and minute to be taken for its edit: "确认预算" → "确认预算和交期" is 0.73.
EDIT_LIKENESS = 0.6
_SHARD_MASK = _SHARDS - 1


class ActivityRows(Rows):
    """An interaction log: one activity per row, matched on customer, time and summary (or a
    summary reading as an edit of the stored one, when the log was corrected since).

    The live activities are indexed by customer and time alone; a summary is folded only when a
    row lands on a customer and time already taken, so a log of new activities never folds the
    million summaries stored before it (SPEC §12 speed), and matching stays exactly SPEC §9's.
    """

    required = (CUSTOMER_NAME, ("occurred_at", "import.date_empty"))

    def __init__(self, book: Book, parse: RowParser) -> None:
        super().__init__(book, parse)
        self.raw = raw_connection(book.conn)
        to_time = (
            DateTime().dialect_impl(book.conn.dialect).result_processor(book.conn.dialect, None)
        )
        # (customer, time) hash → the activity there (a rowid if stored, an id if staged by this
        # import), or a list when several share it; in shards by the hash's low bits.
        self.slots: list[dict[int, Slot | list[Slot]]] = [{} for _ in range(_SHARDS)]
        # Activity id → folded summary, for those compared so far; raw summaries of the
        # activities this import staged, folded only if a later row lands on their slot (in
        # the slot's shard).
        self.keys: dict[str, str] = {}
        self.staged: list[dict[str, str]] = [{} for _ in range(_SHARDS)]
        parse_time = datetime.fromisoformat
        for rowid, customer_id, at in self._stored():
            # Times as datetimes, as the rows bring them: hashing one costs nothing.
            when = parse_time(at) if len(at) == _STORED_WIDTH or to_time is None else to_time(at)
            self._occupy(hash((customer_id, when)), rowid)
        self._deals: dict[tuple[str, str], str] | None = None
        self.deal_latest: dict[str, datetime] = {}

    def _stored(self) -> Iterator[tuple[int, str, str]]:
        # The live-activity index covers the query: a fraction of the table's pages, and the
        # very pages the inserts that follow need in the cache.
        query = "SELECT rowid, customer_id, occurred_at FROM activity {} WHERE deleted_at IS NULL"
        try:
            return self.raw.execute(query.format("INDEXED BY ix_activity_live"))
        except sqlite3.OperationalError:  # no such index
            return self.raw.execute(query.format(""))

    def _occupy(self, slot: int, record_id: Slot) -> None:
        shard = self.slots[slot & _SHARD_MASK]
        taken = shard.get(slot)
        if taken is None:
            shard[slot] = record_id
        elif isinstance(taken, list):
            taken.append(record_id)
        else:
            shard[slot] = [taken, record_id]

    def _identify(self, record: Slot, slot: int) -> tuple[str, str]:
        """Return the id and folded summary of a stored (rowid) or staged (id) activity."""
        if isinstance(record, int):
            row = self.raw.execute("SELECT id, summary FROM activity WHERE rowid = ?", (record,))
            record_id, summary = row.fetchone()
            key = self.keys.get(record_id)
            if key is None:
                key = self.keys[record_id] = match_key(summary or "")
            return record_id, key
        key = self.keys.get(record)
        if key is None:
            key = self.keys[record] = match_key(self.staged[slot & _SHARD_MASK].pop(record))
        return record, key

    def _find(self, slot: int, summary_key: str) -> str | None:
        taken = self.slots[slot & _SHARD_MASK].get(slot)
        if taken is None:
            return None
        records = list(reversed(taken)) if isinstance(taken, list) else [taken]
        # The newest of equal activities wins, as a later row of the file would.
        for record in records:
            record_id, key = self._identify(record, slot)
            if key == summary_key:
                return record_id
        return self._edited(slot, records, summary_key)

    def _edited(self, slot: int, records: list[Slot], summary_key: str) -> str | None:
        # A log imported before and corrected since: the row is the stored activity of that
        # customer and minute whose summary it reads as an edit of (a typo fixed, a sentence
        # added), unless an earlier row of this file already took that activity. Two rows of
        # one file are two activities, and so is an unlike summary at the same minute.
        activities = self.book.entity("activity")
        best, likeness = None, EDIT_LIKENESS
        for record in records:
            if not isinstance(record, int):
                continue
            record_id, key = self._identify(record, slot)
            if activities.seen(record_id):
                continue
            matcher = SequenceMatcher(None, key, summary_key, autojunk=False)
            if matcher.quick_ratio() >= likeness and (ratio := matcher.ratio()) >= likeness:
                best, likeness = record_id, ratio
        return best

    def check(self, values: dict[str, Any]) -> list[Problem]:
        # A time of day in its own column completes a date that came without one.
        moment, hour = values.get("occurred_at"), values.pop("occurred_time", None)
        if moment is not None and hour is not None and moment.time() == time():
            values["occurred_at"] = datetime.combine(moment.date(), hour)
        return super().check(values)

    @property
    def deals(self) -> dict[tuple[str, str], str]:
        if self._deals is None:
            self._deals = deal_index(self.book.conn)
        return self._deals

    def apply(self, values: dict[str, Any]) -> list[Problem]:
        book = self.book
        customer_id = book.customer_for(values["customer_name"])
        contact_id = None
        if values.get("contact_name"):
            contact_id, _ = stage_contact(
                book, customer_id, {"name": values["contact_name"]}, False
            )
        summary = values.get("summary") or ""
        deal_title = values.get("deal_title")
        deal_id = self.deals.get((customer_id, match_key(deal_title))) if deal_title else None
        occurred_at = values["occurred_at"]
        fields = {
            "customer_id": customer_id,
            "contact_id": contact_id,
            "occurred_at": occurred_at,
            "deal_id": deal_id,
            "channel": values.get("channel"),
            "kind": values.get("kind"),
            "summary": summary,
            "feedback": values.get("feedback"),
            "intent_level": values.get("intent_level"),
            "next_step": values.get("next_step"),
        }
        slot = hash((customer_id, occurred_at))
        activities = book.entity("activity")
        shard = self.slots[slot & _SHARD_MASK]
        if slot in shard:
            summary_key = match_key(summary)
            found = self._find(slot, summary_key)
            if activities.seen(found):
                book.result.merged_rows += 1
            record_id = activities.stage(found, fields)
            if found is None:
                self._occupy(slot, record_id)
                self.keys[record_id] = summary_key
        else:
            record_id = activities.stage(None, fields)
            shard[slot] = record_id
            self.staged[slot & _SHARD_MASK][record_id] = summary
        if deal_id is not None:
            latest = self.deal_latest.get(deal_id)
            if latest is None or latest < occurred_at:
                self.deal_latest[deal_id] = occurred_at
        return []

    def finish(self) -> None:
        """Move each deal's last-activity time up to its newest imported activity; let the
        matching indexes go.

        Customers' last contact is the derived refresh's (app.derived), run after every import.
        """
        if self.deal_latest:
            self.raw.executemany(
                "UPDATE deal SET last_activity_at = ?1 WHERE id = ?2"
                " AND (last_activity_at IS NULL OR last_activity_at < ?1)",
                [(datetime_text(at), deal_id) for deal_id, at in self.deal_latest.items()],
            )
        self._release()

    def _release(self) -> None:
        # Shard by shard: freeing a million entries in one step (when the import returns)
        # holds the GIL ~50 ms, and a window waiting on this import in a worker freezes.
        for shards in (self.slots, self.staged):
            for shard in shards:
                shard.clear()
        self.keys.clear()
