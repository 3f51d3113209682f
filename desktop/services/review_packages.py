"""Review packages: a member sends their review; the coordinator's inbox takes them in.

Member: `review_to_send` lists what is complete, incomplete and deferred before
sending; `export_review` writes a `.prreview` for the round — answers, notes and
statuses of every case still assigned, signed by the member and encrypted to the
round's coordinator. Answers to questions hidden by skip logic do not travel. Each
export has a higher revision than the last, and supersedes it.

Coordinator: `import_packages` takes many files at once. Each file is judged in its
own unit of work, so one bad file changes nothing and does not stop the others; every
file gets a fate (accepted, superseded, duplicate, rejected with the reason in plain
words). A package carries the member's audit chain for the round; one whose chain does
not continue the chain of the member's previous package is accepted but flagged, with
the reason (`AuditFlag`; docs/formats.md, "The audit chain").
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from desktop.core.answer_checks import check_case
from desktop.core.answers import Answer, AnswerValue, shown_questions
from desktop.core.atomic_files import sweep_partials
from desktop.core.audit_chain import GENESIS
from desktop.core.case_codes import FINISHED, CaseStatus
from desktop.core.citations import Citation
from desktop.core.clock import utc_now
from desktop.core.round_codes import PackageState
from desktop.core.words import say
from desktop.exchange.container import Outgoing, read_container
from desktop.exchange.errors import ExchangeError
from desktop.exchange.manifest import PACKAGE, Manifest
from desktop.exchange.payloads import (
    AnswerError,
    AuditChain,
    PayloadError,
    ReviewAnswer,
    ReviewCase,
    ReviewPayload,
    TemplateRef,
    parse_review,
    review_to_bytes,
)
from desktop.services import answer_changes, audit, citations, erasure_receipts, identity, review_differences
from desktop.services.assignment_packs import member_file_name
from desktop.services.checklist_refusals import OffChecklist
from desktop.services.cited_pages import check_cited_pages
from desktop.services.identity import require_coordinator
from desktop.services.operations import NO_PROGRESS, CancelToken, Changes, Progress
from desktop.services.refusals import Refusal, Refused, why_not
from desktop.services.rounds import decode_value, load_answers, template_of
from desktop.storage.database import Database
from desktop.storage.models import (
    Assignment,
    CaseFile,
    CoordinatorPin,
    ReceivedAnswer,
    ReceivedCase,
    ReceivedCitation,
    ReceivedPackage,
    RosterMember,
    Round,
)
from desktop.storage.models import TemplateVersion as TemplateRow

EXTENSION = ".prreview"


# member -----------------------------------------------------------------------
@dataclass(frozen=True)
class ReviewSummary:
    cases: int
    complete: tuple[str, ...]
    incomplete: tuple[str, ...]  # not started or in progress
    deferred: tuple[str, ...]
    coordinator: str  # who the package is for ("" when the round came with no coordinator)


def review_to_send(db: Database, round_id: int) -> ReviewSummary:
    with db.session() as session:
        round_ = session.get_one(Round, round_id)
        cases = _active_cases(session, round_id)
        by = {s: tuple(c.reference for c in cases if c.status == s) for s in FINISHED}
        rest = tuple(c.reference for c in cases if c.status not in FINISHED)
        pin = session.get(CoordinatorPin, round_.coordinator_id) if round_.coordinator_id else None
        done, deferred = by[CaseStatus.COMPLETE], by[CaseStatus.DEFERRED]
        return ReviewSummary(len(cases), done, rest, deferred, pin.name if pin else "")


def _active_cases(session: Session, round_id: int) -> list[CaseFile]:
    return list(
        session.scalars(
            select(CaseFile)
            .where(CaseFile.round_id == round_id, ~CaseFile.withdrawn)
            .order_by(CaseFile.position)
        )
    )


class NoCoordinator(LookupError):
    """The round did not come from a coordinator's pack, so there is nobody to send it to."""


@dataclass(frozen=True)
class ReviewExported:
    path: Path
    revision: int
    summary: ReviewSummary


