"""One catalogue for everything app/ says: every code used exists, in both languages, alike."""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path
from string import Formatter

import pytest

import app
from app import i18n
from app.i18n import UserMessage, catalogue, msg

APP = Path(app.__file__).resolve().parent


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(template) if name is not None}


def _message_classes() -> set[str]:
    for info in pkgutil.walk_packages([str(APP)], "app."):
        if ".migrations" not in info.name:
            importlib.import_module(info.name)
    found, todo = set(), [UserMessage]
    while todo:
        cls = todo.pop()
        found.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return found


def _sources() -> list[tuple[Path, ast.Module]]:
    # ui/ renders app messages too (e.g. before Qt can start), through the same catalogue.
    paths = [*sorted(APP.rglob("*.py")), *sorted((APP.parent / "ui").rglob("*.py"))]
    return [
        (path, ast.parse(path.read_text(encoding="utf-8")))
        for path in paths
        if "migrations" not in path.parts
    ]


def _name(func: ast.expr) -> str:
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _uses() -> list[tuple[str, str, set[str] | None]]:
    """Return (where, code, keyword names or None when **params) of every message call."""
    callers = _message_classes() | {"msg", "render"}
    uses = []
    for path, tree in _sources():
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and _name(node.func) in callers and node.args):
                continue
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                names = {k.arg for k in node.keywords}
                keywords = None if None in names else {n for n in names if n is not None}
                uses.append((f"{path.name}:{node.lineno}", first.value, keywords))
    return uses


def test_catalogue_has_both_languages_with_the_same_placeholders() -> None:
    for code, texts in catalogue().items():
        assert texts.get("en") and texts.get("zh_CN"), code
        assert _placeholders(texts["en"]) == _placeholders(texts["zh_CN"]), code


def test_every_code_used_in_app_is_in_the_catalogue_with_its_parameters() -> None:
    uses = _uses()
    assert len(uses) > 100
    for where, code, keywords in uses:
        assert code in catalogue(), f"{where}: {code} is not in the catalogue"
        if keywords is not None:
            assert keywords == _placeholders(catalogue()[code]["en"]), where


def test_every_catalogue_code_is_used_somewhere_in_app() -> None:
    literals = {
        node.value
        for _, tree in _sources()
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }
    assert sorted(set(catalogue()) - literals) == []


def test_no_bilingual_pairs_are_left_in_app() -> None:
    for path, tree in _sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                assert _name(node.func) != "t", f"{path.name}:{node.lineno}"
    assert not hasattr(i18n, "t")


def test_messages_follow_the_current_language() -> None:
    assert msg("cli.no_file", path="a.csv") == "no file at a.csv"
    i18n.set_language("zh_CN")
    assert msg("cli.no_file", path="a.csv") == "找不到文件 a.csv"


def test_an_error_renders_in_the_language_current_when_shown() -> None:
    error = UserMessage("file.missing", path="x.csv")
    assert str(error) == "x.csv does not exist"
    i18n.set_language("zh_CN")
    assert str(error) == "x.csv 不存在"
    assert error.in_language("en") == "x.csv does not exist"


def test_a_missing_chinese_text_falls_back_to_english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(catalogue(), "test.only_en", {"en": "only {word}"})
    i18n.set_language("zh_CN")
    assert msg("test.only_en", word="English") == "only English"
