"""Write an export bundle: every synced table as CSV plus a manifest with checksums."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import shutil
import tempfile
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import Connection, Table, func, select
from sqlalchemy.orm import Session

from app import APP_VERSION, settings
from app.db import Database
from app.i18n import msg
from app.models.types import utcnow
from app.private_files import data_folder, make_private, open_private
from app.sync.bundle_format import (
    CONVENTIONS,
    CSV_ENCODING,
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    bundle_columns,
    column_codec,
    file_name,
    synced_tables,
)
from app.sync.result import Progress, report

PROGRESS_EVERY = 2000


@dataclass
class ExportSummary:
    """Where the bundle went and how many rows of each entity it holds."""

    path: Path
    owner: str
    exported_at: datetime
    rows: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.rows.values())

    def to_json(self) -> dict[str, object]:
        """Return the summary as plain JSON values, for `export --json` and scripts."""
        return {
            "path": str(self.path),
            "owner": self.owner,
            "exported_at": self.exported_at.isoformat(timespec="microseconds"),
            "rows": dict(self.rows),
            "total": self.total,
        }


def sha256_of(chunks: Iterable[bytes]) -> str:
    """Return the hex SHA-256 of a stream of byte chunks."""
    digest = hashlib.sha256()
    for chunk in chunks:
        digest.update(chunk)
    return digest.hexdigest()


def read_chunks(handle: BinaryIO, size: int = 1 << 20) -> Iterator[bytes]:
    """Yield a binary file's content in chunks."""
    while chunk := handle.read(size):
        yield chunk


def _file_sha256(path: Path) -> str:
    with path.open("rb") as handle:
        return sha256_of(read_chunks(handle))


class ExportExistsError(FileExistsError):
    """Something is already at the export's target; the caller asks or picks a new name."""

    def __init__(self, out: Path) -> None:
        super().__init__(msg("export.exists", path=out))
        self.out = out


def free_name(out: Path) -> Path:
    """Propose a name beside out that does not exist yet: 导出-2026-12-01.zip, then -2, -3 …"""
    stem, suffix = (out.stem, out.suffix) if out.suffix.lower() == ".zip" else (out.name, "")
    candidate = out
    number = 1
    while candidate.exists():
        number += 1
        candidate = out.with_name(f"{stem}-{number}{suffix}")
    return candidate


def _check_target(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise FileExistsError(msg("export.target_is_file", path=out))
    if out.is_dir() and any(out.iterdir()) and not (out / MANIFEST).exists():
        raise FileExistsError(msg("export.target_not_empty", path=out))


def _write_table(
    conn: Connection, table: Table, target: Path, done: int, total: int, progress: Progress | None
) -> int:
    columns = bundle_columns(table)
    encoders = [column_codec(column)[0] for column in columns]
    count = 0
    with open_private(target, "w", encoding=CSV_ENCODING, newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow([column.key for column in columns])
        for row in conn.execute(select(*columns)):
            writer.writerow([encode(value) for encode, value in zip(encoders, row, strict=True)])
            count += 1
            if count % PROGRESS_EVERY == 0:
                report(progress, done + count, total)
    return count


def _write_bundle(
    conn: Connection, folder: Path, progress: Progress | None
) -> tuple[str, datetime, dict[str, int]]:
    tables = synced_tables()
    with Session(bind=conn) as session:
        owner = settings.get(session, "owner") or ""
    exported_at = utcnow()
    total = sum(conn.scalar(select(func.count()).select_from(table)) or 0 for table in tables)
    files, rows, done = [], {}, 0
    report(progress, 0, total)
    for table in tables:
        target = folder / file_name(table)
        count = _write_table(conn, table, target, done, total, progress)
        done += count
        rows[table.name] = count
        files.append(
            {
                "file": target.name,
                "entity": table.name,
                "rows": count,
                "sha256": _file_sha256(target),
                "columns": [column.key for column in bundle_columns(table)],
            }
        )
        report(progress, done, total)
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": APP_VERSION,
        "owner": owner,
        "exported_at": exported_at.isoformat(timespec="microseconds"),
        "row_counts": rows,
        "conventions": CONVENTIONS,
        "files": files,
    }
    with open_private(folder / MANIFEST, "w", encoding="utf-8") as handle:
        handle.write(json.dumps(manifest, ensure_ascii=False, indent=2))
    return owner, exported_at, rows


def export_bundle(
    db: Database, out: Path, progress: Progress | None = None, *, force: bool = False
) -> ExportSummary:
    """Export every synced table to a bundle folder, or a .zip when out ends in .zip.

    An existing bundle at out is replaced only with force; anything else there never is.
    """
    out = Path(out).expanduser()
    as_zip = out.suffix.lower() == ".zip"
    if not as_zip:
        _check_target(out)
    if (out.is_file() or (out / MANIFEST).is_file()) and not force:
        raise ExportExistsError(out)
    data_folder(out.parent)  # a folder made for the export is user-only too
    # Built beside the target and moved into place at the end, so a cancelled or failed export
    # never leaves a half-written bundle where the user expects a good one.
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        # One read transaction: the files agree with each other even while the app writes.
        with db.engine.connect() as conn:
            owner, exported_at, rows = _write_bundle(conn, staging, progress)
        if as_zip:
            partial = staging / out.name
            with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
                for member in sorted(staging.iterdir()):
                    if member != partial:
                        archive.write(member, member.name)
            make_private(partial)
            os.replace(partial, out)
        else:
            if out.exists():
                shutil.rmtree(out)
            staging.rename(out)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return ExportSummary(out, owner, exported_at, rows)
