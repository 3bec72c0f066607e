"""The commands that move records in and out of the book: import, export."""

from __future__ import annotations

import argparse
from typing import Any

from app import db as database
from app.cli.common import EXIT_OK, CommandError, open_book, print_json
from app.i18n import msg


def cmd_import(args: argparse.Namespace) -> int:
    """Import a CSV/XLSX file or an export bundle."""
    from app.sync.bundle import Cancelled, UnusableFileError, import_path

    if not args.file.exists():
        raise CommandError("cli.no_file", path=args.file)
    db = open_book(args)
    try:
        result = import_path(db, args.file, kind=args.kind, dry_run=args.dry_run, sheet=args.sheet)
    except UnusableFileError as exc:
        raise CommandError("cli.cause", cause=exc) from exc
    except database.BackupError as exc:  # the book is damaged: importing into it would not help
        raise CommandError("cli.cause", cause=exc) from exc
    except Cancelled as exc:  # only a progress callback cancels; kept for completeness of errors
        raise CommandError("cli.import.cancelled") from exc
    if args.json:
        print_json(result.to_json())
    else:
        _print_import(result.to_json())
    return EXIT_OK


def _print_import(data: dict[str, Any]) -> None:
    prefix = msg("cli.import.dry_run") if data["dry_run"] else ""
    counts = {key: data[key] for key in ("created", "updated", "unchanged")}
    # Conflicts only arise from bundles: a line about none of them would only puzzle.
    conflicts = (
        msg("cli.import.conflicts", conflicts=data["conflicts"]) if data["conflicts"] else ""
    )
    print(prefix + msg("cli.import.counts", rejected=data["rejected"], **counts) + conflicts)
    for error in data["errors"]:
        print(
            msg(
                "cli.import.error",
                row=error["row"],
                column=error["column"],
                reason=error["message"],
            )
        )
    if data.get("rejects_file"):
        print(msg("cli.import.rejects_file", path=data["rejects_file"]))
    for warning in data["warnings"]:
        print(msg("cli.import.warning", warning=warning))


def cmd_export(args: argparse.Namespace) -> int:
    """Write an export bundle (a folder, or a .zip by its suffix)."""
    from app.sync.bundle import export_bundle

    db = open_book(args, existing=True)
    try:
        summary = export_bundle(db, args.out, force=args.force)
    except (FileExistsError, OSError) as exc:
        raise CommandError("cli.cause", cause=exc) from exc
    data = summary.to_json()
    print(msg("cli.export.done", total=data["total"], path=data["path"]))
    return EXIT_OK
