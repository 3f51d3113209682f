"""What can be said about any exchange file, for `panel-review inspect FILE`.

Unlike `read_container`, this never raises for a bad file: it reports what it could
read and the first problem it found, so a coordinator can tell a member on the phone
what is wrong with the file in front of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.exchange.errors import ExchangeError, Reason
from desktop.exchange.keys import KeyPair
from desktop.exchange.manifest import EntryInfo, Manifest
from desktop.exchange.reading import is_age_file, open_container


@dataclass(frozen=True)
class Inspection:
    encrypted: bool  # an age file (only its rightful reader can see inside)
    intact: bool  # every check passed, down to the last entry
    problem: Reason | None
    detail: str  # English, for the log; empty when intact
    kind: str | None = None  # None: the manifest could not be read
    sender_name: str | None = None
    sender_role: str | None = None
    sender_fingerprint: str | None = None
    recipient: str | None = None
    round_uid: str | None = None
    revision: int | None = None
    created: datetime | None = None  # UTC, naive
    entries: tuple[EntryInfo, ...] = ()


def inspect_file(path: Path, identity: KeyPair | None) -> Inspection:
    """Read `path` as far as possible with `identity` (needed only for encrypted files).

    An encrypted file with no identity, or one that is not ours to open, reports only
    that it is an age file for someone else: nothing more can be read from it.
    """
    with open(path, "rb") as file:
        encrypted = is_age_file(file)
    manifest: Manifest | None = None
    try:
        with open_container(path, identity) as reader:
            manifest = reader.manifest
            reader.expect(None, identity)
            for _ in reader.entries():
                pass
    except ExchangeError as error:
        return _inspection(manifest, encrypted, error)
    return _inspection(manifest, encrypted, None)


def _inspection(manifest: Manifest | None, encrypted: bool, error: ExchangeError | None) -> Inspection:
    problem = None if error is None else error.reason
    detail = "" if error is None else error.detail
    if manifest is None:
        return Inspection(encrypted=encrypted, intact=False, problem=problem, detail=detail)
    return Inspection(
        encrypted=encrypted,
        intact=error is None,
        problem=problem,
        detail=detail,
        kind=manifest.kind,
        sender_name=manifest.sender.name,
        sender_role=manifest.sender.role,
        sender_fingerprint=manifest.sender.keys.fingerprint(),
        recipient=manifest.recipient,
        round_uid=manifest.round_uid,
        revision=manifest.revision,
        created=manifest.created,
        entries=manifest.entries,
    )
