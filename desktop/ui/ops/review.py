"""The member's review: opening a round and a case, saving what they give, finishing a case.

Every op here runs off the GUI thread (`desktop.ui.ops`). A save takes a few
milliseconds (`bench/latency.py`), more than a frame can spare while typing, so even
single answers are ops; `desktop.ui.member.pending_saves` keeps them in order and
keeps any the disk refuses.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QByteArray

from desktop.core.answers import AnswerValue
from desktop.core.citations import Citation
from desktop.core.template import Template
from desktop.reports.review_pdf import ReviewLabels, ReviewPrintout
from desktop.services import citations, printing, review, rounds
from desktop.services.citations import CitedPage
from desktop.services.review import CaseReview, CaseSaved, Completion
from desktop.services.rows import CaseRow
from desktop.services.session import ProfileSession
from desktop.ui import ops
from desktop.ui.ops import Op
from desktop.ui.viewer.document_viewer import is_pdf


@dataclass(frozen=True)
class RoundOpened:
    """What the workspace needs to show a round: its cases in order and its checklist."""

    cases: list[CaseRow]
    template: Template


class ShownDocument(NamedTuple):
    """A document ready for the viewer: a PDF's bytes already a QByteArray, made in the
    worker, so the viewer shares it instead of copying megabytes on the GUI thread."""

    title: str
    media_type: str
    data: QByteArray | bytes


def open_round(session: ProfileSession, round_id: int) -> Op[RoundOpened]:
    def read(_progress: object, _cancel: object) -> RoundOpened:
        return RoundOpened(
            session.run(rounds.list_cases, round_id), session.run(rounds.round_template, round_id)
        )

    return Op(read, holds_profile=False, session=session)


def list_cases(session: ProfileSession, round_id: int) -> Op[list[CaseRow]]:
    return ops.read(session, rounds.list_cases, round_id)


def open_case(session: ProfileSession, case_id: int) -> Op[CaseReview]:
    return ops.read(session, review.open_case, case_id)


def case_documents(session: ProfileSession, case_id: int) -> Op[list[ShownDocument]]:
    def read(_progress: object, _cancel: object) -> list[ShownDocument]:
        docs = session.run(review.case_documents, case_id)
        return [ShownDocument(d.title, d.media_type, _shared(d.media_type, d.data)) for d in docs]

    return Op(read, holds_profile=False, session=session)


def save_answer(
    session: ProfileSession, case_id: int, question_id: str, value: AnswerValue | None, hours: int | None
) -> Op[CaseSaved]:
    return ops.change(session, review.save_answer, case_id, question_id, value, hours)


def save_note(
    session: ProfileSession, case_id: int, question_id: str, text: str, language: str = ""
) -> Op[CaseSaved]:
    return ops.change(session, review.save_note, case_id, question_id, text, language)


def save_defer_draft(session: ProfileSession, case_id: int, text: str) -> Op[CaseSaved]:
    return ops.change(session, review.save_defer_draft, case_id, text)


def mark_complete(session: ProfileSession, case_id: int) -> Op[Completion]:
    return ops.change(session, review.mark_complete, case_id)


def defer(session: ProfileSession, case_id: int, reason: str) -> Op[CaseSaved]:
    return ops.change(session, review.defer, case_id, reason)


def reopen(session: ProfileSession, case_id: int, reason: str = "") -> Op[CaseSaved]:
    return ops.change(session, review.reopen, case_id, reason)


def started_count(session: ProfileSession, round_id: int) -> Op[tuple[int, int]]:
    """How many of the round's cases the member has started, of how many."""
    return ops.read(session, printing.started_count, round_id)


def printout(
    session: ProfileSession,
    round_id: int,
    language: str,
    describe: Callable[[CaseRow], tuple[str, str]],
    *,
    started_only: bool,
) -> Op[ReviewPrintout]:
    """Everything "Print my review" prints; `describe` gives a case's type and status in
    words (translating is thread-safe, so it runs in the worker with the reads)."""

    def read(_progress: object, _cancel: object) -> ReviewPrintout:
        described = {c.id: describe(c) for c in session.run(rounds.list_cases, round_id)}
        return session.run(printing.build_printout, round_id, language, described, started_only=started_only)

    return Op(read, holds_profile=False, session=session)


def write_printout(printout: ReviewPrintout, labels: ReviewLabels, target: Path) -> Op[Path]:
    """Render the PDF (ReportLab, seconds for a big round); no profile is touched."""
    return Op(
        lambda _progress, _cancel: printing.write_review_pdf(printout, labels, target), holds_profile=False
    )


def _shared(media_type: str, data: bytes) -> QByteArray | bytes:
    return QByteArray(data) if is_pdf(media_type) else data


def citations_of(session: ProfileSession, case_id: int) -> Op[dict[str, list[CitedPage]]]:
    return ops.read(session, citations.citations_of, case_id)


def add_citation(session: ProfileSession, case_id: int, question_id: str, cited: Citation) -> Op[CaseSaved]:
    return ops.change(session, citations.add_citation, case_id, question_id, cited)


def remove_citation(session: ProfileSession, case_id: int, citation_id: int) -> Op[CaseSaved]:
    return ops.change(session, citations.remove_citation, case_id, citation_id)


def document_titles(session: ProfileSession, case_id: int) -> Op[list[str]]:
    return ops.read(session, citations.document_titles, case_id)
