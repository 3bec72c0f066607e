"""import and export as a team lead scripts them: JSON contract, exit codes, untouched data."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from tests.cli.test_cli import run

SPEC_KEYS = {"created", "updated", "unchanged", "conflicts", "rejected", "errors"}


def summary(db: Path) -> dict:
    result = run("--db", str(db), "summary", "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def book(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("sync") / "rep.sqlite"
    assert run("--db", str(path), "demo", "--customers", "60", "--seed", "9").returncode == 0
    return path


@pytest.mark.parametrize("target", ["bundle", "bundle.zip"])
def test_export_then_import_into_an_empty_database_gives_the_same_book(
    book, tmp_path, target
) -> None:
    out = tmp_path / target
    exported = run("--db", str(book), "export", str(out))
    assert exported.returncode == 0, exported.stderr
    if target.endswith(".zip"):
        with zipfile.ZipFile(out) as archive:
            assert "manifest.json" in archive.namelist()
    else:
        manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
        assert {"format_version", "app_version", "owner", "exported_at"} <= set(manifest)
        assert (out / "customer.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # BOM for Excel

    fresh = tmp_path / "lead.sqlite"
    first = run("--db", str(fresh), "import", str(out), "--json")
    assert first.returncode == 0, first.stderr
    result = json.loads(first.stdout)
    assert set(result) >= SPEC_KEYS and result["rejected"] == 0 and result["created"] > 0
    assert summary(fresh) == summary(book)

    again = json.loads(run("--db", str(fresh), "import", str(out), "--json").stdout)
    assert (again["created"], again["updated"], again["conflicts"]) == (0, 0, 0)
    assert again["unchanged"] == result["created"] + result["unchanged"]


def test_a_spreadsheet_from_chinese_excel_imports_with_row_level_rejects(tmp_path) -> None:
    sheet = tmp_path / "客户清单.csv"
    sheet.write_bytes(
        "客户名称,联系人,手机,所属行业,首次合作日期\r\n"
        "杭州云启科技有限公司,张伟,138 0013 8000,制造业,2026/3/5\r\n"
        ",李娜,13900001111,批发,2026-01-08\r\n"
        "宁波海曙贸易有限公司,王芳,13600001111,批发,2026年2月30日\r\n".encode("gbk")
    )
    db = tmp_path / "rep.sqlite"
    done = run("--db", str(db), "import", str(sheet), "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["rejected"] == 2
    assert result["created"] == 2  # one customer and its contact
    rows = {(e["row"], e["column"]) for e in result["errors"]}
    assert rows == {(3, "客户名称"), (4, "首次合作日期")}
    assert all(e["message"] for e in result["errors"])
    assert (tmp_path / "客户清单.rejects.csv").is_file()
    assert summary(db)["customers"] == 1 and summary(db)["contacts"] == 1

    again = json.loads(run("--db", str(db), "import", str(sheet), "--json").stdout)
    assert again["created"] == 0 and summary(db)["customers"] == 1  # updates, never duplicates
    # The plain summary line: counts and rejects; conflicts only come up when there are some.
    told = run("--db", str(db), "import", str(sheet)).stdout.splitlines()[0]
    assert told.startswith("0 created, ") and told.endswith("2 rows rejected"), told
    assert "conflict" not in told


def test_dry_run_reports_and_writes_nothing(tmp_path) -> None:
    sheet = tmp_path / "c.csv"
    sheet.write_text("Company name,Phone\nACME Ltd,+86 138 0013 8000\n", encoding="utf-8")
    db = tmp_path / "rep.sqlite"
    result = json.loads(run("--db", str(db), "import", str(sheet), "--dry-run", "--json").stdout)
    assert result["created"] == 1 and result["dry_run"] is True
    assert summary(db)["customers"] == 0


@pytest.mark.parametrize(
    "content", [b"\x89PNG\r\n\x1a\n\x00\x00binary", "颜色,尺寸\n红,大\n".encode()]
)
def test_an_unusable_file_exits_non_zero_with_one_line_and_changes_nothing(
    book, tmp_path, content
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_bytes(content)
    before = summary(book)
    result = run("--db", str(book), "import", str(bad), "--json")
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert summary(book) == before


def test_a_tampered_bundle_is_refused(book, tmp_path) -> None:
    out = tmp_path / "bundle"
    assert run("--db", str(book), "export", str(out)).returncode == 0
    with (out / "customer.csv").open("a", encoding="utf-8") as handle:
        handle.write("tampered\n")
    fresh = tmp_path / "lead.sqlite"
    result = run("--db", str(fresh), "import", str(out))
    assert result.returncode != 0
    assert "customer.csv" in result.stderr
    assert summary(fresh)["customers"] == 0


def test_export_refuses_an_existing_target_unless_forced(book, tmp_path) -> None:
    out = tmp_path / "bundle.zip"
    assert run("--db", str(book), "export", str(out)).returncode == 0
    before = out.read_bytes()
    again = run("--db", str(book), "export", str(out))
    assert again.returncode != 0 and "--force" in again.stderr
    assert len(again.stderr.strip().splitlines()) == 1 and "Traceback" not in again.stderr
    assert out.read_bytes() == before
    forced = run("--db", str(book), "export", str(out), "--force")
    assert forced.returncode == 0, forced.stderr


def test_summary_money_matches_sums_from_sqlite(book) -> None:
    import sqlite3
    from datetime import date, timedelta

    data = summary(book)["money"]
    with sqlite3.connect(book) as conn:
        open_cents = conn.execute(
            "SELECT SUM(amount) FROM deal WHERE status='open' AND deleted_at IS NULL"
        ).fetchone()[0]
        since = (date.today() - timedelta(days=365)).isoformat()
        won_cents = conn.execute(
            "SELECT SUM(amount) FROM deal WHERE status='won' AND deleted_at IS NULL "
            "AND closed_date > ? AND closed_date <= ?",
            (since, date.today().isoformat()),
        ).fetchone()[0]
        overdue_cents = conn.execute(
            "SELECT SUM(amount_due - amount_received) FROM payment WHERE deleted_at IS NULL "
            "AND due_date < ? AND amount_received < amount_due",
            (date.today().isoformat(),),
        ).fetchone()[0]
    assert data["open_pipeline"] == open_cents / 100
    assert data["won_12m"] == won_cents / 100
    assert round(data["receivable_overdue"], 2) == round(overdue_cents / 100, 2)
    assert 0 < data["weighted_pipeline"] < data["open_pipeline"]