def export_review(db: Database, round_id: int, folder: Path) -> ReviewExported:
    """Write the member's review of the round as a signed, encrypted package."""
    summary = review_to_send(db, round_id)
    folder.mkdir(parents=True, exist_ok=True)
    sweep_partials(folder, (EXTENSION,))
    with db.session() as session:
        me = identity.me_in(session)
        round_ = session.get_one(Round, round_id)
        pin = session.get(CoordinatorPin, round_.coordinator_id) if round_.coordinator_id else None
        if pin is None:
            raise NoCoordinator(round_.title)
        round_.review_revision += 1
        payload = _review_payload(session, round_)
        path = folder / member_file_name(round_, "review", round_.review_revision, EXTENSION)
        data = review_to_bytes(payload)
        identity.seal(
            path, kind=PACKAGE, sender=me, to=pin, round_uid=round_.uid, revision=round_.review_revision,
            entries=[Outgoing("review.json", lambda: data)],
        )  # fmt: skip
        answer_changes.mark_sent(session, _active_cases(session, round_id), round_.review_revision)
        try:
            audit.append(
                session, "review_exported", round_id=round_id,
                detail={"round": round_id, "revision": round_.review_revision},
            )  # fmt: skip
            session.flush()
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        return ReviewExported(path, round_.review_revision, summary)


def _review_payload(session: Session, round_: Round) -> ReviewPayload:
    template = template_of(session, round_.id)
    cases = _active_cases(session, round_.id)
    answers = load_answers(session, [c.id for c in cases])
    cited = citations.stored(session, [c.id for c in cases])
    out = []
    for case in cases:
        given = answers[case.id]
        shown = [q.id for q in shown_questions(template, given) if q.id in given or (case.id, q.id) in cited]
        sent = tuple(
            _answer(q, given.get(q, Answer()), cited.get((case.id, q), ()))
            for q in shown
            if q not in given or given[q].answered or given[q].note.strip() or (case.id, q) in cited
        )
        reason = case.defer_reason if case.status == CaseStatus.DEFERRED else ""
        out.append(ReviewCase(case.uid, case.status, reason, sent))
    row = session.get_one(TemplateRow, round_.template_pk)
    ref = TemplateRef(row.template_id, row.version, row.sha256)
    chain = audit.round_chain(session, round_.id)
    carried = AuditChain(chain[-1] if chain else GENESIS, tuple(chain))
    changes = answer_changes.unsent(session, cases)
    return ReviewPayload(round_.uid, round_.review_revision, ref, tuple(out), carried, changes)


def _answer(question_id: str, answer: Answer, cited: tuple[Citation, ...]) -> ReviewAnswer:
    return ReviewAnswer(question_id, answer.value, answer.hours, answer.note, answer.note_language, cited)


# coordinator ------------------------------------------------------------------
class AuditFlag(Enum):
    """Why a package was taken with a warning: the member's audit chain for the round does
    not continue the one their previous package carried. Taken, not refused, because the
    answers may well be right and the coordinator needs them; but never silently."""

    REWRITTEN = "rewritten"  # the previous package's head is not among this one's entries
    MISSING = "missing"  # the previous package carried a chain and this one carries none

    def explain(self, language: str) -> str:
        return say(f"audit_flag.{self.value}", language)


class Fate(Enum):
    ACCEPTED = PackageState.ACCEPTED.value
    SUPERSEDED = PackageState.SUPERSEDED.value  # a later revision from that member was already accepted
    PENDING = PackageState.PENDING.value  # differs from the accepted revision: waits for the coordinator
    DUPLICATE = "duplicate"  # this very file was accepted before
    REJECTED = "rejected"


@dataclass(frozen=True)
class FileFate:
    path: Path
    fate: Fate
    member: str = ""
    round_title: str = ""
    revision: int = 0
    why: str = ""  # for a rejection or a flag: the plain reason, in the language asked for
    refusal: str = ""  # the reason's code (Reason or Refusal value), for tests and logs
    flag: AuditFlag | None = None  # accepted with a warning about the member's audit log
    receipt: bool = False  # an erasure receipt, not a review package


@dataclass(frozen=True)
class InboxImported:
    fates: tuple[FileFate, ...]
    changes: Changes

    def count(self, fate: Fate) -> int:
        return sum(1 for f in self.fates if f.fate is fate)


