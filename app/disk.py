"""A full disk, recognised whichever layer reports it: the OS (ENOSPC) or SQLite (SQLITE_FULL).

Every writer already keeps all or nothing — imports and demo builds roll back, backups and
exports are staged and moved into place only when complete — so a full disk needs only to be
named, in one line, instead of showing up as an unexpected error.
"""

from __future__ import annotations

import errno
import sqlite3

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


def disk_full(command: str) -> DiskFullError:
    """Return the one-line message for a command stopped by a full disk."""
    return DiskFullError("reliability.disk_full", command=command)
