""" "Print my review": a PDF of the member's answers and notes for a round."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from desktop.core.case_codes import CaseStatus
from desktop.reports.review_pdf import PrintedCase, ReviewLabels, ReviewPrintout, render_review_pdf
from desktop.services.rounds import load_answers, template_of
from desktop.storage.database import Database
from desktop.storage.models import CaseFile, Profile, Round


def build_printout(
    db: Database,
    round_id: int,
    language: str,
    describe: dict[int, tuple[str, str]],
    *,
    started_only: bool = False,
) -> ReviewPrintout:
    """Gather a round's answers; `describe` maps case id to (description, status) text.

    With `started_only`, cases not started are left out: a member printing for the
    meeting wants what they found, not pages of empty tables.
    """
    with db.session() as session:
        template = template_of(session, round_id)
        reviewer = session.get_one(Profile, 1).display_name
        round_ = session.get_one(Round, round_id)
        cases = session.scalars(
            select(CaseFile).where(CaseFile.round_id == round_id).order_by(CaseFile.position)
        ).all()
        answers = load_answers(session, [c.id for c in cases])
        printed = [
            PrintedCase(
                c.reference, *describe.get(c.id, ("", c.status)), _reason(c), answers[c.id], c.summary
            )
            for c in cases
            if not (started_only and c.status == CaseStatus.NOT_STARTED and not answers[c.id])
        ]
        title, due = round_.title, round_.due_date or ""
    return ReviewPrintout(
        round_title=title, reviewer=reviewer, due=due,
        printed=date.today().isoformat(), language=language, template=template, cases=printed,
    )  # fmt: skip


def started_count(db: Database, round_id: int) -> tuple[int, int]:
    """(cases started, all cases) of the round: what "print only what I started" would print."""
    with db.session() as session:
        cases = session.scalars(select(CaseFile).where(CaseFile.round_id == round_id)).all()
        answers = load_answers(session, [c.id for c in cases])
        started = sum(1 for c in cases if c.status != CaseStatus.NOT_STARTED or answers[c.id])
        return started, len(cases)


def _reason(case: CaseFile) -> str:
    """The reason for deferring; a draft kept for a case not deferred is not printed."""
    return case.defer_reason if case.status == CaseStatus.DEFERRED else ""


def write_review_pdf(printout: ReviewPrintout, labels: ReviewLabels, target: Path) -> Path:
    """Render and write the PDF atomically (a half-written file never replaces a good one)."""
    data = render_review_pdf(printout, labels)
    partial = target.with_name(target.name + ".part")
    partial.write_bytes(data)
    partial.replace(target)
    return target
