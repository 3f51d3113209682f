"""Which reviews a round's findings use that their members had not marked complete.

"3 of 48 reviews are not complete" does not let a coordinator decide whether to publish
or to phone a member first: they need to know whose review of which case, and how far
it had got. This names them, for the coordinator's own eyes only (the confirmation
before publishing on the Report page, and the command line's refusal); the published
report itself keeps to counts (`reports.review_progress`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby

from sqlalchemy.orm import Session

from desktop.core.case_codes import CaseStatus
from desktop.core.findings import RoundFindings
from desktop.core.words import say
from desktop.services import findings as round_findings
from desktop.services.identity import require_coordinator
from desktop.services.review_progress import review_statuses_in
from desktop.storage.database import Database

SHOWN_CASES = 8  # a longer list is cut here and the rest counted, so a confirmation stays readable


@dataclass(frozen=True)
class UnfinishedReview:
    """One member's review of one case, used by the findings but not marked complete."""

    reference: str  # the case's reference
    member: str  # the member's name
    status: str  # a `CaseStatus` other than complete


def unfinished_in(session: Session, round_id: int, merged: RoundFindings) -> tuple[UnfinishedReview, ...]:
    """In the order of the round's cases, then of the members' letters."""
    status_of = review_statuses_in(session, round_id, merged)
    name_of = {r.letter: r.name for r in merged.reviewers}
    found = []
    for case in merged.cases:
        for letter in case.reviewed_by:
            # an answered case with no status row cannot have been marked complete
            status = status_of.get((case.case.case_id, letter), CaseStatus.IN_PROGRESS)
            if status != CaseStatus.COMPLETE:
                found.append(UnfinishedReview(case.case.reference, name_of.get(letter, letter), status))
    return tuple(found)


def unfinished_reviews(db: Database, round_id: int) -> tuple[UnfinishedReview, ...]:
    """Every review the round's findings use that is not marked complete."""
    with db.session() as session:
        require_coordinator(session)
        return unfinished_in(session, round_id, round_findings.round_findings_in(session, round_id))


def which_unfinished(
    reviews: Sequence[UnfinishedReview], language: str, shown: int = SHOWN_CASES
) -> tuple[str, ...]:
    """One line per case ("HC-002: Bethan Rees (in progress), Ceri Lloyd (deferred)") for
    the first `shown` cases, then one that counts the cases left out."""
    by_case = [(reference, list(rows)) for reference, rows in groupby(reviews, key=lambda r: r.reference)]
    lines = [
        say(
            "unfinished.case",
            language,
            reference=reference,
            members=", ".join(
                say("unfinished.member", language, member=r.member, status=_status(r.status, language))
                for r in rows
            ),
        )
        for reference, rows in by_case[:shown]
    ]
    if len(by_case) > shown:
        lines.append(say("unfinished.more", language, count=len(by_case) - shown))
    return tuple(lines)


def _status(status: str, language: str) -> str:
    """The status as the interface words it, lower-cased to sit inside a sentence."""
    word = say(f"case_status.{status}", language)
    return word[:1].lower() + word[1:]
