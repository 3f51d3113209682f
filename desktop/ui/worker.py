"""Running slow service calls off the GUI thread, for calls with no progress to show.

`run_in_background(fn, on_done, on_error)` runs `fn()` through the operation runner
(`desktop.ui.operations`) and calls back on the GUI thread with the result or the
exception. Unlocking (the key derivation is deliberately slow) and printing go through
here, so the window keeps painting. `active_jobs()` lets tests and shutdown wait for
unfinished work; it counts every operation, whichever way it was started.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.ui.operations import active_jobs, run_operation, wait_for_jobs

__all__ = ["active_jobs", "run_in_background", "wait_for_jobs"]


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    *,
    holds_profile: bool = True,
) -> None:
    run_operation(lambda _progress, _cancel: fn(), on_done, on_error, holds_profile=holds_profile)
