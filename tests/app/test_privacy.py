"""Privacy on a shared laptop (SPEC §11): every file RepBook writes is user-only, every folder it
makes too — the database and its WAL, the lock, backups, exports, rejects and the error log."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest

from app import db as database
from app.error_log import append_error_log
from app.instance import command_lock
from app.models import Customer
from app.models.types import new_id
from app.sync.bundle import export_bundle, import_path

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_folders_repbook_makes_and_every_file_in_them_are_user_only(tmp_path) -> None:
    home = tmp_path / "home" / "RepBook"  # neither folder exists yet
    book = home / "repbook.sqlite"
    db = database.open_database(book)
    try:
        with db.write() as session:
            session.add(Customer(id=new_id(), name="杭州云启科技有限公司"))
        assert mode(home) == 0o700  # (its parents are general folders such as ~/.local/share)
        for made in (book, Path(f"{book}-wal"), Path(f"{book}-shm")):
            assert mode(made) == 0o600, made.name
        with command_lock(book, "import"):
            assert mode(Path(f"{book}.lock")) == 0o600
        backup = database.backup(book, "manual")
        assert (mode(backup.parent), mode(backup)) == (0o700, 0o600)
        log = append_error_log(home, "Traceback …")
        assert log is not None and mode(log) == 0o600

        exports = tmp_path / "exports" / "2026-12"  # made by the export: user-only too
        folder = export_bundle(db, exports / "bundle").path
        assert mode(exports) == mode(folder) == 0o700
        assert {mode(path) for path in folder.iterdir()} == {0o600}
        again = export_bundle(db, exports / "bundle", force=True).path  # replaced, still private
        assert mode(again) == 0o700 and {mode(p) for p in again.iterdir()} == {0o600}
        assert mode(export_bundle(db, exports / "book.zip").path) == 0o600

        sheet = tmp_path / "客户.csv"
        sheet.write_text("客户名称,城市\n,杭州\n", encoding="utf-8-sig")
        rejects = import_path(db, sheet).rejects_file
        assert rejects is not None and mode(rejects) == 0o600
    finally:
        db.close()


def test_an_existing_folder_keeps_the_mode_its_owner_gave_it(tmp_path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    database.open_database(shared / "book.sqlite").close()
    assert mode(shared) == 0o755  # the user's own folder: RepBook does not change it
    assert mode(shared / "book.sqlite") == 0o600
