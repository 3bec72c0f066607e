"""Where RepBook keeps its files by default."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_dir


def default_db_path() -> Path:
    """Return the database in the user's data directory (e.g. ~/.local/share/RepBook)."""
    return Path(user_data_dir("RepBook", appauthor=False)) / "repbook.sqlite"
