"""Fuzzing (SPEC §11): the CSV reader and the value parsers return values or say what is wrong.

Whatever bytes a rep's file holds — random noise, a 200,000-character cell, UTF-16 or Big5 or
Shift-JIS, odd delimiters, unclosed quotes — reading gives a table or an UnusableFileError, and
a cell gives a value or a ValueProblem. Nothing else may escape. Bounded so the suite stays fast.
"""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path

import openpyxl  # noqa: F401 - imported once here, not inside the first timed example
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.parsing.choices import parse_channel, parse_role, parse_stage, parse_status
from app.parsing.errors import UnusableFileError, ValueProblem
from app.parsing.values import (
    infer_day_first,
    match_key,
    neutralise_formula,
    normalise_company_name,
    parse_amount,
    parse_date,
    parse_datetime,
    parse_email,
    parse_money,
    parse_percent,
    parse_phone,
    parse_unit,
    restore_formula,
)
from app.sync.csv_source import decode_bytes, read_table

FAST = settings(
    max_examples=80, deadline=5000, suppress_health_check=[HealthCheck.too_slow], database=None
)
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "gb18030", "gbk", "big5", "shift_jis", "cp949",
             "latin-1", "cp1252", "koi8-r"]  # fmt: skip
DELIMITERS = [",", ";", "\t", "|", " ", ":", "\x1f", "，"]
# Cells a rep's sheet really has, and their near misses.
PIECES = ["客户名称", "电话", "金额", "日期", "Company name", "Phone", "¥12,800.00", "1.2万",
          "2026/3/5", "2026年3月5日", "46086", "+86 138 0013 8000", "=SUM(A1)", '"', '""',
          "\r\n", "\n", "\r", "\x00", "\ufeff", "\u3000", "—", "(1,200)", "1e309", "-", "9" * 40,
          "2026-02-30", "25/13/2026", "NaN", "∞", "١٢٣", "𠀀", "\ud7ff"]  # fmt: skip

cells = st.one_of(
    st.sampled_from(PIECES),
    st.text(max_size=40),
    st.text(alphabet="0123456789.,-+/年月日万亿元¥$ ()%eE:", max_size=30),
)


def read_everything(path: Path) -> None:
    """Read the header and every row, the way an import does; only UnusableFileError may escape."""
    try:
        table = read_table(path)
        for row in table.rows():
            assert isinstance(row.cells, list)
    except UnusableFileError as error:
        assert str(error).strip()  # a message the user can read


def read_bytes(data: bytes, suffix: str = ".csv") -> None:
    """Write data to a file of its own and read it like an import would."""
    with tempfile.TemporaryDirectory(prefix="repbook-fuzz-") as folder:
        path = Path(folder) / f"sheet{suffix}"
        path.write_bytes(data)
        read_everything(path)


@FAST
@given(st.binary(max_size=4096))
@example(b"")
@example(b"PK\x03\x04garbage")  # looks like a workbook, is not one
@example(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")  # an old .xls
@example(b"\xff\xfe\x00")  # a UTF-16 BOM and half a character
@example(b'a,b\n"unclosed,1\n2,3\n')
def test_random_bytes_give_a_table_or_a_clear_refusal(data: bytes) -> None:
    read_bytes(data)
    with contextlib.suppress(UnusableFileError):
        decode_bytes(data)


@settings(max_examples=40, deadline=5000, database=None)
@given(
    rows=st.lists(st.lists(cells, min_size=1, max_size=6), min_size=1, max_size=12),
    encoding=st.sampled_from(ENCODINGS),
    delimiter=st.sampled_from(DELIMITERS),
    newline=st.sampled_from(["\n", "\r\n", "\r"]),
)
def test_sheets_in_odd_encodings_and_delimiters_never_crash_the_reader(
    rows, encoding, delimiter, newline
) -> None:
    text = newline.join(delimiter.join(row) for row in [["客户名称", "电话"], *rows])
    data = text.encode(encoding, errors="replace")
    read_bytes(data)


@settings(max_examples=8, deadline=10_000, database=None)
@given(size=st.integers(min_value=100_000, max_value=300_000), quoted=st.booleans())
def test_a_huge_cell_is_read_or_refused(size: int, quoted: bool) -> None:
    huge = "客" * size
    cell = f'"{huge}"' if quoted else huge
    read_bytes(f"客户名称,备注\n杭州云启,{cell}\n".encode())


PARSERS = (parse_money, parse_amount, parse_date, parse_datetime, parse_percent, parse_phone,
           parse_email, parse_channel, parse_role, parse_stage, parse_status)  # fmt: skip


@FAST
@given(st.one_of(cells, st.text(min_size=200, max_size=3000)), st.booleans())
@example("9" * 5000, False)
@example("1" + "0" * 400 + "万", False)
@example("29/02/2025", True)
@example("2026年13月40日", False)
def test_value_parsers_return_a_value_or_a_value_problem(text: str, day_first: bool) -> None:
    for parse in PARSERS:
        try:
            if parse in (parse_date, parse_datetime):
                parse(text, day_first=day_first)
            else:
                parse(text)
        except ValueProblem as problem:
            assert str(problem)
    # These never refuse: they normalise whatever they get.
    parse_unit(text)
    match_key(text)
    normalise_company_name(text)
    infer_day_first([text, text[:10]])
    assert restore_formula(neutralise_formula(text)) == text
