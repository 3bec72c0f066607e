"""The calendar command: visit plans and care reminders as an iCalendar file."""

from __future__ import annotations

import argparse

from app.cli.common import EXIT_OK, open_book


def cmd_calendar(args: argparse.Namespace) -> int:
    """Write the coming days' visits and care reminders to an .ics file."""
    from app.visits.ics import export_book

    print(export_book(open_book(args, existing=True), args.out.expanduser(), args.days))
    return EXIT_OK
