"""A rep imports a customer sheet and an order history: tiers, churn and search are right at once."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from tests.cli.test_cli import run

# 12-month revenue (yuan) per customer. Walking down the ranking, the share of revenue before
# each one: 甲 0 % → A, 乙 50 % → A, 丙 80 % → B (not below 80 %), 丁 90 % → B, 戊 96 % → C;
# 己 never ordered → C.
CUSTOMERS = [
    ("杭州甲方科技有限公司", "杭州", "王伟", "138-0013-8000"),
    ("上海乙方物流有限公司", "上海", "李娜", "139 1234 5678"),
    ("苏州丙方制造有限公司", "苏州", "张强", "137-5555-0101"),
    ("南京丁方软件有限公司", "南京", "赵敏", "136-7777-0202"),
    ("宁波戊方化工有限公司", "宁波", "钱进", "135-8888-0303"),
    ("无锡己方食品有限公司", "无锡", "孙丽", "134-9999-0404"),
]


def _orders(today: date) -> list[tuple[str, date, str]]:
    ago = lambda days: today - timedelta(days=days)  # noqa: E731
    return [
        ("杭州甲方科技有限公司", ago(10), "¥50,000.00"),
        ("上海乙方物流有限公司", ago(20), "3万"),
        ("苏州丙方制造有限公司", ago(30), "10000"),
        ("南京丁方软件有限公司", ago(40), "6,000"),
        # 戊 buys every 60 days and has been silent for 270: an order-gap churn risk.
        ("宁波戊方化工有限公司", ago(390), "1000"),
        ("宁波戊方化工有限公司", ago(330), "2000"),
        ("宁波戊方化工有限公司", ago(270), "2000"),
    ]


def write_sheets(folder: Path) -> tuple[Path, Path]:
    customers = folder / "客户名单.csv"
    lines = ["客户名称,城市,联系人,手机"] + [",".join(row) for row in CUSTOMERS]
    customers.write_bytes(("\r\n".join(lines) + "\r\n").encode("gb18030"))
    orders = folder / "订单记录.csv"
    rows = [f'{name},{day:%Y/%m/%d},"{amount}"' for name, day, amount in _orders(date.today())]
    orders.write_bytes(("\r\n".join(["客户名称,下单日期,金额", *rows]) + "\r\n").encode("gb18030"))
    return customers, orders


def json_of(*args: str) -> dict:
    result = run(*args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_tiers_churn_and_contact_phone_search_right_after_importing_two_sheets(tmp_path) -> None:
    db = str(tmp_path / "rep.sqlite")
    customers, orders = write_sheets(tmp_path)
    assert json_of("--db", db, "import", str(customers), "--json")["created"] == 12
    assert json_of("--db", db, "import", str(orders), "--kind", "orders", "--json")["created"] == 7

    summary = json_of("--db", db, "summary", "--json")
    assert summary["tiers"] == {"A": 2, "B": 2, "C": 2}
    assert summary["orders"] == 7

    tiers = {
        name: json_of("--db", db, "search", name, "--json")["results"][0]["tier"]
        for name, *_ in CUSTOMERS
    }
    assert list(tiers.values()) == ["A", "A", "B", "B", "C", "C"]

    quiet = json_of("--db", db, "search", "宁波戊方", "--json")["results"][0]
    assert quiet["at_risk"] is True and quiet["revenue_12m"] == 4000
    assert json_of("--db", db, "search", "杭州甲方", "--json")["results"][0]["at_risk"] is False

    # A contact's mobile finds the customer, typed with or without the dashes.
    for typed in ("0013-8000", "00138000", "13800138000"):
        found = json_of("--db", db, "search", typed, "--json")
        assert [hit["name"] for hit in found["results"]] == ["杭州甲方科技有限公司"], typed
    # So do the contact's name, pinyin initials and full pinyin.
    for typed in ("李娜", "shyfwl", "shanghaiyifang"):
        found = json_of("--db", db, "search", typed, "--json")["results"]
        assert found and found[0]["name"] == "上海乙方物流有限公司", typed
    assert json_of("--db", db, "search", "不存在的公司", "--json") == {"count": 0, "results": []}

    # Importing the same orders again changes nothing, tiers included.
    again = json_of("--db", db, "import", str(orders), "--kind", "orders", "--json")
    assert again["created"] == 0
    assert json_of("--db", db, "summary", "--json")["tiers"] == {"A": 2, "B": 2, "C": 2}


def test_search_json_has_the_spec_keys(tmp_path) -> None:
    db = str(tmp_path / "rep.sqlite")
    customers, _ = write_sheets(tmp_path)
    json_of("--db", db, "import", str(customers), "--json")
    found = json_of("--db", db, "search", "hz", "--limit", "1", "--json")
    assert set(found) == {"count", "results"}
    assert set(found["results"][0]) == {
        "id",
        "name",
        "tier",
        "segment",
        "at_risk",
        "city",
        "phone",
        "last_contact",
        "next_visit",
        "revenue_12m",
    }
    bad = run("--db", db, "search", "hz", "--limit", "0")
    assert bad.returncode != 0 and "Traceback" not in bad.stderr
