"""Which service calls may run on the GUI thread, and what happens to any other.

The window must never wait on the database: a read of a round or a merge can take
hundreds of milliseconds, and the coordinator's grid froze that long after every click.
So every call goes through an op (`desktop.ui.ops`) that runs off the GUI thread,
except any listed in ALLOWED: a call that measures under a millisecond may stay. None
does today: even the member's single-row saves take a few milliseconds (about 5 ms,
SQLAlchemy's unit of work around one encrypted write), so they are ops too, kept in
order by `desktop.ui.member.pending_saves`.

`watch()` installs the listener on the session. In the app a call outside the list is
logged with the service's name (so a report from the field says which); the GUI tests
install a strict listener (tests/ui/conftest.py) and fail on any.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from desktop.services.thread_watch import watch_gui_thread

log = logging.getLogger(__name__)

ALLOWED: frozenset[Callable[..., object]] = frozenset()

# Calls still made on the GUI thread while their screens move to ops. Each is a debt:
# the list must end empty, and the test of this module says how long it is.
NOT_YET_MOVED: frozenset[str] = frozenset()


def allowed(service: Callable[..., object]) -> bool:
    name = f"{getattr(service, '__module__', '')}.{getattr(service, '__qualname__', '')}"
    return service in ALLOWED or name in NOT_YET_MOVED


def made_by_the_interface() -> bool:
    """Whether a screen (a frame of `desktop.ui`) is on the stack: tests and benchmarks
    call services directly on the main thread to set up their data, which is fine."""
    frame = sys._getframe(2)
    while frame is not None:
        if frame.f_globals.get("__name__", "").startswith("desktop.ui"):
            return True
        frame = frame.f_back  # type: ignore[assignment]
    return False


def _log(service: Callable[..., object]) -> None:
    if not allowed(service) and made_by_the_interface():
        log.warning("the GUI thread waited on %s", getattr(service, "__qualname__", service))


def watch(listener: Callable[[Callable[..., object]], None] = _log) -> None:
    """Listen to every service call the GUI thread makes (the app's default logs the others)."""
    watch_gui_thread(listener)
