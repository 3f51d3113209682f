"""The interface's named operations: every read and change a screen makes of the profile.

A widget never calls a service itself. It asks the module for its area for an `Op`
(`ops.findings.adjudicate(session, case_id, ...)`), says what to do with the result,
and runs it:

    ops.findings.adjudicate(self.session, case_id, question, decision, why) \\
        .success(self._recorded).failure(self._refused).run(origin=self)

The op runs off the GUI thread through the one runner (`desktop.ui.operations`), so
the window keeps painting however large the round; `success` and `failure` are called
back on the GUI thread. What the result changed is announced on the changes hub with
`origin`, so other screens refresh the rows that changed and the screen that made the
change can skip reloading itself. A long op shows the progress window with Cancel
(`with_progress`).

Reads are ops too: a page asks for its rows and fills itself when they arrive. Only
a call listed in `ops.gui_thread.ALLOWED` (measured under a millisecond; none is,
today) may call the session on the GUI thread; `ops.gui_thread` reports any other
call made there, and the GUI tests fail on one.

The area modules are thin on purpose: each op names one service call, so a newcomer
follows a click from the widget to the op to the service in three files.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar

from PySide6.QtCore import QMetaObject, QObject
from PySide6.QtWidgets import QWidget

from desktop.services.operations import CancelToken, Progress
from desktop.ui import updated
from desktop.ui.operations import OperationRunner

if TYPE_CHECKING:  # the database layer loads in the background, not with the first screen
    from desktop.services.session import ProfileSession

log = logging.getLogger(__name__)

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")


class Op(Generic[T]):
    """One read or change of the profile, run off the GUI thread when `run` is called."""

    def __init__(
        self,
        work: Callable[[Progress, CancelToken], T],
        *,
        holds_profile: bool = True,
        session: ProfileSession | None = None,
    ) -> None:
        self._work = work
        self._holds_profile = holds_profile
        self._session = session  # a read that fails because it was locked meanwhile is dropped
        self._success: Callable[[T], object] | None = None
        self._failure: Callable[[Exception], object] | None = None
        self._cancelled: Callable[[], object] | None = None
        self._progress: tuple[str, QWidget] | None = None

    def success(self, fn: Callable[[T], object]) -> Op[T]:
        """Called on the GUI thread with the result."""
        self._success = fn
        return self

    def failure(self, fn: Callable[[Exception], object]) -> Op[T]:
        """Called on the GUI thread with what went wrong (nothing was kept). Without it, the
        exception is raised on the GUI thread, where the app's error handler reports it."""
        self._failure = fn
        return self

    def cancelled(self, fn: Callable[[], object]) -> Op[T]:
        self._cancelled = fn
        return self

    def with_progress(self, title: str, window: QWidget) -> Op[T]:
        """Show the progress window (with Cancel) over `window` while the op runs."""
        self._progress = (title, window)
        return self

    def run(self, origin: object | None = None) -> OperationRunner:
        """Start the op; its changes are announced as made by `origin` (usually the screen)."""
        runner = OperationRunner(self._work, holds_profile=self._holds_profile, origin=origin)
        if self._progress is not None:
            from desktop.ui.progress_dialog import ProgressDialog

            title, window = self._progress
            # the progress window hears the outcome first and closes, so a window the
            # callback opens is not stacked over a finished progress window
            ProgressDialog(runner, title, window)
        success, failure, cancelled = self._success, self._failure, self._cancelled
        session = self._session

        def failed(exc: Exception) -> None:
            if session is not None and not session.is_open:
                # Locked while the read ran (a lock does not wait for reads): its result
                # belongs to a profile no longer shown, and there is nothing to tell.
                log.info("a read ended after the profile was locked: %s", type(exc).__name__)
                return
            if updated.intercepted(exc):  # upgraded under us: "restart", not the failure itself
                return
            if failure is None:
                raise exc
            failure(exc)

        # plain functions, held by the connections: the Op itself may be dropped at once
        made = []
        if success is not None:
            made.append(runner.finished.connect(lambda result: success(result)))
        made.append(runner.failed.connect(failed))
        if cancelled is not None:
            made.append(runner.cancelled.connect(lambda: cancelled()))
        for outcome in (runner.finished, runner.failed, runner.cancelled):
            made.append(outcome.connect(lambda *_args: _release(made)))  # last: after the callbacks ran
        runner.start()
        return runner


def _release(made: list[QMetaObject.Connection]) -> None:
    """Drop this op's callbacks once the outcome is delivered: their closures hold the
    screen that asked, which must not outlive a lock because a finished runner still
    exists. Only its own connections: whoever else listens to the runner still hears."""
    for connection in made:
        with contextlib.suppress(RuntimeError, TypeError):
            QObject.disconnect(connection)
    made.clear()


def read(
    session: ProfileSession, service: Callable[Concatenate[Any, P], R], /, *args: P.args, **kwargs: P.kwargs
) -> Op[R]:
    """A read whose result may be dropped: locking the profile need not wait for it."""
    return Op(
        lambda _progress, _cancel: session.run(service, *args, **kwargs), holds_profile=False, session=session
    )


def change(
    session: ProfileSession, service: Callable[Concatenate[Any, P], R], /, *args: P.args, **kwargs: P.kwargs
) -> Op[R]:
    """A change: locking waits for it to finish, so nothing is cut off half-way."""
    return Op(lambda _progress, _cancel: session.run(service, *args, **kwargs))


def long_change(session: ProfileSession, service: Callable[..., R], /, *args: Any, **kwargs: Any) -> Op[R]:
    """A change that reports progress and can be cancelled (`progress=`, `cancel=` are passed)."""
    return Op(
        lambda progress, cancel: session.run(service, *args, progress=progress, cancel=cancel, **kwargs)
    )
