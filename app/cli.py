"""Headless commands (SPEC §10): team leads script these, tests drive them."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from app import APP_VERSION
from app import db as database
from app.derived import refresh_if_new_day
from app.disk import disk_full, is_disk_full
from app.error_log import one_line
from app.i18n import LANGUAGES, UserMessage, detect_language, msg, set_language
from app.instance import command_lock
from app.paths import default_db_path

EXIT_OK, EXIT_FAILED = 0, 1
# The kinds of app.sync.headers, spelled out so the CLI starts without loading the importer.
KINDS = ("customers", "contacts", "deals", "activities", "orders", "payments")


class CommandError(UserMessage):
    """A command could not run; the message is the one line the user sees."""


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, msg("cli.usage") if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """A parser whose own words (usage, section titles, -h) come from the catalogue too."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs, add_help=False, formatter_class=_Formatter)
        self._positionals.title = msg("cli.positionals")
        self._optionals.title = msg("cli.options")
        self.add_argument("-h", "--help", action="help", help=msg("cli.help.help"))


def build_parser() -> argparse.ArgumentParser:
    """Build the command line parser, its help in the current language."""
    parser = _Parser(prog="main.py", description=msg("cli.description"))
    parser.add_argument("--db", type=Path, help=msg("cli.help.db"))
    parser.add_argument("--lang", choices=LANGUAGES, help=msg("cli.help.lang"))
    parser.add_argument(
        "--version",
        action="version",
        version=f"RepBook {APP_VERSION}",
        help=msg("cli.help.version"),
    )
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", title=msg("cli.commands"), parser_class=_Parser
    )

    demo = commands.add_parser("demo", help=msg("cli.help.demo"), description=msg("cli.help.demo"))
    demo.add_argument("--customers", type=int, default=300, help=msg("cli.help.demo_customers"))
    demo.add_argument("--seed", type=int, default=1, help=msg("cli.help.demo_seed"))
    demo.add_argument("--owner", help=msg("cli.help.demo_owner"))

    imp = commands.add_parser(
        "import", help=msg("cli.help.import"), description=msg("cli.help.import")
    )
    imp.add_argument("file", type=Path, help=msg("cli.help.import_file"))
    imp.add_argument("--kind", choices=KINDS, help=msg("cli.help.import_kind"))
    imp.add_argument("--dry-run", action="store_true", help=msg("cli.help.import_dry_run"))
    imp.add_argument("--sheet", metavar="NAME", help=msg("cli.help.import_sheet"))
    imp.add_argument("--json", action="store_true", help=msg("cli.help.json_result"))

    exp = commands.add_parser(
        "export", help=msg("cli.help.export"), description=msg("cli.help.export")
    )
    exp.add_argument("out", type=Path, help=msg("cli.help.export_out"))
    exp.add_argument("--force", action="store_true", help=msg("cli.help.export_force"))

    report = commands.add_parser(
        "report", help=msg("cli.help.report"), description=msg("cli.help.report")
    )
    report.add_argument("--out", type=Path, required=True, help=msg("cli.help.report_out"))
    report.add_argument(
        "--period", choices=("month", "quarter", "year"), default="year",
        help=msg("cli.help.report_period"),
    )  # fmt: skip
    report.add_argument("--owner", help=msg("cli.help.report_owner"))
    report.add_argument("--force", action="store_true", help=msg("cli.help.report_force"))

    summary = commands.add_parser(
        "summary", help=msg("cli.help.summary"), description=msg("cli.help.summary")
    )
    summary.add_argument("--json", action="store_true", help=msg("cli.help.json"))

    search = commands.add_parser(
        "search", help=msg("cli.help.search"), description=msg("cli.help.search")
    )
    search.add_argument("query", help=msg("cli.help.search_query"))
    search.add_argument("--limit", type=int, default=20, help=msg("cli.help.limit", default=20))
    search.add_argument("--json", action="store_true", help=msg("cli.help.json"))

    playbook = commands.add_parser(
        "playbook", help=msg("cli.help.playbook"), description=msg("cli.help.playbook")
    )
    playbook.add_argument(
        "--search", required=True, metavar="QUERY", help=msg("cli.help.playbook_search")
    )
    playbook.add_argument("--limit", type=int, default=50, help=msg("cli.help.limit", default=50))
    playbook.add_argument("--json", action="store_true", help=msg("cli.help.json"))

    cal = commands.add_parser("calendar", help=msg("calendar.cli_help"))
    cal.add_argument("--out", type=Path, required=True, help=msg("calendar.cli_out"))
    cal.add_argument("--days", type=int, default=30, help=msg("calendar.cli_days", default=30))

    commands.add_parser("backup", help=msg("cli.help.backup"), description=msg("cli.help.backup"))
    restore = commands.add_parser(
        "restore", help=msg("cli.help.restore"), description=msg("cli.help.restore")
    )
    restore.add_argument("file", type=Path, help=msg("cli.help.restore_file"))
    commands.add_parser("check", help=msg("cli.help.check"), description=msg("cli.help.check"))
    return parser


