"""Opening an exchange file: decrypt as a stream, verify the manifest, then each entry.

Nothing is trusted before it is checked: sizes and names are judged from headers
before data is read, the manifest's signature is verified over its exact stored bytes
before any entry is handed out, and each entry's size and SHA-256 are checked against
the signed manifest before it is yielded. An entry that has been yielded is therefore
exactly what the signer wrote; the file as a whole is accepted only once `entries()`
has run to its end (which also checks that nothing follows and that age's final
chunk authenticated), so callers keep what they read inside one unit of work.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, Protocol

from desktop.exchange.age_stream import AGE_MAGIC, Decrypting
from desktop.exchange.errors import ExchangeError, Reason
from desktop.exchange.keys import SIGNATURE_SIZE, KeyPair
from desktop.exchange.limits import (
    MANIFEST_NAME,
    MAX_ENTRY,
    MAX_FILE,
    MAX_MANIFEST,
    SIGNATURE_NAME,
    check_name,
)
from desktop.exchange.manifest import CARD, ENCRYPTED_KINDS, KINDS, EntryInfo, Manifest, parse_manifest
from desktop.exchange.tarstream import TarStream

# pyrage reads its input 8 KiB at a time; a large buffer means one system call (and
# one release of the GIL) per megabyte instead of per 8 KiB.
READ_BUFFER = 1024 * 1024


class _Source(Protocol):
    def read(self, size: int) -> bytes: ...
    def close(self) -> None: ...


class _Plain:
    def __init__(self, file: BinaryIO) -> None:
        self.read = file.read

    def close(self) -> None:
        """The file itself is closed by whoever opened it."""


class ContainerReader:
    """A container whose manifest has been read and its signature verified."""

    def __init__(self, stream: TarStream, encrypted: bool) -> None:
        self.encrypted = encrypted
        self._stream = stream
        self._started = False
        self.manifest = _read_manifest(stream)

    def expect(self, kind: str | None, identity: KeyPair | None) -> None:
        """Refuse a file of another kind, unencrypted where it must be, or for someone else."""
        manifest = self.manifest
        if kind is not None and manifest.kind != kind:
            raise ExchangeError(Reason.WRONG_KIND, f"expected kind {kind}, the file is kind {manifest.kind}")
        if manifest.kind in ENCRYPTED_KINDS and not self.encrypted:
            raise ExchangeError(Reason.NOT_ENCRYPTED, f"kind {manifest.kind} that is not encrypted")
        if self.encrypted and (identity is None or manifest.recipient != identity.public.fingerprint()):
            raise ExchangeError(Reason.NOT_FOR_YOU, "the manifest names another recipient")

    def entries(self) -> Iterator[tuple[EntryInfo, bytes]]:
        """Each entry with its bytes, checked against the manifest, in manifest order."""
        if self._started:
            raise RuntimeError("entries() can be read only once")
        self._started = True
        seen: set[str] = set()
        for expected in self.manifest.entries:
            data = self._next_entry(expected, seen)
            seen.add(expected.name)
            yield expected, data
        extra = self._stream.next_header()
        if extra is not None:
            _check_header_name(extra.name, seen)
            raise ExchangeError(Reason.ALTERED, f"entry {extra.name!r} is not in the manifest")
        self._stream.finish()

    def _next_entry(self, expected: EntryInfo, seen: set[str]) -> bytes:
        header = self._stream.next_header()
        if header is None:
            raise ExchangeError(Reason.ALTERED, f"entry {expected.name!r} is missing")
        _check_header_name(header.name, seen)
        if header.size > MAX_ENTRY:
            raise ExchangeError(Reason.TOO_LARGE, f"entry {header.name!r} declares {header.size} bytes")
        if header.name != expected.name:
            raise ExchangeError(Reason.ALTERED, f"found {header.name!r} where {expected.name!r} belongs")
        if header.size != expected.size:
            raise ExchangeError(Reason.ALTERED, f"entry {expected.name!r} has another size")
        data, digest = self._stream.read_data(header.size)
        if digest != expected.sha256:
            raise ExchangeError(Reason.ALTERED, f"entry {expected.name!r} has another SHA-256")
        return data


def _check_header_name(name: str, seen: set[str]) -> None:
    check_name(name)
    if name in seen:
        raise ExchangeError(Reason.UNSAFE_ENTRY, f"entry {name!r} appears twice")


def _read_manifest(stream: TarStream) -> Manifest:
    """manifest.json then manifest.sig, parsed and verified before anything else is read."""
    header = stream.next_header()
    if header is None or header.name != MANIFEST_NAME:
        raise ExchangeError(Reason.NOT_OURS, "the archive does not start with manifest.json")
    if header.size > MAX_MANIFEST:
        raise ExchangeError(Reason.TOO_LARGE, f"manifest.json declares {header.size} bytes")
    stored, _ = stream.read_data(header.size)
    manifest = parse_manifest(stored)
    header = stream.next_header()
    if header is None or header.name != SIGNATURE_NAME or header.size != SIGNATURE_SIZE:
        raise ExchangeError(Reason.BAD_SIGNATURE, "manifest.sig is missing or not 64 bytes")
    signature, _ = stream.read_data(SIGNATURE_SIZE)
    if not manifest.sender.keys.verify(signature, stored):
        raise ExchangeError(Reason.BAD_SIGNATURE, "manifest.sig does not verify with the sender's key")
    return manifest


def is_age_file(file: BinaryIO) -> bool:
    """Whether `file` starts with the age header line; leaves it at the start."""
    start = file.read(len(AGE_MAGIC))
    file.seek(0)
    return start == AGE_MAGIC


@contextlib.contextmanager
def open_container(
    path: Path, identity: KeyPair | None, max_size: int = MAX_FILE
) -> Iterator[ContainerReader]:
    """A reader with a verified manifest, before any kind or recipient is expected.

    An age file with no identity to try is NOT_FOR_YOU at once: nothing in it can be
    read without one. The decrypting thread is stopped and joined on every way out.
    """
    size = path.stat().st_size
    file = open(path, "rb", buffering=READ_BUFFER)  # noqa: SIM115  (closed in the finally below)
    source: _Source | None = None
    try:
        if size > max_size:
            raise ExchangeError(Reason.TOO_LARGE, f"the file is {size} bytes, over {max_size}")
        encrypted = is_age_file(file)
        if encrypted and identity is None:
            raise ExchangeError(Reason.NOT_FOR_YOU, "an age file, and no identity to open it with")
        source = Decrypting(file, identity.age_identity()) if identity and encrypted else _Plain(file)
        yield ContainerReader(TarStream(source.read), encrypted)
    finally:
        if source is not None:
            source.close()
        file.close()


@contextlib.contextmanager
def read_container(path: Path, *, kind: str, identity: KeyPair | None) -> Iterator[ContainerReader]:
    """Open `path` as an exchange file of `kind` for the holder of `identity`.

    Cards need no identity. A card where a pack is expected, or an encrypted file
    where a card is expected, is WRONG_KIND; a pack or package that is not encrypted
    is NOT_ENCRYPTED; one that does not decrypt with `identity`, or whose manifest names
    someone else, is NOT_FOR_YOU. A file that cannot be opened at all (missing, no
    permission) raises the OSError: that is about this computer, not the file.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    if kind == CARD:
        _refuse_encrypted(path)
    with open_container(path, identity if kind != CARD else None) as reader:
        reader.expect(kind, identity)
        yield reader


def _refuse_encrypted(path: Path) -> None:
    """An age file where a card is expected is the wrong kind, whoever could open it."""
    with open(path, "rb") as file:
        encrypted = is_age_file(file)
    if encrypted:
        raise ExchangeError(Reason.WRONG_KIND, "an encrypted file where a card is expected")
