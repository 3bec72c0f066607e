"""Merge an export bundle into the database by id, newest updated_at winning (SPEC §9)."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections import defaultdict
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO, TextIO, cast

from sqlalchemy import Connection, Table, bindparam, insert, select, update
from sqlalchemy.exc import IntegrityError

from app.db import Database, backup, bulk_work
from app.derived import refresh_all_on
from app.i18n import msg
from app.parsing.errors import UnusableFileError
from app.sync.bundle_export import read_chunks, sha256_of
from app.sync.bundle_format import (
    CSV_ENCODING,
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    column_codec,
    file_name,
    synced_tables,
)
from app.sync.result import Conflict, ImportResult, Progress, report

BATCH = 2000
# Tables whose rows also carry a unique natural key: two databases may hold the "same" row under
# different ids, and the incoming id is then mapped onto the local one.
NATURAL_KEYS = {"stage": "key"}
# Conflicts beyond this many are counted but not listed one by one.
CONFLICTS_LISTED = 1000
# Repeated ids named one by one in the warnings; every such row is also a rejected row.
DUPLICATES_LISTED = 20
# Bundles hold notes and scripts of any length.
csv.field_size_limit(2**31 - 1)


class BundleReader:
    """Read a bundle's files from a folder or a .zip the same way."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._zip = None if path.is_dir() else zipfile.ZipFile(path)
        except (OSError, zipfile.BadZipFile) as exc:
            raise UnusableFileError("bundle.not_bundle", name=path.name, cause=exc) from exc
        # Windows' "Send to → Compressed folder" puts the bundle's folder inside the zip.
        self._prefix = zip_prefix(self._zip.namelist()) or "" if self._zip is not None else ""

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()

    def names(self) -> set[str]:
        if self._zip is not None:
            prefix = self._prefix
            return {n[len(prefix) :] for n in self._zip.namelist() if n.startswith(prefix)}
        return {entry.name for entry in self.path.iterdir() if entry.is_file()}

    @contextmanager
    def open_binary(self, name: str) -> Iterator[BinaryIO]:
        # typeshed types a zip member (ZipExtFile) as a bare BufferedIOBase; it reads like a file.
        handle = (
            cast(BinaryIO, self._zip.open(self._prefix + name))
            if self._zip is not None
            else (self.path / name).open("rb")
        )
        try:
            yield handle
        finally:
            handle.close()

    def open_text(self, name: str) -> AbstractContextManager[TextIO]:
        return _text(self.open_binary(name))


@contextmanager
def _text(binary: AbstractContextManager[BinaryIO]) -> Iterator[TextIO]:
    with binary as handle:
        yield io.TextIOWrapper(handle, encoding=CSV_ENCODING, newline="")


def bundle_root(path: Path) -> Path | None:
    """Return the bundle folder or zip that path names, or None when it is not a bundle."""
    if path.name == MANIFEST and path.is_file():
        return path.parent
    if path.is_dir():
        return path if (path / MANIFEST).is_file() else None
    if path.is_file() and zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            return path if zip_prefix(archive.namelist()) is not None else None
    return None


def zip_prefix(names: list[str]) -> str | None:
    """Return where a zip keeps the bundle: "" at its top, "folder/" one level down, else None."""
    if MANIFEST in names:
        return ""
    nested = {name[: -len(MANIFEST)] for name in names if name.endswith("/" + MANIFEST)}
    # Exactly one folder, one level deep, and nothing of the bundle outside it.
    if len(nested) == 1 and (prefix := nested.pop()).count("/") == 1 and ".." not in prefix:
        return prefix
    return None


def _is_file_entry(entry: object) -> bool:
    # What the rest of the import reads of an entry; anything else is not our manifest.
    return (
        isinstance(entry, dict)
        and isinstance(entry.get("file"), str)
        and isinstance(entry.get("entity", ""), str)
        and isinstance(entry.get("sha256", ""), str)
    )


