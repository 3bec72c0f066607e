"""Reading foreign files as Excel on Chinese Windows and other CRMs write them."""

from __future__ import annotations

import codecs
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from app.parsing.errors import UnusableFileError
from app.sync.csv_source import SourceRow, decode_bytes, read_table, sniff_delimiter

# Excel's "CSV (逗号分隔)" save on Chinese Windows: GBK bytes, no BOM, CRLF, a title row, a blank
# row, quoted cells with line breaks, commas and quotes, and trailing empty columns.
REP_SHEET = (
    "2026年客户清单,,,,,,\r\n"
    ",,,,,,\r\n"
    "客户名称,联系人,手机,金额（万元）,签约日期,备注,\r\n"
    '杭州云启科技有限公司,张三,138 0013 8000,1.2,2026/3/5,"第一行\r\n第二行, 含逗号 ""引号""",\r\n'
    ",,,,,,\r\n"
    "\u3000上海某某贸易\u3000, 李四 ,,3,2026/3/6,,\r\n"
    "深圳一二三,王五\r\n"
)


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _rows(path: Path) -> list[SourceRow]:
    return list(read_table(path).rows())


# ------------------------------------------------------------------------------------- decoding


def test_decode_gbk_without_bom_as_gb18030() -> None:
    text = "客户名称,联系人\r\n杭州云启,张三\r\n"
    assert decode_bytes(text.encode("gbk")) == (text, "gb18030")


def test_decode_gb18030_only_characters() -> None:
    text = "客户,𠀀\r\n"  # outside GBK, which GB18030 covers
    assert decode_bytes(text.encode("gb18030")) == (text, "gb18030")


def test_decode_utf8_strictly_first() -> None:
    text = "客户名称,联系人\n杭州云启,张三\n"
    assert decode_bytes(text.encode("utf-8")) == (text, "utf-8")
    assert decode_bytes(b"name,city\nACME,Boston\n") == ("name,city\nACME,Boston\n", "utf-8")


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + "客户名称\r\n".encode(), "utf-8-sig"),
        ("客户名称\r\n".encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + "客户名称\r\n".encode("utf-16-be"), "utf-16"),
    ],
)
def test_decode_boms(data: bytes, encoding: str) -> None:
    assert decode_bytes(data) == ("客户名称\r\n", encoding)


def test_short_chinese_text_is_not_misread_as_big5() -> None:
    # Two GBK characters are also valid Big5 bytes; statistical detectors often pick Big5 here.
    assert decode_bytes("客户".encode("gbk"))[0] == "客户"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"name,city\x00\x01\x02", "binary"),
        (b"\x81\x20\xff\xfe\x80", "neither UTF-8 nor GB18030"),
        (b"PK\x03\x04rest-of-a-zip", "Excel workbook"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", "97-2003"),
    ],
)
def test_decode_rejects_unusable_bytes(data: bytes, message: str) -> None:
    with pytest.raises(UnusableFileError, match=message) as caught:
        decode_bytes(data)
    assert caught.value.in_language("zh_CN") != caught.value.in_language("en")


# ------------------------------------------------------------------------------------ delimiters


@pytest.mark.parametrize(
    ("sample", "delimiter"),
    [
        ("a,b,c\n1,2,3\n", ","),
        ("a;b;c\n1;2,5;3\n4;5,5;6\n", ";"),  # European sheet with decimal commas
        ("a\tb\tc\n1,000\t2\t3\n", "\t"),
        ("a|b|c\n1|2|3\n", "|"),
        ('name,note\n"ACME","x;y;z|w"\n"B","p;q"\n', ","),  # delimiters inside quotes do not count
        ('标题\n\n客户,金额\n"云启,杭州",1\n', ","),
        ("only one column\nvalue\n", ","),
    ],
)
def test_sniff_delimiter(sample: str, delimiter: str) -> None:
    assert sniff_delimiter(sample) == delimiter


# ---------------------------------------------------------------------------------- CSV reading


