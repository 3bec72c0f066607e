"""The commands that look after the database file itself: backup, restore, check."""

from __future__ import annotations

import argparse
import sys

from app import db as database
from app.cli.common import EXIT_FAILED, EXIT_OK, CommandError, open_book
from app.i18n import msg


def cmd_backup(args: argparse.Namespace) -> int:
    """Copy the database into the backups folder."""
    db = open_book(args, existing=True)
    db.close()
    try:
        target = database.backup(db.path, "manual")
    except database.BackupError as exc:
        raise CommandError("cli.cause", cause=exc) from exc
    print(msg("cli.backup.written", path=target))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    """Replace the database with a backup, keeping a safety copy of the old one."""
    if not args.file.is_file():
        raise CommandError("cli.restore.no_file", path=args.file)
    had_book = args.db.exists()
    try:
        safety = database.restore(args.db, args.file)
    except (ValueError, database.UnusableDatabaseError, OSError) as exc:
        raise CommandError("cli.restore.failed", cause=exc) from exc
    db = open_book(args)  # upgrades an older backup's schema
    db.close()
    if had_book:
        print(msg("cli.restore.done", path=args.file, safety=safety))
    else:  # nothing was replaced, so there is no earlier state to point at
        print(msg("cli.restore.done_new", path=args.file, db=args.db))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    """Check the database's integrity and schema revision."""
    damage = database.file_problems(args.db)  # before opening: opening may migrate or copy
    if damage:
        for problem in damage:
            print(problem, file=sys.stderr)
        print(database.restore_advice(args.db), file=sys.stderr)
        return EXIT_FAILED
    db = open_book(args, existing=True)
    problems = database.integrity_problems(db.engine)
    revision = database.current_revision(db.engine)
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        print(msg("cli.check.problems", count=len(problems), path=db.path))
        print(database.restore_advice(db.path))
        return EXIT_FAILED
    print(msg("cli.check.healthy", path=db.path, revision=revision))
    return EXIT_OK
