"""Windows: the user32 call the app makes.

The DLL is loaded on first use, so this module imports anywhere; tests hand in fakes
of the function called, with the same name and arguments.
"""

from __future__ import annotations

import ctypes
import sys

ASFW_ANY = 0xFFFFFFFF  # AllowSetForegroundWindow: any process may take the foreground


def _load(name: str) -> ctypes.CDLL:
    if sys.platform == "win32":
        return ctypes.WinDLL(name, use_last_error=True)
    raise OSError(f"{name}.dll exists only on Windows")


class Windows:
    def __init__(self, user32: ctypes.CDLL | None = None) -> None:
        self._user32 = user32

    def return_freed_memory(self) -> None:
        """Nothing: the C runtime's heap has no call that returns free pages to the system
        (Python's own arenas are released as they empty, as everywhere)."""

    def allow_other_process_to_take_focus(self) -> None:
        """`AllowSetForegroundWindow(ASFW_ANY)`: Windows gives the foreground only to the
        process the person last used (here the second copy), unless that process allows it."""
        try:
            if self._user32 is None:
                self._user32 = _load("user32")
            allow = self._user32.AllowSetForegroundWindow
        except (OSError, AttributeError):
            return
        allow.argtypes = [ctypes.c_uint32]
        allow.restype = ctypes.c_int
        allow(ASFW_ANY)

    def window_needs_a_display(self) -> bool:
        """False: every desktop session has its window system; nothing names it."""
        return False
