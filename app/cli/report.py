"""The report command: an XLSX, PDF or CSV report for team leads."""

from __future__ import annotations

import argparse

from app.cli.common import EXIT_OK, CommandError, open_book
from app.derived import refresh_if_new_day
from app.i18n import msg


def cmd_report(args: argparse.Namespace) -> int:
    """Write a report for the period and owner asked for."""
    from datetime import date

    from app.insights import owners
    from app.reports.write import ReportError, check_destination, default_scope, write_report

    try:
        check_destination(args.out, args.force)
    except ReportError as exc:
        raise CommandError("cli.cause", cause=exc) from exc
    db = open_book(args, existing=True)
    refresh_if_new_day(db)
    if args.owner:
        with db.session() as session:
            known = owners(session)
        if args.owner not in known:
            raise CommandError("report.unknown_owner", owner=args.owner, owners=", ".join(known))
    scope = default_scope(date.today(), args.period, args.owner)
    try:
        result = write_report(db, args.out, scope, force=args.force)
    except ReportError as exc:
        raise CommandError("cli.cause", cause=exc) from exc
    code = "report.written.one_owner" if result.owners == 1 else "report.written"
    print(msg(code, path=result.path, sheets=result.sheets, owners=result.owners))
    return EXIT_OK
