"""The coordinator's round operations: the round list, a new round, the assignment grid, packs.

`list_rounds` is also what the member's shell reads its round list with; the rest is
the coordinator's alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.services import assignment_packs, coordinator_rounds, roster, rounds
from desktop.services.assignment_packs import PacksExported
from desktop.services.coordinator_rounds import AssignmentGrid, AutoAssigned, RoundCreated
from desktop.services.operations import CancelToken, Changes, Progress
from desktop.services.roster import RosterRow
from desktop.services.rows import CaseRow, RoundRow
from desktop.services.session import ProfileSession
from desktop.ui import ops
from desktop.ui.ops import Op


def list_rounds(session: ProfileSession) -> Op[list[RoundRow]]:
    return ops.read(session, rounds.list_rounds)


def list_cases(session: ProfileSession, round_id: int) -> Op[list[CaseRow]]:
    return ops.read(session, rounds.list_cases, round_id)


def create_round(
    session: ProfileSession,
    csv_path: Path,
    documents_folder: Path,
    *,
    title: str,
    template_id: str,
    panel: str,
    due_date: str | None,
) -> Op[RoundCreated]:
    """Check the case list whole, then store the round (long: copies every document)."""
    return ops.long_change(
        session, coordinator_rounds.create_round, csv_path, documents_folder,
        title=title, template_id=template_id, panel=panel, due_date=due_date,
    )  # fmt: skip


@dataclass(frozen=True)
class GridRead:
    """The grid and the roster its columns are worded from, read together so they agree."""

    grid: AssignmentGrid
    roster: list[RosterRow]


EMPTY_GRID = AssignmentGrid((), (), frozenset(), frozenset())


def assignment_grid(session: ProfileSession, round_id: int) -> Op[GridRead]:
    def work(_progress: Progress, _cancel: CancelToken) -> GridRead:
        grid = session.run(coordinator_rounds.assignment_grid, round_id)
        return GridRead(grid, session.run(roster.list_roster))

    return ops.Op(work, holds_profile=False, session=session)


def set_assigned(session: ProfileSession, case_id: int, member_id: int, assigned: bool) -> Op[Changes]:
    return ops.change(session, coordinator_rounds.set_assigned, case_id, member_id, assigned)


def set_conflict(session: ProfileSession, case_id: int, member_id: int, conflicted: bool) -> Op[Changes]:
    return ops.change(session, coordinator_rounds.set_conflict, case_id, member_id, conflicted)


def auto_assign(session: ProfileSession, round_id: int, k: int) -> Op[AutoAssigned]:
    return ops.change(session, coordinator_rounds.auto_assign, round_id, k)


def export_packs(session: ProfileSession, round_id: int, folder: Path) -> Op[PacksExported]:
    return ops.long_change(session, assignment_packs.export_packs, round_id, folder)
