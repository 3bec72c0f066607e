"""Language of the text app/ produces itself (CLI output and help, import problems, reasons).

Qt screens translate through tr() and .ts files; app/ cannot use Qt, so each message is a code
with named parameters, looked up in the one catalogue beside this module (i18n_catalogue.json):
msg("cli.no_file", path=p). Errors the user reads subclass UserMessage and render the same way.
"""

from __future__ import annotations

import json
import locale
import os
from functools import cache
from pathlib import Path
from typing import Any

LANGUAGES = ("zh_CN", "en")
CATALOGUE = Path(__file__).with_name("i18n_catalogue.json")
_current = "en"


def detect_language() -> str:
    """Guess the user's language from the environment: Chinese locales → zh_CN, else en."""
    for var in ("REPBOOK_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return "zh_CN" if value.lower().startswith("zh") else "en"
    code = locale.getlocale()[0] or ""
    return "zh_CN" if code.lower().startswith("zh") else "en"


def set_language(language: str) -> None:
    """Choose the language app/ messages are given in."""
    global _current
    _current = "zh_CN" if language.lower().startswith("zh") else "en"


def language() -> str:
    """Return the language app/ messages are given in."""
    return _current


@cache
def catalogue() -> dict[str, dict[str, str]]:
    """Return every message: code → {language: template with {named} placeholders}."""
    loaded: dict[str, dict[str, str]] = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    return loaded


def render(code: str, params: dict[str, Any], lang: str | None = None) -> str:
    """Fill a message's template in lang (default: the current language; en when zh is missing)."""
    texts = catalogue().get(code)
    if texts is None:
        return code  # a test keeps every code used in app/ in the catalogue
    template = texts.get(lang or _current) or texts["en"]
    return template.format(**params)


def msg(code: str, /, **params: Any) -> str:
    """Return a message in the current language: msg("cli.no_file", path=p)."""
    return render(code, params)


class UserMessage(Exception):
    """An error the user reads: a catalogue code and its parameters, shown when str()'d."""

    def __init__(self, code: str, /, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def __str__(self) -> str:
        return render(self.code, self.params)

    def in_language(self, lang: str) -> str:
        """Return the message in the given language, whatever the current one is."""
        return render(self.code, self.params, lang)
