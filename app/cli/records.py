"""The commands that write or read customer records: demo, summary, search."""

from __future__ import annotations

import argparse

from sqlalchemy import func, select

from app.cli.common import EXIT_OK, CommandError, open_book, print_json
from app.derived import refresh_if_new_day
from app.i18n import msg
from app.text import visible


def cmd_demo(args: argparse.Namespace) -> int:
    """Fill an empty book with realistic demo data."""
    from app.demo import generate
    from app.models import Customer

    if args.customers < 1:
        raise CommandError("cli.demo.too_few_customers")
    db = open_book(args)
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
    """Print the book's headline counts, as text or JSON."""
    from app.summary import summarize

    db = open_book(args, existing=True)
    refresh_if_new_day(db)
    with db.session() as session:
        counts = summarize(session)
    if args.json:
        print_json(counts)
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
    """Find customers the way the window's search box does."""
    from app.customers.search import count_customers, search_customers

    if args.limit < 1:
        raise CommandError("cli.limit_too_small")
    db = open_book(args, existing=True)
    refresh_if_new_day(db)
    with db.session() as session:
        hits = search_customers(session, args.query, args.limit)
        total = count_customers(session, args.query)
    if args.json:
        print_json({"count": total, "results": [hit.to_json() for hit in hits]})
        return EXIT_OK
    for hit in hits:
        print(visible(f"{hit.tier}  {hit.name}  {hit.city or ''}  {hit.phone or ''}".rstrip()))
    print(msg("cli.search.count", count=total))
    return EXIT_OK
