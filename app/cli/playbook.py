"""The playbook command: search the sales playbook from the command line."""

from __future__ import annotations

import argparse
import sys

from app.cli.common import EXIT_OK, open_book, print_json
from app.i18n import msg


def cmd_playbook(args: argparse.Namespace) -> int:
    """Print the playbook entries matching --search, in the current language."""
    from app.i18n import language
    from app.playbook import prepare_playbook, search_playbook
    from app.playbook.search import book_items

    db = open_book(args)
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
        print_json({"results": results})
        return EXIT_OK
    for hit in hits:
        print(f"[{hit.kind}] {hit.title_in(lang)}")
        for line in hit.text_in(lang).splitlines():
            print(f"    {line}")
    print(msg("cli.playbook.count", count=len(hits)))
    return EXIT_OK
