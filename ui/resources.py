"""Files under resources/, found relative to the package so an installed copy works too."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
ICONS = RESOURCES / "icons"
I18N = RESOURCES / "i18n"
STYLE_SHEET = RESOURCES / "style.qss"
