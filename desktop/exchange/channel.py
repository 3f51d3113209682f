"""A bounded, one-way stream of bytes from one thread to another.

age (pyrage) works on whole streams: `decrypt_io` pushes plaintext into a writer until
the end, `encrypt_io` pulls plaintext from a reader until the end. A `Channel` lets our
code sit on the other side in another thread, with at most `depth` chunks of `chunk`
bytes in flight, so neither the plaintext of a pack nor its ciphertext is ever held
whole in memory. It uses no file descriptors (unlike `os.pipe`), so nothing leaks and
it behaves the same on Windows; either side can stop the other promptly:
`close(error)` makes the reader raise, `abandon()` makes the writer raise.
"""

from __future__ import annotations

import io
import queue
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer, WriteableBuffer

CHUNK = 1024 * 1024
DEPTH = 4
_POLL = 0.05  # seconds between checks of `abandoned` while a full channel blocks a writer


class ChannelAbandoned(Exception):
    """The reading side has gone; the writer should stop."""


class ChannelFailed(Exception):
    """The writing side stopped with `error` before the end of the stream."""

    def __init__(self, error: BaseException) -> None:
        super().__init__(str(error))
        self.error = error


@dataclass(frozen=True)
class _End:
    error: BaseException | None


class Channel:
    def __init__(self, chunk: int = CHUNK, depth: int = DEPTH) -> None:
        self._chunk = chunk
        self._queue: queue.Queue[bytes | _End] = queue.Queue(maxsize=depth)
        self._abandoned = threading.Event()
        self._pending = bytearray()  # writer side: bytes not yet queued
        self._current = memoryview(b"")  # reader side: unread part of the last chunk
        self._end: _End | None = None

    # -- writing side ----------------------------------------------------------------
    def write(self, data: bytes | bytearray | memoryview) -> int:
        self._pending += data
        while len(self._pending) >= self._chunk:
            self._put(bytes(self._pending[: self._chunk]))
            del self._pending[: self._chunk]
        return len(data)

    def flush(self) -> None:
        """Kept for file-like callers; chunks are sent when full or on `close`."""

    def close(self, error: BaseException | None = None) -> None:
        """End the stream: cleanly, or with `error` for the reader to raise."""
        if error is None and self._pending:
            self._put(bytes(self._pending))
        self._pending.clear()
        self._put(_End(error))

    def _put(self, item: bytes | _End) -> None:
        while not self._abandoned.is_set():
            try:
                self._queue.put(item, timeout=_POLL)
                return
            except queue.Full:
                continue
        if isinstance(item, bytes):
            raise ChannelAbandoned("the reader stopped")

    # -- reading side ----------------------------------------------------------------
    def read(self, size: int = -1) -> bytes:
        """Up to `size` bytes (all that is buffered if negative); b"" only at the end."""
        while not self._current:
            if self._end is not None:
                if self._end.error is not None:
                    raise ChannelFailed(self._end.error)
                return b""
            item = self._queue.get()
            if isinstance(item, _End):
                self._end = item
            else:
                self._current = memoryview(item)
        take = len(self._current) if size < 0 else min(size, len(self._current))
        piece, self._current = self._current[:take], self._current[take:]
        return bytes(piece)

    def abandon(self) -> None:
        """The reader stops: a writer blocked on a full channel, or writing later, raises."""
        self._abandoned.set()
        while True:
            try:
                self._queue.get_nowait()
            except queue.Empty:
                return


class _RawEnds(io.RawIOBase):
    """A channel as a raw stream, so that io's C buffering can sit in front of it."""

    def __init__(self, channel: Channel) -> None:
        super().__init__()
        self._channel = channel

    def writable(self) -> bool:
        return True

    def readable(self) -> bool:
        return True

    def write(self, data: ReadableBuffer) -> int:
        chunk = bytes(data)
        self._channel.write(chunk)
        return len(chunk)

    def readinto(self, buffer: WriteableBuffer) -> int:
        view = memoryview(buffer).cast("B")
        data = self._channel.read(len(view))
        view[: len(data)] = data
        return len(data)


def buffered_writer(channel: Channel) -> io.BufferedWriter:
    """A C-level writer in front of `channel`, for pyrage to write its 8 KiB pieces into.

    pyrage holds the GIL while it decrypts and gives it up around I/O calls; a
    Python-level write() every 8 KiB made the thread that hashes the plaintext wait
    for it. With a 1 MiB C buffer in between, Python code runs once per megabyte
    (docs/decisions.md, "Exchange files").
    """
    return io.BufferedWriter(_RawEnds(channel), buffer_size=CHUNK)


def buffered_reader(channel: Channel) -> io.BufferedReader:
    """The same for pyrage reading plaintext to encrypt."""
    return io.BufferedReader(_RawEnds(channel), buffer_size=CHUNK)
