"""Fixtures the screen tests share."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture
def settings(tmp_path) -> QSettings:
    """A settings file of the test's own, never the user's."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture(autouse=True, scope="session")
def _english_catalogue(qapp) -> None:
    """English as the app starts it: the source texts plus the catalogue of plural forms."""
    from ui import translations

    translations.install(qapp, "en")