def import_packages(
    db: Database,
    paths: Sequence[Path],
    *,
    language: str = "en",
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken | None = None,
) -> InboxImported:
    """Judge and take in each file; files already judged stay judged if cancelled."""
    token = cancel or CancelToken()
    fates: list[FileFate] = []
    for done, path in enumerate(paths):
        if token.cancelled:
            break
        try:
            receipt = path.suffix.lower() == erasure_receipts.EXTENSION
            fates.append(_take_receipt(db, path) if receipt else _import_one(db, path, language))
        except (ExchangeError, Refused) as exc:
            code = exc.reason.value if isinstance(exc, ExchangeError) else exc.code
            fates.append(FileFate(path, Fate.REJECTED, why=why_not(exc, language), refusal=code))
        progress(done + 1, len(paths), path.name)
    accepted = any(f.fate is Fate.ACCEPTED for f in fates)
    return InboxImported(tuple(fates), Changes(packages=accepted))


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _take_receipt(db: Database, path: Path) -> FileFate:
    """An erasure receipt, judged in its own unit of work like a package."""
    sha = _file_sha256(path)
    with db.session() as session:
        taken = erasure_receipts.take_receipt(session, path, sha, utc_now())
    fate = Fate.DUPLICATE if taken.duplicate else Fate.ACCEPTED
    return FileFate(path, fate, taken.member, taken.round_title, receipt=True)


def _import_one(db: Database, path: Path, language: str) -> FileFate:
    sha = _file_sha256(path)
    with db.session() as session:
        me = identity.me_in(session)
        if me.role != "coordinator":
            raise Refused(Refusal.WRONG_ROLE)
        with read_container(path, kind=PACKAGE, identity=me.keys) as reader:
            member, round_ = erasure_receipts.sender_and_round(session, reader.manifest)
            try:
                payload = _review_entry(reader.entries(), reader.manifest)
            except AnswerError as exc:
                raise _answer_refused(session, round_, member, exc) from exc
        _check_review(session, payload, member, round_)
        fate = _revision_fate(session, round_, member, payload.revision, sha)
        flag = None
        if fate is Fate.ACCEPTED:
            flag = _audit_flag(session, round_, member, payload)
            package = _store_review(session, round_, member, payload, sha, path.name, flag)
            fate = Fate.ACCEPTED if review_differences.settle(session, package) else Fate.PENDING
        why = " ".join(
            ([say("change.pending", language)] if fate is Fate.PENDING else [])
            + ([flag.explain(language)] if flag else [])
        )
        return FileFate(path, fate, member.name, round_.title, payload.revision, why=why, flag=flag)


def _audit_flag(
    session: Session, round_: Round, member: RosterMember, payload: ReviewPayload
) -> AuditFlag | None:
    """Whether the member's chain for the round continues the one their previous package
    (the latest taken with a lower revision) carried: it must contain that head."""
    previous = session.scalars(
        select(ReceivedPackage.audit_head)
        .where(
            ReceivedPackage.round_id == round_.id,
            ReceivedPackage.member_id == member.id,
            ReceivedPackage.revision < payload.revision,
        )
        .order_by(ReceivedPackage.revision.desc())
        .limit(1)
    ).first()
    if not previous:  # nothing taken before, or taken from before packages carried a chain
        return None
    if payload.audit is None:
        return AuditFlag.MISSING
    if previous != GENESIS and previous not in payload.audit.entries:
        return AuditFlag.REWRITTEN
    return None


def _review_entry(entries: Iterator[tuple[object, bytes]], manifest: Manifest) -> ReviewPayload:
    payload: ReviewPayload | None = None
    for info, data in entries:  # read to the end: the reader checks nothing else follows
        if getattr(info, "name", None) != "review.json" or payload is not None:
            raise Refused(Refusal.UNREADABLE_CONTENTS, f"unexpected entry {getattr(info, 'name', '?')}")
        try:
            payload = parse_review(data, manifest.version)
        except AnswerError:
            raise  # an answer no checklist allows: the caller names its case and question
        except PayloadError as exc:
            raise Refused(Refusal.UNREADABLE_CONTENTS, str(exc)) from exc
    if payload is None:
        raise Refused(Refusal.UNREADABLE_CONTENTS, "no review.json")
    if payload.round_uid != manifest.round_uid or payload.revision != manifest.revision:
        raise Refused(Refusal.WRONG_ROUND, payload.round_uid)
    return payload


