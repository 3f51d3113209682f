"""The last merge of each round, kept until something it was merged from changes.

Merging a round reads every answer of every accepted package (14,400 rows for 200
cases reviewed by three members each) and works out each cell and the agreement per
question: a few hundred milliseconds. The findings grid, the report page, the
publication review and the export each need the merge, and before this each merged
again, so one click on "Write the report" merged the round four times.

Now a merge is kept with a key read cheaply from the same transaction: the round's
revision, its cases (withdrawn or not, in which order) and its packages (which are
accepted). Reading the key costs a few milliseconds; while it is unchanged the answers
are not read again. The panel's decisions are read every time (they are few) and, when
they differ, put in place by `core.findings.redecided` without merging anything: a
decision settles a split but changes no answer and no agreement figure.

Keyed by the profile's engine, so two profiles never share a merge; `forget` drops a
profile's merges when it is locked (they hold members' notes).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from desktop.core.findings import Decision, RoundFindings, redecided
from desktop.storage.models import CaseFile, ReceivedPackage, RosterMember, Round

Decisions = Mapping[int, Mapping[str, Decision]]


@dataclass(frozen=True)
class _Merged:
    key: Hashable
    decisions: Decisions
    findings: RoundFindings


_lock = threading.Lock()
_merges: WeakKeyDictionary[Engine, dict[int, _Merged]] = WeakKeyDictionary()


def inputs_key(session: Session, round_id: int) -> Hashable:
    """Everything a merge depends on apart from the panel's decisions, in a few small reads."""
    revision = session.scalar(select(Round.revision).where(Round.id == round_id))
    cases = tuple(
        session.execute(
            select(CaseFile.id, CaseFile.withdrawn, CaseFile.position, CaseFile.updated_at)
            .where(CaseFile.round_id == round_id)
            .order_by(CaseFile.id)
        )
    )
    packages = tuple(
        session.execute(
            select(ReceivedPackage.id, ReceivedPackage.state, RosterMember.name, RosterMember.fingerprint)
            .join(RosterMember, RosterMember.id == ReceivedPackage.member_id)
            .where(ReceivedPackage.round_id == round_id)
            .order_by(ReceivedPackage.id)
        )
    )
    return (revision, cases, packages)


def merged(
    session: Session, round_id: int, decisions: Decisions, merge: Callable[[], RoundFindings]
) -> RoundFindings:
    """The round's findings with `decisions`: the kept merge if its inputs are unchanged,
    else `merge()` (which reads and merges everything) and kept for next time."""
    engine = session.get_bind()
    assert isinstance(engine, Engine)
    key = inputs_key(session, round_id)
    with _lock:
        kept = _merges.get(engine, {}).get(round_id)
    if kept is not None and kept.key == key:
        if kept.decisions == decisions:
            return kept.findings
        findings = redecided(kept.findings, decisions)
    else:
        findings = merge()
    with _lock:
        _merges.setdefault(engine, {})[round_id] = _Merged(key, decisions, findings)
    return findings


def forget(engine: Engine) -> None:
    """Drop every merge of this profile (it is being locked or closed)."""
    with _lock:
        _merges.pop(engine, None)
