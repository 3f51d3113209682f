"""Who is told of service calls made on the main (GUI) thread: no imports of weight here.

The interface installs a listener at start (`desktop.ui.ops.gui_thread`), before any
profile is open, and must not pull in the database layer to do it: the window loads
that in the background. `ProfileSession.run` asks `watching()` on every call.
"""

from __future__ import annotations

from collections.abc import Callable

# Told of every service call made on the main thread, before it runs.
GuiThreadWatch = Callable[[Callable[..., object]], None]
_watch: list[GuiThreadWatch] = []


def watch_gui_thread(watch: GuiThreadWatch | None) -> None:
    """Install (or with None remove) the listener for service calls on the main thread."""
    _watch[:] = [] if watch is None else [watch]


def watching() -> GuiThreadWatch | None:
    return _watch[0] if _watch else None
