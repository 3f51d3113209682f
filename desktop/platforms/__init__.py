"""What differs between Linux, Windows and macOS, behind one small contract.

The rest of the app asks `current()` and never tests `sys.platform` itself, so each
system's calls live in one module (`linux`, `windows`, `macos`), each the whole
`Platform` contract, and each can be tested on any machine: the Windows and macOS
modules take their system libraries as arguments, so tests hand them fakes.
"""

from __future__ import annotations

import sys
from functools import cache

from desktop.platforms.contract import Platform

__all__ = ["Platform", "current"]


@cache
def current() -> Platform:
    """This system's implementation, made once; its system libraries load on first use."""
    if sys.platform == "win32":
        from desktop.platforms.windows import Windows

        return Windows()
    if sys.platform == "darwin":
        from desktop.platforms.macos import MacOS

        return MacOS()
    # Linux, and any other Unix: what is glibc-only there finds nothing and does nothing.
    from desktop.platforms.linux import Linux

    return Linux()
