"""The audit log as a hash chain: how one entry's hash is made, and where a chain breaks.

Each entry carries the hash of the entry before it in its chain (`prev`) and its own
hash over a canonical encoding of what it records plus that `prev`; so changing,
removing or reordering any entry changes every hash after it. The encoding is a
format (docs/formats.md, "The audit chain"): it must never change, or every chain
already written would read as broken. Pure: no database, so the migration that chains
older rows, the services and the coordinator's check all use the one definition.

There is one chain per round (entries with that `round_id`) and one for the profile
itself (`round_id` None: keys, roster, passphrase); docs/decisions.md says why.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

__all__ = ["GENESIS", "ChainLink", "Link", "entry_hash", "first_break", "relink"]

GENESIS = "0" * 64  # what the first entry of every chain carries as `prev`


@dataclass(frozen=True)
class Link:
    """What one audit entry records, as the hash covers it (the row's id is not covered:
    the order is kept by `prev`, and a stored id says which row to name)."""

    at: datetime
    action: str
    round_id: int | None
    case_id: int | None
    question_id: str | None
    detail: str


@dataclass(frozen=True)
class ChainLink:
    """One stored entry: its id, what it records, and the two hashes it carries."""

    id: int
    link: Link
    prev_hash: str
    entry_hash: str


def entry_hash(prev: str, link: Link) -> str:
    """SHA-256 (lowercase hex) of the entry's canonical JSON: sorted keys, no spaces,
    UTF-8, the time as ISO 8601 to the microsecond without an offset (it is UTC)."""
    body = {
        "action": link.action,
        "at": link.at.replace(tzinfo=None).isoformat(timespec="microseconds"),
        "case_id": link.case_id,
        "detail": link.detail,
        "prev": prev,
        "question_id": link.question_id,
        "round_id": link.round_id,
    }
    encoded = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()


def first_break(entries: Iterable[ChainLink]) -> tuple[int, ChainLink | None]:
    """How many entries were read, and the first (in stored order) that does not chain:
    it does not carry the hash its chain's previous entry carries, or its own hash is
    not that of what it records. None when every chain is whole."""
    heads: dict[int | None, str] = {}
    count = 0
    for entry in entries:
        count += 1
        prev = heads.get(entry.link.round_id, GENESIS)
        if entry.prev_hash != prev or entry.entry_hash != entry_hash(prev, entry.link):
            return count, entry
        heads[entry.link.round_id] = entry.entry_hash
    return count, None


def relink(links: Iterable[Link]) -> list[str]:
    """The hashes one chain's entries would carry if made now, in the order given: what a
    review package sends, so a rewritten entry changes what is sent, even if the stored
    hashes were left as they were."""
    hashes: list[str] = []
    prev = GENESIS
    for link in links:
        prev = entry_hash(prev, link)
        hashes.append(prev)
    return hashes
