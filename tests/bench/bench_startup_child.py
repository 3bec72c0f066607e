"""Child process of tests/bench/run.py: start the real GUI on a book, report when usable.

Prints "READY" once the main window is shown and the event loop has painted it, then waits for
the start-up background refresh (the day's full pass and growth rebuild on a first start; at
most argv[2] seconds, default 60) and prints "RSS <peak MiB>" before exiting.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def main() -> None:
    from PySide6.QtCore import QTimer

    import ui.application as application

    def finish() -> None:
        # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent across fork+exec.
        status = Path("/proc/self/status").read_text()
        hwm = [line for line in status.splitlines() if line.startswith("VmHWM:")]
        peak = int(hwm[0].split()[1]) / 1024 if hwm else 0.0
        print(f"RSS {peak:.1f}", flush=True)
        os._exit(0)

    limit_ms = int(float(sys.argv[2]) * 1000) if len(sys.argv) > 2 else 60_000
    base = application.MainWindow

    class Timed(base):  # type: ignore[misc, valid-type]
        _told = False

        def showEvent(self, event) -> None:  # noqa: N802
            super().showEvent(event)
            if not Timed._told:
                Timed._told = True
                QTimer.singleShot(0, lambda: print("READY", flush=True))
                QTimer.singleShot(limit_ms, finish)

    original = application.refresh_derived_in_background

    def refresh(window, ctx):  # noqa: ANN001, ANN202
        task = original(window, ctx)
        task.finished.connect(lambda: QTimer.singleShot(0, finish))
        return task

    application.MainWindow = Timed
    application.refresh_derived_in_background = refresh
    application.run_gui(Path(sys.argv[1]), "en")
    finish()


if __name__ == "__main__":
    main()
