"""Headless commands (SPEC §10): team leads script these, tests drive them."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import DatabaseError

from app import APP_VERSION
from app import db as database
from app.derived import refresh_if_new_day
from app.i18n import detect_language, set_language, t
from app.paths import default_db_path

EXIT_OK, EXIT_FAILED, EXIT_UNAVAILABLE = 0, 1, 2


class CommandError(Exception):
    """A command could not run; the message is the one line the user sees."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="main.py",
        description="RepBook, an offline CRM for B2B sales reps. Without a command it opens the window.",
    )
    parser.add_argument("--db", type=Path, help="database file (default: in the user data folder)")
    parser.add_argument("--lang", choices=("zh_CN", "en"), help="language of the interface")
    parser.add_argument("--version", action="version", version=f"RepBook {APP_VERSION}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="fill an empty database with realistic demo data")
    demo.add_argument("--customers", type=int, default=300, help="how many customers (default 300)")
    demo.add_argument(
        "--seed", type=int, default=1, help="random seed; the same seed gives the same data"
    )

    imp = commands.add_parser(
        "import", help="import a CSV/XLSX file or an export bundle (folder or .zip)"
    )
    imp.add_argument("file", type=Path)
    imp.add_argument(
        "--kind",
        choices=("customers", "contacts", "deals", "activities", "orders", "payments"),
        help="what the rows are (guessed from the headers when omitted)",
    )
    imp.add_argument(
        "--dry-run", action="store_true", help="report what would change, write nothing"
    )
    imp.add_argument("--json", action="store_true", help="print the result as JSON")

    exp = commands.add_parser("export", help="write an export bundle (a folder, or .zip by suffix)")
    exp.add_argument("out", type=Path)
    exp.add_argument("--force", action="store_true", help="replace an existing bundle at OUT")

    report = commands.add_parser("report", help="write a report (.xlsx, .pdf or .csv by suffix)")
    report.add_argument("--out", type=Path, required=True)

    summary = commands.add_parser("summary", help="print headline counts")
    summary.add_argument("--json", action="store_true", help="print JSON")

    search = commands.add_parser("search", help="find customers, as the search box does")
    search.add_argument("query", help="name, pinyin (hzyq), phone digits, email or contact name")
    search.add_argument("--limit", type=int, default=20, help="how many results (default 20)")
    search.add_argument("--json", action="store_true", help="print JSON")

    commands.add_parser("backup", help="copy the database into its backups folder")
    restore = commands.add_parser("restore", help="replace the database with a backup")
    restore.add_argument("file", type=Path)
    commands.add_parser("check", help="check the database's integrity and schema version")
    return parser


def _open(args: argparse.Namespace) -> database.Database:
    try:
        return database.open_database(args.db)
    except database.SchemaTooNewError as exc:
        raise CommandError(str(exc)) from exc
    except database.UnusableDatabaseError as exc:
        raise CommandError(
            t(
                f"{args.db} is not a usable RepBook database ({exc.reason})",
                f"{args.db} 不是可用的 RepBook 数据库（{exc.reason}）",
            )
        ) from exc


def cmd_demo(args: argparse.Namespace) -> int:
    from app.demo import generate
    from app.models import Customer

    if args.customers < 1:
        raise CommandError(t("--customers must be at least 1", "--customers 至少为 1"))
    db = _open(args)
    with db.session() as session:
        existing = session.scalar(select(func.count()).select_from(Customer)) or 0
    if existing:
        raise CommandError(
            t(
                f"the database already has {existing} customers; demo data goes into an empty database",
                f"数据库中已有 {existing} 个客户；演示数据只能写入空数据库",
            )
        )
    result = generate(db, customers=args.customers, seed=args.seed)
    counts = ", ".join(f"{name} {count}" for name, count in result.counts.items())
    print(t(f"Demo data written to {db.path}: {counts}", f"演示数据已写入 {db.path}：{counts}"))
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
        deals = counts["deals"]
        tiers = counts["tiers"]
        print(
            t(
                f"Customers {counts['customers']} (A {tiers['A']} / B {tiers['B']} / C {tiers['C']}, "
                f"{counts['at_risk']} at risk), contacts {counts['contacts']}, deals open {deals['open']} "
                f"/ won {deals['won']} / lost {deals['lost']}, activities {counts['activities']}, orders "
                f"{counts['orders']}, payments {counts['payments']}, visits due in 7 days "
                f"{counts['visits_due_7d']}, overdue {counts['visits_overdue']}",
                f"客户 {counts['customers']}（A {tiers['A']} / B {tiers['B']} / C {tiers['C']}，流失风险 "
                f"{counts['at_risk']}），联系人 {counts['contacts']}，商机 进行中 {deals['open']} / 赢单 "
                f"{deals['won']} / 输单 {deals['lost']}，跟进记录 {counts['activities']}，订单 "
                f"{counts['orders']}，回款计划 {counts['payments']}，7 天内待拜访 {counts['visits_due_7d']}，"
                f"已逾期 {counts['visits_overdue']}",
            )
        )
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from app.customers.search import count_customers, search_customers

    if args.limit < 1:
        raise CommandError(t("--limit must be at least 1", "--limit 至少为 1"))
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
    print(t(f"{total} customers match", f"共 {total} 个客户匹配"))
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    db = _open(args)
    db.close()
    try:
        target = database.backup(db.path, "manual")
    except database.BackupError as exc:
        raise CommandError(str(exc)) from exc
    print(t(f"Backup written to {target}", f"备份已写入 {target}"))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        raise CommandError(t(f"no backup file at {args.file}", f"找不到备份文件 {args.file}"))
    try:
        safety = database.restore(args.db, args.file)
    except (ValueError, DatabaseError, OSError) as exc:
        raise CommandError(t(f"cannot restore: {exc}", f"无法恢复：{exc}")) from exc
    db = _open(args)  # upgrades an older backup's schema
    db.close()
    print(
        t(
            f"Restored {args.file} (the previous state is kept in {safety})",
            f"已恢复 {args.file}（恢复前的数据保存在 {safety}）",
        )
    )
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
        print(
            t(
                f"{len(problems)} problems found in {db.path}",
                f"{db.path} 发现 {len(problems)} 个问题",
            )
        )
        print(database.restore_advice(db.path))
        return EXIT_FAILED
    print(t(f"{db.path} is healthy (schema {revision})", f"{db.path} 完好（结构版本 {revision}）"))
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from app.sync.bundle import Cancelled, UnusableFileError, import_path

    if not args.file.exists():
        raise CommandError(t(f"no file at {args.file}", f"找不到文件 {args.file}"))
    db = _open(args)
    try:
        result = import_path(db, args.file, kind=args.kind, dry_run=args.dry_run)
    except UnusableFileError as exc:
        raise CommandError(t(exc.message, exc.message_zh)) from exc
    except database.BackupError as exc:  # the book is damaged: importing into it would not help
        raise CommandError(str(exc)) from exc
    except Cancelled as exc:  # only a progress callback cancels; kept for completeness of errors
        raise CommandError(
            t("import cancelled; nothing was changed", "导入已取消，未做任何更改")
        ) from exc
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False))
    else:
        _print_import(result.to_json())
    return EXIT_OK


