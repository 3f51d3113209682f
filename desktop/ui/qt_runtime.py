"""A guard against a reference-counting fault in PySide6 6.12 on Python 3.11.

PySide6 6.12's bindings release one reference to `None` every time a Qt method that
returns nothing is called (correct only on Python 3.12+, where `None` is immortal).
On Python 3.11 its count falls by one per call until the interpreter aborts with
"deallocating None" — after a few thousand clicks or case switches. `True` and
`False` suffer the same way from methods returning a bool. The only PySide6
wheel with QtPdf is 6.12, so instead we give `None` a reference count so large it can
never run out (2**60 calls), which is exactly what Python 3.12 does itself.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 2**60


# The objects Python 3.12 makes immortal and the bindings may therefore release.
_SINGLETONS = (None, True, False, Ellipsis, NotImplemented, (), "", *range(-5, 257))


def keep_none_alive() -> None:
    """Make `None` (and the other 3.12-immortal objects) effectively immortal on CPython < 3.12."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    for obj in _SINGLETONS:
        count = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt, the first field of PyObject
        if count.value < _HEADROOM:
            count.value += _HEADROOM
