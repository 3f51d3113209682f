"""Member cards: a member's public keys, self-signed, safe to send by email.

A card proves only that whoever made it holds the keys it names. Whether those keys
belong to the person named is settled by the coordinator reading the fingerprint back
to the member over the phone, never by the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.exchange.errors import ExchangeError, Reason
from desktop.exchange.keys import KeyPair, PublicKeys
from desktop.exchange.limits import MAX_CARD_FILE
from desktop.exchange.manifest import CARD
from desktop.exchange.reading import read_container
from desktop.exchange.writing import write_container

EXTENSION = ".prcard"


@dataclass(frozen=True)
class Card:
    name: str
    role: str  # "member" | "coordinator"
    keys: PublicKeys
    created: datetime  # UTC, naive

    @property
    def fingerprint(self) -> str:
        return self.keys.fingerprint()


def write_card(path: Path, keys: KeyPair, name: str, role: str) -> Card:
    manifest = write_container(
        path, kind=CARD, sender=keys, sender_name=name, sender_role=role,
        recipient=None, round_uid=None, revision=1, entries=(),
    )  # fmt: skip
    return Card(name=name, role=role, keys=manifest.sender.keys, created=manifest.created)


def read_card(path: Path) -> Card:
    """The card in `path`, checked completely; ExchangeError for anything wrong.

    A card is a few kilobytes, so anything over 64 KiB is refused before it is read.
    """
    if path.stat().st_size > MAX_CARD_FILE:
        raise ExchangeError(Reason.TOO_LARGE, f"a card file over {MAX_CARD_FILE} bytes")
    with read_container(path, kind=CARD, identity=None) as reader:
        for _ in reader.entries():
            pass
        sender = reader.manifest.sender
        return Card(name=sender.name, role=sender.role, keys=sender.keys, created=reader.manifest.created)
