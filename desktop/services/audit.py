"""The audit log: every change appended as a link of a hash chain, and the chain checked.

`append` is the one way an audit entry is written (the model refuses any other, see
`storage.models.AuditEntry`): it reads the head of the entry's chain in the caller's
unit of work and links the new entry to it, so the entry and the change it records
commit together or not at all. Two writers cannot fork a chain: SQLite lets one
transaction write at a time, and one that read an older head cannot then write.

`verify` re-reads every entry and names the first that does not chain (`audit verify`
on the command line). `round_chain` gives the hashes of one round's chain recomputed
from what the entries record, which a review package carries so the coordinator can
tell a later package made from a rewritten log (docs/formats.md, "The audit chain").
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from desktop.core.audit_chain import GENESIS, ChainLink, Link, entry_hash, first_break, relink
from desktop.core.clock import utc_now
from desktop.storage.database import Database
from desktop.storage.models import AuditEntry, CaseFile

__all__ = ["AuditCheck", "BrokenEntry", "append", "round_chain", "verify"]


def append(
    session: Session,
    action: str,
    *,
    round_id: int | None = None,
    case_id: int | None = None,
    question_id: str | None = None,
    detail: str | Mapping[str, object] = "",
    at: datetime | None = None,
) -> AuditEntry:
    """Add an entry to the chain of its round (the case's round when only a case is
    given; the profile's chain when neither is). A mapping `detail` is stored as JSON."""
    if round_id is None and case_id is not None:
        case = session.get(CaseFile, case_id)
        round_id = case.round_id if case is not None else None
    text = detail if isinstance(detail, str) else json.dumps(detail)
    when = at if at is not None else utc_now()
    head = session.scalars(
        select(AuditEntry.entry_hash).where(_in_chain(round_id)).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    prev = head or GENESIS
    link = Link(when, action, round_id, case_id, question_id, text)
    entry = AuditEntry(
        at=when, action=action, round_id=round_id, case_id=case_id, question_id=question_id,
        detail=text, prev_hash=prev, entry_hash=entry_hash(prev, link),
    )  # fmt: skip
    session.add(entry)
    return entry


@dataclass(frozen=True)
class BrokenEntry:
    """The first entry that does not chain: its number (the row's id), time and action."""

    number: int
    at: datetime
    action: str


@dataclass(frozen=True)
class AuditCheck:
    entries: int  # how many were read (up to and including a broken one)
    broken: BrokenEntry | None

    @property
    def whole(self) -> bool:
        return self.broken is None


def verify(db: Database) -> AuditCheck:
    """Check every chain of the profile, in stored order."""
    with db.session() as session:
        count, broken = first_break(_stored(session))
        if broken is None:
            return AuditCheck(count, None)
        return AuditCheck(count, BrokenEntry(broken.id, broken.link.at, broken.link.action))


def round_chain(session: Session, round_id: int) -> list[str]:
    """The hashes of the round's chain as its entries' contents make them now (not as
    stored): a rewritten entry changes every hash from it on, recomputed or not."""
    rows = session.scalars(select(AuditEntry).where(_in_chain(round_id)).order_by(AuditEntry.id))
    return relink(_link(row) for row in rows)


def _in_chain(round_id: int | None) -> ColumnElement[bool]:
    return AuditEntry.round_id.is_(None) if round_id is None else AuditEntry.round_id == round_id


def _link(row: AuditEntry) -> Link:
    return Link(row.at, row.action, row.round_id, row.case_id, row.question_id, row.detail)


def _stored(session: Session) -> Iterator[ChainLink]:
    for row in session.scalars(select(AuditEntry).order_by(AuditEntry.id)).yield_per(1000):
        yield ChainLink(row.id, _link(row), row.prev_hash, row.entry_hash)