def _language(argv: Sequence[str] | None) -> str:
    """Read --lang ahead of the full parse, so the help is built in the right language."""
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--lang")
    known, _ = early.parse_known_args(argv)
    return known.lang or detect_language()


def _open(args: argparse.Namespace) -> database.Database:
    try:
        return database.open_database(args.db)
    except database.SchemaTooNewError as exc:
        raise CommandError("cli.cause", cause=exc) from exc
    except database.UnusableDatabaseError as exc:
        raise CommandError("cli.unusable_database", path=args.db, cause=exc.reason) from exc


def cmd_demo(args: argparse.Namespace) -> int:
    from app.demo import generate
    from app.models import Customer

    if args.customers < 1:
        raise CommandError("cli.demo.too_few_customers")
    db = _open(args)
    with db.session() as session:
        existing = session.scalar(select(func.count()).select_from(Customer)) or 0
    if existing:
        raise CommandError("cli.demo.not_empty", customers=existing)
    if args.owner and args.owner.strip():
        from app import settings

        with db.write() as session:
            settings.put(session, "owner", args.owner.strip())
    result = generate(db, customers=args.customers, seed=args.seed)
    counts = ", ".join(f"{name} {count}" for name, count in result.counts.items())
    print(msg("cli.demo.written", path=db.path, counts=counts))
    return EXIT_OK


def cmd_summary(args: argparse.Namespace) -> int:
    from app.summary import summarize

    db = _open(args)
    refresh_if_new_day(db)
    with db.session() as session:
        counts = summarize(session)
    if args.json:
        print(json.dumps(counts, ensure_ascii=False))
    else:
        deals, tiers = counts["deals"], counts["tiers"]
        print(
            msg(
                "cli.summary",
                customers=counts["customers"],
                tier_a=tiers["A"],
                tier_b=tiers["B"],
                tier_c=tiers["C"],
                at_risk=counts["at_risk"],
                contacts=counts["contacts"],
                open=deals["open"],
                won=deals["won"],
                lost=deals["lost"],
                activities=counts["activities"],
                orders=counts["orders"],
                payments=counts["payments"],
                visits_due=counts["visits_due_7d"],
                visits_overdue=counts["visits_overdue"],
            )
        )
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from app.customers.search import count_customers, search_customers

    if args.limit < 1:
        raise CommandError("cli.limit_too_small")
    db = _open(args)
    refresh_if_new_day(db)
    with db.session() as session:
        hits = search_customers(session, args.query, args.limit)
        total = count_customers(session, args.query)
    if args.json:
        data = {"count": total, "results": [hit.to_json() for hit in hits]}
        print(json.dumps(data, ensure_ascii=False))
        return EXIT_OK
    for hit in hits:
        print(f"{hit.tier}  {hit.name}  {hit.city or ''}  {hit.phone or ''}".rstrip())
    print(msg("cli.search.count", count=total))
    return EXIT_OK


