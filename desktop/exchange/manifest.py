"""The signed manifest: who sent a file, to whom, for which round, and what it holds.

`parse_manifest` is strict: it refuses unknown fields and wrong types, because a
reader cannot judge what it does not know. Times are UTC as naive datetimes, the same
convention as every timestamp in the database (`desktop.core.clock`); on the wire
they are ISO 8601 with a `Z` and whole seconds.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeGuard

from desktop.exchange.errors import ExchangeError, Reason
from desktop.exchange.keys import PublicKeys
from desktop.exchange.limits import MAX_ENTRIES, MAX_ENTRY, MAX_FILE, MAX_NAME, check_name

FORMAT = "panel-review"
CARD = "card"
PACK = "assignment-pack"
PACKAGE = "review-package"
RECEIPT = "erasure-receipt"  # a member's signed word that a round's material left their laptop
KINDS = (CARD, PACK, PACKAGE, RECEIPT)
# The format version each kind is written in. A review package went to 2 when each
# answer came to carry the language of its note, and to 3 when it came to carry the
# member's audit chain for the round, and to 4 when it came to carry the answers changed
# after completion with their reasons; versions 1 to 3 still read. A reader refuses a
# version above its kind's as "made by a newer version".
KIND_VERSIONS = {CARD: 1, PACK: 1, PACKAGE: 5, RECEIPT: 1}
FORMAT_VERSION = max(KIND_VERSIONS.values())  # the newest any kind is written in
ENCRYPTED_KINDS = (PACK, PACKAGE, RECEIPT)
SENDER_ROLE = {PACK: "coordinator", PACKAGE: "member", RECEIPT: "member"}  # who may send each encrypted kind
ROLES = ("member", "coordinator")
TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"

_FIELDS = ("format", "format_version", "kind", "created", "sender", "recipient", "round_uid", "revision",
           "entries")  # fmt: skip
_SENDER_FIELDS = ("name", "role", "signing_key", "encryption_key", "fingerprint")
_ENTRY_FIELDS = ("name", "size", "sha256")
_FINGERPRINT = re.compile(r"[0-9]{5}( [0-9]{5}){5}")
_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class Sender:
    name: str
    role: str  # "member" | "coordinator"
    keys: PublicKeys


@dataclass(frozen=True)
class EntryInfo:
    name: str
    size: int
    sha256: str  # lower-case hex


@dataclass(frozen=True)
class Manifest:
    kind: str
    created: datetime  # UTC, naive
    sender: Sender
    recipient: str | None  # the reader's fingerprint; None for a card
    round_uid: str | None
    revision: int
    entries: tuple[EntryInfo, ...]
    # The version the file was written in; None (a manifest being written) is its kind's
    # current version (`KIND_VERSIONS`). Not compared: it says how the file was written,
    # not what it says.
    format_version: int | None = field(default=None, compare=False)

    @property
    def version(self) -> int:
        """The format version of what the file holds (`docs/formats.md`)."""
        return self.format_version or KIND_VERSIONS[self.kind]

    def to_bytes(self) -> bytes:
        """The manifest as stored and signed: compact, key order fixed, UTF-8."""
        document = {
            "format": FORMAT,
            "format_version": self.version,
            "kind": self.kind,
            "created": self.created.strftime(TIME_FORMAT),
            "sender": {
                "name": self.sender.name,
                "role": self.sender.role,
                **self.sender.keys.to_json(),
                "fingerprint": self.sender.keys.fingerprint(),
            },
            "recipient": self.recipient,
            "round_uid": self.round_uid,
            "revision": self.revision,
            "entries": [{"name": e.name, "size": e.size, "sha256": e.sha256} for e in self.entries],
        }
        return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def parse_manifest(data: bytes) -> Manifest:
    """The manifest in `data`, or ExchangeError saying what is wrong with it.

    `format` and `format_version` are judged first, so a file from a newer Panel Review
    says so rather than failing on fields this version does not know.
    """
    document = _json_object(data)
    if document.get("format") != FORMAT:
        raise ExchangeError(Reason.NOT_OURS, "manifest format is not panel-review")
    version = document.get("format_version")
    if not _is_int(version):
        raise ExchangeError(Reason.MALFORMED, "format_version is not a whole number")
    if version > FORMAT_VERSION:
        raise ExchangeError(Reason.NEWER_FORMAT, f"format_version {version}")
    if version < 1:
        raise ExchangeError(Reason.MALFORMED, f"format_version {version} was never written")
    _exact_fields(document, _FIELDS, "manifest")
    kind = _kind(document["kind"])
    if version > KIND_VERSIONS[kind]:
        raise ExchangeError(Reason.NEWER_FORMAT, f"format_version {version} of a {kind}")
    manifest = Manifest(
        kind=kind,
        created=_created(document["created"]),
        sender=_sender(document["sender"]),
        recipient=_optional_text(document["recipient"], "recipient"),
        round_uid=_optional_text(document["round_uid"], "round_uid"),
        revision=_revision(document["revision"]),
        entries=_entries(document["entries"]),
        format_version=version,
    )
    _check_kind_rules(manifest)
    return manifest


def _json_object(data: bytes) -> dict[str, Any]:
    try:
        document = json.loads(data.decode("utf-8"), object_pairs_hook=_no_duplicate_keys)
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise ExchangeError(Reason.MALFORMED, f"manifest is not JSON: {error}") from None
    if not isinstance(document, dict):
        raise ExchangeError(Reason.MALFORMED, "manifest is not a JSON object")
    return document


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [key for key, _ in pairs]
    if len(set(keys)) != len(keys):
        raise ValueError("a key is repeated")
    return dict(pairs)


def _is_int(value: object) -> TypeGuard[int]:
    """A JSON whole number (JSON's true and false are not numbers here)."""
    return isinstance(value, int) and not isinstance(value, bool)


def _exact_fields(document: object, fields: tuple[str, ...], where: str) -> dict[str, Any]:
    if not isinstance(document, dict):
        raise ExchangeError(Reason.MALFORMED, f"{where} is not an object")
    unknown, missing = set(document) - set(fields), set(fields) - set(document)
    if unknown or missing:
        detail = f"{where}: unknown {sorted(unknown)}, missing {sorted(missing)}"
        raise ExchangeError(Reason.MALFORMED, detail)
    return document


def _text(value: object, field: str) -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_NAME:
        raise ExchangeError(Reason.MALFORMED, f"{field} is not a non-empty string of at most {MAX_NAME}")
    if any(ord(char) < 0x20 or ord(char) == 0x7F for char in value):
        raise ExchangeError(Reason.MALFORMED, f"{field} holds a control character")
    return value


def _optional_text(value: object, field: str) -> str | None:
    return None if value is None else _text(value, field)


def _kind(value: object) -> str:
    if value not in KINDS:
        raise ExchangeError(Reason.MALFORMED, f"unknown kind {str(value)[:40]!r}")
    return str(value)


def _created(value: object) -> datetime:
    try:
        return datetime.strptime(_text(value, "created"), TIME_FORMAT)
    except ValueError:
        raise ExchangeError(Reason.MALFORMED, "created is not YYYY-MM-DDTHH:MM:SSZ") from None


def _revision(value: object) -> int:
    if not _is_int(value) or not 1 <= value < 2**31:
        raise ExchangeError(Reason.MALFORMED, "revision is not a whole number from 1")
    return value


def _sender(value: object) -> Sender:
    fields = _exact_fields(value, _SENDER_FIELDS, "sender")
    role = fields["role"]
    if role not in ROLES:
        raise ExchangeError(Reason.MALFORMED, "sender role is neither member nor coordinator")
    keys = PublicKeys.from_json({key: fields[key] for key in ("signing_key", "encryption_key")})
    fingerprint = fields["fingerprint"]
    if not isinstance(fingerprint, str) or not _FINGERPRINT.fullmatch(fingerprint):
        raise ExchangeError(Reason.MALFORMED, "sender fingerprint is not six groups of five digits")
    if fingerprint != keys.fingerprint():
        raise ExchangeError(Reason.ALTERED, "sender fingerprint does not match the sender's keys")
    return Sender(name=_text(fields["name"], "sender name"), role=str(role), keys=keys)


def _entries(value: object) -> tuple[EntryInfo, ...]:
    if not isinstance(value, list):
        raise ExchangeError(Reason.MALFORMED, "entries is not a list")
    if len(value) > MAX_ENTRIES:
        raise ExchangeError(Reason.TOO_LARGE, f"{len(value)} entries, more than {MAX_ENTRIES}")
    entries = tuple(_entry(item) for item in value)
    if len({entry.name for entry in entries}) != len(entries):
        raise ExchangeError(Reason.UNSAFE_ENTRY, "an entry name is repeated")
    if sum(entry.size for entry in entries) > MAX_FILE:
        raise ExchangeError(Reason.TOO_LARGE, "entries add up to more than the file limit")
    return entries


def _entry(value: object) -> EntryInfo:
    fields = _exact_fields(value, _ENTRY_FIELDS, "entry")
    name, size, sha256 = fields["name"], fields["size"], fields["sha256"]
    if not isinstance(name, str) or not _is_int(size) or size < 0:
        raise ExchangeError(Reason.MALFORMED, "entry name or size has the wrong type")
    check_name(name)
    if size > MAX_ENTRY:
        raise ExchangeError(Reason.TOO_LARGE, f"entry {name!r} declares {size} bytes")
    if not isinstance(sha256, str) or not _SHA256.fullmatch(sha256):
        raise ExchangeError(Reason.MALFORMED, f"entry {name!r} sha256 is not 64 lower-case hex digits")
    return EntryInfo(name=name, size=size, sha256=sha256)


def _check_kind_rules(manifest: Manifest) -> None:
    """A card names no recipient, round or entries; a pack or package names all three."""
    if manifest.kind == CARD:
        if manifest.recipient is not None or manifest.round_uid is not None or manifest.entries:
            raise ExchangeError(Reason.MALFORMED, "a card has no recipient, round or entries")
        return
    if manifest.recipient is None or not _FINGERPRINT.fullmatch(manifest.recipient):
        raise ExchangeError(Reason.MALFORMED, "recipient is not a fingerprint")
    if manifest.round_uid is None:
        raise ExchangeError(Reason.MALFORMED, f"kind {manifest.kind} names its round")
    if manifest.sender.role != SENDER_ROLE[manifest.kind]:
        raise ExchangeError(Reason.MALFORMED, f"kind {manifest.kind} is not sent by a {manifest.sender.role}")
