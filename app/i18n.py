"""Language for the strings app/ produces itself (CLI output, import problems, reasons).

Qt screens translate through tr() and .ts files; app/ cannot use Qt, so its few user-facing
strings carry both languages at the call site: t("Customer name is empty", "客户名称为空").
"""

from __future__ import annotations

import locale
import os

LANGUAGES = ("zh_CN", "en")
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
    return _current


def t(en: str, zh: str) -> str:
    """Return the message in the current language."""
    return zh if _current == "zh_CN" else en
