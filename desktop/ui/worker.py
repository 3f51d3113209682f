"""Running slow service calls off the GUI thread.

`run_in_background(fn, on_done, on_error)` runs `fn()` in Qt's global thread pool and
calls back on the GUI thread with the result or the exception. Unlocking (the key
derivation is deliberately slow) and printing go through here, so the window keeps
painting. `active_jobs()` lets tests and shutdown wait for unfinished work.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

_jobs: set[_Job] = set()


class _Relay(QObject):
    """Lives in the GUI thread, so its slots run there whatever thread emits."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.on_done: Callable[[Any], None] = lambda _r: None
        self.on_error: Callable[[Any], None] = lambda _e: None
        self.done.connect(self._deliver_done)
        self.failed.connect(self._deliver_error)

    @Slot(object)
    def _deliver_done(self, result: Any) -> None:
        self.on_done(result)

    @Slot(object)
    def _deliver_error(self, exc: Any) -> None:
        self.on_error(exc)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.relay = _Relay()

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # handed to the GUI thread, which decides what to say
            self._emit(self.relay.failed, exc)
        else:
            self._emit(self.relay.done, result)

    @staticmethod
    def _emit(signal: Any, value: Any) -> None:
        with contextlib.suppress(RuntimeError):  # the app closed while the job ran
            signal.emit(value)


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
) -> None:
    job = _Job(fn)
    _jobs.add(job)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _jobs.discard(job)
        callback(value)

    job.relay.on_done = lambda result: finish(on_done, result)
    job.relay.on_error = lambda exc: finish(on_error, exc)
    QThreadPool.globalInstance().start(job)


def active_jobs() -> int:
    return len(_jobs)


def wait_for_jobs(timeout_ms: int = 30_000) -> bool:
    """Let running jobs finish (at exit, so none is cut off half-way)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
