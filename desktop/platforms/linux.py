"""Linux (and any other Unix that is not macOS)."""

from __future__ import annotations

import ctypes
import ctypes.util


class Linux:
    def __init__(self, libc: ctypes.CDLL | None = None) -> None:
        # None: the C library is loaded on first use. Tests may hand in their own.
        self._libc = libc

    def return_freed_memory(self) -> None:
        """glibc's `malloc_trim(0)`: whole free pages go back to the kernel, which hands
        them to the next process zeroed. musl and the BSDs have no such call: nothing."""
        try:
            if self._libc is None:
                self._libc = ctypes.CDLL(ctypes.util.find_library("c"))
            trim = self._libc.malloc_trim
        except (OSError, AttributeError, TypeError):
            return
        trim.argtypes = [ctypes.c_size_t]
        trim.restype = ctypes.c_int
        trim(0)

    def allow_other_process_to_take_focus(self) -> None:
        """Nothing: on X11 and Wayland the window manager decides focus, not the processes."""

    def window_needs_a_display(self) -> bool:
        """True: X11 and Wayland are found through DISPLAY and WAYLAND_DISPLAY."""
        return True
