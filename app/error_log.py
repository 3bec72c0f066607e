"""The error log beside the database: details of unexpected errors, kept for the user to send.

The screen and the terminal show one line; the traceback goes here (user-only, appended).
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from app import APP_VERSION
from app.private_files import USER_ONLY_FILE
from app.private_files import data_folder as ensure_folder

ERROR_LOG = "repbook-errors.log"


def error_log_path(data_folder: Path) -> Path:
    """Return where unexpected errors of the book in data_folder are logged."""
    return Path(data_folder) / ERROR_LOG


def append_error_log(data_folder: Path, details: str) -> Path | None:
    """Append one error's details with a time stamp; None if even that cannot be written."""
    log = error_log_path(data_folder)
    try:
        ensure_folder(log.parent)
        descriptor = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, USER_ONLY_FILE)
        with os.fdopen(descriptor, "a", encoding="utf-8") as handle:
            handle.write(f"--- {datetime.now().isoformat()} RepBook {APP_VERSION}\n")
            handle.write(details if details.endswith("\n") else details + "\n")
        os.chmod(log, USER_ONLY_FILE)
    except OSError:
        return None
    return log


SUMMARY_CHARS = 160


def one_line(error: BaseException) -> str:
    """Say what went wrong in one short line, without the SQL and row values a driver error has."""
    wrapped = getattr(error, "orig", None)  # SQLAlchemy's text adds the statement and parameters
    text = str(wrapped if isinstance(wrapped, BaseException) else error)
    first = text.strip().splitlines()[0] if text.strip() else type(error).__name__
    return first if len(first) <= SUMMARY_CHARS else first[: SUMMARY_CHARS - 1] + "…"
