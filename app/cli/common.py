"""What every headless command shares: exit codes, the user's error, opening the book, JSON out."""

from __future__ import annotations

import argparse
import json
from typing import Any

from app import db as database
from app.i18n import UserMessage

EXIT_OK, EXIT_FAILED = 0, 1


class CommandError(UserMessage):
    """A command could not run; the message is the one line the user sees."""


def open_book(args: argparse.Namespace, *, existing: bool = False) -> database.Database:
    """Open the database at --db, a failure turned into the one line the user sees.

    With existing, a missing file is refused instead of created: a mistyped --db must not give
    an empty summary, search or report that looks like a real answer.
    """
    if existing and not args.db.exists():
        raise CommandError("cli.no_database", path=args.db)
    try:
        return database.open_database(args.db)
    except database.SchemaTooNewError as exc:
        raise CommandError("cli.cause", cause=exc) from exc
    except database.UnusableDatabaseError as exc:
        raise CommandError("cli.unusable_database", path=args.db, cause=exc.reason) from exc


def print_json(data: Any) -> None:
    """Print one JSON document on one line, Chinese left readable."""
    print(json.dumps(data, ensure_ascii=False))
