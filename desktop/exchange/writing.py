"""Writing an exchange file: hash every entry, sign the manifest, then stream it out.

The manifest comes first in the archive and names every entry's SHA-256, so each entry
is loaded twice: once to hash it, once to write it (and it must be the same both times).
Only one entry is in memory at a time, and for packs and packages the plaintext goes
straight into age in another thread: it never touches the disk. The file appears
under its name only when complete (`atomic_write`); on any failure or cancel the
temporary file is removed, and an age stream stopped early lacks its final chunk, so
even a copy taken mid-write is never a valid file.
"""

from __future__ import annotations

import calendar
import hashlib
import io
import tarfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Protocol, cast

from desktop.core.atomic_files import atomic_write
from desktop.core.clock import utc_now
from desktop.exchange.age_stream import encrypting
from desktop.exchange.errors import ExchangeError, ExportCancelled
from desktop.exchange.keys import KeyPair, PublicKeys
from desktop.exchange.limits import MANIFEST_NAME, MAX_ENTRIES, MAX_ENTRY, SIGNATURE_NAME, name_problem
from desktop.exchange.manifest import CARD, KINDS, ROLES, EntryInfo, Manifest, Sender, parse_manifest

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Outgoing:
    """An entry to write; `load` is called at most twice and must return the same bytes."""

    name: str
    load: Callable[[], bytes]


class _Sink(Protocol):
    def write(self, data: bytes, /) -> int: ...


def write_container(
    path: Path,
    *,
    kind: str,
    sender: KeyPair,
    sender_name: str,
    sender_role: str,
    recipient: PublicKeys | None,
    round_uid: str | None,
    revision: int,
    entries: Sequence[Outgoing],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Manifest:
    """Write `entries` to `path` as a signed (and for packs and packages, encrypted) file.

    `progress(done, total)` counts steps: each entry hashed, then each entry written.
    `cancelled()` is asked before every step; when it answers True, ExportCancelled is
    raised and no file is left. Bad arguments (a name we would refuse to read, a card
    with a recipient) raise ValueError before anything is written.
    """
    _check_arguments(kind, sender_role, recipient, entries)
    steps = _Steps(2 * len(entries), progress, cancelled)
    infos = tuple(_hash(entry, steps) for entry in entries)
    manifest = Manifest(
        kind=kind,
        created=utc_now().replace(microsecond=0),
        sender=Sender(name=sender_name, role=sender_role, keys=sender.public),
        recipient=recipient.fingerprint() if recipient else None,
        round_uid=round_uid,
        revision=revision,
        entries=infos,
    )
    stored = manifest.to_bytes()
    _check_readable(stored)
    signature = sender.sign(stored)
    with atomic_write(path) as out:
        if recipient is None:
            _write_tar(out, manifest, stored, signature, entries, steps)
        else:
            with encrypting(out, recipient.encryption_key) as sink:
                _write_tar(sink, manifest, stored, signature, entries, steps)
    return manifest


@dataclass
class _Steps:
    total: int
    progress: Progress | None
    cancelled: Callable[[], bool] | None
    done: int = 0

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled("export cancelled")

    def step(self) -> None:
        self.done += 1
        if self.progress is not None:
            self.progress(self.done, self.total)


def _check_arguments(kind: str, role: str, recipient: PublicKeys | None, entries: Sequence[Outgoing]) -> None:
    if kind not in KINDS or role not in ROLES:
        raise ValueError(f"unknown kind {kind!r} or role {role!r}")
    if (kind == CARD) != (recipient is None):
        raise ValueError("a card has no recipient; every other kind has one")
    if len(entries) > MAX_ENTRIES:
        raise ValueError(f"{len(entries)} entries, more than {MAX_ENTRIES}")
    names = [entry.name for entry in entries]
    if len(set(names)) != len(names):
        raise ValueError("an entry name is repeated")
    for name in names:
        problem = name_problem(name) or _ustar_problem(name)
        if problem is not None:
            raise ValueError(f"entry name {name!r}: {problem}")


def _ustar_problem(name: str) -> str | None:
    try:
        tarfile.TarInfo(name).tobuf(tarfile.USTAR_FORMAT, "utf-8", "strict")
    except ValueError as error:
        return str(error)
    return None


def _check_readable(stored: bytes) -> None:
    """Never write a file our own reader would refuse (the manifest runs the same rules)."""
    try:
        parse_manifest(stored)
    except ExchangeError as error:
        raise ValueError(f"this manifest would be refused: {error.detail}") from None


def _hash(entry: Outgoing, steps: _Steps) -> EntryInfo:
    steps.check()
    data = entry.load()
    if len(data) > MAX_ENTRY:
        raise ValueError(f"entry {entry.name!r} is over {MAX_ENTRY} bytes")
    steps.step()
    return EntryInfo(name=entry.name, size=len(data), sha256=hashlib.sha256(data).hexdigest())


def _write_tar(
    sink: _Sink,
    manifest: Manifest,
    stored: bytes,
    signature: bytes,
    entries: Sequence[Outgoing],
    steps: _Steps,
) -> None:
    mtime = calendar.timegm(manifest.created.timetuple())
    stream = cast(IO[bytes], sink)  # tarfile's "w|" mode only ever calls write()
    with tarfile.open(fileobj=stream, mode="w|", format=tarfile.USTAR_FORMAT, encoding="utf-8") as tar:
        _add(tar, MANIFEST_NAME, stored, mtime)
        _add(tar, SIGNATURE_NAME, signature, mtime)
        for entry, info in zip(entries, manifest.entries, strict=True):
            steps.check()
            data = entry.load()
            if len(data) != info.size or hashlib.sha256(data).hexdigest() != info.sha256:
                raise ValueError(f"entry {entry.name!r} changed between hashing and writing")
            _add(tar, info.name, data, mtime)
            steps.step()
        steps.check()


def _add(tar: tarfile.TarFile, name: str, data: bytes, mtime: int) -> None:
    info = tarfile.TarInfo(name)
    info.size, info.mtime, info.mode = len(data), mtime, 0o644
    tar.addfile(info, io.BytesIO(data))