def _print_import(data: dict[str, Any]) -> None:
    prefix = t("Dry run, nothing written: ", "试运行，未写入：") if data["dry_run"] else ""
    print(
        prefix
        + t(
            f"{data['created']} created, {data['updated']} updated, {data['unchanged']} unchanged, "
            f"{data['conflicts']} conflicts (kept the newer local record), {data['rejected']} rows rejected",
            f"新建 {data['created']}，更新 {data['updated']}，未变 {data['unchanged']}，冲突 "
            f"{data['conflicts']}（保留了较新的本地记录），拒绝 {data['rejected']} 行",
        )
    )
    for error in data["errors"]:
        print(
            t(
                f"  row {error['row']}, column {error['column']}: {error['message']}",
                f"  第 {error['row']} 行，列“{error['column']}”：{error['message']}",
            )
        )
    if data.get("rejects_file"):
        print(
            t(
                f"Rejected rows were written to {data['rejects_file']} — fix them there and import it again",
                f"被拒绝的行已写入 {data['rejects_file']}，修改后可再次导入",
            )
        )


def cmd_export(args: argparse.Namespace) -> int:
    from app.sync.bundle import export_bundle

    db = _open(args)
    try:
        summary = export_bundle(db, args.out, force=args.force)
    except (FileExistsError, OSError) as exc:
        raise CommandError(str(exc)) from exc
    data = summary.to_json()
    print(
        t(
            f"Exported {data['total']} records to {data['path']}",
            f"已导出 {data['total']} 条记录到 {data['path']}",
        )
    )
    return EXIT_OK


def cmd_unavailable(args: argparse.Namespace) -> int:
    print(
        t(f"'{args.command}' is not available yet", f"“{args.command}”功能尚未提供"),
        file=sys.stderr,
    )
    return EXIT_UNAVAILABLE


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": cmd_demo,
    "summary": cmd_summary,
    "search": cmd_search,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "check": cmd_check,
    "import": cmd_import,
    "export": cmd_export,
    "report": cmd_unavailable,
}


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Read the command line and set the language of everything said from here on."""
    args = build_parser().parse_args(argv)
    set_language(args.lang or detect_language())
    return args


def run(args: argparse.Namespace) -> int:
    """Run one headless command; a failure is one line on stderr and a non-zero exit."""
    args.db = (args.db or default_db_path()).expanduser()
    try:
        return COMMANDS[args.command](args)
    except CommandError as exc:
        print(t(f"error: {exc}", f"错误：{exc}"), file=sys.stderr)
        return EXIT_FAILED
