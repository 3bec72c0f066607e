"""The shipped playbook content (app/data/playbook.json): loaded, validated, flattened.

Every text comes in Simplified Chinese and English. A file that fails validation is reported
entry by entry (file, entry key, field) and the valid entries still load; a text missing in
one language falls back to the other, marked as such.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

from app.i18n import language, msg

CONTENT_FILE = "playbook.json"
LANGUAGES = ("zh", "en")
STAGE_KEYS = ("lead", "qualified", "proposal", "negotiation", "closing")
# What each group is called, in both languages, so "竞争" or "competitor" finds its objections.
GROUP_NAMES: dict[str, tuple[str, str]] = {
    "price": ("price", "价格"),
    "budget": ("budget", "预算"),
    "timing": ("timing", "时机 时间"),
    "competitor": ("competitor incumbent supplier", "竞争对手 竞品 现有供应商"),
    "authority": ("authority decision maker", "决策权 决策人 领导"),
    "need": ("need", "需求"),
    "trust": ("trust", "信任"),
    "product_fit": ("product fit", "产品匹配 功能"),
    "payment_terms": ("payment terms", "付款条件 账期"),
    "situation": ("situation", "背景问题"),
    "problem": ("problem", "难点问题"),
    "implication": ("implication", "暗示问题 影响"),
    "need_payoff": ("need payoff", "需求效益问题"),
    "closing": ("closing signal", "成交信号"),
}


# Problem codes (playbook.content.<code> in the catalogue) a content file can have.
PROBLEMS = ("missing", "missing_or_empty", "needs_two_scripts", "unknown_technique")


@dataclass(frozen=True)
class ContentError:
    """One problem in a content file: where it is and what is wrong (a catalogue code)."""

    file: str
    entry: str
    field: str
    problem: str  # a code of PROBLEMS, "unreadable" or "not_object"
    detail: str = ""

    def __str__(self) -> str:
        problem = {
            "missing": lambda: msg("playbook.content.missing"),
            "missing_or_empty": lambda: msg("playbook.content.missing_or_empty"),
            "needs_two_scripts": lambda: msg("playbook.content.needs_two_scripts"),
            "unknown_technique": lambda: msg("playbook.content.unknown", value=self.detail),
            "not_object": lambda: msg("playbook.content.not_object"),
        }.get(self.problem, lambda: msg("playbook.content.unreadable", error=self.detail))()
        return msg(
            "playbook.content.line", file=self.file, entry=self.entry, field=self.field,
            problem=problem,
        )  # fmt: skip


@dataclass(frozen=True)
class PlaybookItem:
    """One playbook entry in both languages, flattened for search and display."""

    key: str
    kind: str  # objection, spin, closing_signal, sop, template, technique
    group: str  # objection category, SPIN type, stage, template kind …
    title: dict[str, str]
    body: dict[str, list[str]]  # concern, scripts, question … in display order
    technique: str | None = None
    version: int = 1
    # The entry's parts by language: {"zh": {"title": …, "concern": …, "scripts": […], …}}.
    fields: dict[str, dict[str, Any]] | None = None

    def title_in(self, lang: str | None = None) -> str:
        """The title in the language (the other one, marked, when it is missing)."""
        return _pick(self.title, lang)

    def text_in(self, lang: str | None = None) -> str:
        """All of the entry's text in one language, one part a line."""
        code = _code(lang)
        parts = self.body.get(code) or self.body.get(_other(code)) or []
        return "\n".join(parts)


def _code(lang: str | None) -> str:
    return "zh" if (lang or language()).startswith("zh") else "en"


def _other(code: str) -> str:
    return "en" if code == "zh" else "zh"


def _pick(texts: dict[str, str], lang: str | None) -> str:
    code = _code(lang)
    if texts.get(code):
        return texts[code]
    other = texts.get(_other(code), "")
    return msg("playbook.untranslated", text=other) if other else ""


class _Reader:
    def __init__(self, name: str) -> None:
        self.name = name
        self.errors: list[ContentError] = []

    def text(self, entry: dict[str, Any], field: str, key: str) -> dict[str, str] | None:
        value = entry.get(field)
        if not isinstance(value, dict) or not any(
            isinstance(value.get(code), str) and value[code].strip() for code in LANGUAGES
        ):
            self.errors.append(ContentError(self.name, key, field, "missing_or_empty"))
            return None
        for code in LANGUAGES:
            if not (isinstance(value.get(code), str) and value[code].strip()):
                self.errors.append(ContentError(self.name, key, f"{field}.{code}", "missing"))
        return {code: value[code] for code in LANGUAGES if isinstance(value.get(code), str)}


