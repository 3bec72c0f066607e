"""The GUI's shipped files — icons, the style sheet, translations — read via importlib.resources.

They live inside this package so a wheel carries them and an installed copy finds them wherever
it is unpacked (even from a zip). Nothing here is written at run time.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from importlib.resources import as_file, files
from pathlib import Path

PACKAGE = files(__name__)
ICONS = PACKAGE / "icons"
I18N = PACKAGE / "i18n"
STYLE_SHEET = PACKAGE / "style.qss"


def icon_names() -> list[str]:
    """Names of the shipped icons, without the .svg suffix."""
    return sorted(
        entry.name.removesuffix(".svg") for entry in ICONS.iterdir() if entry.name.endswith(".svg")
    )


def icon_svg(name: str) -> bytes:
    """The SVG source of the named icon."""
    return ICONS.joinpath(f"{name}.svg").read_bytes()


def style_sheet() -> str:
    """The application's one QSS file."""
    return STYLE_SHEET.read_text(encoding="utf-8")


def compiled_catalog(name: str) -> AbstractContextManager[Path]:
    """A real file path to the shipped `name`.qm for Qt, valid inside the `with` block."""
    return as_file(I18N / f"{name}.qm")