def test_rep_sheet_saved_by_chinese_excel(tmp_path: Path) -> None:
    table = read_table(_write(tmp_path, "客户.csv", REP_SHEET.encode("gbk")))
    assert (table.encoding, table.delimiter, table.sheet) == ("gb18030", ",", None)
    assert table.header_row_number == 3
    assert table.headers == ["客户名称", "联系人", "手机", "金额（万元）", "签约日期", "备注"]
    rows = list(table.rows())
    assert [row.number for row in rows] == [4, 6, 7]  # Excel's row numbers: the blank row 5 counts
    assert rows[0].cells == [
        "杭州云启科技有限公司",
        "张三",
        "138 0013 8000",
        "1.2",
        "2026/3/5",
        '第一行\r\n第二行, 含逗号 "引号"',
    ]
    assert rows[1].cells == [
        "上海某某贸易",
        "李四",
        "",
        "3",
        "2026/3/6",
        "",
    ]  # U+3000 and spaces trimmed
    assert rows[2].cells == [
        "深圳一二三",
        "王五",
        "",
        "",
        "",
        "",
    ]  # short rows padded to the header


def test_rows_can_be_read_again(tmp_path: Path) -> None:
    table = read_table(_write(tmp_path, "a.csv", REP_SHEET.encode("gbk")))
    assert list(table.rows()) == list(table.rows())


def test_excel_csv_utf8_with_bom(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.csv", codecs.BOM_UTF8 + REP_SHEET.encode("utf-8"))
    table = read_table(path)
    assert table.encoding == "utf-8-sig"
    assert table.headers[0] == "客户名称"  # no BOM left on the first header
    assert len(list(table.rows())) == 3


def test_utf16_tab_separated_unicode_text(tmp_path: Path) -> None:
    # Excel's "Unicode 文本" save: UTF-16 LE with BOM, tab separated.
    text = "客户名称\t手机\r\n杭州云启\t13800138000\r\n"
    table = read_table(_write(tmp_path, "a.txt", text.encode("utf-16")))
    assert (table.encoding, table.delimiter) == ("utf-16", "\t")
    assert [r.cells for r in table.rows()] == [["杭州云启", "13800138000"]]


def test_semicolon_delimited_export(tmp_path: Path) -> None:
    text = (
        "Account Name;Amount;Close Date\n"
        "ACME GmbH;12,5;05.03.2026\n"
        '"Müller; Söhne";1.234,56;06.03.2026\n'
    )
    table = read_table(_write(tmp_path, "a.csv", text.encode("utf-8")))
    assert table.delimiter == ";"
    assert [r.cells for r in table.rows()] == [
        ["ACME GmbH", "12,5", "05.03.2026"],
        ["Müller; Söhne", "1.234,56", "06.03.2026"],
    ]


def test_tab_delimited_export_with_commas_in_cells(tmp_path: Path) -> None:
    text = (
        "客户名称\t地址\t金额\n"
        "杭州云启\t杭州市, 西湖区\t12,800.00\n"
        "上海某某\t上海市, 浦东新区\t3,000\n"
    )
    table = read_table(_write(tmp_path, "a.tsv", text.encode("gbk")))
    assert table.delimiter == "\t"
    assert [r.cells for r in table.rows()][0] == ["杭州云启", "杭州市, 西湖区", "12,800.00"]


def test_pipe_delimited_and_sep_line(tmp_path: Path) -> None:
    table = read_table(_write(tmp_path, "a.csv", b"sep=|\nname|city\nACME|Boston\n"))
    assert table.delimiter == "|"
    # Excel hides the sep= line, so the header is its row 1.
    assert (table.header_row_number, table.headers) == (1, ["name", "city"])
    assert [(r.number, r.cells) for r in table.rows()] == [(2, ["ACME", "Boston"])]


def test_header_is_the_first_non_empty_row_when_nothing_is_recognised(tmp_path: Path) -> None:
    table = read_table(_write(tmp_path, "a.csv", b"\n\nfoo,bar\n1,2\n"))
    assert (table.header_row_number, table.headers) == (3, ["foo", "bar"])
    assert [(r.number, r.cells) for r in table.rows()] == [(4, ["1", "2"])]


def test_extra_cells_beyond_the_header_are_kept(tmp_path: Path) -> None:
    table = read_table(_write(tmp_path, "a.csv", "客户名称,手机\n云启,138,多出来的\n".encode()))
    assert [r.cells for r in table.rows()] == [["云启", "138", "多出来的"]]


def test_header_only_file_has_no_rows(tmp_path: Path) -> None:
    table = read_table(_write(tmp_path, "a.csv", "客户名称,联系人\r\n".encode("gbk")))
    assert table.headers == ["客户名称", "联系人"] and list(table.rows()) == []


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"\r\n,,,\r\n\r\n", "no data"),
        (b"\x00\x01\x02\x03binary", "binary"),
        (b"name\n\x81\x20\xff\n", "neither UTF-8 nor GB18030"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1xls", "97-2003"),
        (b"PK\x03\x04not really a workbook", "not a readable Excel"),
    ],
)
def test_unusable_files(tmp_path: Path, data: bytes, message: str) -> None:
    with pytest.raises(UnusableFileError, match=message):
        read_table(_write(tmp_path, "bad.csv", data))


