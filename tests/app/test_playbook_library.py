"""The playbook in the book: shipped content synced, edits kept through upgrades, usage learnt."""

from __future__ import annotations

import copy
import json
from importlib.resources import files

import pytest
from sqlalchemy import func, select

from app.changes import ActionError, revert
from app.models import PlaybookEntry
from app.playbook.content import parse_content
from app.playbook.entries import EntryDraft, add_entry, edit_entry, load_entries, retire_entry
from app.playbook.search import search_playbook
from app.playbook.stages import section_for_stage
from app.playbook.sync import sync_content
from app.playbook.usage import record_use, sort_by_success, usage_stats


def shipped_data() -> dict:
    return json.loads(files("app.data").joinpath("playbook.json").read_text(encoding="utf-8"))


def by_key(entries):
    return {entry.key: entry for entry in entries}


def test_first_start_copies_every_shipped_entry_in_both_languages(db) -> None:
    with db.write() as s:
        result = sync_content(s)
    with db.session() as s:
        entries = load_entries(s)
        rows = s.scalar(select(func.count()).select_from(PlaybookEntry))
    kinds = [e.kind for e in entries]
    assert kinds.count("objection") == 36 and kinds.count("spin") == 28
    assert result.added == rows == 2 * len(entries)
    price = by_key(entries)["price_too_high"]
    assert price.text("zh_CN").title == "你们价格太贵了。"
    assert price.text("en").title == "Your price is too high."
    assert len(price.text("en").scripts) == 3 and price.text("en").follow_up
    with db.write() as s:  # the same content again: nothing to do
        assert sync_content(s) == type(result)()


def test_a_local_edit_survives_a_content_upgrade_new_entries_arrive_retired_stay_retired(
    db,
) -> None:
    with db.write() as s:
        sync_content(s)
    with db.session() as s:
        entries = by_key(load_entries(s))
        edited_row = entries["price_too_high"].row_id("zh_CN")
        retired_row = entries["budget_used_up"].row_id("en")
    with db.write() as s:
        draft = EntryDraft(
            "objection", "price", "价格太高了（我的说法）", "看不到价值", ("先问预算",)
        )
        edit_entry(s, edited_row, draft)
        retire_entry(s, retired_row)

    data = copy.deepcopy(shipped_data())
    objections = {o["key"]: o for o in data["objections"]}
    for key in ("price_too_high", "competitor_lower_quote", "budget_used_up"):
        objections[key]["version"] = 2
        objections[key]["objection"] = {"zh": f"新版 {key}", "en": f"New {key}"}
    new = copy.deepcopy(objections["price_too_high"])
    new.update(key="price_brand_new", version=1)
    data["objections"].append(new)
    items, problems = parse_content(data)
    assert problems == []
    with db.write() as s:
        result = sync_content(s, items)
    assert (result.added, result.updated, result.kept) == (2, 5, 1)

    with db.session() as s:
        after = by_key(load_entries(s))
        everything = by_key(load_entries(s, include_retired=True))
    price = after["price_too_high"]
    assert price.text("zh_CN").title == "价格太高了（我的说法）"  # the rep's wording wins
    assert price.text("zh_CN").scripts == ("先问预算",)
    assert price.text("en").title == "New price_too_high"  # the other language was not edited
    assert after["competitor_lower_quote"].text("en").title == "New competitor_lower_quote"
    assert "price_brand_new" in after  # a new shipped entry arrives
    assert "budget_used_up" not in after  # a retired one stays retired …
    assert everything["budget_used_up"].retired  # … with the newer text, still retired
    assert everything["budget_used_up"].text("en").title == "New budget_used_up"


def test_a_missing_translation_shows_the_other_language_marked(db) -> None:
    data = shipped_data()
    data["spin"][0]["text"].pop("en")
    items, problems = parse_content(data)
    assert [str(p) for p in problems] == ["playbook.json: spin_s_current_process: text.en: missing"]
    with db.write() as s:
        sync_content(s, items)
    with db.session() as s:
        spin = by_key(load_entries(s))["spin_s_current_process"]
    assert list(spin.row_ids) == ["zh_CN"]
    shown = spin.text("en")
    assert shown.untranslated and shown.title.endswith("(not translated)")
    assert shown.title.startswith("您现在这块业务")