def _read_manifest(reader: BundleReader) -> dict[str, Any]:
    names = reader.names()
    if MANIFEST not in names:
        raise UnusableFileError("bundle.no_manifest", name=reader.path.name, manifest=MANIFEST)
    try:
        with reader.open_binary(MANIFEST) as handle:
            manifest = json.loads(handle.read().decode("utf-8-sig"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise UnusableFileError("bundle.manifest_unreadable", manifest=MANIFEST, cause=exc) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise UnusableFileError("bundle.manifest_foreign", manifest=MANIFEST)
    version = manifest.get("format_version")
    if version != FORMAT_VERSION:
        raise UnusableFileError("bundle.format_version", version=version, supported=FORMAT_VERSION)
    files = manifest.get("files", [])
    if not isinstance(files, list) or not all(_is_file_entry(entry) for entry in files):
        raise UnusableFileError("bundle.manifest_foreign", manifest=MANIFEST)
    for entry in files:
        name = entry["file"]
        if name not in names:
            raise UnusableFileError("bundle.file_missing", name=name)
    return manifest


def read_bundle_manifest(path: Path) -> dict[str, Any]:
    """Return a bundle's manifest after checking it is one this version can read."""
    reader = BundleReader(bundle_root(path) or path)
    try:
        return _read_manifest(reader)
    finally:
        reader.close()


def _verify_checksums(reader: BundleReader, manifest: dict[str, Any]) -> None:
    for entry in manifest["files"]:
        with reader.open_binary(entry["file"]) as handle:
            actual = sha256_of(read_chunks(handle))
        if actual != entry.get("sha256"):
            raise UnusableFileError("bundle.checksum", name=entry["file"])


class _Merger:
    """Merge rows table by table in one transaction, counting into the result."""

    def __init__(self, conn: Connection, result: ImportResult, owner: str | None) -> None:
        self.conn = conn
        self.result = result
        self.owner = owner or None
        self.remaps: dict[str, dict[str, str]] = defaultdict(dict)
        # (table, column, referenced table) → ids the incoming rows point at.
        self.references: dict[tuple[str, str, str], set[str]] = defaultdict(set)
        self.duplicates = 0

    def merge_file(
        self, table: Table, handle: TextIO, done: int, total: int, progress: Progress | None
    ) -> int:
        reader = csv.reader(handle)
        header = next(reader, None) or []
        for required in ("id", "updated_at"):
            if required not in header:
                raise UnusableFileError("bundle.column_missing", table=table.name, column=required)
        columns = [(index, table.c[key]) for index, key in enumerate(header) if key in table.c]
        decoders = [(index, column.key, column_codec(column)[1]) for index, column in columns]
        foreign = {
            column.key: next(iter(column.foreign_keys)).column.table.name
            for _, column in columns
            if column.foreign_keys
        }
        batch: list[dict[str, Any]] = []
        seen: set[str] = set()
        count = 0
        for row_number, cells in enumerate(reader, start=2):
            count += 1
            record = self._decode(row_number, cells, decoders)
            if record is not None and record["id"] in seen:
                self._duplicate(table, row_number, record["id"])
                record = None
            if record is not None:
                seen.add(record["id"])
                self._remap(table.name, record, foreign)
                batch.append(record)
            if len(batch) >= BATCH:
                self._merge_batch(table, batch)
                batch = []
                report(progress, done + count, total)
        if batch:
            self._merge_batch(table, batch)
        return count

    def _decode(
        self, row_number: int, cells: list[str], decoders: list[Any]
    ) -> dict[str, Any] | None:
        record: dict[str, Any] = {}
        for index, key, decode in decoders:
            try:
                record[key] = decode(cells[index] if index < len(cells) else "")
            except (ValueError, ArithmeticError) as exc:
                self.result.reject(row_number, [(key, msg("bundle.cannot_read_cell", cause=exc))])
                return None
        if not record.get("id") or record.get("updated_at") is None:
            self.result.reject(
                row_number,
                [("id", msg("bundle.id_empty"))],
            )
            return None
        if record.get("owner") is None:
            record["owner"] = self.owner
        return record

    def _duplicate(self, table: Table, row_number: int, record_id: str) -> None:
        """Reject a second row with an id already read: which of the two is right is unknown."""
        name = file_name(table)
        reason = msg("bundle.duplicate_id", record_id=record_id, name=name)
        self.result.reject(row_number, [("id", reason)])
        self.duplicates += 1
        if self.duplicates <= DUPLICATES_LISTED:
            self.result.warnings.append(
                msg(
                    "bundle.duplicate_id_warning",
                    name=name,
                    record_id=record_id,
                    row_number=row_number,
                )
            )
        elif self.duplicates == DUPLICATES_LISTED + 1:
            self.result.warnings.append(msg("bundle.more_duplicates"))

    def _remap(self, table: str, record: dict[str, Any], foreign: dict[str, str]) -> None:
        for key, target in foreign.items():
            value = record.get(key)
            if value is None:
                continue
            value = self.remaps[target].get(value, value) if target in self.remaps else value
            record[key] = value
            self.references[(table, key, target)].add(value)

    def _local_state(
        self, table: Table, ids: list[str]
    ) -> dict[str, tuple[datetime, datetime | None]]:
        query = select(table.c.id, table.c.updated_at, table.c.deleted_at).where(
            table.c.id.in_(ids)
        )
        return {row.id: (row.updated_at, row.deleted_at) for row in self.conn.execute(query)}

    def _adopt_natural_keys(
        self, table: Table, batch: list[dict[str, Any]], local: dict[str, Any]
    ) -> None:
        key = NATURAL_KEYS[table.name]
        incoming = {
            record[key]: record for record in batch if record["id"] not in local and record.get(key)
        }
        if not incoming:
            return
        query = select(table.c.id, table.c[key]).where(table.c[key].in_(list(incoming)))
        for local_id, natural in self.conn.execute(query):
            record = incoming[natural]
            self.remaps[table.name][record["id"]] = local_id
            record["id"] = local_id
        local.update(self._local_state(table, [r["id"] for r in incoming.values()]))

    def _merge_batch(self, table: Table, batch: list[dict[str, Any]]) -> None:
        newest = {record["id"]: record for record in batch}  # merge_file let no id repeat
        local = self._local_state(table, list(newest))
        if table.name in NATURAL_KEYS:
            self._adopt_natural_keys(table, list(newest.values()), local)
            newest = {record["id"]: record for record in newest.values()}
        counts = self.result.counts(table.name)
        inserts, updates, tombstones = [], [], []
        for record_id, record in newest.items():
            state = local.get(record_id)
            if state is None:
                inserts.append(record)
                counts.created += 1
                continue
            local_updated, local_deleted = state
            incoming_updated, incoming_deleted = record["updated_at"], record.get("deleted_at")
            if incoming_updated > local_updated:
                updates.append(
                    {"b_id": record_id, **{k: v for k, v in record.items() if k != "id"}}
                )
                counts.updated += 1
            elif incoming_deleted is not None and (
                local_deleted is None or incoming_deleted > local_deleted
            ):
                # A deletion travels even when the local row was edited later: tombstones win.
                # Keep the incoming updated_at: "now" would make the same bundle conflict next time.
                tombstones.append(
                    {
                        "b_id": record_id,
                        "deleted_at": incoming_deleted,
                        "updated_at": incoming_updated,
                    }
                )
                counts.updated += 1
            elif incoming_updated == local_updated:
                counts.unchanged += 1
            else:
                counts.conflicts += 1
                if len(self.result.conflict_details) < CONFLICTS_LISTED:
                    self.result.conflict_details.append(
                        Conflict(table.name, record_id, local_updated, incoming_updated)
                    )
        by_id = update(table).where(table.c.id == bindparam("b_id"))
        if inserts:
            self.conn.execute(insert(table), inserts)
        if updates:
            self.conn.execute(by_id, updates)
        if tombstones:
            self.conn.execute(by_id, tombstones)

    def check_references(self) -> None:
        """Refuse the bundle when a row points at a record neither it nor the database has."""
        tables = {table.name: table for table in synced_tables()}
        for (source, column, target), ids in self.references.items():
            wanted = list(ids)
            found: set[str] = set()
            for start in range(0, len(wanted), BATCH):
                chunk = wanted[start : start + BATCH]
                table = tables[target]
                found.update(self.conn.scalars(select(table.c.id).where(table.c.id.in_(chunk))))
            missing = sorted(ids - found)
            if missing:
                raise UnusableFileError(
                    "bundle.dangling_reference",
                    source=source,
                    column=column,
                    count=len(missing),
                    target=target,
                    example=missing[0],
                )


def import_bundle(
    db: Database, path: Path, dry_run: bool = False, progress: Progress | None = None
) -> ImportResult:
    """Merge a bundle folder or .zip into the database; the whole bundle or nothing."""
    root = bundle_root(path) or path
    result = ImportResult(kind="bundle", dry_run=dry_run, encoding="utf-8-sig", delimiter=",")
    reader = BundleReader(root)
    try:
        manifest = _read_manifest(reader)
        _verify_checksums(reader, manifest)
        files = {entry.get("entity"): entry for entry in manifest["files"]}
        total = sum(int(entry.get("rows", 0)) for entry in files.values())
        if not dry_run:
            result.backup_file = backup(db.path, "before-import", quick=True)
        with db.bulk_connection() as conn, conn.begin() as transaction, bulk_work(conn):
            # Rows may point at rows later in the same file (customer.referred_by_id);
            # check_references below gives the clear message, the commit the guarantee.
            conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
            owner = manifest.get("owner")
            merger = _Merger(conn, result, owner if isinstance(owner, str) else None)
            done = 0
            report(progress, 0, total)
            for table in synced_tables():
                entry = files.get(table.name)
                if entry is None:
                    continue
                with reader.open_text(entry["file"]) as handle:
                    done += merger.merge_file(table, handle, done, total, progress)
                report(progress, done, total)
            merger.check_references()
            refresh_all_on(conn)
            if dry_run:
                transaction.rollback()
    except IntegrityError as exc:
        raise UnusableFileError("bundle.does_not_fit", cause=exc.orig) from exc
    finally:
        reader.close()
    return result
