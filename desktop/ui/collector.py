"""When Python's full garbage collection runs: while nobody is using the window.

A full collection walks every object the app holds and stops every thread while it
does, whichever thread started it. With a 200-case round open (its findings, the
report's contents) one took 30-40 ms, and it started in whichever thread happened to
allocate at that moment -- often a worker writing the report -- so the window froze for
two frames at a random moment. The young generations are collected as usual (each walks
only what is new, well under a millisecond); the full one is left to this timer, which
runs it once the app has been quiet -- no input for `QUIET_MS`, no operation running --
or, should it never be quiet, after `OVERDUE_S` at the latest. The lock collects
everything as it always did (`core.secret.forget_freed_memory`).
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from desktop.ui.operations import active_jobs

QUIET_MS = 3_000  # no keyboard or mouse input for this long
OVERDUE_S = 600.0  # a full collection at least this often, quiet or not
CHECK_EVERY_MS = 1_000
NEVER = 1_000_000_000  # as a threshold: Python never starts a full collection by itself


class Collector(QObject):
    def __init__(self, quiet_ms: Callable[[], int], parent: QObject | None = None) -> None:
        """`quiet_ms`: how long since the last input, in milliseconds."""
        super().__init__(parent)
        self._quiet_ms = quiet_ms
        self._thresholds: tuple[int, int, int] | None = None
        self._last_full = time.monotonic()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)

    @property
    def running(self) -> bool:
        return self._thresholds is not None

    def start(self) -> None:
        if self._thresholds is None:
            self._thresholds = gc.get_threshold()
            young, middle, _full = self._thresholds
            gc.set_threshold(young, middle, NEVER)
        self._last_full = time.monotonic()
        self.timer.start()

    def stop(self) -> None:
        """Python decides again when to collect everything."""
        self.timer.stop()
        if self._thresholds is not None:
            gc.set_threshold(*self._thresholds)
            self._thresholds = None

    def check(self) -> None:
        """Collect everything now if the app is quiet (or it is overdue) and anything
        has reached the oldest generation since the last time."""
        if gc.get_count()[2] == 0:
            return  # nothing has grown old since the last full collection
        overdue = time.monotonic() - self._last_full >= OVERDUE_S
        quiet = active_jobs() == 0 and self._quiet_ms() >= QUIET_MS
        if quiet or overdue:
            gc.collect()
            self._last_full = time.monotonic()
