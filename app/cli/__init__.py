"""Headless commands (SPEC §10): team leads script these, tests drive them."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from app.cli.books import cmd_backup, cmd_check, cmd_restore
from app.cli.calendar import cmd_calendar
from app.cli.common import EXIT_FAILED, EXIT_OK, CommandError
from app.cli.parser import KINDS, build_parser, early_language
from app.cli.playbook import cmd_playbook
from app.cli.records import cmd_demo, cmd_search, cmd_summary
from app.cli.report import cmd_report
from app.cli.sync import cmd_export, cmd_import
from app.disk import disk_full, is_disk_full
from app.error_log import one_line
from app.i18n import UserMessage, msg, set_language
from app.instance import command_lock
from app.paths import default_db_path

__all__ = [
    "COMMANDS",
    "EXIT_FAILED",
    "EXIT_OK",
    "KINDS",
    "CommandError",
    "build_parser",
    "cmd_backup",
    "cmd_calendar",
    "cmd_check",
    "cmd_demo",
    "cmd_export",
    "cmd_import",
    "cmd_playbook",
    "cmd_report",
    "cmd_restore",
    "cmd_search",
    "cmd_summary",
    "parse_args",
    "run",
    "write_crash_log",
]

COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": cmd_demo,
    "summary": cmd_summary,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "check": cmd_check,
    "import": cmd_import,
    "export": cmd_export,
    "search": cmd_search,
    "playbook": cmd_playbook,
    "calendar": cmd_calendar,
    "report": cmd_report,
}


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Read the command line, the help in the user's language, and set that language."""
    set_language(early_language(argv))
    args = build_parser().parse_args(argv)
    if args.lang:
        set_language(args.lang)
    return args


def run(args: argparse.Namespace) -> int:
    """Run one headless command; a failure is one line on stderr and a non-zero exit."""
    args.db = (args.db or default_db_path()).expanduser()
    dry_run = bool(getattr(args, "dry_run", False))
    try:
        # A writing command holds the single-instance lock the GUI holds (app/instance.py).
        with command_lock(args.db, args.command, dry_run=dry_run):
            return COMMANDS[args.command](args)
    except UserMessage as exc:  # CommandError, DatabaseInUseError, or an app/ error for the user
        cause = disk_full(args.command) if is_disk_full(exc) else exc
        print(msg("cli.error", cause=cause), file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:
        # The reader went away (… | head): nothing more to say, and no traceback about it.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one line, details logged
        if is_disk_full(exc):  # everything rolled back; nothing to log that helps
            print(msg("cli.error", cause=disk_full(args.command)), file=sys.stderr)
            return EXIT_FAILED
        log = write_crash_log(args.db)
        summary = one_line(exc)  # never the SQL or row values: those go to the log only
        kind = type(exc).__name__
        # A log that could not be written (the folder is gone or read-only) is not named.
        line = (
            msg("cli.unexpected", kind=kind, cause=summary, log=log)
            if log
            else msg("cli.unexpected_unlogged", kind=kind, cause=summary)
        )
        print(line, file=sys.stderr)
        return EXIT_FAILED


def write_crash_log(db_path: Path) -> Path | None:
    """Append the current exception's traceback to repbook-errors.log beside the database.

    Return the log, or None when it could not be written.
    """
    import traceback

    from app.error_log import append_error_log

    return append_error_log(db_path.parent, traceback.format_exc())
