"""A multi-sheet workbook: the sheet whose headers are recognised, or the one --sheet names."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import text

from app.parsing.errors import UnusableFileError
from app.sync.bundle import import_path
from app.sync.csv_source import read_table
from tests.cli.test_cli import run


def workbook(folder: Path) -> Path:
    book = openpyxl.Workbook()
    cover = book.active
    cover.title = "封面"  # a cover page: a title, who made it, a note — no table
    cover.append(["2026 年华东区客户清单"])
    cover.append(["制表人", "张三"])
    cover.append(["说明", "请勿修改表头"])
    customers = book.create_sheet("客户")
    customers.append(["客户名称", "电话", "城市", "行业"])
    customers.append(["杭州云启科技有限公司", "13800138000", "杭州", "软件"])
    customers.append(["上海申达贸易有限公司", "13900139000", "上海", "贸易"])
    contacts = book.create_sheet("联系人")
    contacts.append(["联系人姓名", "手机", "所属客户"])
    contacts.append(["李四", "13700137000", "杭州云启科技有限公司"])
    path = folder / "华东客户.xlsx"
    book.save(path)
    return path


def names(db) -> list[str]:
    with db.session() as session:
        return sorted(session.scalars(text("SELECT name FROM customer")))


def test_the_sheet_with_recognised_headers_is_read_not_the_cover_page(tmp_path) -> None:
    table = read_table(workbook(tmp_path))
    assert table.sheet == "客户"
    assert table.headers == ["客户名称", "电话", "城市", "行业"]


def test_import_reads_the_customers_sheet_past_the_cover(db, tmp_path) -> None:
    result = import_path(db, workbook(tmp_path))
    assert (result.kind, result.created, result.rejected) == ("customers", 2, 0)
    assert names(db) == ["上海申达贸易有限公司", "杭州云启科技有限公司"]


def test_a_named_sheet_is_read_and_an_unknown_one_is_refused_listing_the_sheets(
    db, tmp_path
) -> None:
    path = workbook(tmp_path)
    assert read_table(path, sheet="联系人").headers == ["联系人姓名", "手机", "所属客户"]
    with pytest.raises(UnusableFileError) as refused:
        import_path(db, path, sheet="Kunden")
    assert str(refused.value) == (
        "the workbook has no sheet named 'Kunden'; its sheets are: 封面、客户、联系人"
    )
    assert names(db) == []


def test_the_cli_passes_sheet_through(tmp_path) -> None:
    db, path = tmp_path / "book.sqlite", workbook(tmp_path)
    unknown = run("--db", str(db), "import", str(path), "--sheet", "Kunden")
    assert unknown.returncode == 1
    assert unknown.stderr.strip().splitlines() == [
        "error: the workbook has no sheet named 'Kunden'; its sheets are: 封面、客户、联系人"
    ]
    chosen = run("--db", str(db), "import", str(path), "--sheet", "客户", "--json")
    assert chosen.returncode == 0, chosen.stderr
    assert json.loads(chosen.stdout)["created"] == 2


def test_a_hidden_sheet_is_not_chosen_and_other_tables_are_named(db, tmp_path) -> None:
    book = openpyxl.Workbook()
    lookup = book.active
    lookup.title = "数据字典"  # a template's hidden lookup list, with better-known headers
    lookup.append(["客户名称", "行业", "城市", "地区", "规模", "来源"])
    lookup.sheet_state = "hidden"
    customers = book.create_sheet("客户清单")
    customers.append(["客户名称", "城市", "行业"])
    customers.append(["杭州云启科技有限公司", "杭州", "软件"])
    log = book.create_sheet("跟进")
    log.append(["客户", "跟进日期", "跟进方式"])
    book.active = 1
    path = tmp_path / "模板.xlsx"
    book.save(path)
    result = import_path(db, path)
    assert (result.kind, result.created) == ("customers", 1)
    # The visible sheets tie on known columns; the one the workbook opens on wins, the other
    # is named so the rep knows it was left out.
    assert result.warnings == [
        "imported the sheet '客户清单'; the workbook also has 跟进 (choose another with --sheet"
        " or in the import window)"
    ]


def test_a_damaged_sheet_is_one_clear_refusal(db, tmp_path) -> None:
    import zipfile

    path = workbook(tmp_path)
    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(broken, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet2.xml":
                data = data[: len(data) // 2]  # cut off, as by a broken download
            target.writestr(item, data)
    with pytest.raises(UnusableFileError) as refused:
        import_path(db, broken)
    assert "is damaged" in str(refused.value) and "save it again" in str(refused.value)
    assert names(db) == []
