"""Changes after completion: the member's reason for reopening a case, and what changed.

Reopening a completed case, or any finished case of a round whose review has been sent,
asks why (`needs_reason`; `review.reopen` keeps the sentence on the case). From then on
every change to an answer or note of that case is kept in the change log
(`AnswerChange`): one row per question, from the value before the first change to the
latest, with the time and the reason, until a review package carries it
(`unsent`, then `mark_sent`); the next change after that starts a new row. Changes made
before a case was ever completed or sent are ordinary work and are not logged.

The audit log records that a change was logged (the question, the row's number and the
reason's length), never the reason's words or a note's: those are the member's text and
leave the laptop with the round's other material at erasure, while the audit log stays.
"""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.answers import AnswerValue
from desktop.core.case_codes import FINISHED, CaseStatus
from desktop.core.clock import utc_now
from desktop.exchange.manifest import TIME_FORMAT
from desktop.exchange.payloads import MAX_REASON_CHARS, ReviewChange
from desktop.services import audit
from desktop.storage.models import AnswerChange, AnswerRow, CaseFile, NoteRow

__all__ = [
    "MAX_REASON_CHARS",
    "ReasonNeeded",
    "begin",
    "clean_reason",
    "finish",
    "mark_sent",
    "needs_reason",
    "unsent",
]


class ReasonNeeded(ValueError):
    """Reopening this case needs a reason of one to `MAX_REASON_CHARS` characters; nothing changed."""


def needs_reason(case: CaseFile) -> bool:
    """Whether reopening the case asks why: it is complete, or finished and already sent."""
    if case.status == CaseStatus.COMPLETE:
        return True
    return case.status in FINISHED and case.round.review_revision > 0


def clean_reason(text: str) -> str:
    """The reason on one line, spaces joined, without characters that are not seen."""
    joined = " ".join(text.split())
    return "".join(c for c in joined if c.isprintable())


def begin(session: Session, case: CaseFile, question_id: str) -> AnswerChange | None:
    """Before a change to the question: its open change-log row (made now from the stored
    answer and note if there is none), or None when the case's changes are not logged."""
    if not case.change_reason:
        return None
    row = session.scalars(
        select(AnswerChange).where(
            AnswerChange.case_id == case.id,
            AnswerChange.question_id == question_id,
            AnswerChange.sent_revision.is_(None),
        )
    ).first()
    if row is not None:
        return row
    answer, note = _stored(session, case.id, question_id)
    row = AnswerChange(
        case_id=case.id, question_id=question_id,
        old_value=answer.value if answer else None, old_hours=answer.hours if answer else None,
        old_note=note.text if note else "", at=utc_now(), reason=case.change_reason,
    )  # fmt: skip
    session.add(row)
    return row


def finish(session: Session, case: CaseFile, change: AnswerChange | None, evidence: bool = False) -> None:
    """After the change: the row takes the question's new answer and note, the time and
    the case's reason, and the audit log says a change was logged. `evidence`: the change
    added or removed a cited page, which the answer and note alone do not show."""
    if change is None:
        return
    change.evidence_changed = change.evidence_changed or evidence
    session.flush()
    answer, note = _stored(session, case.id, change.question_id)
    change.new_value = answer.value if answer else None
    change.new_hours = answer.hours if answer else None
    change.new_note = note.text if note else ""
    change.at = utc_now()
    change.reason = case.change_reason
    session.flush()
    detail = {"change": change.id, "reason_chars": len(case.change_reason)}
    audit.append(session, "answer_changed", case_id=case.id, question_id=change.question_id, detail=detail)


def _stored(session: Session, case_id: int, question_id: str) -> tuple[AnswerRow | None, NoteRow | None]:
    answer = session.scalars(
        select(AnswerRow).where(AnswerRow.case_id == case_id, AnswerRow.question_id == question_id)
    ).first()
    note = session.scalars(
        select(NoteRow).where(NoteRow.case_id == case_id, NoteRow.question_id == question_id)
    ).first()
    return answer, note


def unsent(session: Session, cases: list[CaseFile]) -> tuple[ReviewChange, ...]:
    """The changes no package has carried yet, of the given cases, that still change
    something (a value changed and changed back is no change; a change of the evidence
    cited is declared as made, the coordinator's side seeing whether it still differs)."""
    uids = {c.id: c.uid for c in cases}
    out = []
    for row in _open_rows(session, list(uids)):
        moved = (row.old_value, row.old_hours) != (row.new_value, row.new_hours)
        noted = row.old_note != row.new_note
        if moved or noted or row.evidence_changed:
            at = row.at.strftime(TIME_FORMAT)
            old, new = decode_value(row.old_value), decode_value(row.new_value)
            out.append(ReviewChange(uids[row.case_id], row.question_id, old, new, noted, at, row.reason))
    return tuple(out)


def decode_value(raw: str | None) -> AnswerValue | None:
    """A stored answer value (JSON; a list for several codes) as the payload holds it."""
    if raw is None:
        return None
    value = json.loads(raw)
    return tuple(value) if isinstance(value, list) else value


def mark_sent(session: Session, cases: list[CaseFile], revision: int) -> None:
    """Every open row of the cases is now carried by the package of `revision`."""
    for row in _open_rows(session, [c.id for c in cases]):
        row.sent_revision = revision


def _open_rows(session: Session, case_ids: list[int]) -> list[AnswerChange]:
    return list(
        session.scalars(
            select(AnswerChange)
            .where(AnswerChange.case_id.in_(case_ids), AnswerChange.sent_revision.is_(None))
            .order_by(AnswerChange.id)
        )
    )
