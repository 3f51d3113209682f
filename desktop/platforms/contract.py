"""The contract each system's module fulfils (`desktop.platforms`).

Every member exists on every system, so callers never ask which system they are on:
where a system has nothing to do, its implementation does nothing and says why.
"""

from __future__ import annotations

from typing import Protocol


class Platform(Protocol):
    def return_freed_memory(self) -> None:
        """Hand memory the allocator holds but no object uses back to the system.

        Locking the app runs it last, so less of a closed case's text lingers in the
        process where a memory dump would find it (`desktop.core.secret`).
        """

    def allow_other_process_to_take_focus(self) -> None:
        """Let another process bring its window in front of ours.

        A second copy on an open profile asks the first to come forward; a system that
        keeps the foreground for the newest process must be told it may.
        """

    def window_needs_a_display(self) -> bool:
        """Whether a window can only be drawn where DISPLAY or WAYLAND_DISPLAY says.

        The self-test's window check then reports "no display to test on" instead of a
        failure when neither is set (over ssh); on systems whose window server is always
        there, it always starts the window system.
        """
