"""Read a foreign CSV or XLSX file into rows of text cells, streaming so a million rows stay cheap.

Encoding is decided by rule, not by statistics: a BOM wins, then strict UTF-8, then GB18030 (a
superset of GBK, which Excel writes on Chinese Windows). Detectors such as chardet misread short
Chinese text as Big5 or cp949, so they are not used. Row numbers are the ones Excel shows: one per
CSV record (a quoted cell with line breaks stays one row), blank lines counted.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, NamedTuple
from xml.etree.ElementTree import ParseError

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook

from app.i18n import msg
from app.parsing.errors import UnusableFileError
from app.sync.encoding_check import EncodingDoubt, gb18030_doubt, utf8_doubt
from app.sync.headers import known_field_count

DELIMITERS = (",", ";", "\t", "|")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ZIP = b"PK\x03\x04"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97-2003 .xls, and other Office binaries
_CHUNK_BYTES = 1 << 20
_SAMPLE_CHARS = 64 * 1024
_SNIFF_RECORDS = 20
_HEADER_CANDIDATES = 10

Records = Callable[[], Iterator[tuple[int, list[str]]]]


class SourceRow(NamedTuple):
    """One data row: its number as Excel shows it, and its trimmed cells."""

    number: int
    cells: list[str]  # at least as many as the headers; extra non-empty cells are kept


@dataclass(frozen=True)
class Table:
    """A sheet read from a file: its header row and a way to stream the rows below it."""

    path: Path
    headers: list[str]
    header_row_number: int  # 1-based, as Excel shows it
    encoding: str | None  # None for .xlsx
    delimiter: str | None  # None for .xlsx
    sheet: str | None  # worksheet title for .xlsx
    _records: Records = field(repr=False, compare=False)
    # Doubts about the file as a whole (text that looks mis-decoded), in the user's language.
    warnings: tuple[str, ...] = ()

    def rows(self) -> Iterator[SourceRow]:
        """Yield the data rows below the header, skipping empty ones; each call reads the file anew.

        Raises UnusableFileError part-way through a malformed CSV (an unclosed quote), so callers
        must apply nothing until the last row has been read.
        """
        width = len(self.headers)
        header, strip = self.header_row_number, str.strip
        for number, record in self._records():
            if number <= header:
                continue
            cells = list(map(strip, record))  # _trim, inline: once per row of a million
            while cells and not cells[-1]:
                cells.pop()
            if not cells:
                continue
            if len(cells) < width:
                cells.extend([""] * (width - len(cells)))
            yield SourceRow(number, cells)


def _trim(record: list[str]) -> list[str]:
    # str.strip() also removes the ideographic space U+3000 and no-break spaces.
    cells = list(map(str.strip, record))
    while cells and not cells[-1]:
        cells.pop()
    return cells


def _reject_signature(head: bytes) -> None:
    if head.startswith(_ZIP):
        raise UnusableFileError("file.zip_not_csv")
    if head.startswith(_OLE2):
        raise UnusableFileError("file.old_excel")


def _binary() -> UnusableFileError:
    return UnusableFileError("file.binary")


def _undecodable() -> UnusableFileError:
    return UnusableFileError("file.encoding")


def _bom_encoding(head: bytes) -> str | None:
    return next((name for bom, name in _BOMS if head.startswith(bom)), None)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode a CSV file's bytes: BOM, then strict UTF-8, then GB18030; return (text, encoding)."""
    _reject_signature(data[:8])
    if bom := _bom_encoding(data[:4]):
        try:
            return data.decode(bom), bom
        except UnicodeDecodeError:
            raise _undecodable() from None
    if b"\x00" in data:
        raise _binary()
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise _undecodable()


def _decodes(stream: BinaryIO, encoding: str) -> bool:
    stream.seek(0)
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    check_nul = not encoding.startswith("utf-16")
    try:
        while chunk := stream.read(_CHUNK_BYTES):
            if check_nul and b"\x00" in chunk:
                raise _binary()
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _detect_encoding(stream: BinaryIO) -> str:
    """Choose the encoding like decode_bytes, validating the whole file in chunks."""
    stream.seek(0)
    head = stream.read(8)
    _reject_signature(head)
    bom = _bom_encoding(head)
    for encoding in (bom,) if bom else ("utf-8", "gb18030"):
        if _decodes(stream, encoding):
            return encoding
    raise _undecodable()


def sniff_delimiter(sample: str) -> str:
    """Pick among , ; tab | the delimiter that splits the first records into the most equal rows."""
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        widths: list[int] = []
        try:
            for record in csv.reader(io.StringIO(sample), delimiter=delimiter):
                if any(cell.strip() for cell in record):
                    widths.append(len(record))
                if len(widths) >= _SNIFF_RECORDS:
                    break
        except csv.Error:
            pass  # a sample cut inside a quoted cell; judge what was read
        if not widths:
            continue
        # Most rows with the same width wins; among equals, the wider split.
        score = max((count, width) for width, count in Counter(widths).items())
        if score[1] >= 2 and score > best_score:
            best, best_score = delimiter, score
    return best


def _csv_records(
    path: Path, encoding: str, delimiter: str, sep_line: bool
) -> Iterator[tuple[int, list[str]]]:
    number = 0
    with path.open(encoding=encoding, newline="") as stream:
        if sep_line:
            stream.readline()  # Excel reads "sep=;" as a setting and does not show it as a row
        # Strict, because a lenient reader swallows everything after an unclosed quote into one
        # cell and the rows below it would vanish without a word.
        reader = csv.reader(stream, delimiter=delimiter, strict=True)
        try:
            for number, record in enumerate(reader, 1):
                yield number, record
        except csv.Error as error:
            raise UnusableFileError("file.bad_csv_row", row=number + 1, cause=error) from None


