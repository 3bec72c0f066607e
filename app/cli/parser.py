"""The command line grammar (SPEC §10), its help in the current language."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app import APP_VERSION
from app.i18n import LANGUAGES, detect_language, msg

# The kinds of app.sync.headers, spelled out so the CLI starts without loading the importer.
KINDS = ("customers", "contacts", "deals", "activities", "orders", "payments")


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, msg("cli.usage") if prefix is None else prefix)


# argparse's own complaints, which it words through gettext (not shipped): by their English.
_COMPLAINTS = (
    (re.compile(r"the following arguments are required: (?P<names>.*)"), "cli.arg.required"),
    (re.compile(r"unrecognized arguments: (?P<names>.*)"), "cli.arg.unrecognized"),
    (
        re.compile(
            r"argument (?P<arg>\S+): invalid choice: (?P<value>.*) \(choose from (?P<choices>.*)\)"
        ),
        "cli.arg.choice",
    ),
    (re.compile(r"argument (?P<arg>\S+): invalid int value: (?P<value>.*)"), "cli.arg.int"),
    (
        re.compile(r"argument (?P<arg>\S+): invalid (?P<kind>\w+) value: (?P<value>.*)"),
        "cli.arg.value",
    ),
    (re.compile(r"argument (?P<arg>\S+): expected one argument"), "cli.arg.one"),
)


def complaint(message: str) -> str:
    """Put one of argparse's messages in the current language (others stay as they are)."""
    for pattern, code in _COMPLAINTS:
        found = pattern.fullmatch(message)
        if found:
            return msg(code, **found.groupdict())
    return message


class _Parser(argparse.ArgumentParser):
    """A parser whose own words (usage, section titles, -h, errors) come from the catalogue."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs, add_help=False, formatter_class=_Formatter)
        self._positionals.title = msg("cli.positionals")
        self._optionals.title = msg("cli.options")
        self.add_argument("-h", "--help", action="help", help=msg("cli.help.help"))

    def error(self, message: str) -> Any:  # argparse's signature is NoReturn
        self.print_usage(sys.stderr)
        self.exit(2, msg("cli.arg.error", prog=self.prog, message=complaint(message)) + "\n")


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
    for command in commands.choices.values():  # `search 杭州 --db book.sqlite` works too
        command.add_argument("--db", type=Path, default=argparse.SUPPRESS, help=msg("cli.help.db"))
        command.add_argument(
            "--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help=msg("cli.help.lang")
        )
    return parser


def early_language(argv: Sequence[str] | None) -> str:
    """Read --lang ahead of the full parse, so the help is built in the right language."""
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--lang")
    known, _ = early.parse_known_args(argv)
    return known.lang or detect_language()
