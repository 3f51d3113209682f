"""The one way the interface runs a service call that may take longer than a frame.

    runner = OperationRunner(lambda progress, cancel: rounds.import_round(
        db, title, body, cases, progress=progress, cancel=cancel))
    runner.progress.connect(...)   # (done, total, what), on the GUI thread
    runner.finished.connect(...)   # (result)
    runner.failed.connect(...)     # (exception); nothing was kept
    runner.cancelled.connect(...)  # the operation stopped and rolled back
    runner.start()
    ...
    runner.cancel()                # from the Cancel button

One runner per operation: it owns that operation's cancel token and signals, so a
screen connects to exactly the work it started and cannot confuse two. The runner runs
`fn` in Qt's global thread pool; every signal is emitted on the GUI thread. Progress is
coalesced: at most one progress event waits in the GUI's queue, and it carries the
latest report when delivered, so a loop reporting thousands of steps a second cannot
flood the event queue, and reports arrive in order.

When a result carries `Changes` (it is one, or has a `changes` attribute), the runner
also announces it on `changes_hub().changed` with the object that started it (its
origin, usually the screen), which screens subscribe to: each refreshes only on the
flags that concern it, and the screen that made a change need not reload itself.

`active_jobs()` counts operations whose outcome has not yet been delivered;
`wait_for_jobs()` lets shutdown and tests wait for the pool.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from desktop.services.operations import Cancelled, CancelToken, Changes, Progress

Operation = Callable[[Progress, CancelToken], Any]

_running: set[OperationRunner] = set()


class ChangesHub(QObject):
    """Announces what each finished operation changed, on the GUI thread."""

    changed = Signal(object, object)  # Changes, the origin (the object that started it) or None


_hub: list[ChangesHub] = []


def changes_hub() -> ChangesHub:
    if not _hub:
        _hub.append(ChangesHub())
    return _hub[0]


def changes_of(result: Any) -> Changes | None:
    if isinstance(result, Changes):
        return result
    changes = getattr(result, "changes", None)
    return changes if isinstance(changes, Changes) else None


def announce_changes(result: Any, origin: object | None) -> None:
    """Tell every screen what `result` changed (nothing, if it changed nothing)."""
    changes = changes_of(result)
    if changes is not None and changes.any():
        changes_hub().changed.emit(changes, origin)


class OperationRunner(QObject):
    """Runs one operation off the GUI thread; create it on the GUI thread."""

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    # emitted from the worker thread; queued to this object's slots on the GUI thread
    _progress_ready = Signal()
    _outcome = Signal(str, object)

    def __init__(
        self,
        fn: Operation,
        parent: QObject | None = None,
        *,
        holds_profile: bool = True,
        origin: object | None = None,
    ) -> None:
        super().__init__(parent)
        self._fn = fn
        self.origin = origin  # announced with the changes: who asked for them
        # False for a read whose result may be dropped (a case's documents, warming the
        # pool): locking need not wait for it. Anything that writes holds the profile.
        self.holds_profile = holds_profile
        self._token = CancelToken()
        self._lock = threading.Lock()
        self._latest: tuple[int, int, str] | None = None
        self._running = False
        self._job: _Job | None = None
        self._progress_ready.connect(self._deliver_progress)
        self._outcome.connect(self._deliver_outcome)

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        if self._running:
            raise RuntimeError("this operation is already running; use one runner per operation")
        self._running = True
        _running.add(self)
        self._job = _Job(self)  # kept until the outcome is delivered
        QThreadPool.globalInstance().start(self._job)

    def cancel(self) -> None:
        """Ask the operation to stop at its next check; `cancelled` follows once it has rolled back."""
        self._token.cancel()

    # worker thread ----
    def _run(self) -> None:
        try:
            result = self._fn(self._report, self._token)
        except Cancelled:
            self._emit(self._outcome, "cancelled", None)
        except Exception as exc:  # handed to the GUI thread, which decides what to say
            self._emit(self._outcome, "failed", exc)
        else:
            self._emit(self._outcome, "finished", result)

    def _report(self, done: int, total: int, what: str) -> None:
        with self._lock:
            waiting = self._latest is not None
            self._latest = (done, total, what)
        if not waiting:  # one event in the queue is enough: it will carry the newest report
            self._emit(self._progress_ready)

    @staticmethod
    def _emit(signal: Any, *values: Any) -> None:
        with contextlib.suppress(RuntimeError):  # the app closed while the job ran
            signal.emit(*values)

    # GUI thread ----
    @Slot()
    def _deliver_progress(self) -> None:
        with self._lock:
            latest, self._latest = self._latest, None
        if latest is not None:
            self.progress.emit(*latest)

    @Slot(str, object)
    def _deliver_outcome(self, kind: str, value: Any) -> None:
        self._deliver_progress()  # a report made just before the end is never lost
        self._running = False
        self._job = None
        _running.discard(self)
        if kind == "cancelled":
            self.cancelled.emit()
        elif kind == "failed":
            self.failed.emit(value)
        else:
            self.finished.emit(value)
            announce_changes(value, self.origin)
        # Done: let go of the work and of who asked, so a screen taken down at a lock (and
        # what the work's closure held) is not kept alive by a runner a caller still holds.
        self._fn = _done
        self.origin = None


def _done(_progress: Progress, _cancel: CancelToken) -> Any:
    raise RuntimeError("this operation has already run; use one runner per operation")


class _Job(QRunnable):
    def __init__(self, runner: OperationRunner) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.runner: OperationRunner | None = runner

    def run(self) -> None:
        # Qt's pool keeps this job (not deleted by Qt, it is never freed): it lets go of the
        # runner, so the runner, and the screen its callbacks name, are freed once the
        # outcome is delivered (`_running` holds the runner until then).
        runner, self.runner = self.runner, None
        if runner is not None:
            runner._run()


def run_operation(
    fn: Operation,
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    on_cancelled: Callable[[], None] | None = None,
    *,
    holds_profile: bool = True,
) -> OperationRunner:
    """Start `fn` with callbacks; the returned runner can be cancelled or shown in a dialog."""
    runner = OperationRunner(fn, holds_profile=holds_profile)
    runner.finished.connect(on_done)
    runner.failed.connect(on_error)
    if on_cancelled is not None:
        runner.cancelled.connect(on_cancelled)
    runner.start()
    return runner


def active_jobs() -> int:
    return len(_running)


def jobs_holding_the_profile() -> int:
    """Operations a lock must let finish (imports, exports, saves run in the background)."""
    return sum(1 for runner in _running if runner.holds_profile)


def wait_for_jobs(timeout_ms: int = 30_000) -> bool:
    """Let running operations finish (at exit, so none is cut off half-way)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
