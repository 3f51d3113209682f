"""The Members page's operations: the roster, a card read before enrolling, and a member's standing."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.exchange.card import Card
from desktop.services import roster
from desktop.services.operations import CancelToken, Changes, Progress
from desktop.services.roster import Enrolled, RosterRow
from desktop.services.session import ProfileSession
from desktop.ui import ops
from desktop.ui.ops import Op


def list_roster(session: ProfileSession) -> Op[list[RosterRow]]:
    return ops.read(session, roster.list_roster)


@dataclass(frozen=True)
class CardRead:
    """A card checked, and the enrolled members whose names look the same as its name."""

    card: Card
    lookalikes: tuple[RosterRow, ...]


def read_card(session: ProfileSession, path: Path) -> Op[CardRead]:
    """Read and check the card file, then look for look-alike names: one op, because the page
    asks its question about both at once, and reading a file may wait on a slow disk."""

    def work(_progress: Progress, _cancel: CancelToken) -> CardRead:
        card = roster.preview_card(path)
        return CardRead(card, session.run(roster.lookalikes, card))

    return Op(work, holds_profile=False, session=session)


def enrol(session: ProfileSession, path: Path, *, confirmed: bool, same_name_ok: bool) -> Op[Enrolled]:
    return ops.change(session, roster.enrol, path, confirmed=confirmed, same_name_ok=same_name_ok)


def confirm(session: ProfileSession, member_id: int) -> Op[Changes]:
    return ops.change(session, roster.confirm, member_id)


def revoke(session: ProfileSession, member_id: int) -> Op[Changes]:
    return ops.change(session, roster.revoke, member_id)


def reinstate(session: ProfileSession, member_id: int) -> Op[Changes]:
    return ops.change(session, roster.reinstate, member_id)
