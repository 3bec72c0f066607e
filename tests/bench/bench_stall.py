"""GUI-thread stall meter: the longest gap between ticks of a 10 ms QTimer during a session.

The scenario opens the main window on a book, scrolls the board, types a search and runs an
import in a worker (ui.workers.BackgroundTask, as the import wizard does). Used by
tests/ui/test_gui_stall.py (small book, generous bound) and tests/bench/run.py (true figure),
which runs it as `python bench_stall.py BOOK FOLDER` in a process of its own, as a rep's
RepBook starts — not in the bench process, which by then holds every earlier step's garbage.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

TICK_MS = 10


class StallMeter:
    """Records the longest time the GUI thread went without serving a 10 ms timer."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.longest_ms = 0.0
        self.where = ""
        self.step = ""
        self.by_step: dict[str, float] = {}
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = (now - self._last) * 1000 - TICK_MS
        if gap > self.longest_ms:
            self.longest_ms, self.where = gap, self.step
        self.by_step[self.step] = max(gap, self.by_step.get(self.step, 0.0))
        self._last = now


def spin(ms: int) -> None:
    """Run the event loop for ms milliseconds."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def run_scenario(db, settings, import_file: Path | None, log: Callable[[str], None] = print):  # noqa: ANN001
    """Open, scroll, search, import; return the longest stall (ms) of each step."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QUndoStack
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit

    from app.sync.bundle import import_path
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.pipeline_board import PipelineBoard
    from ui.workers import BackgroundTask

    meter = StallMeter()
    meter.start()
    spin(50)
    meter.step = "open the main window"
    window = MainWindow(AppContext(db, settings, QUndoStack()))
    window.resize(1400, 900)
    window.show()
    spin(1500)
    meter.step = "scroll the board"
    window.show_page("pipeline")
    spin(200)
    board = window.findChild(PipelineBoard)
    # The stage columns' card lists (the board holds other, hidden views: combo box popups).
    views = [column.view for column in board.columns.values()] if board else []
    for view in views[:3]:
        bar = view.verticalScrollBar()
        for n in range(1, 11):
            bar.setValue(bar.maximum() * n // 10)
            spin(30)
    meter.step = "type a search"
    window.show_page("customers")
    spin(300)
    page = window.pages["customers"]
    boxes = [box for box in page.findChildren(QLineEdit) if box.isVisible()]
    if boxes:
        boxes[0].setFocus()
        for char in "hangzhou":
            QTest.keyClick(boxes[0], char)
            spin(60)
        QTest.keyClick(boxes[0], Qt.Key.Key_Backspace)
        spin(800)
    if import_file is not None:
        meter.step = "import in a worker"
        task = BackgroundTask(lambda progress: import_path(db, import_file), window)
        task.start()
        deadline = time.perf_counter() + 600
        while task.is_running() and time.perf_counter() < deadline:
            spin(100)
    meter.stop()
    window.close()
    window.deleteLater()
    spin(50)
    steps = ", ".join(f"{k} {v:.0f} ms" for k, v in meter.by_step.items() if k)
    log(f"GUI stall: longest {meter.longest_ms:.0f} ms (during: {meter.where}); by step: {steps}")
    return {k: v for k, v in meter.by_step.items() if k}


def measure_stall(book: Path, folder: Path, log: Callable[[str], None] = print) -> float:
    """The stall scenario on a copy of the benchmark book, with a 100k-row import (or less)."""
    import random
    import sqlite3

    from bench_data import working_copy
    from bench_import import write_activities
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.db import open_database

    QApplication.instance() or QApplication([])
    path = working_copy(book, folder, "stall.sqlite")
    with sqlite3.connect(path) as conn:
        names = sorted(r[0] for r in conn.execute("SELECT name FROM customer LIMIT 20000"))
        rows = min(100_000, conn.execute("SELECT count(*) FROM activity").fetchone()[0] // 10)
    source = folder / "stall-activities.csv"
    write_activities(source, names, max(rows, 200), random.Random(3))
    db = open_database(path)
    settings = QSettings(str(folder / "stall.ini"), QSettings.Format.IniFormat)
    by_step = run_scenario(db, settings, source, log)
    db.close()
    return max(by_step.values())


if __name__ == "__main__":
    import os
    import sys

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    here = Path(__file__).resolve().parent
    sys.path[:0] = [str(here.parents[1]), str(here)]
    measure_stall(Path(sys.argv[1]), Path(sys.argv[2]), lambda line: print(line, flush=True))
