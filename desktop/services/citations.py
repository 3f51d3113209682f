"""The pages an answer cites: the member's list per question, kept, changed and sent.

A citation names a document of the case by its number (1-based, as the pack listed it),
a page and, optionally, words quoted from that page (`desktop.core.citations`). Adding
or removing one is a change to the question like any other: refused on a withdrawn
case, recorded in the audit log (document and page, never the quoted words), and, on a
case reopened after completion, kept in the change log with the member's reason
(`answer_changes`), so the coordinator sees the question was changed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop.core.citations import MAX_CITATIONS, Citation, clean_quote
from desktop.core.clock import utc_now
from desktop.services import answer_changes, audit
from desktop.services.review import CaseSaved, CaseWithdrawn, _after_change, _case, _saving
from desktop.services.rounds import template_of
from desktop.storage.database import Database
from desktop.storage.models import CitationRow, Document

__all__ = ["CitedPage", "TooManyCitations", "add_citation", "citations_of", "remove_citation", "stored"]


class TooManyCitations(ValueError):
    """An answer already cites `MAX_CITATIONS` pages; nothing was stored."""


@dataclass(frozen=True)
class CitedPage:
    """A citation as a screen shows it: with the document's title (its number's when
    the case has no such document, which only a damaged copy could give)."""

    id: int
    question_id: str
    citation: Citation
    title: str


def citations_of(db: Database, case_id: int) -> dict[str, list[CitedPage]]:
    """Every question's citations in the case, in the member's order."""
    with db.session() as session:
        return _cited_pages(session, case_id)


def _cited_pages(session: Session, case_id: int) -> dict[str, list[CitedPage]]:
    titles = dict(
        session.execute(select(Document.position, Document.title).where(Document.case_id == case_id)).all()
    )
    rows = session.scalars(
        select(CitationRow)
        .where(CitationRow.case_id == case_id)
        .order_by(CitationRow.position, CitationRow.id)
    )
    out: dict[str, list[CitedPage]] = {}
    for row in rows:
        cited = Citation(row.document, row.page, row.quote)
        title = titles.get(row.document - 1, "")
        out.setdefault(row.question_id, []).append(CitedPage(row.id, row.question_id, cited, title))
    return out


def stored(session: Session, case_ids: Iterable[int]) -> dict[tuple[int, str], tuple[Citation, ...]]:
    """For a review package: each (case, question)'s citations, in order."""
    rows = session.scalars(
        select(CitationRow)
        .where(CitationRow.case_id.in_(list(case_ids)))
        .order_by(CitationRow.case_id, CitationRow.position, CitationRow.id)
    )
    out: dict[tuple[int, str], list[Citation]] = {}
    for row in rows:
        out.setdefault((row.case_id, row.question_id), []).append(Citation(row.document, row.page, row.quote))
    return {key: tuple(value) for key, value in out.items()}


@_saving
def add_citation(db: Database, case_id: int, question_id: str, citation: Citation) -> CaseSaved:
    """Cite a page for the question (the quote is kept on one line, cut to the limit).
    The same page with the same words again changes nothing."""
    with db.session() as session:
        case = _case(session, case_id)
        if case.withdrawn:
            raise CaseWithdrawn(case_id)
        template = template_of(session, case.round_id)
        template.question(question_id)
        _check_document(session, case_id, citation)
        cited = Citation(citation.document, citation.page, clean_quote(citation.quote))
        existing = [p.citation for p in _cited_pages(session, case_id).get(question_id, [])]
        if cited not in existing:
            if len(existing) >= MAX_CITATIONS:
                raise TooManyCitations(question_id)
            change = answer_changes.begin(session, case, question_id)
            last = session.scalar(
                select(func.max(CitationRow.position)).where(
                    CitationRow.case_id == case_id, CitationRow.question_id == question_id
                )
            )
            session.add(CitationRow(case_id=case_id, question_id=question_id, position=(last or 0) + 1,
                                    document=cited.document, page=cited.page, quote=cited.quote))  # fmt: skip
            _log(session, "citation_added", case_id, question_id, cited)
            case.updated_at = utc_now()
            answer_changes.finish(session, case, change, evidence=True)
        return _after_change(session, case, template, answered=True)


@_saving
def remove_citation(db: Database, case_id: int, citation_id: int) -> CaseSaved:
    with db.session() as session:
        case = _case(session, case_id)
        if case.withdrawn:
            raise CaseWithdrawn(case_id)
        row = session.get(CitationRow, citation_id)
        if row is None or row.case_id != case_id:
            raise LookupError(f"no citation {citation_id} in case {case_id}")
        template = template_of(session, case.round_id)
        question_id = row.question_id
        change = answer_changes.begin(session, case, question_id)
        cited = Citation(row.document, row.page, row.quote)
        session.execute(delete(CitationRow).where(CitationRow.id == citation_id))
        _log(session, "citation_removed", case_id, question_id, cited)
        case.updated_at = utc_now()
        answer_changes.finish(session, case, change, evidence=True)
        return _after_change(session, case, template, answered=True)


def _check_document(session: Session, case_id: int, citation: Citation) -> None:
    exists = session.scalar(
        select(func.count())
        .select_from(Document)
        .where(Document.case_id == case_id, Document.position == citation.document - 1)
    )
    if not exists or citation.page < 1:
        raise ValueError(f"case {case_id} has no document {citation.document} page {citation.page}")


def _log(session: Session, action: str, case_id: int, question_id: str, cited: Citation) -> None:
    detail = {"document": cited.document, "page": cited.page, "quoted_chars": len(cited.quote)}
    audit.append(session, action, case_id=case_id, question_id=question_id, detail=detail)


def document_titles(db: Database, case_id: int) -> list[str]:
    """The titles of the case's documents in order: a citation's number names one."""
    with db.session() as session:
        return list(
            session.scalars(
                select(Document.title).where(Document.case_id == case_id).order_by(Document.position)
            )
        )


def titles_in(session: Session, case_ids: list[int]) -> dict[int, tuple[str, ...]]:
    """Case id -> its documents' titles in order (for the internal report's evidence)."""
    found: dict[int, list[str]] = {}
    rows = session.execute(
        select(Document.case_id, Document.title)
        .where(Document.case_id.in_(case_ids))
        .order_by(Document.case_id, Document.position)
    )
    for case_id, title in rows:
        found.setdefault(case_id, []).append(title)
    return {case_id: tuple(titles) for case_id, titles in found.items()}
