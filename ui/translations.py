"""Qt translations: the .ts files are the source, the .qm files built from them are shipped.

Translators edit `ui/resources/i18n/*.ts` in Qt Linguist. `python -m ui.translations update`
re-scans ui/ with lupdate — which keeps every existing translation, per context, and drops
vanished messages — reports the unfinished ones and rebuilds each .qm with lrelease; commit the
.ts and the .qm together. At run time `install()` only loads the shipped .qm.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ui import resources

UI_DIR = Path(__file__).resolve().parent
# `update` is a developer command: it rewrites the checkout's files, not an installed copy.
SOURCE_I18N = UI_DIR / "resources" / "i18n"
CHINESE_TS = SOURCE_I18N / "repbook_zh_CN.ts"
# English is the source language; its catalogue holds only the plural forms of messages with a
# count (tr("%Ln customers", "", n) → "1 customer", "2 customers").
ENGLISH_TS = SOURCE_I18N / "repbook_en.ts"


def _tool(name: str) -> Path:
    folder = Path(PySide6.__file__).resolve().parent
    return folder / (f"{name}.exe" if sys.platform == "win32" else name)


def build_catalog(source: Path, target: Path) -> None:
    """Compile a .ts file into the .qm file that Qt loads."""
    subprocess.run(
        [str(_tool("lrelease")), "-silent", str(source), "-qm", str(target)],
        check=True,
        capture_output=True,
    )


def unfinished_messages(source: Path) -> list[tuple[str, str]]:
    """(context, source text) of each message whose translation is unfinished or empty."""
    found = []
    for context in ET.parse(source).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            texts = [translation] if translation is not None else []
            if translation is not None and message.get("numerus") == "yes":
                texts = translation.findall("numerusform")
            if (
                translation is None
                or translation.get("type") == "unfinished"
                or not texts
                or not all((text.text or "").strip() for text in texts)
            ):
                found.append((name, message.findtext("source") or ""))
    return found


Translation = str | list[str]  # a message's text, or its plural forms


def _finished_translations(catalog: Path) -> dict[str, Translation]:
    known: dict[str, Translation] = {}
    unfinished = set(unfinished_messages(catalog))
    for context in ET.parse(catalog).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source, translation = message.findtext("source") or "", message.find("translation")
            if (name, source) in unfinished or translation is None:
                continue
            if message.get("numerus") == "yes":
                known.setdefault(source, [f.text or "" for f in translation.iter("numerusform")])
            elif translation.text:
                known.setdefault(source, translation.text)
    return known


def _carry_over(catalog: Path, known: dict[str, Translation]) -> None:
    # Code that moves to another class changes the message's context; its text, already
    # translated under the old one, should not come back as unfinished.
    tree = ET.parse(catalog)
    changed = False
    for message in tree.iter("message"):
        changed |= _translate(message, known.get(message.findtext("source") or ""))
    if changed:
        tree.write(catalog, encoding="utf-8", xml_declaration=True)


def _translate(message: ET.Element, text: Translation | None) -> bool:
    """Give an unfinished message its translation; False when it has none to take."""
    translation = message.find("translation")
    if translation is None or translation.get("type") != "unfinished" or not text:
        return False
    if message.get("numerus") == "yes":
        for form in translation.findall("numerusform"):
            translation.remove(form)
        for value in [text] if isinstance(text, str) else text:
            ET.SubElement(translation, "numerusform").text = value
        translation.text = None
    elif isinstance(text, str):
        translation.text = text
    else:
        return False
    del translation.attrib["type"]
    return True


def update_sources(catalog: Path = CHINESE_TS) -> list[tuple[str, str]]:
    """Re-scan ui/ for tr() strings into the .ts files, rebuild the .qm; return what is
    unfinished (in the English catalogue too: its plural forms).

    A message that moved to another context keeps the translation it had.
    """
    for source, language, options in ((catalog, "zh_CN", ()), (ENGLISH_TS, "en", ("-pluralonly",))):
        known = _finished_translations(source) if source.exists() else {}
        _scan(source, language, *options)
        _carry_over(source, known)
        build_catalog(source, source.with_suffix(".qm"))
    return unfinished_messages(catalog) + unfinished_messages(ENGLISH_TS)


def _scan(catalog: Path, language: str, *options: str) -> None:
    sources = sorted(str(p) for p in UI_DIR.rglob("*.py"))
    subprocess.run(
        [
            str(_tool("lupdate")),
            "-silent",
            "-no-obsolete",
            *options,
            "-source-language",
            "en",
            "-target-language",
            language,
            *sources,
            "-ts",
            str(catalog),
        ],
        check=True,
    )


def _load_shipped(translator: QTranslator, name: str) -> bool:
    try:
        with resources.compiled_catalog(name) as path:
            return translator.load(str(path))
    except OSError:
        return False


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
    translators = []
    if language == "zh_CN":
        qt_translator = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_translator.load("qtbase_zh_CN", qt_dir):
            translators.append(qt_translator)
    own = QTranslator(app)
    if _load_shipped(own, "repbook_zh_CN" if language == "zh_CN" else "repbook_en"):
        translators.append(own)
    elif language == "zh_CN":  # English stays; the window still works
        print("RepBook: the Chinese translation could not be loaded", file=sys.stderr)
    for translator in translators:
        app.installTranslator(translator)
    _installed.extend(translators)
    return translators


def fill(translations: dict[str, Translation], catalog: Path = CHINESE_TS) -> int:
    """Fill unfinished messages from {source text: translation}; return how many were filled.

    A message with a count takes a list of its plural forms (English: [one, other]; Chinese
    has one form, given as a string or a one-item list). For scripted work; a translator uses
    Linguist on the .ts. Run `update` after it.
    """
    tree = ET.parse(catalog)
    filled = 0
    for message in tree.iter("message"):
        filled += _translate(message, translations.get(message.findtext("source") or ""))
    tree.write(catalog, encoding="utf-8", xml_declaration=True)
    return filled


USAGE = "usage: python -m ui.translations update | fill FILE.json [en]"

if __name__ == "__main__":
    if sys.argv[1:2] == ["fill"] and len(sys.argv) in (3, 4) and sys.argv[3:] in ([], ["en"]):
        source = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
        print(f"{fill(source, ENGLISH_TS if sys.argv[3:] else CHINESE_TS)} filled")
    elif sys.argv[1:] != ["update"]:
        sys.exit(USAGE)
    todo = update_sources()
    print(f"{CHINESE_TS.name}, {ENGLISH_TS.name}: {len(todo)} unfinished")
    for context, text in todo:
        print(f"  unfinished: {context}: {text!r}")
