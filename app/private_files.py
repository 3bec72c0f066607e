"""Files only their owner may read: the database, backups, exports and rejects (SPEC §11).

A rep's book holds customers' phones and deal values; other accounts on a shared computer must
not read it. Modes are set where the files are made (on Windows chmod only toggles read-only,
and the user's profile folder already keeps others out).
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import IO, Any

from app.i18n import UserMessage

USER_ONLY_FILE = 0o600
USER_ONLY_FOLDER = 0o700


def _user_only_opener(path: str, flags: int) -> int:
    return os.open(path, flags, USER_ONLY_FILE)


def open_private(path: Path, mode: str = "w", **kwargs: Any) -> IO[Any]:
    """Open a file for writing that only its owner can read, whether it is new or not."""
    handle = open(path, mode, opener=_user_only_opener, **kwargs)  # noqa: SIM115 - the caller closes
    make_private(path)
    return handle


def create_private(path: Path) -> None:
    """Create path as an empty user-only file unless it exists (then only set its mode)."""
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY, USER_ONLY_FILE))
    make_private(path)


def make_private(path: Path) -> None:
    """Make a file or folder user-only (0600 / 0700)."""
    os.chmod(path, USER_ONLY_FOLDER if Path(path).is_dir() else USER_ONLY_FILE)


def private_folder(path: Path) -> Path:
    """Create a folder (and its parents) and make it user-only."""
    path.mkdir(parents=True, exist_ok=True, mode=USER_ONLY_FOLDER)
    make_private(path)
    return path


class FolderUnusableError(UserMessage, OSError):
    """The folder of a book cannot be made (a missing drive, no permission, a file in the way)."""


def data_folder(path: Path) -> Path:
    """Create the folder of a book user-only if RepBook makes it; an existing one stays as it is."""
    if path.is_dir():
        return path
    try:
        if path.exists():  # a file where the folder should be
            raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(path))
        private_folder(path)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise FolderUnusableError("files.folder_unusable", folder=path, reason=reason) from exc
    return path
