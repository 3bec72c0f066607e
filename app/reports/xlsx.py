"""The XLSX report: one sheet per table, real numbers with number formats, frozen headers."""

from __future__ import annotations

import unicodedata
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from app.parsing.values import neutralise_formula
from app.reports.tables import Cell, Table

FORMATS = {
    "int": "#,##0",
    "money": '"¥"#,##0.00',
    "percent": "0.0%",
    "days": "0.0",
    "score": "0.00",
    "date": "yyyy-mm-dd",
}
HEADER_FILL = PatternFill("solid", fgColor="E1ECFA")
MAX_WIDTH = 60
# Sheet names may not hold these, nor exceed 31 characters.
_SHEET_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})


def _width(text: str) -> int:
    # A CJK character takes two columns of a Latin one.
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _value(cell: Cell) -> Any:
    if cell.value is None:
        return None
    if cell.kind == "text":
        return neutralise_formula(str(cell.value))
    if isinstance(cell.value, Decimal):
        return float(cell.value)
    return cell.value


def _shown(cell: Cell) -> str:
    if cell.value is None:
        return ""
    if cell.kind == "money":
        return f"¥{float(cell.value):,.2f}"
    if cell.kind == "percent":
        return f"{float(cell.value) * 100:.1f}%"
    return str(cell.value)


def write_sheet(book: Workbook, table: Table, heading: str) -> None:
    """Add one sheet: a heading line, the header row (frozen) and the typed rows."""
    sheet = book.create_sheet(table.title.translate(_SHEET_FORBIDDEN)[:31])
    sheet.append([neutralise_formula(heading)])
    sheet["A1"].font = Font(bold=True, size=12)
    sheet.append([neutralise_formula(h) for h in table.headers])
    for col in range(1, len(table.headers) + 1):
        header = sheet.cell(row=2, column=col)
        header.font = Font(bold=True)
        header.fill = HEADER_FILL
        header.alignment = Alignment(vertical="center", wrap_text=False)
    widths = [_width(h) for h in table.headers]
    for row in table.rows:
        sheet.append([_value(c) for c in row])
        for col, cell in enumerate(row, start=1):
            if cell.kind in FORMATS and cell.value is not None:
                sheet.cell(row=sheet.max_row, column=col).number_format = FORMATS[cell.kind]
            if col <= len(widths):
                widths[col - 1] = max(widths[col - 1], _width(_shown(cell)))
    sheet.freeze_panes = "A3"
    for col, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = min(MAX_WIDTH, width + 3)


def write_xlsx(tables: list[Table], heading: str, path: Path) -> None:
    """Write the tables as a workbook, one sheet each."""
    book = Workbook()
    if book.active is not None:
        book.remove(book.active)
    for table in tables:
        write_sheet(book, table, heading)
    book.save(path)
