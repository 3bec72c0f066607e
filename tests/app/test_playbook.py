"""The shipped playbook: content complete in both languages, searchable as reps search."""

from __future__ import annotations

import json
import re

from app.playbook import load_shipped, search_playbook
from app.playbook.content import parse_content
from tests.cli.test_cli import run

PLACEHOLDER = re.compile(r"\{(\w+)\}")


def test_shipped_content_validates_and_covers_what_the_spec_asks() -> None:
    items, problems = load_shipped()
    assert problems == ()
    by_kind: dict[str, list] = {}
    for item in items:
        by_kind.setdefault(item.kind, []).append(item)
    objections = by_kind["objection"]
    assert len(objections) >= 24
    categories = {item.group for item in objections}
    assert categories >= {
        "price",
        "budget",
        "timing",
        "competitor",
        "authority",
        "need",
        "trust",
        "product_fit",
        "payment_terms",
    }
    for item in objections:
        for code in ("zh", "en"):
            # concern, two or more scripts, the follow-up question
            assert len(item.body[code]) >= 4, (item.key, code)
        assert item.technique
    spin = {
        t: [i for i in by_kind["spin"] if i.group == t]
        for t in ("situation", "problem", "implication", "need_payoff")
    }
    assert all(len(questions) >= 5 for questions in spin.values())
    assert {i.group for i in by_kind["sop"]} == {
        "lead",
        "qualified",
        "proposal",
        "negotiation",
        "closing",
    }
    assert len(by_kind["closing_signal"]) >= 5
    for template in by_kind["template"]:
        zh, en = template.body["zh"][0], template.body["en"][0]
        assert set(PLACEHOLDER.findall(zh)) == set(PLACEHOLDER.findall(en)), template.key


def test_a_bad_entry_is_reported_by_file_entry_and_field_and_the_rest_loads() -> None:
    data = {
        "techniques": {
            "laer": {"name": {"zh": "LAER", "en": "LAER"}, "how": {"zh": "听", "en": "Listen"}}
        },
        "objections": [
            {
                "key": "ok",
                "category": "price",
                "objection": {"zh": "太贵", "en": "Too dear"},
                "concern": {"zh": "价值", "en": "Value"},
                "scripts": [{"zh": "一", "en": "One"}, {"zh": "二", "en": "Two"}],
                "question": {"zh": "问？", "en": "Ask?"},
                "technique": "laer",
            },
            {
                "key": "broken",
                "category": "price",
                "objection": {"zh": "没钱"},
                "concern": {"zh": "x", "en": "x"},
                "scripts": [{"zh": "一", "en": "One"}],
                "question": {"zh": "问？", "en": "Ask?"},
                "technique": "nope",
            },
        ],
    }
    items, problems = parse_content(data, "playbook.json")
    assert [str(p) for p in problems] == [
        "playbook.json: broken: objection.en: missing",
        "playbook.json: broken: scripts: needs two or more",
        "playbook.json: broken: technique: unknown: nope",
    ]
    keys = [item.key for item in items if item.kind == "objection"]
    assert keys == [
        "ok",
        "broken",
    ]  # the Chinese-only entry still loads, marked when shown in English
    broken = items[-1]
    assert broken.title_in("en") == "没钱 (not translated)"


def test_search_by_chinese_pinyin_initials_and_english() -> None:
    assert search_playbook("太贵")[0].key == "price_too_high"
    assert search_playbook("jgtg")[0].key == "price_too_high"  # 价格太贵 by its initials
    assert "price_too_high" in [item.key for item in search_playbook("price")]
    competitor = search_playbook("竞争对手")
    assert competitor and all(item.group == "competitor" for item in competitor[:3])
    assert search_playbook("zzzzqqq") == []
    assert search_playbook("   ") == []


def test_playbook_command_prints_the_spec_json(tmp_path) -> None:
    result = run(
        "--db",
        str(tmp_path / "x.sqlite"),
        "--lang",
        "zh_CN",
        "playbook",
        "--search",
        "预算",
        "--json",
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["results"] and set(data["results"][0]) == {"id", "kind", "title", "text"}
    assert any(
        hit["kind"] == "objection" and "预算" in hit["title"] + hit["text"]
        for hit in data["results"]
    )
