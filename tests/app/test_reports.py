"""Reports: the XLSX read back with openpyxl, the CSV sections, and refusals."""

from __future__ import annotations

import csv

import pytest
from openpyxl import load_workbook

from app.i18n import set_language
from app.insights.scope import Scope
from app.reports.write import ReportError, check_destination, write_report
from tests.insights_book import Q1, TODAY, build_book

QUARTER = Scope(*Q1, today=TODAY)


@pytest.fixture
def book(db):
    return build_book(db)


def test_xlsx_has_a_sheet_per_topic_with_numbers_and_formats(db, book, tmp_path):
    out = tmp_path / "team.xlsx"
    result = write_report(db, out, QUARTER)
    workbook = load_workbook(out)
    assert workbook.sheetnames == [
        "Summary", "Pipeline", "Funnel", "Stage durations", "Process map", "Lost reasons",
        "Forecast", "Activity by week", "Customers by tier", "Visits", "Receivables", "Goals",
        "Per rep",
    ]  # fmt: skip
    assert result.sheets == 13 and result.owners == 2
    funnel = workbook["Funnel"]
    assert funnel.freeze_panes == "A3"
    assert [c.value for c in funnel[2]] == [
        "Stage", "Reached", "Amount", "Open there now", "Conversion to next",
    ]  # fmt: skip
    assert [c.value for c in funnel[3]] == ["Lead", 4, 6500.0, 0, 1.0]
    assert funnel["C3"].number_format == '"¥"#,##0.00'
    assert funnel["E5"].value == 0.5 and funnel["E5"].number_format == "0.0%"
    assert funnel.column_dimensions["E"].width >= len("Conversion to next")
    receivables = workbook["Receivables"]
    assert [c.value for c in receivables[4]] == ["31–60 days", 1, 1500.0]
    team = {row[0].value: row for row in workbook["Per rep"].iter_rows(min_row=3)}
    assert team["ana"][1].value == 5000.0 and team["bo"][5].value == 0.0
    summary = {row[0].value: row[1].value for row in workbook["Summary"].iter_rows(min_row=3)}
    assert summary["Win rate"] == pytest.approx(1 / 3)
    assert summary["Bottleneck"].startswith("Proposal is the bottleneck")


def test_one_owner_has_no_per_rep_sheet_but_a_formula_looking_name_is_text(db, tmp_path):
    from app.models import Customer, Deal, Stage

    with db.write() as s:
        stage = s.query(Stage).filter_by(key="lead").one()
        customer = Customer(name="=cmd|calc", owner="ana")
        s.add(customer)
        s.flush()
        s.add(Deal(customer_id=customer.id, title="x", stage_id=stage.id, owner="ana"))
        stage.name_en = "=HYPERLINK(1)"
    out = tmp_path / "one.xlsx"
    write_report(db, out, QUARTER)
    workbook = load_workbook(out)
    assert "Per rep" not in workbook.sheetnames
    assert workbook["Pipeline"]["A3"].value == "'=HYPERLINK(1)"


def test_csv_is_one_bom_file_in_sections(db, book, tmp_path):
    set_language("zh_CN")
    out = tmp_path / "team.csv"
    write_report(db, out, QUARTER)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    titles = [rows[i + 1][0] for i, row in enumerate(rows[:-1]) if row == [] and rows[i + 1]]
    assert titles[:3] == ["概览", "销售管道", "销售漏斗"] and "销售对比" in titles
    start = rows.index(["输单原因"])
    assert rows[start + 1] == ["原因", "商机数", "占比", "累计占比"]
    assert rows[start + 2] == ["价格过高", "1", "0.5000", "0.5000"]
    assert rows[start + 3] == ["未填写原因", "1", "0.5000", "1.0000"]


@pytest.mark.parametrize(
    ("name", "word"), [("r.docx", "must end in"), ("missing/r.xlsx", "does not exist")]
)
def test_bad_destinations_are_one_line(tmp_path, name, word):
    with pytest.raises(ReportError) as error:
        check_destination(tmp_path / name)
    assert word in str(error.value) and "\n" not in str(error.value)


def test_an_existing_report_is_kept_unless_forced(db, book, tmp_path):
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "r.csv"
    out.write_text("mine")
    with pytest.raises(ReportError, match="already exists"):
        write_report(db, out, QUARTER)
    assert out.read_text() == "mine"
    write_report(db, out, QUARTER, force=True)
    assert out.read_text(encoding="utf-8-sig").startswith('"RepBook sales report')
    assert [p.name for p in out.parent.iterdir()] == ["r.csv"]  # no temporary left behind


def test_pdf_is_two_pages_with_embedded_chinese_text(db, book, tmp_path):
    from pypdf import PdfReader

    set_language("zh_CN")
    out = tmp_path / "team.pdf"
    write_report(db, out, QUARTER)
    reader = PdfReader(out)
    assert len(reader.pages) == 2
    # pypdf puts a NUL before each character of fpdf2's CID font; the text itself is right.
    first = reader.pages[0].extract_text().replace("\x00", "").replace(" ", "")
    assert "RepBook销售报表" in first and "销售漏斗" in first and "方案呈现是瓶颈" in first
    assert "价格过高" in first and "未填写原因" in first
    fonts = reader.pages[0]["/Resources"]["/Font"]
    font = next(iter(fonts.values())).get_object()
    descendant = font["/DescendantFonts"][0].get_object()
    # Embedded (FontFile3: CFF) and subset (the six-letter tag before the name).
    assert (
        "/FontFile3" in descendant["/FontDescriptor"]
        or "/FontFile2" in descendant["/FontDescriptor"]
    )
    assert str(font["/BaseFont"])[7] == "+"
    second = reader.pages[1].extract_text().replace("\x00", "").replace(" ", "")
    assert "目标" in second and "销售对比" in second and "ana" in second
