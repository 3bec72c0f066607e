"""Named points where a crash-safety test may stop the process and kill it (SPEC §11).

    REPBOOK_PAUSE_AT=import.before_commit python main.py import big.csv

The process prints "paused at <name>" on stderr at that point and waits to be killed, so a test
can SIGKILL it exactly between "all the work done" and "committed" — the moment a crash would
hurt most. Without the variable each point is one dictionary look-up.
"""

from __future__ import annotations

import os
import sys
import time

ENV = "REPBOOK_PAUSE_AT"
MARKER = "paused at "
_WAIT_S = 600.0


def pause_point(name: str) -> None:
    """Wait here to be killed when REPBOOK_PAUSE_AT names this point; otherwise do nothing."""
    if os.environ.get(ENV) != name:
        return
    sys.stderr.write(f"{MARKER}{name}\n")
    sys.stderr.flush()
    time.sleep(_WAIT_S)  # the test kills the process long before this ends
