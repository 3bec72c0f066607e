"""One running RepBook per database file (SPEC §11): the window and every writing command.

The GUI takes the lock for as long as it runs. A command that writes (demo, import, restore,
and any command not listed as a reader) takes it too. When a RepBook window holds it, the
command says so in one line at once — the window will not let go while the rep works. When
another command holds it, the command waits up to COMMAND_WAIT_S for it to finish, so two
scripted imports in a row both succeed; then it gives up in one line. Readers never take it:
SQLite's WAL lets them read while a writer writes.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.i18n import UserMessage
from app.sqlite import FileLock

# Commands that only read the book (backup reads it too: SQLite's backup API copies a snapshot).
READ_ONLY_COMMANDS = frozenset(
    {"backup", "calendar", "check", "export", "playbook", "report", "search", "summary"}
)
COMMAND_WAIT_S = 30.0
WINDOW = "window"
_POLL_S = 0.1


class DatabaseInUseError(UserMessage):
    """Another RepBook holds the database; the message says who and what to do."""


def writes(command: str, *, dry_run: bool = False) -> bool:
    """Tell whether a command changes the book and so must hold the single-instance lock."""
    return command not in READ_ONLY_COMMANDS and not dry_run


def lock_holder(lock: FileLock) -> tuple[int, str]:
    """Return (pid, who) of the process holding the lock; a window when it cannot be read."""
    return lock.holder() or (0, WINDOW)


@contextmanager
def command_lock(
    db_path: Path, command: str, *, dry_run: bool = False, wait_s: float = COMMAND_WAIT_S
) -> Iterator[FileLock | None]:
    """Hold the database's lock while a writing command runs; a reader runs without it."""
    if not writes(command, dry_run=dry_run):
        yield None
        return
    lock = FileLock(db_path)
    deadline = time.monotonic() + wait_s
    while not lock.acquire(holder=command):
        pid, who = lock_holder(lock)
        if who == WINDOW:
            raise DatabaseInUseError("instance.open_in_window", path=db_path, pid=pid)
        if time.monotonic() >= deadline:
            raise DatabaseInUseError(
                "instance.busy_command", path=db_path, pid=pid, other=who, seconds=round(wait_s)
            )
        time.sleep(_POLL_S)
    try:
        yield lock
    finally:
        lock.release()
