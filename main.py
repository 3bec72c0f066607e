"""RepBook entry point: no command opens the window; a command runs headless (app.cli).

The choice is made here, so app/ never imports the GUI.
"""

import sys
from collections.abc import Sequence

from app import cli


def main(argv: Sequence[str] | None = None) -> int:
    args = cli.parse_args(argv)
    if args.command is None:
        from ui.application import run_gui

        return run_gui(args.db, args.lang)
    return cli.run(args)


if __name__ == "__main__":
    sys.exit(main())
