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
