"""Review rounds and their case lists, as frozen rows for the UI's item models."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.answers import Answer, AnswerValue, progress
from desktop.core.case_codes import CaseStatus
from desktop.core.clock import utc_now
from desktop.core.identity import case_uid
from desktop.core.template import Template, load_template_json
from desktop.services import answer_changes, audit
from desktop.services.operations import NO_PROGRESS, CancelToken, Changes, Progress
from desktop.services.rows import CaseRow, RoundRow
from desktop.storage.database import Database
from desktop.storage.models import AnswerRow, CaseFile, Document, NoteRow, Round
from desktop.storage.models import TemplateVersion as TemplateRow


@dataclass(frozen=True)
class NewDocument:
    title: str
    media_type: str
    data: bytes


@dataclass(frozen=True)
class NewCase:
    """A case to store. `uid` names it on every machine; None derives it from the
    round's uid and the reference (`core.identity.case_uid`), which is what a member's
    laptop computes too."""

    reference: str
    case_type: str
    strands: tuple[str, ...]
    summary: str
    documents: Sequence[NewDocument]
    uid: str | None = None


class TemplateConflict(ValueError):
    """A different text is already stored under the template's id@version; nothing was stored."""

    def __init__(self, template_id: str, version: int) -> None:
        super().__init__(
            f"A different template is already stored as {template_id!r} version {version}. "
            "A changed template needs a new version number."
        )
        self.template_id = template_id
        self.version = version


def template_sha256(body: str) -> str:
    """The hex SHA-256 of a template's exact text (UTF-8): with id and version, its identity."""
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


@lru_cache(maxsize=16)
def _parse(body: str) -> Template:
    return load_template_json(body, "stored template")


def round_template(db: Database, round_id: int) -> Template:
    """The exact template version the round was created with (a unit of work of its own)."""
    with db.session() as session:
        return template_of(session, round_id)


def template_of(session: Session, round_id: int) -> Template:
    """The round's template, read in the caller's unit of work."""
    body = session.execute(
        select(TemplateRow.body).join(Round, Round.template_pk == TemplateRow.id)
        .where(Round.id == round_id)
    ).scalar_one()  # fmt: skip
    return _parse(body)


def list_rounds(db: Database) -> list[RoundRow]:
    with db.session() as session:
        rounds = session.scalars(select(Round).order_by(Round.due_date, Round.id)).all()
        rows = []
        for r in rounds:
            statuses = [c.status for c in r.cases]
            done = sum(1 for s in statuses if s == CaseStatus.COMPLETE)
            erased = _local_date(r.material_erased_at) if r.material_erased_at else None
            purged = _local_date(r.material_purged_at) if r.material_purged_at else None
            rows.append(
                RoundRow(r.id, r.title, r.panel, r.due_date, len(statuses), done, r.erase_on, erased, purged)
            )
        return rows


def _local_date(utc: datetime) -> str:
    """A stored UTC time as the date it was on this computer's clock."""
    return utc.replace(tzinfo=UTC).astimezone().date().isoformat()


def load_answers(session: Session, case_ids: Sequence[int]) -> dict[int, dict[str, Answer]]:
    """Answers and notes of the given cases, merged per question."""
    values: dict[int, dict[str, tuple[AnswerValue | None, int | None]]] = defaultdict(dict)
    notes: dict[int, dict[str, tuple[str, str]]] = defaultdict(dict)
    for a in session.scalars(select(AnswerRow).where(AnswerRow.case_id.in_(case_ids))):
        values[a.case_id][a.question_id] = (decode_value(a.value), a.hours)
    for n in session.scalars(select(NoteRow).where(NoteRow.case_id.in_(case_ids))):
        notes[n.case_id][n.question_id] = (n.text, n.language)
    result: dict[int, dict[str, Answer]] = {}
    for case_id in case_ids:
        qids = set(values[case_id]) | set(notes[case_id])
        result[case_id] = {
            q: Answer(*values[case_id].get(q, (None, None)), *notes[case_id].get(q, ("", ""))) for q in qids
        }
    return result


decode_value = answer_changes.decode_value


def list_cases(db: Database, round_id: int) -> list[CaseRow]:
    with db.session() as session:
        template = template_of(session, round_id)
        cases = session.scalars(
            select(CaseFile).where(CaseFile.round_id == round_id).order_by(CaseFile.position)
        ).all()
        answers = load_answers(session, [c.id for c in cases])
        return [case_row(c, template, answers[c.id]) for c in cases]