def _check_review(session: Session, payload: ReviewPayload, member: RosterMember, round_: Round) -> None:
    """The package answers the round's own checklist, for the member's own cases, in
    answers that checklist allows (docs/formats.md, "What the import checks")."""
    row = session.get_one(TemplateRow, round_.template_pk)
    if (payload.template.id, payload.template.version, payload.template.sha256) != (
        row.template_id,
        row.version,
        row.sha256,
    ):
        raise Refused(Refusal.TEMPLATE_DIFFERS, payload.template.id)
    assigned = _assigned_references(session, round_, member)
    strays = [c.uid for c in payload.cases if c.uid not in assigned]
    if strays:
        raise Refused(Refusal.NOT_ASSIGNED, ", ".join(strays[:5]))
    template = template_of(session, round_.id)
    for case in payload.cases:
        answers = [(a.question, Answer(a.value, a.hours, a.note, a.note_language)) for a in case.answers]
        fault = check_case(template, answers)
        if fault is not None:
            raise OffChecklist(fault.fault, assigned[case.uid], fault.question, template)
        check_cited_pages(session, round_.id, case, assigned[case.uid], template)


def _assigned_references(session: Session, round_: Round, member: RosterMember) -> dict[str, str]:
    """The uid and reference of every case of the round given to the member."""
    rows = session.execute(
        select(CaseFile.uid, CaseFile.reference)
        .join(Assignment, Assignment.case_id == CaseFile.id)
        .where(CaseFile.round_id == round_.id, Assignment.member_id == member.id)
    )
    return {uid: reference for uid, reference in rows}


def _answer_refused(session: Session, round_: Round, member: RosterMember, exc: AnswerError) -> Refused:
    """The refusal for an answer the reader found no checklist could allow, naming its case,
    or, for a case that is not the member's, that refusal instead."""
    assigned = _assigned_references(session, round_, member)
    if exc.case_uid not in assigned:
        return Refused(Refusal.NOT_ASSIGNED, exc.case_uid)
    return OffChecklist(exc.fault, assigned[exc.case_uid], exc.question, template_of(session, round_.id))


def _revision_fate(session: Session, round_: Round, member: RosterMember, revision: int, sha: str) -> Fate:
    same = session.scalars(
        select(ReceivedPackage).where(
            ReceivedPackage.round_id == round_.id,
            ReceivedPackage.member_id == member.id,
            ReceivedPackage.revision == revision,
        )
    ).first()
    if same is not None:
        if same.sha256 == sha:
            return Fate.DUPLICATE
        raise Refused(Refusal.REVISION_REUSED, str(revision))
    newest = session.scalar(
        select(func.max(ReceivedPackage.revision)).where(
            ReceivedPackage.round_id == round_.id,
            ReceivedPackage.member_id == member.id,
        )
    )
    return Fate.SUPERSEDED if newest is not None and newest > revision else Fate.ACCEPTED


def _store_review(
    session: Session,
    round_: Round,
    member: RosterMember,
    payload: ReviewPayload,
    sha: str,
    file_name: str,
    flag: AuditFlag | None,
) -> ReceivedPackage:
    """The package's rows, stored pending: `review_differences.settle` decides."""
    package = ReceivedPackage(
        round_id=round_.id,
        member_id=member.id,
        revision=payload.revision,
        sha256=sha,
        file_name=file_name[:300],
        received_at=utc_now(),
        state=PackageState.PENDING,
        audit_head=payload.audit.head if payload.audit else "",
        audit_flag=flag.value if flag else "",
    )
    session.add(package)
    session.flush()
    ids = {
        uid: id_
        for uid, id_ in session.execute(
            select(CaseFile.uid, CaseFile.id).where(CaseFile.round_id == round_.id)
        )
    }
    # Bulk inserts (one executemany per table) in the package's one transaction: adding
    # each row as an ORM object cost most of an import's time.
    cases = [
        {"package_id": package.id, "case_id": ids[c.uid], "status": c.status, "defer_reason": c.defer_reason}
        for c in payload.cases
    ]
    answers = [
        {"package_id": package.id, "case_id": ids[c.uid], "question_id": a.question,
         "value": _stored(a.value), "hours": a.hours, "note": a.note, "note_language": a.note_language}
        for c in payload.cases
        for a in c.answers
    ]  # fmt: skip
    if cases:
        session.execute(insert(ReceivedCase), cases)
    if answers:
        session.execute(insert(ReceivedAnswer), answers)
    cited = [
        {"package_id": package.id, "case_id": ids[c.uid], "question_id": a.question, "position": i + 1,
         "document": x.document, "page": x.page, "quote": x.quote}
        for c in payload.cases
        for a in c.answers
        for i, x in enumerate(a.citations)
    ]  # fmt: skip
    if cited:
        session.execute(insert(ReceivedCitation), cited)
    review_differences.store_changes(session, package, payload.changes)
    session.flush()
    return package


