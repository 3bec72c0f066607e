"""The one way RepBook runs long work off the GUI thread.

A BackgroundTask runs a plain app/ callable that takes a progress(done, total) -> bool callback
(returning False asks the work to stop) on the global QThreadPool, and reports back through
signals emitted in the GUI thread, so every slot — lambdas included — runs there. Exactly one of
succeeded / failed / cancelled is emitted, then finished; is_running() stays true until finished
has been delivered, so a dialog may close safely once it turns false.

    task = BackgroundTask(lambda progress: import_path(db, path, progress=progress), parent=self)
    task.progressed.connect(self.show_progress)
    task.succeeded.connect(self.show_result)
    task.start()
    ...
    task.cancel()  # the work sees progress() return False, raises Cancelled and rolls back
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from contextlib import suppress
from typing import Any

from PySide6.QtCore import Q_ARG, QMetaObject, QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from app.progress import Cancelled

Work = Callable[[Callable[[int, int], bool]], Any]
# Progress reaches the screen at most this often; a bar needs no more, and each report costs a
# trip through the event loop.
PROGRESS_INTERVAL_S = 0.1


class _Runner(QRunnable):
    def __init__(self, task: BackgroundTask) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the task owns it; Python, not Qt, frees it
        self._task = task

    def run(self) -> None:
        self._task._run()


class BackgroundTask(QObject):
    """Run work(progress) in a worker thread; report progress, the result, an error or a cancel."""

    progressed = Signal(int, int)  # done, total (total 0 = unknown)
    succeeded = Signal(object)  # what work returned
    failed = Signal(object)  # the exception work raised
    cancelled = Signal()
    finished = Signal()  # always last, after one of the three above

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._stop = threading.Event()
        self._busy = False
        self._outcome: tuple[str, object] = ("cancelled", None)
        self._last_report = 0.0
        self._runner = _Runner(self)

    def start(self, pool: QThreadPool | None = None) -> None:
        """Queue the work on the pool (the global one by default)."""
        self._stop.clear()
        self._busy = True
        (pool or QThreadPool.globalInstance()).start(self._runner)

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report."""
        self._stop.set()

    def is_running(self) -> bool:
        """Tell whether the GUI thread is still waiting for the worker's last word."""
        return self._busy

    def _progress(self, done: int, total: int) -> bool:
        # Runs in the worker thread: hop to the GUI thread by a queued call, never by emitting
        # here (PySide runs a lambda connected to a signal in the emitting thread).
        now = time.monotonic()
        if now - self._last_report >= PROGRESS_INTERVAL_S or (total and done >= total):
            self._last_report = now
            QMetaObject.invokeMethod(
                self,
                "_deliver_progress",
                Qt.ConnectionType.QueuedConnection,
                Q_ARG(int, done),
                Q_ARG(int, total),
            )
        return not self._stop.is_set()

    def _run(self) -> None:
        try:
            self._outcome = ("succeeded", self._work(self._progress))
        except Cancelled:
            self._outcome = ("cancelled", None)
        except Exception as error:  # noqa: BLE001 - every failure is reported to the GUI thread
            self._outcome = ("cancelled", None) if self._stop.is_set() else ("failed", error)
        # RuntimeError: the task's owner was deleted meanwhile, so nobody is left to tell.
        with suppress(RuntimeError):
            QMetaObject.invokeMethod(self, "_deliver_outcome", Qt.ConnectionType.QueuedConnection)

    @Slot(int, int)
    def _deliver_progress(self, done: int, total: int) -> None:
        if self._busy:
            self.progressed.emit(done, total)

    @Slot()
    def _deliver_outcome(self) -> None:
        kind, value = self._outcome
        self._outcome = ("cancelled", None)  # drop the reference to a possibly large result
        if kind == "succeeded":
            self.succeeded.emit(value)
        elif kind == "failed":
            self.failed.emit(value)
        else:
            self.cancelled.emit()
        self._busy = False
        self.finished.emit()


class ReloadTask(BackgroundTask):
    """A screen's read of the book: one at a time, and asked again while it runs (a change
    arrived), it runs once more when done, so the screen never stays on stale figures."""

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(work, parent)
        self._again = False
        self.finished.connect(self._after)

    def request(self) -> None:
        """Read now, or once more after the read under way."""
        if self.is_running():
            self._again = True
        else:
            self.start()

    def _after(self) -> None:
        if self._again:
            self._again = False
            self.start()
