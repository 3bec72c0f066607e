"""RepBook entry point: no arguments opens the window; subcommands run headless."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
