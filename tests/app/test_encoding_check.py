"""Defect 6: text that decodes but in the wrong encoding is refused or warned, encoding named."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from app.parsing.errors import UnusableFileError
from app.sync.bundle import import_path
from app.sync.csv_source import read_table
from app.sync.encoding_check import gb18030_doubt, utf8_doubt

TAIWAN = [
    ("台北市信義區資訊有限公司", "02-2345-6789", "台北"),
    ("高雄市前鎮區貿易股份有限公司", "07-334-5566", "高雄"),
    ("新竹科學園區電子企業", "03-577-8899", "新竹"),
]
MAINLAND = [
    ("上海浦东新区贸易有限公司", "13800138000", "上海"),
    ("北京海淀区科技有限公司", "13900139000", "北京"),
    ("王喆的堃鑫五金店", "13700137000", "杭州"),  # rare hanzi in a real name are not a doubt
]


def sheet(folder: Path, rows: list[tuple[str, str, str]], encoding: str) -> Path:
    path = folder / f"customers-{encoding}.csv"
    lines = ["Company name,Phone,City", *(",".join(row) for row in rows)]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def customers(db) -> list[str]:
    with db.session() as session:
        return list(session.scalars(text("SELECT name FROM customer")))


def test_big5_under_ascii_headers_is_refused_naming_big5_and_nothing_is_stored(
    db, tmp_path
) -> None:
    source = sheet(tmp_path, TAIWAN, "big5")
    assert source.read_bytes().decode("gb18030")  # the trap: it does decode as GB18030
    with pytest.raises(UnusableFileError) as refused:
        import_path(db, source)
    text = str(refused.value)
    assert "Big5" in text and "CSV UTF-8" in text
    assert "台北市信義區" in text  # the Big5 reading, so the rep recognises their own data
    assert customers(db) == []


def test_gbk_and_utf8_chinese_sheets_import_without_a_doubt(db, tmp_path) -> None:
    for encoding in ("gbk", "utf-8"):
        table = read_table(sheet(tmp_path, MAINLAND, encoding))
        assert table.warnings == (), encoding
    result = import_path(db, sheet(tmp_path, MAINLAND, "gbk"))
    assert result.warnings == [] and result.created == 3
    assert "王喆的堃鑫五金店" in customers(db)


def test_utf8_once_read_as_gbk_is_imported_with_a_warning_naming_the_encodings(
    db, tmp_path
) -> None:
    company = "公司名称".encode().decode("gb18030")
    assert company.startswith("鍏")  # 鍏徃… is what a rep sees after the round trip
    garbled = [(company, "13800138000", "上海".encode().decode("gb18030"))]
    result = import_path(db, sheet(tmp_path, garbled, "utf-8"))
    assert result.created == 1
    [warning] = result.warnings
    assert "GBK/GB18030" in warning and company in warning and "'公司名称'" in warning


def test_utf8_once_read_as_latin1_is_warned(db, tmp_path) -> None:
    rows = [("MÃ¼ller GmbH", "+49 30 1234", "KÃ¶ln"), ("SÃ¤ge AG", "+49 30 5678", "MÃ¼nchen")]
    result = import_path(db, sheet(tmp_path, rows, "utf-8"))
    [warning] = result.warnings
    assert "Latin-1/Windows-1252" in warning and "ü" in warning


def test_chinese_utf8_once_read_as_latin1_is_warned_and_its_sample_steers_no_terminal(
    db, tmp_path
) -> None:
    # Windows-1252 has no 0x81/0x8D/0x8F/0x90/0x9D: programs give them as C1 controls (U+0080…).
    garbled = [(name.encode().decode("latin-1"), phone, city) for name, phone, city in MAINLAND]
    assert any("\x80" <= c <= "\x9f" for c in garbled[0][0])
    result = import_path(db, sheet(tmp_path, garbled, "utf-8"))
    [warning] = result.warnings
    assert "Latin-1/Windows-1252" in warning and "would be '上海浦东新区贸易'" in warning
    assert not any("\x80" <= c <= "\x9f" for c in warning)  # shown as \x8d, never sent raw


def test_the_rules_by_hand() -> None:
    big5 = "台北市信義區".encode("big5")
    assert gb18030_doubt(big5.decode("gb18030"), big5).refuse
    assert gb18030_doubt("上海市浦东新区", "上海市浦东新区".encode("gb18030")) is None
    assert gb18030_doubt("张三", "张三".encode("gb18030")) is None  # too short to judge
    assert utf8_doubt("Müller, Köln, Straße") is None
    assert utf8_doubt("公司名称，上海市") is None
    assert utf8_doubt("公司名称".encode().decode("gb18030")).params["meant"] == "公司名称"


def test_the_cli_refuses_big5_in_one_line(tmp_path) -> None:
    from tests.cli.test_cli import run

    db = tmp_path / "book.sqlite"
    result = run("--db", str(db), "import", str(sheet(tmp_path, TAIWAN, "big5")))
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "Big5" in result.stderr
