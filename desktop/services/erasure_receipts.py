"""Erasure receipts: the member's signed word that a round's material left their laptop.

Member: when a round's material is erased (at the date or early, by hand:
`services.retention`), `record_erased` keeps what went, in counts, in the same unit of
work; once every other copy in the profile folder has been cleared, `seal_receipt`
writes the receipt (kind "erasure-receipt": `exchange.receipt_payload`), signed by the
member and encrypted to the round's coordinator exactly like a review package, and
keeps its bytes in the profile, tied to the round. The material is gone by then, but the
receipt is not: `save_receipt` writes those same bytes to a folder as often as the
member asks, so a receipt saved twice is one file to the coordinator.

Coordinator: `take_receipt` judges a receipt from the inbox in the caller's unit of
work (the inbox's own flow, `review_packages.import_packages`): signature and recipient
(the exchange layer), a signer on the roster and not withdrawn, a round in this
profile, the receipt's round the one its signed manifest names, its fingerprint the
signer's, and a member who was given cases in that round. The first receipt per round
and member is kept; the same file again is a duplicate, a different one is refused
and the first kept. `erasures` says, per member of a round, when their copy was erased.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from desktop.core.atomic_files import atomic_write
from desktop.core.exchange_names import exchange_name
from desktop.exchange.container import Outgoing, read_container
from desktop.exchange.manifest import RECEIPT, Manifest
from desktop.exchange.payload_fields import PayloadError
from desktop.exchange.receipt_payload import RECEIPT_ENTRY, ReceiptPayload, parse_receipt, receipt_to_bytes
from desktop.services import audit, identity
from desktop.services.refusals import Refusal, Refused
from desktop.storage.database import Database
from desktop.storage.models import (
    Assignment,
    CaseFile,
    CoordinatorPin,
    ErasureReceipt,
    ReceivedReceipt,
    RosterMember,
    Round,
)

EXTENSION = ".prreceipt"
COUNTED = ("cases", "documents", "answers", "notes")


# member -----------------------------------------------------------------------
def record_erased(session: Session, round_id: int, counts: dict[str, int], now: datetime) -> None:
    """Keep what an erasure removed (counts only), in the erasure's own unit of work."""
    row = session.scalars(select(ErasureReceipt).where(ErasureReceipt.round_id == round_id)).first()
    if row is None:
        row = ErasureReceipt(round_id=round_id, erased_at=now.replace(microsecond=0))
        session.add(row)
    for name in COUNTED:
        setattr(row, name, counts[name])


def seal_receipt(db: Database, round_id: int, rewritten: int, removed: int) -> bool:
    """Write the round's receipt once its copies are cleared; True when one was made now.
    A round that came with no coordinator has nobody to send it to: none is made."""
    with db.session() as session:
        row = session.scalars(select(ErasureReceipt).where(ErasureReceipt.round_id == round_id)).first()
        round_ = session.get_one(Round, round_id)
        pin = session.get(CoordinatorPin, round_.coordinator_id) if round_.coordinator_id else None
        if row is None or row.file is not None or pin is None:
            return False
        row.copies_rewritten, row.copies_removed = rewritten, removed
        me = identity.me_in(session)
        payload = ReceiptPayload(
            round_.uid, row.erased_at, me.fingerprint, row.cases, row.documents, row.answers, row.notes,
            rewritten, removed,
        )  # fmt: skip
        name = receipt_file_name(round_)
        row.file, row.file_name = _sealed(name, me, pin, round_.uid, receipt_to_bytes(payload)), name
        audit.append(session, "erasure_receipt_made", round_id=round_id,
                     detail={"round": round_id, "uid": round_.uid}, at=row.erased_at)  # fmt: skip
        return True


def receipt_file_name(round_: Round) -> str:
    """`<code>-erased-M<nn>-r1.prreceipt`: the round's code and the member's number, as
    every file a member sends is named; a round from a pack with no code is "ROUND"
    (never its title, which may say more than a file name should)."""
    return exchange_name(round_.code or "ROUND", "erased", round_.member_number, 1, EXTENSION)


