"""The import wizard and export dialog, driven as a user would: choose, correct, run, read."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWizard
from sqlalchemy import func, select

from app.db import Database
from app.models import Customer
from app.parsing.errors import UnusableFileError
from app.sync.bundle_export import export_bundle
from app.sync.result import Cancelled
from ui.context import AppContext
from ui.export_dialog import ExportDialog
from ui.import_wizard import ImportWizard
from ui.workers import BackgroundTask

HEADER = ["客户名称", "所属行业", "所在片区", "联系人", "手机", "首次合作日期"]
ROWS = [
    ["杭州云启科技有限公司", "制造业", "杭州", "张伟", "138 0013 8000", "2026/3/5"],
    ["宁波海曙贸易有限公司", "批发", "宁波", "李娜", "13900001111", "2026/2/30"],
    ["上海浦江物流", "物流", "上海", "赵磊", "13600001111", "2026-01-08"],
]


def excel_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    """A sheet as Excel on Chinese Windows saves "CSV": GBK, CRLF, no BOM."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode("gbk"))
    return path


@pytest.fixture
def ctx(db: Database, tmp_path: Path) -> AppContext:
    return AppContext(
        db, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat), QUndoStack()
    )


def customers(db: Database) -> dict[str, Customer]:
    with db.session() as s:
        return {c.name: c for c in s.scalars(select(Customer))}


def next_enabled(wizard: ImportWizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_choose_a_sheet_fix_a_column_try_it_import_it_and_see_the_counts(
    qtbot, ctx: AppContext, tmp_path: Path
) -> None:
    sheet = excel_csv(tmp_path / "客户.csv", HEADER, ROWS)
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    changes: list[str] = []
    ctx.events.changed.connect(lambda event: changes.extend(sorted(event.entities)))

    wizard.choose_file(sheet)
    qtbot.waitUntil(lambda: next_enabled(wizard))
    page = wizard.file_page
    assert page.encoding.text() == "GB18030" and page.kind.currentData() == "customers"
    assert page.header_row.text() == "1"

    wizard.next()
    assert wizard.currentId() == ImportWizard.MAPPING
    mapping = wizard.mapping_page
    assert mapping.table.item(0, 0).text() == "客户名称"
    assert "杭州云启科技有限公司" in mapping.table.item(0, 1).text()
    assert mapping.combo(0).currentData() == "name"
    assert mapping.combo(2).currentData() is None  # 所在片区 was not recognised …
    mapping.combo(2).setCurrentIndex(mapping.combo(2).findData("city"))  # … so the user maps it

    wizard.next()
    assert wizard.currentId() == ImportWizard.DRY_RUN
    qtbot.waitUntil(lambda: wizard.dry_run_page.result is not None)
    dry = wizard.dry_run_page.result
    assert dry.dry_run and dry.by_entity["customer"].created == 2 and dry.rejected == 1
    assert customers(ctx.db) == {}
    assert wizard.dry_run_page.errors.rowCount() == 1

    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.RESULT, timeout=10000)
    result = wizard.import_result
    assert result is not None and (result.created, result.rejected) == (4, 1)
    summary = wizard.result_page.summary.text()
    assert "Created 4" in summary and "rejected rows 1" in summary
    errors = wizard.result_page.errors
    assert [errors.item(0, c).text() for c in range(2)] == ["3", "首次合作日期"]
    assert not wizard.result_page.open_rejects.isHidden()
    assert (tmp_path / "客户.rejects.csv").exists()
    stored = customers(ctx.db)
    assert stored["杭州云启科技有限公司"].city == "杭州" and stored["上海浦江物流"].city == "上海"
    assert changes == ["*"]


def test_an_unusable_file_says_why_and_cannot_go_on(qtbot, ctx: AppContext, tmp_path: Path) -> None:
    junk = tmp_path / "photo.csv"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose_file(junk)
    qtbot.waitUntil(lambda: "binary" in wizard.file_page.status.text())
    assert not next_enabled(wizard)


def test_changing_the_kind_re_guesses_the_columns(qtbot, ctx: AppContext, tmp_path: Path) -> None:
    sheet = excel_csv(
        tmp_path / "c.csv", ["客户名称", "联系人", "手机"], [["杭州云启", "张伟", "13800138000"]]
    )
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose_file(sheet)
    qtbot.waitUntil(lambda: next_enabled(wizard))
    kind = wizard.file_page.kind
    kind.setCurrentIndex(kind.findData("contacts"))
    wizard.next()
    combos = [wizard.mapping_page.combo(i).currentData() for i in range(3)]
    assert combos == ["customer_name", "name", "phone"]


def test_a_bundle_skips_the_mapping_and_merges(
    qtbot, ctx: AppContext, db: Database, tmp_path: Path
) -> None:
    from app.db import open_database

    rep = open_database(tmp_path / "rep.sqlite")
    try:
        with rep.session.begin() as s:
            s.add(Customer(name="温州瓯海机械", owner="李娜"))
        export_bundle(rep, tmp_path / "rep.zip")
    finally:
        rep.close()
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose_file(tmp_path / "rep.zip")
    qtbot.waitUntil(lambda: next_enabled(wizard))
    assert "RepBook export bundle" in wizard.file_page.status.text()
    wizard.next()
    assert wizard.currentId() == ImportWizard.DRY_RUN
    qtbot.waitUntil(lambda: wizard.dry_run_page.result is not None)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.RESULT, timeout=10000)
    assert customers(db)["温州瓯海机械"].owner == "李娜"
    assert wizard.result_page.open_rejects.isHidden()


