"""A screen's reload: a change that arrives while the list is being read is read once more,
so the screen ends on the book as it is now, and never runs two reads at once."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject

from ui.workers import ReloadTask


def test_a_request_while_reading_reads_once_more_and_shows_the_latest(qtbot) -> None:
    owner = QObject()
    gate = threading.Event()
    book = {"version": 1}
    running = {"now": 0, "most": 0, "reads": 0}

    def work(_progress):
        running["now"] += 1
        running["most"] = max(running["most"], running["now"])
        gate.wait(5)
        running["reads"] += 1
        running["now"] -= 1
        return book["version"]

    task = ReloadTask(work, owner)
    shown: list[int] = []
    task.succeeded.connect(shown.append)
    task.request()
    book["version"] = 2  # a change lands while the first read runs…
    task.request()
    task.request()  # …and another: still one more read, not two
    gate.set()
    qtbot.waitUntil(lambda: len(shown) == 2 and not task.is_running(), timeout=5000)
    assert shown[-1] == 2
    assert running["reads"] == 2 and running["most"] == 1
