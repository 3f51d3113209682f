"""Reviewing one case: reading it, saving each answer and note, finishing it.

Every change is its own short transaction that also appends to the audit log, so what
the member did is on disk the moment the call returns. Each call returns the case's new
row with the one kind of change every screen hears (`Changes`: `answers` and `cases`
name the case), so the screens update only what moved. The audit log records which question changed
and the answer code, never the text of a note (it may hold personal data).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import ParamSpec, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.answer_checks import MAX_HOURS as MAX_HOURS
from desktop.core.answer_checks import MAX_NOTE_CHARS as MAX_NOTE_CHARS
from desktop.core.answer_checks import NOTE_LANGUAGES
from desktop.core.answers import Answer, AnswerValue, Missing, missing, normalise_value
from desktop.core.case_codes import CaseStatus
from desktop.core.clock import utc_now
from desktop.core.template import Template
from desktop.services import answer_changes, audit
from desktop.services.answer_changes import MAX_REASON_CHARS, ReasonNeeded
from desktop.services.operations import Changes
from desktop.services.rounds import case_row, load_answers, template_of
from desktop.services.rows import CaseRow
from desktop.storage.database import Database
from desktop.storage.faults import SaveFailed, classify, is_storage_error
from desktop.storage.models import AnswerRow, CaseFile, Document, NoteRow

# MAX_NOTE_CHARS is far beyond any real note (a long note is a few thousand characters);
# the editor refuses to grow past it, so it is a guard against bugs, never a surprise.
# Both limits are the ones the coordinator's import holds a returned review to.

_P = ParamSpec("_P")
_R = TypeVar("_R")
# The per-question rows `_row` finds or creates.
_QuestionRow = TypeVar("_QuestionRow", AnswerRow, NoteRow)


class NoteTooLong(ValueError):
    """A note or free-text answer longer than `MAX_NOTE_CHARS`; nothing was stored."""


def _saving(change: Callable[_P, _R]) -> Callable[_P, _R]:
    """Report a failed write as `SaveFailed` with its reason (disk full, read-only…).

    The transaction has been rolled back by then, so the caller knows nothing of the
    change is on disk and must keep it to try again.
    """

    @functools.wraps(change)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        try:
            return change(*args, **kwargs)
        except Exception as exc:
            if is_storage_error(exc):
                raise SaveFailed(classify(exc), str(exc)) from exc
            raise

    return wrapper


@dataclass(frozen=True)
class CaseReview:
    """Everything the checklist needs to show a case."""

    case: CaseRow
    summary: str
    template: Template
    answers: dict[str, Answer]


@dataclass(frozen=True)
class CaseSaved:
    """A change of one case: its new row (status, progress) for the lists, and what changed.

    `changes` names the case in `answers` when an answer or note changed and in `cases`
    when its row did (status, reason), so a screen that does not show the row can tell.
    """

    case: CaseRow
    changes: Changes


@dataclass(frozen=True)
class CaseDocument:
    id: int
    title: str
    media_type: str
    data: bytes


class CaseWithdrawn(Exception):
    """The coordinator withdrew this case: its answers are kept but can no longer change."""


class CaseNotFound(LookupError):
    pass


def open_case(db: Database, case_id: int) -> CaseReview:
    with db.session() as session:
        case = _case(session, case_id)
        template = template_of(session, case.round_id)
        answers = load_answers(session, [case_id])[case_id]
        return CaseReview(case_row(case, template, answers), case.summary, template, answers)


def case_documents(db: Database, case_id: int) -> list[CaseDocument]:
    """The case's documents, decrypted into memory only."""
    with db.session() as session:
        docs = session.scalars(
            select(Document).where(Document.case_id == case_id).order_by(Document.position)
        )
        return [CaseDocument(d.id, d.title, d.media_type, d.data) for d in docs]


@_saving
def save_answer(
    db: Database,
    case_id: int,
    question_id: str,
    value: AnswerValue | None,
    hours: int | None = None,
) -> CaseSaved:
    """Store the member's answer (None clears it)."""
    with db.session() as session:
        case = _editable(session, case_id)
        template = template_of(session, case.round_id)
        question = template.question(question_id)
        value = normalise_value(question, value)
        if isinstance(value, str) and len(value) > MAX_NOTE_CHARS:
            raise NoteTooLong(f"an answer can hold at most {MAX_NOTE_CHARS} characters")
        if hours is not None and (not question.hours or not 0 <= hours <= MAX_HOURS):
            raise ValueError(f"{question_id}: hours not expected or out of range")
        change = answer_changes.begin(session, case, question_id)
        row = _row(session, AnswerRow, case_id, question_id)
        row.value = None if value is None else json.dumps(value, ensure_ascii=False)
        row.hours = hours
        row.updated_at = utc_now()
        detail = {"value": value if question.kind != "text" else "(text)", "hours": hours}
        _audit(session, "answer_saved", case_id, question_id, detail)
        answer_changes.finish(session, case, change)
        return _after_change(session, case, template, answered=True)


