"""Import a rep's own sheet or another CRM's export (CSV/XLSX) into the database.

Rows find their records by natural keys — customer by normalised name (then company phone or
e-mail), contact by phone, e-mail or name within its customer, deal by customer and title,
activity by customer, time and summary, order by number (else customer, date, amount, product),
payment by customer, order, due date and amount — so importing a sheet again updates instead of
duplicating, and repeated rows inside one file merge. A row naming a customer that does not exist
creates it (listed in the result) rather than being thrown away. Empty cells never blank out
what is stored. Bad rows are listed with the row number Excel shows, the column and the reason,
and written to <name>.rejects.csv beside the source so they can be fixed and imported again;
good rows go in together in one transaction. A dry run writes nothing at all: no rows, no
backup, no rejects file.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import islice
from pathlib import Path

from sqlalchemy.orm import Session

from app import settings
from app.bulk import CHUNK, collector_paused
from app.db import Database, backup, bulk_work
from app.derived import refresh_imported
from app.i18n import msg
from app.labels import field_list, kind_label
from app.models.types import utcnow
from app.parsing.errors import UnusableFileError
from app.parsing.values import neutralise_formula
from app.pause_points import pause_point
from app.private_files import open_private
from app.sync.csv_source import SourceRow, Table, open_workbook, read_table
from app.sync.foreign_activities import ActivityRows
from app.sync.foreign_book import Book, Rows
from app.sync.foreign_fields import Problem, RowParser
from app.sync.foreign_people import ContactRows, CustomerRows
from app.sync.foreign_sales import DealRows, OrderRows, PaymentRows
from app.sync.headers import FIELDS, Mapping, guess_kind, guess_mapping, specific_fields
from app.sync.result import ImportResult, Progress, report

HANDLERS: dict[str, type[Rows]] = {
    "customers": CustomerRows, "contacts": ContactRows, "deals": DealRows,
    "activities": ActivityRows, "orders": OrderRows, "payments": PaymentRows,
}  # fmt: skip
SAMPLE_ROWS = 200
REJECTS_SUFFIX = ".rejects.csv"


@dataclass(frozen=True)
class Preview:
    """What the import wizard shows before anything is written: the table, its kind and mapping."""

    table: Table
    kind: str
    mapping: Mapping
    samples: list[SourceRow]

    def with_kind(self, kind: str) -> Preview:
        """Return the preview re-guessed for another kind of rows."""
        return replace(self, kind=kind, mapping=guess_mapping(self.table.headers, kind))

    def with_field(self, column: int, field: str | None) -> Preview:
        """Return the preview with one column mapped to field (None ignores the column)."""
        return replace(self, mapping=self.mapping.assign(column, field))


def preview_file(path: Path, kind: str | None = None, sheet: str | None = None) -> Preview:
    """Read a foreign file's header and first rows, and guess its kind and column mapping."""
    table = read_table(path, sheet)
    kind = kind or guess_kind(table.headers)
    return Preview(
        table, kind, guess_mapping(table.headers, kind), list(islice(table.rows(), SAMPLE_ROWS))
    )


def rejects_path(source: Path) -> Path:
    """Return where the rejected rows of source are written: <name>.rejects.csv beside it."""
    return source.with_name(source.stem + REJECTS_SUFFIX)


def check_kind(mapping: Mapping, guessed: str) -> None:
    """Refuse a kind asked for a sheet that has no column of that kind and looks like another.

    An orders sheet taken for customers would write its 备注 over the customers' notes; a
    customer list taken for deals would make a deal of every company.
    """
    if guessed != mapping.kind and not specific_fields(mapping):
        raise UnusableFileError(
            "import.kind_mismatch",
            kind=kind_label(mapping.kind),
            guessed=kind_label(guessed),
            option=guessed,
        )


def check_mapping(mapping: Mapping) -> None:
    """Refuse a mapping that recognises no column, or misses one a row of its kind needs."""
    headers = "、".join(c.header for c in mapping.columns if c.header) or "—"
    if not mapping.fields():
        raise UnusableFileError("import.no_column_recognised", headers=headers)
    if lacking := mapping.missing_required():
        raise UnusableFileError(
            "import.required_column_missing",
            fields=field_list(lacking, mapping.kind),
            headers=headers,
        )


# The words a sheet's summary line starts with (合计 / 总计 / 小计 … / Total), alone in its cell.
_TOTALS = re.compile(
    r"(合计|总计|小计|汇总|共计|总和|累计|合计金额|总计金额|grand total|sub-?total|totals?|sum)[:：]?",
    re.IGNORECASE,
)


def totals_row(cells: Sequence[str]) -> str:
    """Return the totals word a summary row starts with ('' for an ordinary row).

    Only the first filled cell counts, and only when it is nothing but the word: a customer
    named "合计科技" or a note "total price agreed" is an ordinary row.
    """
    first = next((cell.strip() for cell in cells if cell.strip()), "")
    return first if _TOTALS.fullmatch(first) else ""


