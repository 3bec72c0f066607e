"""Progress and cancel for long work: the callback contract between app/ work and its runner."""

from __future__ import annotations

from collections.abc import Callable

# progress(done, total) -> False asks the work to stop (total 0 = unknown).
Progress = Callable[[int, int], bool]


class Cancelled(Exception):
    """The user cancelled; the work was rolled back."""


def report(progress: Progress | None, done: int, total: int) -> None:
    """Tell the caller how far the work is, and stop it if they cancelled."""
    if progress is not None and progress(done, total) is False:
        raise Cancelled()
