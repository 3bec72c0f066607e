"""`report --out` as a team lead runs it, and team mode: two reps' bundles merged into one book."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.cli.test_cli import run


@pytest.fixture(scope="module")
def team_db(tmp_path_factory) -> Path:
    """Two reps' demo books exported as bundles and imported into a lead's third database."""
    root = tmp_path_factory.mktemp("team")
    lead = root / "lead.sqlite"
    for name, seed in (("ana", 3), ("bo", 4)):
        book = root / f"{name}.sqlite"
        made = run(
            "--db", str(book), "demo", "--customers", "60", "--seed", str(seed), "--owner", name
        )
        assert made.returncode == 0, made.stderr
        exported = run("--db", str(book), "export", str(root / f"{name}.zip"))
        assert exported.returncode == 0, exported.stderr
        imported = run("--db", str(lead), "import", str(root / f"{name}.zip"))
        assert imported.returncode == 0, imported.stderr
    return lead


def test_demo_owner_is_stamped_on_every_row(team_db):
    with sqlite3.connect(team_db) as conn:
        for table in ("customer", "deal", "activity", "payment", "visit_plan"):
            owners = {row[0] for row in conn.execute(f"SELECT DISTINCT owner FROM {table}")}
            assert owners == {"ana", "bo"}, table
        # Both books have the default stages under their own ids; the import matched them by key.
        assert conn.execute("SELECT count(*) FROM stage WHERE deleted_at IS NULL").fetchone() == (
            5,
        )


def test_team_report_compares_the_reps(team_db, tmp_path):
    out = tmp_path / "team.xlsx"
    result = run("--db", str(team_db), "report", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "2 reps" in result.stdout
    sheet = load_workbook(out)["Per rep"]
    rows = {row[0].value: row for row in sheet.iter_rows(min_row=3)}
    assert set(rows) == {"ana", "bo"}
    assert all(isinstance(rows[name][1].value, int | float) for name in rows)
    assert all(rows[name][1].number_format == '"¥"#,##0.00' for name in rows)


def test_report_for_one_owner_and_period(team_db, tmp_path):
    out = tmp_path / "ana.csv"
    result = run(
        "--db", str(team_db), "report", "--out", str(out), "--owner", "ana", "--period", "quarter"
    )
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8-sig")
    assert ", ana" in text.splitlines()[0]
    assert "Per rep" in text  # the book still has two owners


@pytest.mark.parametrize(
    ("name", "message"),
    [("r.txt", "must end in"), ("nowhere/r.xlsx", "does not exist")],
)
def test_report_errors_are_one_line(team_db, tmp_path, name, message):
    result = run("--db", str(team_db), "report", "--out", str(tmp_path / name))
    assert result.returncode == 1
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_report_refuses_an_existing_file_unless_forced(team_db, tmp_path):
    out = tmp_path / "r.xlsx"
    out.write_text("keep")
    refused = run("--db", str(team_db), "report", "--out", str(out))
    assert refused.returncode == 1 and "--force" in refused.stderr
    assert out.read_text() == "keep"
    assert run("--db", str(team_db), "report", "--out", str(out), "--force").returncode == 0
    assert load_workbook(out).sheetnames[0] == "Summary"


def test_report_for_an_unknown_owner_names_the_known_ones(team_db, tmp_path):
    result = run("--db", str(team_db), "report", "--out", str(tmp_path / "x.csv"), "--owner", "zed")
    assert result.returncode == 1 and "ana, bo" in result.stderr


def test_report_pdf_in_chinese(team_db, tmp_path):
    from pypdf import PdfReader

    out = tmp_path / "team.pdf"
    result = run("--db", str(team_db), "--lang", "zh_CN", "report", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "报表已写入" in result.stdout
    reader = PdfReader(out)
    assert len(reader.pages) == 2
    assert "销售对比" in reader.pages[1].extract_text().replace("\x00", "").replace(" ", "")