def test_binary_tail_is_caught_before_any_row_is_read(tmp_path: Path) -> None:
    data = "客户名称,联系人\n".encode() + b"a,b\n" * 300_000 + b"\x00"
    with pytest.raises(UnusableFileError, match="binary"):
        read_table(_write(tmp_path, "a.csv", data))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(UnusableFileError, match="cannot read"):
        read_table(tmp_path / "nope.csv")


def test_unclosed_quote_reports_the_row(tmp_path: Path) -> None:
    data = '客户名称,备注\n云启,ok\n上海,"never closed\n深圳,x\n'.encode()
    table = read_table(_write(tmp_path, "a.csv", data))
    with pytest.raises(UnusableFileError, match="row 3"):
        list(table.rows())


def test_inch_marks_inside_unquoted_cells_are_text(tmp_path: Path) -> None:
    table = read_table(_write(tmp_path, "a.csv", '产品名称,数量\n显示器 27" 4K,2\n'.encode()))
    assert [r.cells for r in table.rows()] == [['显示器 27" 4K', "2"]]


# ---------------------------------------------------------------------------------------- xlsx


def test_xlsx_first_sheet_with_data(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.title = "说明"  # an empty first sheet is passed over
    sheet = workbook.create_sheet("客户")
    sheet["A1"] = "2026年客户清单"
    sheet.append([])
    sheet.append(["客户名称", "金额", "签约日期", "跟进时间", "手机", "重点客户", None])
    sheet.append(
        [
            "  杭州云启科技有限公司 ",
            12800,
            date(2026, 3, 5),
            datetime(2026, 3, 5, 14, 30),
            13800138000,
            True,
        ]
    )
    sheet.append([None, None])
    sheet.append(["上海某某", 12800.5, datetime(2026, 3, 6), None, "010-65521234"])
    path = tmp_path / "客户.xlsx"
    workbook.save(path)

    table = read_table(path)
    assert (table.sheet, table.encoding, table.delimiter) == ("客户", None, None)
    assert table.header_row_number == 3
    assert table.headers == ["客户名称", "金额", "签约日期", "跟进时间", "手机", "重点客户"]
    rows = list(table.rows())
    assert [r.number for r in rows] == [4, 6]
    assert rows[0].cells == [
        "杭州云启科技有限公司",
        "12800",
        "2026-03-05",
        "2026-03-05 14:30:00",
        "13800138000",
        "TRUE",
    ]
    assert rows[1].cells == ["上海某某", "12800.5", "2026-03-06", "", "010-65521234", ""]


def test_xlsx_renamed_to_csv_is_still_read(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.append(["Company name", "City"])
    workbook.active.append(["ACME", "Boston"])
    path = tmp_path / "export.csv"
    workbook.save(path)
    assert [r.cells for r in read_table(path).rows()] == [["ACME", "Boston"]]


def test_empty_workbook_is_unusable(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    openpyxl.Workbook().save(path)
    with pytest.raises(UnusableFileError, match="no data"):
        read_table(path)