def _stored(value: AnswerValue | None) -> str | None:
    """An answer's value as the database column holds it: JSON, a list for several codes."""
    if value is None:
        return None
    return json.dumps(list(value) if isinstance(value, tuple) else value)


# progress -----------------------------------------------------------------------
@dataclass(frozen=True)
class MemberProgress:
    member: str
    fingerprint: str
    assigned: int
    revision: int  # of the accepted package; 0 when nothing has come back
    complete: int
    deferred: int
    received_at: str  # ISO UTC, "" when nothing has come back
    # Why one of the member's packages for the round was taken with a warning about their
    # audit log (an `AuditFlag` value), the latest such; "" when none was.
    audit_flag: str = ""
    erased_at: str = ""  # ISO UTC from the member's erasure receipt, "" when none has come


def round_status(db: Database, round_id: int) -> list[MemberProgress]:
    """Who has returned what for the round (the accepted package of each member)."""
    with db.session() as session:
        require_coordinator(session)
        rows = session.execute(erasure_receipts.members_given_cases(round_id)).all()
        erased = {e.fingerprint: e.erased_at for e in erasure_receipts.erasures_in(session, round_id)}
        out = []
        for member, assigned in rows:
            erased_at = erased.get(member.fingerprint)
            package = session.scalars(
                select(ReceivedPackage).where(
                    ReceivedPackage.round_id == round_id,
                    ReceivedPackage.member_id == member.id,
                    ReceivedPackage.state == PackageState.ACCEPTED,
                )
            ).first()
            statuses = (
                []
                if package is None
                else list(
                    session.scalars(select(ReceivedCase.status).where(ReceivedCase.package_id == package.id))
                )
            )
            out.append(
                MemberProgress(
                    member.name,
                    member.fingerprint,
                    assigned,
                    package.revision if package else 0,
                    statuses.count(CaseStatus.COMPLETE),
                    statuses.count(CaseStatus.DEFERRED),
                    package.received_at.isoformat() + "Z" if package else "",
                    _latest_flag(session, round_id, member.id),
                    erased_at.isoformat(sep=" ", timespec="minutes") if erased_at else "",
                )
            )
        return out


def _latest_flag(session: Session, round_id: int, member_id: int) -> str:
    """A flag stays shown after a later package: the log was rewritten all the same."""
    flag = session.scalars(
        select(ReceivedPackage.audit_flag)
        .where(
            ReceivedPackage.round_id == round_id,
            ReceivedPackage.member_id == member_id,
            ReceivedPackage.audit_flag != "",
        )
        .order_by(ReceivedPackage.id.desc())
        .limit(1)
    ).first()
    return flag or ""


@dataclass(frozen=True)
class ReceivedRow:
    """One member's answer to one question of one case, from their accepted package."""

    member: str
    case_uid: str
    reference: str
    question: str
    value: AnswerValue | None
    hours: int | None
    note: str


def received_answers(db: Database, round_id: int) -> list[ReceivedRow]:
    """Every answer in the round's accepted packages (the newest from each member), in case order."""
    with db.session() as session:
        require_coordinator(session)
        rows = session.execute(
            select(RosterMember.name, CaseFile.uid, CaseFile.reference, ReceivedAnswer)
            .join(ReceivedPackage, ReceivedPackage.id == ReceivedAnswer.package_id)
            .join(RosterMember, RosterMember.id == ReceivedPackage.member_id)
            .join(CaseFile, CaseFile.id == ReceivedAnswer.case_id)
            .where(ReceivedPackage.round_id == round_id, ReceivedPackage.state == PackageState.ACCEPTED)
            .order_by(CaseFile.position, RosterMember.name, ReceivedAnswer.id)
        ).all()
        return [
            ReceivedRow(name, uid, reference, a.question_id, decode_value(a.value), a.hours, a.note)
            for name, uid, reference, a in rows
        ]
