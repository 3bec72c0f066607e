"""Shared fixtures: a fresh database per test, offscreen Qt, no real user data touched."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app import i18n  # noqa: E402
from app.db import Database, open_database  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Point data and settings dirs at a temporary home so tests never see the user's files."""
    home = tmp_path_factory.mktemp("home")
    for var in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "APPDATA", "LOCALAPPDATA"):
        monkeypatch.setenv(var, str(home))
    monkeypatch.setenv("REPBOOK_LANG", "en")
    i18n.set_language("en")


@pytest.fixture
def db(tmp_path: Path) -> Database:
    """A new, migrated database in a temporary folder."""
    database = open_database(tmp_path / "repbook.sqlite")
    yield database
    database.close()