def parse_content(
    data: Any, name: str = CONTENT_FILE
) -> tuple[list[PlaybookItem], list[ContentError]]:
    """Turn the content file's JSON into items; return them and every problem found."""
    reader = _Reader(name)
    items: list[PlaybookItem] = []
    if not isinstance(data, dict):
        return [], [ContentError(name, "-", "-", "not_object")]
    techniques = data.get("techniques") or {}

    def body(*texts: dict[str, str] | None) -> dict[str, list[str]]:
        return {code: [x[code] for x in texts if x and x.get(code)] for code in LANGUAGES}

    def entries(section: str) -> list[dict[str, Any]]:
        value = data.get(section) or []
        return [e for e in value if isinstance(e, dict)] if isinstance(value, list) else []

    for key, technique in techniques.items():
        name_text, how = reader.text(technique, "name", key), reader.text(technique, "how", key)
        if name_text and how:
            items.append(PlaybookItem(key, "technique", "technique", name_text, body(how)))

    def parts(**texts: dict[str, str] | list[dict[str, str]] | None) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {code: {} for code in LANGUAGES}
        for field, value in texts.items():
            for code in LANGUAGES:
                if isinstance(value, list):
                    out[code][field] = [x[code] for x in value if x.get(code)]
                elif value and value.get(code):
                    out[code][field] = value[code]
        return out

    def version(entry: dict[str, Any]) -> int:
        value = entry.get("version", 1)
        return value if isinstance(value, int) else 1

    for entry in entries("objections"):
        key = str(entry.get("key", "?"))
        title = reader.text(entry, "objection", key)
        concern = reader.text(entry, "concern", key)
        question = reader.text(entry, "question", key)
        scripts = [s for s in entry.get("scripts") or [] if isinstance(s, dict)]
        if len(scripts) < 2:
            reader.errors.append(ContentError(name, key, "scripts", "needs_two_scripts"))
        technique = entry.get("technique")
        if technique not in techniques:
            reader.errors.append(
                ContentError(name, key, "technique", "unknown_technique", str(technique))
            )
        if title and concern and question and scripts:
            items.append(
                PlaybookItem(
                    key,
                    "objection",
                    str(entry.get("category", "")),
                    title,
                    body(concern, *scripts, question),
                    technique,
                    version(entry),
                    parts(title=title, concern=concern, scripts=scripts, follow_up=question),
                )
            )
    for entry in entries("spin"):
        key = str(entry.get("key", "?"))
        if text := reader.text(entry, "text", key):
            group = str(entry.get("type", ""))
            items.append(
                PlaybookItem(
                    key, "spin", group, text, body(text), None, version(entry), parts(title=text)
                )
            )
    for entry in entries("closing_signals"):
        key = str(entry.get("key", "?"))
        signal, script = reader.text(entry, "signal", key), reader.text(entry, "script", key)
        if signal and script:
            items.append(
                PlaybookItem(
                    key,
                    "closing_signal",
                    "closing",
                    signal,
                    body(signal, script),
                    entry.get("technique"),
                    version(entry),
                    parts(title=signal, scripts=[script]),
                )
            )
    sop = data.get("sop") or {}
    for stage in STAGE_KEYS:
        for entry in sop.get(stage) or []:
            key = str(entry.get("key", "?"))
            if text := reader.text(entry, "text", key):
                items.append(
                    PlaybookItem(
                        key, "sop", stage, text, body(text), None, version(entry), parts(title=text)
                    )
                )
    for entry in entries("templates"):
        key = str(entry.get("key", "?"))
        title, text = reader.text(entry, "title", key), reader.text(entry, "text", key)
        if title and text:
            items.append(
                PlaybookItem(key, "template", str(entry.get("kind", "")), title, body(text))
            )
    return items, reader.errors


@cache
def load_shipped() -> tuple[tuple[PlaybookItem, ...], tuple[ContentError, ...]]:
    """Load the content shipped with this version (once per process)."""
    resource = files("app.data").joinpath(CONTENT_FILE)
    try:
        data = json.loads(resource.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return (), (ContentError(CONTENT_FILE, "-", "-", "unreadable", str(exc)),)
    items, errors = parse_content(data)
    return tuple(items), tuple(errors)
