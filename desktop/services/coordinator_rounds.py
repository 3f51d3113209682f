"""The coordinator's rounds: created from a case list, assigned to members, tracked.

A round is created from a CSV of case details and a folder of documents
(`desktop.exchange.case_csv`): the whole input is checked first and nothing is stored
unless all of it is valid. The template's exact text is frozen into the round. Members
are assigned per case, by hand or by `auto_assign`, which gives every case to `k`
confirmed members, as evenly as it can, and never to a member with a conflict of
interest in that case or whose access was withdrawn.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.core.display_names import check_name
from desktop.core.explained import Explained
from desktop.exchange.case_csv import CaseList, CaseRecord, read_case_list
from desktop.exchange.case_csv import CaseListError as CaseListError  # raised by create_round
from desktop.exchange.case_list_problems import problem
from desktop.services import audit, retention, rounds
from desktop.services.identity import NotACoordinator as NotACoordinator
from desktop.services.identity import require_coordinator
from desktop.services.operations import NO_PROGRESS, CancelToken, Changes, Progress
from desktop.services.rounds import NewCase, NewDocument
from desktop.services.templates import load_bundled_template_text
from desktop.storage.database import Database
from desktop.storage.models import Assignment, CaseFile, Conflict, RosterMember, Round

DEFAULT_REVIEWERS = 3


class UnknownMembers(Explained, ValueError):
    """The case list names members with a conflict who are not on the roster: nothing was created.

    Refused rather than skipped, because a conflict dropped silently could later let that
    person be given the case; each line says what to do instead (add the card first, or
    take the name out), since a new coordinator meets this with an empty roster."""

    def __init__(self, unknown: Sequence[tuple[int, str]]) -> None:
        self.unknown = tuple(unknown)
        self.problems = tuple(
            problem(line, "conflicted_members", "member_not_on_roster", name=name)
            for line, name in self.unknown
        )
        super().__init__(self.explain("en"))

    def explain(self, language: str) -> str:
        """Every name, one a line, each with its line of the case list and what to do."""
        return "\n".join(p.text(language) for p in self.problems)


class _CasesFromDisk(Sequence[NewCase]):
    """The case list's cases, each document read from disk only when that case is stored."""

    def __init__(self, records: Sequence[CaseRecord]) -> None:
        self._records = records

    def __len__(self) -> int:
        return len(self._records)

    def __getitem__(self, index: int) -> NewCase:  # type: ignore[override]
        r = self._records[index]
        docs = [NewDocument(d.title, d.media_type, d.path.read_bytes()) for d in r.documents]
        return NewCase(r.reference, r.case_type, r.strands, r.summary, docs, r.uid)