def case_row(case: CaseFile, template: Template, answers: dict[str, Answer]) -> CaseRow:
    done = progress(template, answers)
    return CaseRow(
        case.id, case.round_id, case.position, case.reference, case.case_type,
        tuple(json.loads(case.strands)), case.status, case.defer_reason,
        done.answered, done.required, case.withdrawn, answer_changes.needs_reason(case),
    )  # fmt: skip


def add_round(
    db: Database,
    title: str,
    template_body: str,
    cases: Sequence[NewCase],
    *,
    panel: str = "",
    due_date: str | None = None,
    uid: str | None = None,
) -> int:
    """Store a round with its template, cases and documents in one transaction.

    The template is reused when the same text is already stored under its id@version;
    a different text there raises TemplateConflict and stores nothing.
    """
    return import_round(db, title, template_body, cases, panel=panel, due_date=due_date, uid=uid).round_id


@dataclass(frozen=True)
class RoundImported:
    round_id: int
    changes: Changes


def import_round(
    db: Database,
    title: str,
    template_body: str,
    cases: Sequence[NewCase],
    *,
    panel: str = "",
    due_date: str | None = None,
    uid: str | None = None,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken | None = None,
) -> RoundImported:
    """`add_round` as a long operation: reports after each case, can be cancelled between
    cases (`Cancelled` is raised inside the transaction, so nothing is kept), and says
    what it changed."""
    with db.session() as session:
        imported, _ids = import_round_in(
            session, title, template_body, cases, panel=panel, due_date=due_date, uid=uid,
            progress=progress, cancel=cancel,
        )  # fmt: skip
        return imported


def import_round_in(
    session: Session,
    title: str,
    template_body: str,
    cases: Sequence[NewCase],
    *,
    panel: str = "",
    due_date: str | None = None,
    uid: str | None = None,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken | None = None,
) -> tuple[RoundImported, dict[str, int]]:
    """`import_round` in the caller's unit of work, so what the caller adds after it (a
    coordinator's conflicts of interest) commits with the round or not at all. Returns
    what changed and each case's id by reference."""
    template = load_template_json(template_body, "round template")
    token = cancel or CancelToken()
    now = utc_now()
    total = len(cases)
    token.check()
    row = store_template(session, template, template_body)
    round_ = Round(uid=uid or uuid.uuid4().hex, title=title, panel=panel, due_date=due_date,
                   template_pk=row.id, created_at=now)  # fmt: skip
    session.add(round_)
    session.flush()
    ids: dict[str, int] = {}
    for position, case in enumerate(cases):
        token.check()
        ids[case.reference] = _add_case(session, round_, position, case)
        progress(position + 1, total, case.reference)
    token.check()  # the last chance: after this the transaction commits
    audit.append(session, "round_added", round_id=round_.id, detail={"round": round_.id}, at=now)
    return RoundImported(round_.id, Changes(rounds=True, cases=frozenset(ids.values()))), ids


def store_template(session: Session, template: Template, body: str) -> TemplateRow:
    """The stored row for this exact template text, added if id@version is new.

    Raises TemplateConflict when id@version already holds a different text: a round
    must never silently get another round's questions.
    """
    digest = template_sha256(body)
    row = session.scalars(
        select(TemplateRow).where(
            TemplateRow.template_id == template.id, TemplateRow.version == template.version
        )
    ).first()
    if row is None:
        row = TemplateRow(template_id=template.id, version=template.version, body=body, sha256=digest)
        session.add(row)
        session.flush()
    elif row.sha256 != digest:
        raise TemplateConflict(template.id, template.version)
    return row


def _add_case(session: Session, round_: Round, position: int, case: NewCase) -> int:
    uid = case.uid or case_uid(round_.uid, case.reference)
    row = CaseFile(round_id=round_.id, uid=uid, position=position, reference=case.reference,
                   case_type=case.case_type, strands=json.dumps(list(case.strands)),
                   summary=case.summary, status=CaseStatus.NOT_STARTED, defer_reason="")  # fmt: skip
    session.add(row)
    session.flush()
    for i, doc in enumerate(case.documents):
        session.add(Document(case_id=row.id, position=i, title=doc.title,
                             media_type=doc.media_type, data=doc.data))  # fmt: skip
    session.flush()  # written now, so progress after each case reflects real work
    return row.id


def round_id_by_uid(db: Database, uid: str) -> int:
    """The local id of the round `uid` names (LookupError when it is not here)."""
    with db.session() as session:
        found = session.scalars(select(Round.id).where(Round.uid == uid)).first()
    if found is None:
        raise LookupError(f"no round {uid!r}")
    return found