def test_cancelling_the_import_rolls_it_back(
    qtbot, ctx: AppContext, db: Database, tmp_path: Path
) -> None:
    rows = [[f"客户{i:05d}", "制造业", "杭州", f"联系人{i}", "", ""] for i in range(15000)]
    sheet = excel_csv(tmp_path / "big.csv", HEADER, rows)
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose_file(sheet)
    qtbot.waitUntil(lambda: next_enabled(wizard))
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.dry_run_page.result is not None, timeout=20000)
    wizard.next()
    page = wizard.import_page
    with qtbot.waitSignal(page.task.finished, timeout=20000):
        page.cancel_button.click()
    assert "Cancelled" in page.status.text()
    assert wizard.currentId() == ImportWizard.IMPORT and wizard.import_result is None
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 0


def test_export_dialog_writes_a_zip_and_reports_it(
    qtbot, ctx: AppContext, db: Database, tmp_path: Path
) -> None:
    with db.session.begin() as s:
        s.add(Customer(name="杭州云启科技有限公司"))
    dialog = ExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_target(tmp_path / "bundle.zip")
    with qtbot.waitSignal(dialog.finished_export, timeout=10000):
        dialog.export_button.click()
    assert dialog.summary is not None and dialog.summary.rows["customer"] == 1
    assert (tmp_path / "bundle.zip").is_file()
    assert "Exported 6 records" in dialog.status.text()
    assert not dialog.open_button.isHidden()


def test_export_dialog_refuses_a_folder_with_other_files(
    qtbot, ctx: AppContext, tmp_path: Path
) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "合同.pdf").write_bytes(b"%PDF")
    dialog = ExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_target(tmp_path / "docs")
    with qtbot.waitSignal(dialog.finished_export, timeout=10000):
        dialog.start()
    assert dialog.summary is None and "other files" in dialog.status.text()
    assert (tmp_path / "docs" / "合同.pdf").read_bytes() == b"%PDF"


# ------------------------------------------------------------------- the background worker


def test_background_task_reports_progress_result_and_survives_many_runs(qtbot) -> None:
    # Hundreds of runs and thousands of reports: PySide 6.12 on CPython 3.11 used to abort
    # ("bool_dealloc" / "none_dealloc") after a few hundred signal emits or runnable calls.
    results: list[object] = []
    seen: list[tuple[int, int]] = []
    for run in range(300):
        task = BackgroundTask(lambda progress, n=run: [progress(i, 50) for i in range(51)] and n)
        task.progressed.connect(lambda done, total: seen.append((done, total)))
        task.succeeded.connect(results.append)
        with qtbot.waitSignal(task.finished, timeout=5000):
            task.start()
        assert results[-1] == run and seen[-1] == (50, 50) and not task.is_running()


def test_background_task_reports_failure_and_cancel(qtbot) -> None:
    def boom(_progress: object) -> None:
        raise UnusableFileError("file.empty")

    failing = BackgroundTask(boom)
    with qtbot.waitSignal(failing.failed, timeout=5000) as blocker:
        failing.start()
    assert isinstance(blocker.args[0], UnusableFileError)

    def until_cancelled(progress) -> str:
        while progress(0, 0):
            pass
        raise Cancelled()

    stopping = BackgroundTask(until_cancelled)
    outcomes: list[str] = []
    stopping.succeeded.connect(lambda _: outcomes.append("succeeded"))
    stopping.cancelled.connect(lambda: outcomes.append("cancelled"))
    with qtbot.waitSignal(stopping.finished, timeout=5000):
        stopping.start()
        stopping.cancel()
    assert outcomes == ["cancelled"]


def test_export_dialog_never_replaces_an_earlier_export(
    qtbot, ctx: AppContext, tmp_path: Path
) -> None:
    earlier = tmp_path / "RepBook.zip"
    earlier.write_bytes(b"earlier export")
    dialog = ExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.set_target(earlier)
    dialog.start()
    assert dialog.path_edit.text() == str(tmp_path / "RepBook-2.zip")
    assert "already exists" in dialog.status.text()
    with qtbot.waitSignal(dialog.finished_export, timeout=10000):
        dialog.start()
    assert (tmp_path / "RepBook-2.zip").is_file() and earlier.read_bytes() == b"earlier export"


def test_a_pasted_path_is_read_at_once_quotes_and_urls_too(
    qtbot, ctx: AppContext, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.import_pages import typed_path

    sheet = excel_csv(tmp_path / "客户.csv", HEADER, ROWS)
    assert typed_path(f'"{sheet}"') == sheet
    assert typed_path(sheet.as_uri()) == sheet
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    edit = wizard.file_page.path_edit
    QApplication.clipboard().setText(f'"{sheet}"')  # as Explorer's "copy as path" gives it
    edit.paste()
    qtbot.waitUntil(lambda: next_enabled(wizard), timeout=5000)
    assert wizard.path == sheet
