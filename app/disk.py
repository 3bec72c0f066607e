"""A full disk, recognised whichever layer reports it: the OS (ENOSPC) or SQLite (SQLITE_FULL).

Every writer already keeps all or nothing — imports and demo builds roll back, backups and
exports are staged and moved into place only when complete — so a full disk needs only to be
named, in one line, instead of showing up as an unexpected error.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

from app.i18n import UserMessage

_FULL_ERRNOS = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})


class DiskFullError(UserMessage):
    """A command stopped because the disk filled up; nothing of its work was kept."""


def is_disk_full(exc: BaseException | None) -> bool:
    """Tell whether an error, or one it was raised from, says the disk is full."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, OSError) and exc.errno in _FULL_ERRNOS:
            return True
        if isinstance(exc, sqlite3.Error) and (
            getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL
            or "disk is full" in str(exc)
        ):
            return True
        wrapped = getattr(exc, "orig", None)  # SQLAlchemy wraps the driver's error
        exc = wrapped if isinstance(wrapped, BaseException) else exc.__cause__ or exc.__context__
    return False


def ran_out_of_room(exc: BaseException, folder: Path, needed: int) -> OSError | None:
    """Return a full-disk error for a write into folder that failed for want of space.

    SQLite names some writes that found no room (a tmpfs, a journal switch) a plain disk I/O
    error, not SQLITE_FULL: when the folder has less free space than the write needed, the
    disk being full is what the user has to hear.
    """
    if is_disk_full(exc):
        return None  # already says so
    is_io_error = isinstance(exc, sqlite3.Error) and (
        getattr(exc, "sqlite_errorcode", 0) & 0xFF == sqlite3.SQLITE_IOERR
    )
    try:
        no_room = is_io_error and shutil.disk_usage(folder).free < needed
    except OSError:
        return None
    if not no_room:
        return None
    full = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(folder))
    full.__cause__ = exc
    return full


def disk_full(command: str) -> DiskFullError:
    """Return the one-line message for a command stopped by a full disk."""
    return DiskFullError("reliability.disk_full", command=command)