def estimate_rows(table: Table) -> int:
    """Guess how many data rows the table has, cheaply, for the progress bar."""
    if table.sheet is not None:
        with open_workbook(table.path) as workbook:
            rows = workbook[table.sheet].max_row or 0
    else:
        rows = 0
        with table.path.open("rb") as handle:
            while chunk := handle.read(1 << 20):
                rows += chunk.count(b"\n")
    return max(rows - table.header_row_number, 0)


def write_rejects(
    target: Path, headers: list[str], rejected: list[tuple[SourceRow, list[Problem]]]
) -> None:
    """Write rejected rows as UTF-8-with-BOM CSV: row, error, then the original columns.

    Cells a spreadsheet would run as formulas are neutralised exactly as the export does.
    """
    width = max([len(headers), *(len(row.cells) for row, _ in rejected)])
    # Written beside the target and renamed when complete: a full disk leaves no half list.
    partial = target.with_name(target.name + ".partial")
    try:
        _write_rejects_to(partial, headers, width, rejected)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def _write_rejects_to(
    target: Path, headers: list[str], width: int, rejected: list[tuple[SourceRow, list[Problem]]]
) -> None:
    with open_private(target, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        header = ["row", "error", *headers, *[""] * (width - len(headers))]
        writer.writerow(list(map(neutralise_formula, header)))
        for row, problems in rejected:
            reason = "; ".join(
                f"{column}: {message}" if column else message for column, message in problems
            )
            cells = [reason, *row.cells]
            writer.writerow([row.number, *map(neutralise_formula, cells)])


def import_foreign(
    db: Database,
    path: Path,
    kind: str | None = None,
    mapping: Mapping | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
    sheet: str | None = None,
) -> ImportResult:
    """Import a foreign CSV/XLSX file: good rows in one transaction, bad rows set aside."""
    table = read_table(path, sheet)
    if mapping is not None:
        kind = mapping.kind
    # A kind asked for without a mapping the user checked (the CLI's --kind) may be a mistake.
    asked = kind is not None and mapping is None
    kind = kind or guess_kind(table.headers)
    if kind not in FIELDS:
        raise ValueError(f"unknown kind {kind!r}")
    mapping = mapping or guess_mapping(table.headers, kind)
    check_mapping(mapping)
    if asked:
        check_kind(mapping, guess_kind(table.headers))
    parse = RowParser(mapping, islice(table.rows(), SAMPLE_ROWS))
    result = ImportResult(
        kind=kind, dry_run=dry_run, encoding=table.encoding, delimiter=table.delimiter
    )
    result.warnings.extend(table.warnings)
    total = estimate_rows(table)
    if not dry_run:
        result.backup_file = backup(db.path, "before-import", quick=True)
    rejected: list[tuple[SourceRow, list[Problem]]] = []
    done = 0
    report(progress, 0, total)
    with (
        collector_paused(),
        db.bulk_connection() as conn,
        conn.begin() as transaction,
        bulk_work(conn),
    ):
        with Session(bind=conn) as session:
            owner = settings.get(session, "owner") or None
        book = Book(conn, result, owner, utcnow())
        rows = HANDLERS[kind](book, parse)
        source = table.rows()
        while chunk := list(islice(source, CHUNK)):
            for row in chunk:
                if total_word := totals_row(row.cells):
                    # A sheet's 合计 line is the sum of the rows above, not one more record.
                    result.warnings.append(
                        msg("import.totals_row", row=row.number, cell=total_word)
                    )
                    continue
                values, problems = parse(row)
                if problems:
                    # A cell that failed to parse is reported once, not again as "empty".
                    flagged = {column for column, _ in problems}
                    problems += [p for p in rows.check(values) if p[0] not in flagged]
                else:
                    problems = rows.check(values) or rows.apply(values)
                if problems:
                    result.reject(row.number, problems)
                    rejected.append((row, problems))
            book.flush()
            done += len(chunk)
            total = max(total, done)
            report(progress, done, total)
        book.flush()
        rows.finish()
        book.finish()
        # Tiers, RFM, churn, last contact and lead scores reflect the import at once.
        refresh_imported(conn, book.touched_customers())
        pause_point("import.before_commit")
        if dry_run:
            transaction.rollback()
    if not dry_run:
        _settle_rejects(path, table.headers, rejected, result)
    return result


def _settle_rejects(
    source: Path,
    headers: list[str],
    rejected: list[tuple[SourceRow, list[Problem]]],
    result: ImportResult,
) -> None:
    target = rejects_path(source)
    if rejected:
        try:
            write_rejects(target, headers, rejected)
            result.rejects_file = target
        except OSError as error:
            # The import itself succeeded; say where the list could not go instead of failing
            # (and drop a list left by an earlier run: it would now be wrong).
            target.unlink(missing_ok=True)
            result.warnings.append(
                msg("import.cannot_write_rejects", path=target, cause=error.strerror)
            )
    else:
        # A list left by an earlier run would now be wrong.
        target.unlink(missing_ok=True)
