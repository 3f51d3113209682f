"""The profile's own keys: made once, kept only inside the encrypted database.

Every profile, member or coordinator, has an Ed25519 signing key and an X25519 (age)
encryption key (`desktop.exchange.keys`). They are generated when the profile is
created; a profile made before schema revision 0003 gets them at its first unlock.
The private halves never leave the database; the public halves travel in the member's
card and in the manifest of every file the profile signs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from sqlalchemy.orm import Session

from desktop.exchange.card import Card, write_card
from desktop.exchange.container import Outgoing, write_container
from desktop.exchange.keys import KeyPair, PublicKeys, generate_keys
from desktop.services import audit
from desktop.storage.database import Database
from desktop.storage.models import Profile


@dataclass(frozen=True)
class Me:
    """Who this profile is, as the exchange needs it (private keys included: never shown)."""

    name: str
    role: str
    keys: KeyPair

    @property
    def public(self) -> PublicKeys:
        return self.keys.public

    @property
    def fingerprint(self) -> str:
        return self.keys.public.fingerprint()


class NotACoordinator(PermissionError):
    """Rosters, rounds, packs and the inbox exist only in a coordinator's profile; nothing changed."""


def require_coordinator(session: Session) -> None:
    if session.get_one(Profile, 1).role != "coordinator":
        raise NotACoordinator("this is a member's profile")


class _KeysRow(Protocol):
    """A stored someone else's public keys: a roster member or a pinned coordinator."""

    signing_key: str
    encryption_key: str


def seal(
    path: Path,
    *,
    kind: str,
    sender: Me,
    to: _KeysRow,
    round_uid: str,
    revision: int,
    entries: Sequence[Outgoing],
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """Write a pack or package signed by this profile and encrypted to `to` (atomically)."""
    recipient = PublicKeys.from_json({"signing_key": to.signing_key, "encryption_key": to.encryption_key})
    write_container(
        path, kind=kind, sender=sender.keys, sender_name=sender.name, sender_role=sender.role,
        recipient=recipient, round_uid=round_uid, revision=revision, entries=entries, cancelled=cancelled,
    )  # fmt: skip


def give_keys(row: Profile) -> None:
    """Generate and set the profile's key pairs (in the caller's unit of work)."""
    keys = generate_keys()
    row.signing_private = keys.signing_private
    row.encryption_identity = keys.encryption_identity


def keys_of(row: Profile) -> KeyPair:
    if row.signing_private is None or row.encryption_identity is None:
        raise LookupError("this profile has no keys yet")
    return KeyPair(row.signing_private, row.encryption_identity)


def ensure_keys(db: Database) -> bool:
    """Give an older profile its keys; True when they were made now."""
    with db.session() as session:
        row = session.get_one(Profile, 1)
        if row.signing_private is not None:
            return False
        give_keys(row)
        audit.append(session, "keys_created")
        return True


def me(db: Database) -> Me:
    with db.session() as session:
        return me_in(session)


def me_in(session: Session) -> Me:
    """This profile's identity, read in the caller's unit of work."""
    row = session.get_one(Profile, 1)
    return Me(row.display_name, row.role, keys_of(row))


def export_card(db: Database, path: Path) -> Card:
    """Write this member's card (name, public keys, self-signed) to `path`, atomically."""
    who = me(db)
    return write_card(path, who.keys, who.name, who.role)
