"""Reading a ustar stream one header and one entry at a time, refusing before reading.

Each 512-byte header is parsed and checksummed by `tarfile.TarInfo.frombuf`; only the
framing around it (header, data rounded up to 512 bytes, two zero blocks at the end)
is done here. `tarfile.open(mode="r|")` was not used for reading because it acts on
pax and GNU extension headers, links and directories inside `next()`, reading their
declared data into memory before the caller can look at the member; here a header is
judged (regular file, size within the limit) before a single byte of its data is read.
Writing uses `tarfile` itself.
"""

from __future__ import annotations

import hashlib
import io
import tarfile
from collections.abc import Callable

from desktop.exchange.errors import ExchangeError, Reason
from desktop.exchange.limits import MiB

BLOCK = tarfile.BLOCKSIZE
USTAR_MAGIC = b"ustar\x0000"  # POSIX ustar: magic "ustar\0" and version "00"
_ZERO_BLOCK = bytes(BLOCK)
MAX_TRAILER = 1 * MiB  # zero padding tolerated after the end-of-archive blocks
_READ = 1 * MiB

Reader = Callable[[int], bytes]


class TarStream:
    def __init__(self, read: Reader) -> None:
        self._read = read
        self.members = 0  # headers read so far

    def read_exact(self, size: int) -> bytes:
        """Exactly `size` bytes, or CORRUPT: the stream ends too soon."""
        parts, wanted = [], size
        while wanted:
            part = self._read(min(wanted, _READ))
            if not part:
                raise ExchangeError(Reason.CORRUPT, "the archive ends in the middle")
            parts.append(part)
            wanted -= len(part)
        return b"".join(parts)

    def next_header(self) -> tarfile.TarInfo | None:
        """The next member's header, or None at the end-of-archive marker.

        The first header failing to parse means this is not one of our tars at all;
        later ones mean the archive is damaged.
        """
        block = self.read_exact(BLOCK) if self.members else self._first_block()
        if block == _ZERO_BLOCK:
            if self.read_exact(BLOCK) != _ZERO_BLOCK:
                raise ExchangeError(Reason.CORRUPT, "a lone zero block inside the archive")
            return None
        unknown = Reason.CORRUPT if self.members else Reason.NOT_OURS
        if block[257:265] != USTAR_MAGIC:
            raise ExchangeError(unknown, "a header is not POSIX ustar")
        try:
            info = tarfile.TarInfo.frombuf(block, "utf-8", "strict")
        except UnicodeDecodeError:
            raise ExchangeError(Reason.UNSAFE_ENTRY, "a member name is not UTF-8") from None
        except tarfile.HeaderError as error:
            raise ExchangeError(unknown, f"header does not parse: {error}") from None
        self.members += 1
        if info.type not in (tarfile.REGTYPE, tarfile.AREGTYPE):
            raise ExchangeError(Reason.UNSAFE_ENTRY, f"member {info.name[:200]!r} is not a regular file")
        return info

    def _first_block(self) -> bytes:
        first = self._read(BLOCK)
        if not first:
            raise ExchangeError(Reason.CORRUPT, "the file is empty")
        if len(first) < BLOCK:
            first += self._read_up_to(BLOCK - len(first))
        if len(first) < BLOCK:
            raise ExchangeError(Reason.NOT_OURS, "too short to be an archive")
        return first

    def _read_up_to(self, size: int) -> bytes:
        parts, wanted = [], size
        while wanted and (part := self._read(wanted)):
            parts.append(part)
            wanted -= len(part)
        return b"".join(parts)

    def read_data(self, size: int) -> tuple[bytes, str]:
        """A member's `size` bytes and their SHA-256, then skip its padding.

        Collected in a BytesIO, whose final value is handed out without a second copy,
        so one entry costs about its own size in memory.
        """
        digest, buffer, wanted = hashlib.sha256(), io.BytesIO(), size
        while wanted:
            part = self.read_exact(min(wanted, _READ))
            digest.update(part)
            buffer.write(part)
            wanted -= len(part)
        self.read_exact(-size % BLOCK)
        return buffer.getvalue(), digest.hexdigest()

    def finish(self) -> None:
        """After the end marker only zero padding may follow, and not much of it."""
        seen = 0
        while part := self._read(_READ):
            seen += len(part)
            if part.count(0) != len(part) or seen > MAX_TRAILER:
                raise ExchangeError(Reason.ALTERED, "data follows the end of the archive")
