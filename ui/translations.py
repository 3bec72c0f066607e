"""Qt translations: keep the .ts sources current, build .qm files, install translators.

`python -m ui.translations update` runs lupdate over ui/ and fills the Chinese text from the
JSON catalogues under resources/i18n/zh_CN/ (one per screen); the .ts file is committed.
At start-up `compile_catalogs()` builds missing or stale .qm files with lrelease.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ui.resources import I18N

UI_DIR = Path(__file__).resolve().parent
CHINESE_TS = I18N / "repbook_zh_CN.ts"


def _tool(name: str) -> Path:
    folder = Path(PySide6.__file__).resolve().parent
    return folder / (f"{name}.exe" if sys.platform == "win32" else name)


def compile_catalogs() -> None:
    """Build each .qm beside its .ts when missing or older; a failure leaves English in place."""
    for source in I18N.glob("*.ts"):
        target = source.with_suffix(".qm")
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        try:
            subprocess.run(
                [str(_tool("lrelease")), "-silent", str(source), "-qm", str(target)],
                check=True,
                capture_output=True,
            )
        except (OSError, subprocess.CalledProcessError) as exc:
            print(f"RepBook: could not build {target.name}: {exc}", file=sys.stderr)


_installed: list[QTranslator] = []


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load RepBook's and Qt's own translations for the language, replacing earlier ones."""
    while _installed:
        app.removeTranslator(_installed.pop())
    QLocale.setDefault(
        QLocale(QLocale.Language.Chinese, QLocale.Country.China)
        if language == "zh_CN"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    )
    if language != "zh_CN":
        return []
    compile_catalogs()
    translators = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase_zh_CN", qt_dir), ("repbook_zh_CN", str(I18N))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            translators.append(translator)
    _installed.extend(translators)
    return translators


def _catalogue() -> dict[str, str]:
    merged: dict[str, str] = {}
    for path in sorted((I18N / "zh_CN").glob("*.json")):
        merged.update(json.loads(path.read_text(encoding="utf-8")))
    return merged


def update_sources() -> tuple[int, list[str]]:
    """Re-scan ui/ for tr() strings and fill their Chinese text; return (filled, missing)."""
    sources = sorted(str(p) for p in UI_DIR.rglob("*.py"))
    subprocess.run(
        [
            str(_tool("lupdate")),
            "-silent",
            "-no-obsolete",
            "-source-language",
            "en",
            "-target-language",
            "zh_CN",
            *sources,
            "-ts",
            str(CHINESE_TS),
        ],
        check=True,
    )
    catalogue = _catalogue()
    tree = ET.parse(CHINESE_TS)
    filled, missing = 0, []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        text = catalogue.get(source)
        if text:
            translation.text = text
            translation.attrib.pop("type", None)
            filled += 1
        elif translation.get("type") == "unfinished" or not translation.text:
            missing.append(source)
    ET.indent(tree)
    tree.write(CHINESE_TS, encoding="utf-8", xml_declaration=True)
    return filled, missing


if __name__ == "__main__":
    if sys.argv[1:] == ["update"]:
        done, todo = update_sources()
        print(f"{done} strings translated, {len(todo)} missing")
        for text in todo:
            print(f"  missing: {text!r}")
    compile_catalogs()