@_saving
def save_note(db: Database, case_id: int, question_id: str, text: str, language: str = "") -> CaseSaved:
    """Store the member's note on a question (empty text clears it) and the language the
    member marked it in ("en" or "cy"; "" keeps the mark the note has)."""
    if len(text) > MAX_NOTE_CHARS:
        raise NoteTooLong(f"a note can hold at most {MAX_NOTE_CHARS} characters")
    if language not in NOTE_LANGUAGES:
        raise ValueError(f"{question_id}: a note is marked English or Welsh, not {language[:8]!r}")
    with db.session() as session:
        case = _editable(session, case_id)
        template = template_of(session, case.round_id)
        template.question(question_id)
        change = answer_changes.begin(session, case, question_id)
        row = _row(session, NoteRow, case_id, question_id)
        row.text = text
        row.language = language or row.language or ""
        row.updated_at = utc_now()
        _audit(session, "note_saved", case_id, question_id, {"length": len(text), "language": row.language})
        answer_changes.finish(session, case, change)
        return _after_change(session, case, template, answered=True)


@_saving
def save_defer_draft(db: Database, case_id: int, text: str) -> CaseSaved:
    """Keep a half-typed reason for deferring (the app locked while it was being typed).

    It is stored as the case's deferral reason without changing the case's status, so
    the Defer dialog can offer it again; only deferring makes it the reason.
    """
    with db.session() as session:
        case = _editable(session, case_id)
        if case.status != CaseStatus.DEFERRED:
            case.defer_reason = text[:MAX_NOTE_CHARS]
        return _after_change(session, case, template_of(session, case.round_id))


@dataclass(frozen=True)
class Completion:
    """The result of "Mark complete": done, or what is still missing."""

    case: CaseRow
    missing: tuple[Missing, ...]
    changes: Changes

    @property
    def completed(self) -> bool:
        return not self.missing


@_saving
def mark_complete(db: Database, case_id: int) -> Completion:
    """Mark the case complete if the template's rules are met; else list the gaps."""
    with db.session() as session:
        case = _editable(session, case_id)
        template = template_of(session, case.round_id)
        answers = load_answers(session, [case_id])[case_id]
        gaps = tuple(missing(template, answers))
        if not gaps:
            _set_status(session, case, CaseStatus.COMPLETE, "")
        changes = Changes(cases=frozenset({case_id})) if not gaps else Changes()
        return Completion(case_row(case, template, answers), gaps, changes)


@_saving
def defer(db: Database, case_id: int, reason: str) -> CaseSaved:
    """Mark the case as needing more information before it can be judged."""
    if not reason.strip():
        raise ValueError("a reason is required to defer a case")
    with db.session() as session:
        case = _editable(session, case_id)
        _set_status(session, case, CaseStatus.DEFERRED, reason.strip())
        return _after_change(session, case, template_of(session, case.round_id))


@_saving
def reopen(db: Database, case_id: int, reason: str = "") -> CaseSaved:
    """Take a complete or deferred case back to work in progress. A completed case, or a
    finished one already sent, needs the member's reason (one line, at most
    `MAX_REASON_CHARS`; `ReasonNeeded` and nothing changed otherwise); from then on each
    change to its answers and notes is logged with it (`answer_changes`)."""
    reason = answer_changes.clean_reason(reason)
    with db.session() as session:
        case = _editable(session, case_id)
        if answer_changes.needs_reason(case):
            if not reason or len(reason) > MAX_REASON_CHARS:
                raise ReasonNeeded(
                    f"reopening {case.reference} needs a reason of 1 to {MAX_REASON_CHARS} chars"
                )
            case.change_reason = reason
            _audit(session, "case_reopened", case.id, None, {"reason_chars": len(reason)})
        _set_status(session, case, CaseStatus.IN_PROGRESS, "")
        return _after_change(session, case, template_of(session, case.round_id))


def _case(session: Session, case_id: int) -> CaseFile:
    case = session.get(CaseFile, case_id)
    if case is None:
        raise CaseNotFound(case_id)
    return case


def _editable(session: Session, case_id: int) -> CaseFile:
    """The case, for a change: a withdrawn case is read-only (CaseWithdrawn)."""
    case = _case(session, case_id)
    if case.withdrawn:
        raise CaseWithdrawn(case_id)
    return case


def _row(session: Session, model: type[_QuestionRow], case_id: int, question_id: str) -> _QuestionRow:
    row = session.scalars(
        select(model).where(model.case_id == case_id, model.question_id == question_id)
    ).first()
    if row is None:
        row = model(case_id=case_id, question_id=question_id)
        session.add(row)
    return row


def _set_status(session: Session, case: CaseFile, status: str, reason: str) -> None:
    case.status = status
    case.defer_reason = reason
    case.updated_at = utc_now()
    _audit(session, f"case_{status}", case.id, None, {})


def _after_change(
    session: Session, case: CaseFile, template: Template, *, answered: bool = False
) -> CaseSaved:
    """Keep the status honest after an edit: started, or no longer complete."""
    session.flush()
    answers = load_answers(session, [case.id])[case.id]
    if case.status == CaseStatus.NOT_STARTED and answers:
        case.status = CaseStatus.IN_PROGRESS  # the draft of a deferral reason is kept
        _audit(session, f"case_{CaseStatus.IN_PROGRESS}", case.id, None, {})
    elif case.status == CaseStatus.COMPLETE and missing(template, answers):
        _set_status(session, case, CaseStatus.IN_PROGRESS, "")
    ids = frozenset({case.id})
    return CaseSaved(
        case_row(case, template, answers), Changes(cases=ids, answers=ids if answered else frozenset())
    )


def _audit(
    session: Session, action: str, case_id: int | None, question_id: str | None, detail: Mapping[str, object]
) -> None:
    audit.append(session, action, case_id=case_id, question_id=question_id, detail=detail)