def _find_header(records: Iterable[tuple[int, list[str]]]) -> tuple[int, list[str]] | None:
    """Return the first of the first ten non-empty rows naming two known fields, else the first."""
    first: tuple[int, list[str]] | None = None
    seen = 0
    for number, record in records:
        cells = _trim(record)
        if not cells:
            continue
        if known_field_count(cells) >= 2:
            return number, cells
        first = first or (number, cells)
        seen += 1
        if seen >= _HEADER_CANDIDATES:
            break
    return first


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))  # Excel keeps every number as a float; 12800.0 was typed as 12800
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


@contextmanager
def open_workbook(path: Path) -> Iterator[Workbook]:
    """Open an .xlsx read-only, whatever the file is named; an unreadable one is unusable."""
    # Imported here: openpyxl costs a fifth of a second and most files are CSV.
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    # A stream, not the path: openpyxl refuses a workbook whose name does not end in .xlsx.
    with path.open("rb") as stream:
        try:
            workbook = openpyxl.load_workbook(stream, read_only=True, data_only=True)
        except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError):
            raise UnusableFileError("file.bad_xlsx") from None
        try:
            yield workbook
        finally:
            workbook.close()


def _sheet_records(path: Path, sheet: str) -> Iterator[tuple[int, list[str]]]:
    with open_workbook(path) as workbook:
        worksheet = workbook[sheet]
        worksheet.reset_dimensions()  # some exporters write a wrong size; read what is there
        try:
            for number, values in enumerate(worksheet.iter_rows(values_only=True), 1):
                yield number, [_cell_text(v) for v in values]
        except ParseError as error:  # the sheet's XML is broken (a cut-off download, say)
            raise UnusableFileError("file.damaged_sheet", sheet=sheet, detail=str(error)) from None


def _read_xlsx(path: Path, sheet: str | None = None) -> Table:
    """Read the named sheet, else the one whose header row names the most known fields."""
    with open_workbook(path) as workbook:
        titles = [ws.title for ws in workbook.worksheets]
        # A hidden sheet is a lookup list or a template's dictionary, not what the rep fills in.
        shown = [ws.title for ws in workbook.worksheets if ws.sheet_state == "visible"]
        active = workbook.active.title if workbook.active is not None else None
    if sheet is not None and sheet not in titles:
        raise UnusableFileError("file.no_such_sheet", sheet=sheet, sheets="、".join(titles))
    found_in: list[tuple[int, bool, int, Table]] = []
    for order, title in enumerate([sheet] if sheet is not None else shown or titles):
        records = partial(_sheet_records, path, title)
        if found := _find_header(records()):
            table = Table(path, found[1], found[0], None, None, title, records)
            found_in.append((known_field_count(found[1]), title == active, -order, table))
    if not found_in:
        raise UnusableFileError("file.workbook_empty")
    # Most known columns first (a cover page loses to the customer list), then the sheet the
    # workbook opens on, then the first.
    found_in.sort(key=lambda found: found[:3], reverse=True)
    table = found_in[0][3]
    others = [found[3].sheet for found in found_in[1:] if found[0] > 0]
    if others:
        warning = msg("file.other_sheets", sheet=table.sheet, others="、".join(map(str, others)))
        table = replace(table, warnings=(*table.warnings, warning))
    return table


def read_table(path: str | os.PathLike[str], sheet: str | None = None) -> Table:
    """Open a foreign .csv/.txt/.tsv or .xlsx file (or the named sheet) and find its header row."""
    path = Path(path)
    try:
        with path.open("rb") as stream:
            head = stream.read(8)
            if head.startswith(_ZIP):
                return _read_xlsx(path, sheet)
            if not head:
                raise UnusableFileError("file.empty")
            encoding = _detect_encoding(stream)
    except OSError as error:
        raise UnusableFileError("file.cannot_read", name=path.name, cause=error.strerror) from None
    with path.open(encoding=encoding, newline="") as stream:
        sample = stream.read(_SAMPLE_CHARS)
    warnings = _encoding_warnings(path, encoding, sample)
    # Excel honours a first line "sep=;" naming the delimiter; some exporters write it.
    sep_line = sample.startswith("sep=") and len(sample) > 4
    delimiter = sample[4] if sep_line else sniff_delimiter(sample)
    records = partial(_csv_records, path, encoding, delimiter, sep_line)
    found = _find_header(records())
    if found is None:
        raise UnusableFileError("file.no_data")
    return Table(path, found[1], found[0], encoding, delimiter, None, records, warnings)


def _encoding_warnings(path: Path, encoding: str, sample: str) -> tuple[str, ...]:
    """Refuse Big5 read as GB18030; warn of other text that looks mis-decoded (encoding_check)."""
    doubt: EncodingDoubt | None = None
    if encoding == "gb18030":
        with path.open("rb") as stream:
            raw = stream.read(len(sample.encode("gb18030")))
        doubt = gb18030_doubt(sample, raw)
    elif encoding.startswith("utf-8"):
        doubt = utf8_doubt(sample)
    if doubt is None:
        return ()
    if doubt.refuse:
        raise UnusableFileError(doubt.code, name=path.name, **doubt.params)
    return (msg(doubt.code, name=path.name, **doubt.params),)