def cmd_playbook(args: argparse.Namespace) -> int:
    from app.i18n import language
    from app.playbook import prepare_playbook, search_playbook
    from app.playbook.search import book_items

    db = _open(args)
    try:
        for problem in prepare_playbook(db):
            print(msg("cli.playbook.content_problem", problem=problem), file=sys.stderr)
        with db.session() as session:
            items = book_items(session)
    finally:
        db.close()
    hits = search_playbook(args.search, items, max(1, args.limit))
    lang = language()
    if args.json:
        results = [
            {
                "id": hit.key,
                "kind": hit.kind,
                "title": hit.title_in(lang),
                "text": hit.text_in(lang),
            }
            for hit in hits
        ]
        print(json.dumps({"results": results}, ensure_ascii=False))
        return EXIT_OK
    for hit in hits:
        print(f"[{hit.kind}] {hit.title_in(lang)}")
        for line in hit.text_in(lang).splitlines():
            print(f"    {line}")
    print(msg("cli.playbook.count", count=len(hits)))
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    db = _open(args)
    db.close()
    try:
        target = database.backup(db.path, "manual")
    except database.BackupError as exc:
        raise CommandError("cli.cause", cause=exc) from exc
    print(msg("cli.backup.written", path=target))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        raise CommandError("cli.restore.no_file", path=args.file)
    try:
        safety = database.restore(args.db, args.file)
    except (ValueError, database.UnusableDatabaseError, OSError) as exc:
        raise CommandError("cli.restore.failed", cause=exc) from exc
    db = _open(args)  # upgrades an older backup's schema
    db.close()
    print(msg("cli.restore.done", path=args.file, safety=safety))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    damage = database.file_problems(args.db)  # before opening: opening may migrate or copy
    if damage:
        for problem in damage:
            print(problem, file=sys.stderr)
        print(database.restore_advice(args.db), file=sys.stderr)
        return EXIT_FAILED
    db = _open(args)
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


def cmd_import(args: argparse.Namespace) -> int:
    from app.sync.bundle import Cancelled, UnusableFileError, import_path

    if not args.file.exists():
        raise CommandError("cli.no_file", path=args.file)
    db = _open(args)
    try:
        result = import_path(db, args.file, kind=args.kind, dry_run=args.dry_run, sheet=args.sheet)
    except UnusableFileError as exc:
        raise CommandError("cli.cause", cause=exc) from exc
    except database.BackupError as exc:  # the book is damaged: importing into it would not help
        raise CommandError("cli.cause", cause=exc) from exc
    except Cancelled as exc:  # only a progress callback cancels; kept for completeness of errors
        raise CommandError("cli.import.cancelled") from exc
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False))
    else:
        _print_import(result.to_json())
    return EXIT_OK


def _print_import(data: dict[str, Any]) -> None:
    prefix = msg("cli.import.dry_run") if data["dry_run"] else ""
    counts = {key: data[key] for key in ("created", "updated", "unchanged", "conflicts")}
    print(prefix + msg("cli.import.counts", rejected=data["rejected"], **counts))
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
    from app.sync.bundle import export_bundle

    db = _open(args)
    try:
        summary = export_bundle(db, args.out, force=args.force)
    except (FileExistsError, OSError) as exc:
        raise CommandError("cli.cause", cause=exc) from exc
    data = summary.to_json()
    print(msg("cli.export.done", total=data["total"], path=data["path"]))
    return EXIT_OK


def cmd_calendar(args: argparse.Namespace) -> int:
    from app.visits.ics import export_book

    print(export_book(_open(args), args.out.expanduser(), args.days))
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from datetime import date

    from app.insights import owners
    from app.reports.write import ReportError, check_destination, default_scope, write_report

    try:
        check_destination(args.out, args.force)
    except ReportError as exc:
        raise CommandError("cli.cause", cause=exc) from exc
    db = _open(args)
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
    print(msg("report.written", path=result.path, sheets=result.sheets, owners=result.owners))
    return EXIT_OK


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
    set_language(_language(argv))
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
        print(
            msg("cli.unexpected", kind=type(exc).__name__, cause=summary, log=log), file=sys.stderr
        )
        return EXIT_FAILED


def write_crash_log(db_path: Path) -> Path:
    """Append the current exception's traceback to repbook-errors.log beside the database."""
    import traceback

    from app.error_log import append_error_log, error_log_path

    return append_error_log(db_path.parent, traceback.format_exc()) or error_log_path(
        db_path.parent
    )
