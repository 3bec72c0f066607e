"""Before Qt starts: is there a display, and can Qt's xcb plugin load? One clear line if not.

Qt aborts the process (a core dump) when its platform plugin cannot load; saying what is
missing first, and how to install it, is the difference between a fix and a bug report.
"""

from __future__ import annotations

import ctypes
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from app.i18n import msg

_MISSING = re.compile(r"^\s*(\S+) => not found", re.MULTILINE)
_FIRST_MISSING = re.compile(r"(lib[^\s:]+\.so[.\d]*)")


def debian_package(library: str) -> str:
    """Name the Debian package of a shared library: libxcb-icccm.so.4 → libxcb-icccm4."""
    name, _, version = library.partition(".so")
    version = version.lstrip(".").split(".")[0]
    return f"{name}{'-' if name[-1].isdigit() else ''}{version}" if version else name


def _xcb_plugin() -> Path | None:
    try:
        import PySide6
    except ImportError:
        return None
    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.exists() else None


def missing_libraries(plugin: Path) -> list[str]:
    """List the shared libraries the plugin needs that the system lacks."""
    if shutil.which("ldd"):
        try:
            output = subprocess.run(
                ["ldd", str(plugin)], capture_output=True, text=True, timeout=10
            ).stdout
            return sorted(set(_MISSING.findall(output)))
        except (OSError, subprocess.SubprocessError):
            pass
    try:
        ctypes.CDLL(str(plugin))
    except OSError as error:
        found = _FIRST_MISSING.search(str(error))
        return [found.group(1)] if found else [str(error)]
    return []


def display_problem(environ: dict[str, str] | None = None) -> str | None:
    """Return why the window cannot open here (one line), or None when it can."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return None
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return None  # offscreen, wayland, vnc …: Qt's own business
    if not env.get("DISPLAY"):
        if env.get("WAYLAND_DISPLAY") and not platform:
            return None
        return msg("gui.no_display")
    plugin = _xcb_plugin()
    missing = missing_libraries(plugin) if plugin else []
    if missing:
        packages = " ".join(sorted({debian_package(lib) for lib in missing}))
        return msg("gui.missing_libraries", libraries=", ".join(missing), packages=packages)
    return None