def test_add_edit_retire_are_undoable_and_refuse_an_empty_title(db) -> None:
    with db.write() as s:
        with pytest.raises(ActionError) as refused:
            add_entry(s, EntryDraft("objection", "price", "  "), "en")
        assert "needs a title" in str(refused.value)
        outcome = add_entry(
            s, EntryDraft("objection", "price", "Too pricey", scripts=("A", "")), "en"
        )
        row_id = outcome.created_id
    with db.session() as s:
        mine = by_key(load_entries(s))[row_id]
        assert mine.text("zh_CN").title == "Too pricey（未翻译）"
        assert mine.text("en").scripts == ("A",)
    with db.write() as s:
        retired = retire_entry(s, row_id)
    with db.session() as s:
        assert row_id not in by_key(load_entries(s))
    with db.write() as s:
        revert(s, retired.changes)
    with db.session() as s:
        assert row_id in by_key(load_entries(s))


def test_success_rate_from_recorded_uses_and_lists_sort_by_it(db) -> None:
    with db.write() as s:
        sync_content(s)
    with db.session() as s:
        entries = [e for e in load_entries(s) if e.kind == "objection"]
    first, second, third = entries[0], entries[1], entries[2]
    with db.write() as s:
        # first: script 0 helped 3 times (twice in Chinese, once in English), failed once,
        # one use not rated; script 1 failed once → script 0 rate 3/4, entry 3/5.
        for lang, outcome in [
            ("zh_CN", "positive"),
            ("zh_CN", "positive"),
            ("en", "positive"),
            ("zh_CN", "negative"),
            ("zh_CN", "neutral"),
        ]:
            record_use(s, first.row_id(lang), 0, None, outcome)
        record_use(s, first.row_id("zh_CN"), 1, None, "negative")
        record_use(s, third.row_id("en"), 0, None, "positive")  # third: 1/1
        with pytest.raises(ActionError):
            record_use(s, third.row_id("en"), 0, None, "great")
    with db.session() as s:
        stats = usage_stats(s)
    script0 = stats[first.key, 0]
    assert (script0.uses, script0.helped, script0.not_helped) == (5, 3, 1)
    assert script0.rate == pytest.approx(0.75)
    assert stats[first.key, 1].rate == 0.0
    ordered = sort_by_success(entries, stats)
    assert [e.key for e in ordered[:3]] == [third.key, first.key, second.key]


def test_stage_to_section() -> None:
    assert section_for_stage("lead") == section_for_stage("qualified") == "spin"
    assert section_for_stage("proposal") == section_for_stage("negotiation") == "objection"
    assert section_for_stage("closing") == "closing_signal"
    # a stage of the rep's own goes by where it stands among five
    assert [section_for_stage("custom", p, 5) for p in range(5)] == [
        "spin",
        "spin",
        "objection",
        "objection",
        "closing_signal",
    ]
    assert section_for_stage(None) == "sop"


def test_search_reads_the_books_entries_with_local_edits(db) -> None:
    with db.write() as s:
        sync_content(s)
        add_entry(s, EntryDraft("objection", "trust", "客户说要先看看案例"), "zh_CN")
    with db.session() as s:
        items = [e.as_item() for e in load_entries(s)]
    assert search_playbook("jgtg", items)[0].key == "price_too_high"
    assert search_playbook("khsyxkkal", items)[0].title["zh"] == "客户说要先看看案例"
    assert search_playbook("案例", items)
    assert "price_too_high" in [i.key for i in search_playbook("price high", items)]


def test_every_closing_signal_suggests_a_known_technique_and_scripts_are_in_both_languages() -> (
    None
):
    data = shipped_data()
    techniques = set(data["techniques"])
    assert len(data["closing_signals"]) >= 5
    for signal in data["closing_signals"]:
        assert signal["technique"] in techniques, signal["key"]
        assert signal["script"]["zh"].strip() and signal["script"]["en"].strip(), signal["key"]
    for objection in data["objections"]:
        assert len(objection["scripts"]) >= 2
        for script in objection["scripts"]:
            assert script["zh"].strip() and script["en"].strip(), objection["key"]
        assert objection["technique"] in techniques
