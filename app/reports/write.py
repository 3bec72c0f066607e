"""Write a report file (.xlsx, .pdf or .csv by suffix) for a period and owner.

The file is written beside its destination under a temporary name and moved into place at
the end, so a failure never leaves half a report; an existing file is kept unless forced.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.db import Database
from app.i18n import UserMessage, msg
from app.insights.overview import STEPS, Insights, compute_insights
from app.insights.scope import Scope, period_of
from app.reports.tables import period_text, report_tables

SUFFIXES = (".xlsx", ".pdf", ".csv")
Progress = Callable[[int, int], bool]


class ReportError(UserMessage):
    """A report could not be written; the message names the file and why."""


@dataclass(frozen=True)
class ReportResult:
    """What was written."""

    path: Path
    sheets: int
    owners: int


def check_destination(path: Path, force: bool = False) -> None:
    """Refuse a wrong suffix, an existing file (unless forced) or a folder that is not there."""
    if path.suffix.lower() not in SUFFIXES:
        raise ReportError("report.bad_suffix", path=path, suffixes=", ".join(SUFFIXES))
    if path.is_dir():
        raise ReportError("report.is_folder", path=path)
    if path.exists() and not force:
        raise ReportError("report.exists", path=path)
    if not path.parent.is_dir():
        raise ReportError("report.no_folder", folder=path.parent)


def default_scope(today: date, period: str = "year", owner: str | None = None) -> Scope:
    """Return this month, quarter or year, for one owner or all."""
    return Scope(*period_of(period, today), owner=owner, today=today)


def render(insights: Insights, path: Path) -> int:
    """Write insights to path in the format its suffix names; return the number of tables."""
    tables = report_tables(insights)
    heading = f"{msg('report.title')} · {period_text(insights)}"
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        from app.reports.xlsx import write_xlsx

        write_xlsx(tables, heading, path)
    elif suffix == ".csv":
        from app.reports.csv import write_csv

        write_csv(tables, heading, path)
    else:
        from app.reports.pdf import write_pdf

        write_pdf(insights, path)
    return len(tables)


def write_report(
    db: Database,
    path: Path,
    scope: Scope,
    force: bool = False,
    progress: Progress | None = None,
) -> ReportResult:
    """Compute the insights of the scope and write them to path, whole or not at all."""
    check_destination(path, force)
    with db.session() as session:
        insights = compute_insights(session, scope, progress)
    temporary = ""
    try:
        handle, temporary = tempfile.mkstemp(prefix=".report-", suffix=path.suffix, dir=path.parent)
        os.close(handle)
        tables = render(insights, Path(temporary))
        os.replace(temporary, path)
    except OSError as exc:
        raise ReportError("report.cannot_write", path=path, cause=exc.strerror or exc) from exc
    finally:
        if temporary and os.path.exists(temporary):
            os.unlink(temporary)
    if progress is not None:
        progress(STEPS, STEPS)
    return ReportResult(path, tables, len(insights.owners))
