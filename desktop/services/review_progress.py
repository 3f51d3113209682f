"""How far members had got with the reviews a round's findings use.

A member's package carries each case's status as the member left it (not started, in
progress, complete, deferred). The findings merge every answer in the accepted package
whatever that status, so the report, the Report page and the command line read it here
and disclose reviews not marked complete instead of presenting them as finished work.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.case_codes import CaseStatus
from desktop.core.findings import RoundFindings
from desktop.reports.content import ReviewProgress
from desktop.reports.review_progress import total
from desktop.services import findings as round_findings
from desktop.services.identity import require_coordinator
from desktop.storage.database import Database
from desktop.storage.models import ReceivedCase, ReceivedPackage, RosterMember


def case_progress_in(session: Session, round_id: int, merged: RoundFindings) -> dict[int, ReviewProgress]:
    """Case id -> the statuses of the reviews its findings use (one per member whose
    accepted package answered it); a case nobody reviewed is left out."""
    status_of = review_statuses_in(session, round_id, merged)
    tally: dict[int, Counter[str]] = defaultdict(Counter)
    for case in merged.cases:
        for letter in case.reviewed_by:
            # an answered case with no status row cannot have been marked complete
            tally[case.case.case_id][status_of.get((case.case.case_id, letter), CaseStatus.IN_PROGRESS)] += 1
    return {case_id: _progress(counts) for case_id, counts in tally.items()}


def review_statuses_in(session: Session, round_id: int, merged: RoundFindings) -> dict[tuple[int, str], str]:
    """(case id, member letter) -> the status that member's accepted package gave the case."""
    letter_of = {r.fingerprint: r.letter for r in merged.reviewers}
    status_of: dict[tuple[int, str], str] = {}
    for fingerprint, case_id, status in session.execute(
        select(RosterMember.fingerprint, ReceivedCase.case_id, ReceivedCase.status)
        .join(ReceivedPackage, ReceivedPackage.id == ReceivedCase.package_id)
        .join(RosterMember, RosterMember.id == ReceivedPackage.member_id)
        .where(ReceivedPackage.round_id == round_id, ReceivedPackage.state == "accepted")
    ):
        if fingerprint in letter_of:
            status_of[(case_id, letter_of[fingerprint])] = status
    return status_of


def _progress(counts: Counter[str]) -> ReviewProgress:
    return ReviewProgress(
        complete=counts[CaseStatus.COMPLETE],
        in_progress=counts[CaseStatus.IN_PROGRESS],
        deferred=counts[CaseStatus.DEFERRED],
        not_started=counts[CaseStatus.NOT_STARTED],
    )


def round_progress(db: Database, round_id: int) -> ReviewProgress:
    """All the reviews the round's findings use, added up: what the Report page shows
    before the coordinator starts, and what publishing asks them to confirm."""
    with db.session() as session:
        require_coordinator(session)
        merged = round_findings.round_findings_in(session, round_id)
        return total(case_progress_in(session, round_id, merged).values())
