"""The CSV report: one UTF-8 (with BOM) file in sections, so Excel opens it as it is.

Each table is a section: a line with its title, its header line, its rows, then an empty line.
Numbers are plain (money in yuan with two decimals, shares as fractions: 0.25 = 25 %, days
with one decimal, dates ISO); text that a spreadsheet would run as a formula is neutralised.
"""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

from app.parsing.values import neutralise_formula
from app.reports.tables import Cell, Table


def _plain(cell: Cell) -> str:
    value = cell.value
    if value is None:
        return ""
    if cell.kind == "text":
        return neutralise_formula(str(value))
    if cell.kind == "money":
        return f"{Decimal(str(value)):.2f}"
    if cell.kind == "percent":
        return f"{float(value):.4f}"
    if cell.kind in ("days", "score"):
        return f"{float(value):.2f}" if cell.kind == "score" else f"{float(value):.1f}"
    if cell.kind == "int":
        return str(int(value)) if float(value).is_integer() else str(value)
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def write_csv(tables: list[Table], heading: str, path: Path) -> None:
    """Write every table as a section of one CSV file."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle)
        out.writerow([neutralise_formula(heading)])
        out.writerow([])
        for table in tables:
            out.writerow([neutralise_formula(table.title)])
            out.writerow([neutralise_formula(h) for h in table.headers])
            for row in table.rows:
                out.writerow([_plain(c) for c in row])
            out.writerow([])