def _sealed(name: str, me: identity.Me, pin: CoordinatorPin, round_uid: str, data: bytes) -> bytes:
    """The receipt file's bytes, written by the one writing path packages use."""
    with tempfile.TemporaryDirectory(prefix="panel-review-receipt-") as folder:
        path = Path(folder) / name
        identity.seal(
            path, kind=RECEIPT, sender=me, to=pin, round_uid=round_uid, revision=1,
            entries=[Outgoing(RECEIPT_ENTRY, lambda: data)],
        )  # fmt: skip
        return path.read_bytes()


@dataclass(frozen=True)
class ReceiptKept:
    """A member's receipt for a round, as their profile keeps it."""

    round_id: int
    erased_at: datetime
    counts: dict[str, int]
    copies_rewritten: int
    copies_removed: int
    file_name: str  # "" when no receipt file could be made (a round with no coordinator)


def receipt_kept(db: Database, round_id: int) -> ReceiptKept | None:
    with db.session() as session:
        row = session.scalars(select(ErasureReceipt).where(ErasureReceipt.round_id == round_id)).first()
        if row is None:
            return None
        return ReceiptKept(
            round_id, row.erased_at, {n: getattr(row, n) for n in COUNTED}, row.copies_rewritten,
            row.copies_removed, row.file_name if row.file is not None else "",
        )  # fmt: skip


class NoReceipt(LookupError):
    """The round has no receipt to save: not erased, or it came with no coordinator."""


def save_receipt(db: Database, round_id: int, folder: Path) -> Path:
    """Write the round's receipt into `folder` (atomically); the same bytes every time."""
    with db.session() as session:
        row = session.scalars(select(ErasureReceipt).where(ErasureReceipt.round_id == round_id)).first()
        if row is None or row.file is None:
            raise NoReceipt(str(round_id))
        data, name = row.file, row.file_name
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    with atomic_write(path) as stream:
        stream.write(data)
    with db.session() as session:
        audit.append(session, "erasure_receipt_saved", round_id=round_id, detail={"round": round_id})
    return path


# coordinator ------------------------------------------------------------------
def sender_and_round(session: Session, manifest: Manifest) -> tuple[RosterMember, Round]:
    """The member on the roster who signed a file from a member, and the round it names."""
    if manifest.sender.role != "member":
        raise Refused(Refusal.NOT_A_MEMBER, manifest.sender.role)
    fingerprint = manifest.sender.keys.fingerprint()
    member = session.scalars(select(RosterMember).where(RosterMember.fingerprint == fingerprint)).first()
    if member is None:
        raise Refused(Refusal.NOT_ON_ROSTER, fingerprint)
    if member.revoked_at is not None:
        raise Refused(Refusal.REVOKED, fingerprint)
    round_ = session.scalars(select(Round).where(Round.uid == manifest.round_uid)).first()
    if round_ is None:
        raise Refused(Refusal.UNKNOWN_ROUND, str(manifest.round_uid))
    return member, round_


@dataclass(frozen=True)
class ReceiptTaken:
    member: str
    round_title: str
    duplicate: bool  # this very file was taken before


def take_receipt(session: Session, path: Path, sha256: str, now: datetime) -> ReceiptTaken:
    """Judge and keep one receipt in the caller's unit of work; Refused or ExchangeError
    when it must not be taken (then nothing was changed)."""
    me = identity.me_in(session)
    if me.role != "coordinator":
        raise Refused(Refusal.WRONG_ROLE)
    with read_container(path, kind=RECEIPT, identity=me.keys) as reader:
        member, round_ = sender_and_round(session, reader.manifest)
        payload = _receipt_entry(reader.entries())
    _check_receipt(session, payload, reader.manifest, member, round_)
    kept = session.scalars(
        select(ReceivedReceipt).where(
            ReceivedReceipt.round_id == round_.id, ReceivedReceipt.member_id == member.id
        )
    ).first()
    if kept is not None:
        if kept.sha256 == sha256:
            return ReceiptTaken(member.name, round_.title, duplicate=True)
        raise Refused(Refusal.RECEIPT_TAKEN, sha256)
    _store(session, payload, round_, member, sha256, path.name, now)
    return ReceiptTaken(member.name, round_.title, duplicate=False)


