"""The coordinator's roster: members enrolled from their cards, confirmed, or revoked.

A card proves only that its keys signed it. Whether those keys are really the member's
is settled out of band: the coordinator reads the fingerprint to the member (phone, in
person) and marks it confirmed. Packs are only made for confirmed members. Revoking a
member refuses their later packages; packages already accepted stay, so a report is
never silently rewritten.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.clock import utc_now
from desktop.core.display_names import check_name, lookalike_key
from desktop.exchange.card import Card, read_card
from desktop.services import audit
from desktop.services.identity import require_coordinator
from desktop.services.operations import Changes
from desktop.services.refusals import Refusal, Refused
from desktop.storage.database import Database
from desktop.storage.models import RosterMember

MAX_CARD_BYTES = 64 * 1024


@dataclass(frozen=True)
class RosterRow:
    id: int
    name: str
    fingerprint: str
    confirmed: bool
    revoked: bool


@dataclass(frozen=True)
class Enrolled:
    member: RosterRow
    new: bool  # False: the card was already on the roster (nothing changed)
    changes: Changes


def _row(m: RosterMember) -> RosterRow:
    return RosterRow(m.id, m.name, m.fingerprint, m.confirmed_at is not None, m.revoked_at is not None)


class SameName(Refused):
    """The card's name looks like an enrolled member's; `enrolled` are those members.

    Not a refusal of the card: two members may share a name. It stops `enrol` until the
    coordinator, shown both names and both fingerprints, says to go on.
    """

    def __init__(self, card: Card, enrolled: tuple[RosterRow, ...]) -> None:
        super().__init__(Refusal.SAME_NAME, card.fingerprint)
        self.card = card
        self.enrolled = enrolled


def preview_card(path: Path) -> Card:
    """Read and check a card without enrolling it (raises ExchangeError, Refused or NameRefused).

    The name on a card is shown in the roster, in dialogs and in reports, so a name that
    would not read as written (reordered, invisible characters, nothing visible) is
    refused here, before anything is stored.
    """
    card = read_card(path)
    if card.role != "member":
        raise Refused(Refusal.NOT_A_MEMBER, card.role)
    check_name(card.name, "member card")
    return card


def lookalikes(db: Database, card: Card) -> tuple[RosterRow, ...]:
    """Enrolled members, other than the card's own keys, whose name a reader could not tell
    from the card's (same letters after case, compatibility and look-alike folding)."""
    with db.session() as session:
        return _lookalikes(session, card)


def _lookalikes(session: Session, card: Card) -> tuple[RosterRow, ...]:
    key = lookalike_key(card.name)
    members = session.scalars(select(RosterMember).order_by(RosterMember.id))
    return tuple(
        _row(m) for m in members if m.fingerprint != card.fingerprint and lookalike_key(m.name) == key
    )


def enrol(db: Database, path: Path, *, confirmed: bool = False, same_name_ok: bool = False) -> Enrolled:
    """Add the member on the card at `path`; the same card twice changes nothing.

    A card whose name looks like an enrolled member's raises SameName, nothing stored,
    unless the coordinator has seen both and passes `same_name_ok`.
    """
    card = preview_card(path)
    raw = path.read_bytes()
    with db.session() as session:
        require_coordinator(session)
        found = session.scalars(
            select(RosterMember).where(RosterMember.fingerprint == card.fingerprint)
        ).first()
        if found is not None:
            return Enrolled(_row(found), False, Changes())
        clash = _lookalikes(session, card)
        if clash and not same_name_ok:
            raise SameName(card, clash)
        now = utc_now()
        member = RosterMember(
            name=card.name,
            fingerprint=card.fingerprint,
            signing_key=card.keys.to_json()["signing_key"],
            encryption_key=card.keys.encryption_key,
            card=raw,
            added_at=now,
            confirmed_at=now if confirmed else None,
            revoked_at=None,
        )
        session.add(member)
        audit.append(session, "member_enrolled", detail=card.fingerprint, at=now)
        session.flush()
        return Enrolled(_row(member), True, Changes(roster=True))


def _set(db: Database, member_id: int, action: str, confirmed: bool | None, revoked: bool | None) -> Changes:
    with db.session() as session:
        require_coordinator(session)
        member = session.get_one(RosterMember, member_id)
        now = utc_now()
        if confirmed is not None:
            member.confirmed_at = now if confirmed else None
        if revoked is not None:
            member.revoked_at = now if revoked else None
        audit.append(session, action, detail=member.fingerprint, at=now)
    return Changes(roster=True)


def confirm(db: Database, member_id: int) -> Changes:
    """The coordinator has read the fingerprint with the member and it matched."""
    return _set(db, member_id, "member_confirmed", True, None)


def revoke(db: Database, member_id: int) -> Changes:
    """Refuse this member's later packages; what was accepted stays."""
    return _set(db, member_id, "member_revoked", None, True)


def reinstate(db: Database, member_id: int) -> Changes:
    return _set(db, member_id, "member_reinstated", None, False)


def list_roster(db: Database) -> list[RosterRow]:
    with db.session() as session:
        members = session.scalars(select(RosterMember).order_by(RosterMember.name, RosterMember.id))
        return [_row(m) for m in members]


def find_member(db: Database, fingerprint: str) -> RosterRow | None:
    with db.session() as session:
        found = session.scalars(select(RosterMember).where(RosterMember.fingerprint == fingerprint)).first()
        return None if found is None else _row(found)