def _norm(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip().casefold()


def _conflicted_members(session: Session, case_list: CaseList) -> dict[str, set[int]]:
    """Case reference → ids of roster members with a conflict; unknown names raise."""
    members = session.scalars(select(RosterMember)).all()
    by_key = {_norm(m.name): m.id for m in members} | {m.fingerprint.replace(" ", ""): m.id for m in members}
    found: dict[str, set[int]] = {}
    unknown: list[tuple[int, str]] = []
    for case in case_list.cases:
        for name in case.conflicted:
            key = name.replace(" ", "") if name.replace(" ", "").isdigit() else _norm(name)
            if key in by_key:
                found.setdefault(case.reference, set()).add(by_key[key])
            else:
                unknown.append((case.line, name))
    if unknown:
        raise UnknownMembers(unknown)
    return found


@dataclass(frozen=True)
class RoundCreated:
    round_id: int
    cases: int
    changes: Changes


def create_round(
    db: Database,
    csv_path: Path,
    documents_folder: Path,
    *,
    title: str,
    template_id: str,
    panel: str = "",
    due_date: str | None = None,
    erase_on: str | None = None,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken | None = None,
) -> RoundCreated:
    """Check the case list whole (raises CaseListError / UnknownMembers), then store the round.

    `erase_on` is the date members' copies are erased (`services.retention`); it can be
    set or changed later, as days after the meeting too, with `retention.set_retention`."""
    title = check_name(title, "round title")  # shown in lists and reports: nothing hidden in it
    erase_on = retention.checked_date(erase_on)
    case_list = read_case_list(csv_path, documents_folder)
    _template, body = load_bundled_template_text(template_id)
    with db.session() as session:  # one unit of work: the round and its conflicts, or nothing
        require_coordinator(session)
        conflicts = _conflicted_members(session, case_list)
        imported, ids = rounds.import_round_in(
            session, title.strip(), body, _CasesFromDisk(case_list.cases), panel=panel.strip(),
            due_date=due_date, progress=progress, cancel=cancel,
        )  # fmt: skip
        for reference, members in conflicts.items():
            session.add_all(Conflict(case_id=ids[reference], member_id=m) for m in members)
        session.get_one(Round, imported.round_id).erase_on = erase_on
    return RoundCreated(imported.round_id, len(case_list.cases), imported.changes)


@dataclass(frozen=True)
class AssignmentGrid:
    """Cases down, members across: who reviews what, and who must not."""

    cases: tuple[tuple[int, str], ...]  # (case id, reference), in round order
    members: tuple[tuple[int, str, bool], ...]  # (member id, name, can review: confirmed and not revoked)
    assigned: frozenset[tuple[int, int]]  # (case id, member id)
    conflicted: frozenset[tuple[int, int]]


def assignment_grid(db: Database, round_id: int) -> AssignmentGrid:
    with db.session() as session:
        return _grid(session, round_id)


def _grid(session: Session, round_id: int) -> AssignmentGrid:
    cases = session.execute(
        select(CaseFile.id, CaseFile.reference)
        .where(CaseFile.round_id == round_id, ~CaseFile.withdrawn)
        .order_by(CaseFile.position)
    ).all()
    ids = [c[0] for c in cases]
    members = session.scalars(select(RosterMember).order_by(RosterMember.name, RosterMember.id)).all()
    pairs = {
        kind: frozenset(
            session.execute(select(model.case_id, model.member_id).where(model.case_id.in_(ids))).all()
        )
        for kind, model in (("assigned", Assignment), ("conflicted", Conflict))
    }
    return AssignmentGrid(
        tuple(cases),
        tuple((m.id, m.name, m.confirmed_at is not None and m.revoked_at is None) for m in members),
        pairs["assigned"],
        pairs["conflicted"],
    )


class ConflictOfInterest(ValueError):
    """That member has a conflict of interest in that case; nothing was changed."""


def set_assigned(db: Database, case_id: int, member_id: int, assigned: bool) -> Changes:
    with db.session() as session:
        require_coordinator(session)
        if assigned:
            conflict = session.scalars(
                select(Conflict).where(Conflict.case_id == case_id, Conflict.member_id == member_id)
            ).first()
            if conflict is not None:
                raise ConflictOfInterest(f"member {member_id} has a conflict in case {case_id}")
            exists = session.scalars(
                select(Assignment).where(Assignment.case_id == case_id, Assignment.member_id == member_id)
            ).first()
            if exists is None:
                session.add(Assignment(case_id=case_id, member_id=member_id))
        else:
            session.execute(
                delete(Assignment).where(Assignment.case_id == case_id, Assignment.member_id == member_id)
            )
        audit.append(
            session, "assignment_set", case_id=case_id, detail={"member": member_id, "assigned": assigned}
        )
    return Changes(assignments=True)


def set_conflict(db: Database, case_id: int, member_id: int, conflicted: bool) -> Changes:
    """Record a conflict of interest; it also takes the case away from that member."""
    with db.session() as session:
        require_coordinator(session)
        if conflicted:
            session.execute(
                delete(Assignment).where(Assignment.case_id == case_id, Assignment.member_id == member_id)
            )
            session.add(Conflict(case_id=case_id, member_id=member_id))
        else:
            session.execute(
                delete(Conflict).where(Conflict.case_id == case_id, Conflict.member_id == member_id)
            )
        audit.append(
            session, "conflict_set", case_id=case_id, detail={"member": member_id, "conflicted": conflicted}
        )
    return Changes(assignments=True)


@dataclass(frozen=True)
class AutoAssigned:
    added: int
    short: tuple[str, ...]  # references of cases that could not get k members
    changes: Changes


def auto_assign(db: Database, round_id: int, k: int = DEFAULT_REVIEWERS) -> AutoAssigned:
    """Top every case up to `k` reviewers, balancing load; keeps assignments already made."""
    if k < 1:
        raise ValueError("each case needs at least one reviewer")
    with db.session() as session:
        require_coordinator(session)
        grid = _grid(session, round_id)
        able = [m[0] for m in grid.members if m[2]]
        load = Counter({m: 0 for m in able})
        load.update(member for _case, member in grid.assigned if member in load)
        added, short = 0, []
        # Cases with the fewest eligible members choose first, so none is starved.
        order = sorted(grid.cases, key=lambda c: sum((c[0], m) not in grid.conflicted for m in able))
        for case_id, reference in order:
            have = {m for c, m in grid.assigned if c == case_id}
            eligible = [m for m in able if m not in have and (case_id, m) not in grid.conflicted]
            eligible.sort(key=lambda m: (load[m], m))
            for member in eligible[: max(0, k - len(have))]:
                session.add(Assignment(case_id=case_id, member_id=member))
                load[member] += 1
                added += 1
                have.add(member)
            if len(have) < k:
                short.append(reference)
        audit.append(session, "auto_assigned", round_id=round_id, detail={"k": k, "added": added})
    return AutoAssigned(added, tuple(short), Changes(assignments=True))