def _receipt_entry(entries: Iterator[tuple[object, bytes]]) -> ReceiptPayload:
    payload: ReceiptPayload | None = None
    for info, data in entries:  # read to the end: the reader checks nothing else follows
        if getattr(info, "name", None) != RECEIPT_ENTRY or payload is not None:
            raise Refused(Refusal.UNREADABLE_CONTENTS, f"unexpected entry {getattr(info, 'name', '?')}")
        try:
            payload = parse_receipt(data)
        except PayloadError as exc:
            raise Refused(Refusal.UNREADABLE_CONTENTS, str(exc)) from exc
    if payload is None:
        raise Refused(Refusal.UNREADABLE_CONTENTS, f"no {RECEIPT_ENTRY}")
    return payload


def _check_receipt(
    session: Session, payload: ReceiptPayload, manifest: Manifest, member: RosterMember, round_: Round
) -> None:
    if payload.round_uid != manifest.round_uid:
        raise Refused(Refusal.WRONG_ROUND, payload.round_uid)
    if payload.member_fingerprint != member.fingerprint:
        raise Refused(Refusal.RECEIPT_NOT_SIGNER, payload.member_fingerprint)
    given = session.scalars(
        select(Assignment.id)
        .join(CaseFile, CaseFile.id == Assignment.case_id)
        .where(CaseFile.round_id == round_.id, Assignment.member_id == member.id)
        .limit(1)
    ).first()
    if given is None:
        raise Refused(Refusal.NOT_IN_ROUND, member.fingerprint)


def _store(
    session: Session, payload: ReceiptPayload, round_: Round, member: RosterMember, sha: str, name: str,
    now: datetime,
) -> None:  # fmt: skip
    counts = {n: getattr(payload, n) for n in COUNTED}
    session.add(
        ReceivedReceipt(
            round_id=round_.id, member_id=member.id, erased_at=payload.erased_at, sha256=sha, file_name=name,
            received_at=now, copies_rewritten=payload.copies_rewritten, copies_removed=payload.copies_removed,
            **counts,
        )
    )  # fmt: skip
    audit.append(
        session, "erasure_receipt_received", round_id=round_.id,
        detail={"round": round_.id, "member": member.id, "sha256": sha,
                "erased_at": payload.erased_at.isoformat(), **counts},
        at=now,
    )  # fmt: skip


@dataclass(frozen=True)
class MemberErasure:
    """One member of a round: when their copy was erased (None: no receipt yet)."""

    member: str
    fingerprint: str
    withdrawn: bool
    erased_at: datetime | None
    counts: dict[str, int]
    copies_rewritten: int
    copies_removed: int
    received_at: datetime | None


def members_given_cases(round_id: int) -> Select[RosterMember, int]:
    """Each member given cases in the round, by name, with how many: the rows both the
    round's progress and its erasures list."""
    return (
        select(RosterMember, func.count(Assignment.id))
        .join(Assignment, Assignment.member_id == RosterMember.id)
        .join(CaseFile, CaseFile.id == Assignment.case_id)
        .where(CaseFile.round_id == round_id)
        .group_by(RosterMember.id)
        .order_by(RosterMember.name)
    )


def erasures_in(session: Session, round_id: int) -> list[MemberErasure]:
    """Every member given cases in the round, by name, with their receipt if one came."""
    members = [member for member, _cases in session.execute(members_given_cases(round_id))]
    kept = {
        r.member_id: r
        for r in session.scalars(select(ReceivedReceipt).where(ReceivedReceipt.round_id == round_id))
    }
    out = []
    for m in members:
        r = kept.get(m.id)
        out.append(
            MemberErasure(
                m.name, m.fingerprint, m.revoked_at is not None, r.erased_at if r else None,
                {n: getattr(r, n) for n in COUNTED} if r else {}, r.copies_rewritten if r else 0,
                r.copies_removed if r else 0, r.received_at if r else None,
            )
        )  # fmt: skip
    return out


def erasures(db: Database, round_id: int) -> list[MemberErasure]:
    with db.session() as session:
        identity.require_coordinator(session)
        return erasures_in(session, round_id)
