"""A received review's citations checked against the coordinator's own copies of the
case's documents: the document is one of the case's, and the page is one it has."""

from __future__ import annotations

import io

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.answer_checks import Fault
from desktop.core.template import Template
from desktop.exchange.payloads import ReviewCase
from desktop.services.checklist_refusals import OffChecklist
from desktop.storage.models import CaseFile, Document


def check_cited_pages(
    session: Session, round_id: int, case: ReviewCase, reference: str, template: Template
) -> None:
    """Each citation names one of the case's documents, and a page that document has
    (when its pages can be told: a text document has one; the quote's length the reader
    has checked already)."""
    wanted = {c.document for a in case.answers for c in a.citations}
    if not wanted:
        return
    rows = session.execute(
        select(Document.position, Document.media_type, Document.data)
        .join(CaseFile, CaseFile.id == Document.case_id)
        .where(
            CaseFile.round_id == round_id,
            CaseFile.uid == case.uid,
            Document.position.in_([n - 1 for n in wanted]),
        )
    )
    pages = {position + 1: page_count(media_type, data) for position, media_type, data in rows}
    for answer in case.answers:
        for cited in answer.citations:
            if cited.document not in pages:
                raise OffChecklist(Fault.CITES_OTHER_DOCUMENT, reference, answer.question, template)
            known = pages[cited.document]
            if known is not None and cited.page > known:
                raise OffChecklist(Fault.CITES_MISSING_PAGE, reference, answer.question, template)


def page_count(media_type: str, data: bytes) -> int | None:
    """How many pages a citation may name: a PDF's as a PDF reader counts them, None
    (taken on trust) when the reader cannot open it; a text document is one page."""
    if media_type.split(";", 1)[0].strip().lower() != "application/pdf":
        return 1
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        return len(PdfReader(io.BytesIO(data)).pages)
    except (PyPdfError, ValueError, KeyError, OSError):
        return None
