"""macOS: the libSystem call the app makes, loaded on first use (tests hand in a fake)."""

from __future__ import annotations

import ctypes
import ctypes.util


class MacOS:
    def __init__(self, libsystem: ctypes.CDLL | None = None) -> None:
        self._libsystem = libsystem

    def return_freed_memory(self) -> None:
        """`malloc_zone_pressure_relief(NULL, 0)`: every malloc zone gives its free pages
        back to the system, macOS's counterpart of glibc's malloc_trim."""
        try:
            if self._libsystem is None:
                # find_library may say None; CDLL(None) is then the process's own symbols,
                # which on macOS include libSystem's.
                self._libsystem = ctypes.CDLL(ctypes.util.find_library("System"))
            relief = self._libsystem.malloc_zone_pressure_relief
        except (OSError, AttributeError, TypeError):
            return
        relief.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
        relief.restype = ctypes.c_size_t
        relief(None, 0)

    def allow_other_process_to_take_focus(self) -> None:
        """Nothing yet. Since macOS 14 the frontmost app may yield activation to another
        (NSApplication's yieldActivation), which would need AppKit through the
        Objective-C runtime; whether the first copy's window comes forward without it has
        not been seen on a Mac (docs/decisions.md)."""

    def window_needs_a_display(self) -> bool:
        """False: every desktop session has its window system; nothing names it."""
        return False
