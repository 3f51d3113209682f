"""The passphrase as bytes we can overwrite, and forgetting what a locked profile held.

A Python `str` cannot be changed or wiped: every copy stays in the process's memory
until the allocator happens to reuse it, and a memory dump of an unlocked (or locked)
laptop finds it there. So the passphrase leaves the line edit once, as a `str` that is
turned straight into a `Passphrase` (a `bytearray` of its UTF-8) and then overwritten
in place; the key is derived from the bytes, which are overwritten as soon as the
caller's `with` block ends.

Overwriting an immutable `str` or `bytes` in place is something CPython does not offer;
`wipe_text` does it through ctypes, only on CPython, only after checking that the
object's size is what the layout says, and only on objects this module made or was
handed for that purpose. Elsewhere it does nothing and the copy is left to the
allocator, as documented in docs/formats.md.

`forget_freed_memory` is what locking runs last: collect garbage, so the widgets and
rows of the closed case are freed, then ask the allocator to give free pages back to the
system (`desktop.platforms`), so less of the freed text lingers in the process.
"""

from __future__ import annotations

import ctypes
import gc
import hmac
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import TracebackType

from desktop import platforms

_CPYTHON = sys.implementation.name == "cpython"


class Passphrase:
    """A passphrase held as UTF-8 in a bytearray that `wipe()` overwrites with zeros.

    Use it as a context manager so it is wiped however the block ends. It never shows
    its value in `repr` or `str`, and compares in constant time.
    """

    __slots__ = ("_bytes",)

    def __init__(self, data: bytearray) -> None:
        self._bytes = data  # taken over, not copied: the caller's buffer is the one wiped

    @classmethod
    def from_text(cls, text: str) -> Passphrase:
        """Take a passphrase typed as text, then overwrite `text` itself (CPython).

        Only for a str nobody else holds (what a line edit just handed back): a literal
        or a module constant would be overwritten for everyone who shares it.
        """
        encoded = text.encode("utf-8")
        held = bytearray(encoded)
        wipe_bytes(encoded)
        wipe_text(text)
        return cls(held)

    def __enter__(self) -> Passphrase:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.wipe()

    def __len__(self) -> int:
        return len(self._bytes)

    def __repr__(self) -> str:
        return f"Passphrase(<{len(self._bytes)} bytes>)"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Passphrase):
            return NotImplemented
        return hmac.compare_digest(self._bytes, other._bytes)

    __hash__ = None  # type: ignore[assignment]  # mutable: never a dictionary key

    @property
    def wiped(self) -> bool:
        return not any(self._bytes)

    def buffer(self) -> memoryview:
        """The bytes, without a copy (for a KDF); do not keep the view past the wipe."""
        return memoryview(self._bytes)

    def copy(self) -> Passphrase:
        """A second holder with its own buffer, for a caller that wipes the first early."""
        return Passphrase(bytearray(self._bytes))

    def wipe(self) -> None:
        """Overwrite every byte with zero; the length stays, the content is gone."""
        wipe_buffer(self._bytes)


def wipe_buffer(buffer: bytearray) -> None:
    """Overwrite a bytearray in place (its length, and so its allocation, is kept)."""
    if buffer:
        ctypes.memset((ctypes.c_char * len(buffer)).from_buffer(buffer), 0, len(buffer))


def wipe_bytes(data: bytes) -> None:
    """Overwrite an immutable `bytes` object in place (CPython only; else nothing).

    Only for objects nobody else relies on: a temporary made from a secret. The single
    byte and empty `bytes` objects are shared singletons and are never touched.
    """
    if not _CPYTHON or len(data) < 2 or type(data) is not bytes:
        return
    header = bytes.__basicsize__ - 1  # the offset of ob_sval; the object ends in a NUL
    if sys.getsizeof(data) != header + len(data) + 1:
        return
    ctypes.memset(id(data) + header, 0, len(data))


def wipe_text(text: str) -> None:
    """Overwrite an immutable `str`'s characters in place (CPython only; else nothing).

    A compact str stores its characters right after its header, one, two or four
    bytes each; the header's size is found from `sys.getsizeof`, and nothing is
    written unless it matches. Strings of one character are shared and never touched.
    """
    if not _CPYTHON or len(text) < 2 or type(text) is not str:
        return
    widest = max(map(ord, text))
    kind = 1 if widest < 0x100 else 2 if widest < 0x10000 else 4
    header = sys.getsizeof(text) - (len(text) + 1) * kind
    if header != _STR_HEADERS[(widest < 0x80, kind)]:
        return  # not a compact str, or one carrying a cached UTF-8 copy: leave it be
    ctypes.memset(id(text) + header, 0, len(text) * kind)


def _str_headers() -> dict[tuple[bool, int], int]:
    """The header size of a compact str on this interpreter, by (ASCII?, bytes per character)."""
    samples = {(True, 1): "ab", (False, 1): "\xe9a", (False, 2): "\u0100a", (False, 4): "\U00010000a"}
    return {key: sys.getsizeof(text) - (len(text) + 1) * key[1] for key, text in samples.items()}


_STR_HEADERS = _str_headers()


def forget_freed_memory() -> None:
    """Free what nothing holds any more and hand free memory back to the system.

    `gc.collect()` frees objects held only in cycles (Qt wrappers, closures), after
    `gc.unfreeze()` gives it back what the window froze when the profile opened; the
    allocator then returns whole free pages to the system where it can (glibc's
    malloc_trim, macOS's malloc zones: `desktop.platforms`), which hands them to the
    next process zeroed.
    """
    gc.unfreeze()
    gc.collect()
    platforms.current().return_freed_memory()


@contextmanager
def holding(value: Passphrase | str) -> Iterator[Passphrase]:
    """`value` as a Passphrase for the length of a block.

    A Passphrase is the caller's: it is used as it is and the caller wipes it. A str
    (scripts, tests, a passphrase given on the command line) is copied into a holder
    that is wiped when the block ends; the str itself is left alone, since the caller
    may still need it, so only a Passphrase keeps the promise that nothing lingers.
    """
    if isinstance(value, Passphrase):
        yield value
        return
    encoded = value.encode("utf-8")
    held = Passphrase(bytearray(encoded))
    wipe_bytes(encoded)
    try:
        yield held
    finally:
        held.wipe()
