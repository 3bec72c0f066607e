"""An unexpected error in a command: one line on stderr, the traceback in repbook-errors.log."""

from __future__ import annotations

import sqlite3
import stat
import sys

from sqlalchemy.exc import IntegrityError

from app import cli
from app.error_log import error_log_path


def test_an_unexpected_error_is_one_line_and_its_details_go_to_the_log(
    db, capsys, monkeypatch
) -> None:
    def broken(_args) -> int:  # noqa: ANN001
        cause = sqlite3.IntegrityError("UNIQUE constraint failed: customer.id")
        raise IntegrityError("INSERT INTO customer (name, phone) VALUES (?, ?)",
                             ("杭州云启科技有限公司", "13800138000"), cause)  # fmt: skip

    monkeypatch.setitem(cli.COMMANDS, "summary", broken)
    code = cli.run(cli.parse_args(["--db", str(db.path), "summary"]))
    captured = capsys.readouterr()
    assert code == 1 and captured.out == ""
    [line] = captured.err.strip().splitlines()
    log = error_log_path(db.path.parent)
    assert line == (
        f"unexpected IntegrityError: UNIQUE constraint failed: customer.id (details in {log})"
    )  # no SQL, no row values, no traceback on the terminal
    details = log.read_text(encoding="utf-8")
    assert "Traceback" in details and "in broken" in details and "13800138000" in details
    if sys.platform != "win32":
        assert stat.S_IMODE(log.stat().st_mode) == 0o600


def test_a_log_that_cannot_be_written_is_not_named(db, capsys, monkeypatch) -> None:
    def broken(_args) -> int:  # noqa: ANN001
        raise RuntimeError("boom")

    monkeypatch.setitem(cli.COMMANDS, "summary", broken)
    monkeypatch.setattr("app.error_log.append_error_log", lambda _folder, _details: None)
    assert cli.run(cli.parse_args(["--db", str(db.path), "summary"])) == 1
    assert capsys.readouterr().err.strip().splitlines() == ["unexpected RuntimeError: boom"]
