"""A member's new revision that differs from the one the coordinator has waits for the
coordinator's word, who reads the differences first.

The import stores a new revision "pending" when an accepted one from the same member
exists and their answers, notes or cited evidence differ (`settle`); otherwise it is accepted at once,
as before. The differences are worked out here from the two stored revisions, not taken
from the member's word: each is joined with the reason the member declared for that
question (`ReceivedChange`, from every package since the accepted one), and one the
member did not declare still shows, marked "no reason given". The coordinator then
accepts the new revision (`accept`) or keeps the earlier one (`keep_earlier`, which
changes nothing the findings read). docs/decisions.md, "Changes after completion".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.answers import AnswerValue
from desktop.core.round_codes import PackageState
from desktop.core.template import Question, Template
from desktop.core.words import say
from desktop.core.words.dates import long_date
from desktop.exchange.payloads import ReviewChange
from desktop.reports.drafting import answer_label
from desktop.services import audit
from desktop.services.answer_changes import decode_value
from desktop.services.identity import require_coordinator
from desktop.services.operations import Changes
from desktop.services.rounds import template_of
from desktop.storage.database import Database
from desktop.storage.models import (
    CaseFile,
    ReceivedAnswer,
    ReceivedChange,
    ReceivedCitation,
    ReceivedPackage,
    RosterMember,
)

_TEXT_SHOWN = 80  # of a written answer, in a difference


@dataclass(frozen=True)
class Difference:
    """One question of one case answered differently in the new revision."""

    reference: str
    question: str
    number: int  # as the checklist shows it
    old: AnswerValue | None
    new: AnswerValue | None
    old_hours: int | None
    new_hours: int | None
    note_changed: bool
    at: str  # when the member declared they changed it (ISO UTC); "" when undeclared
    reason: str  # "" when the member gave none for it
    evidence_changed: bool = False  # the pages cited for it (answers cite their evidence)

    @property
    def answer_changed(self) -> bool:
        return (self.old, self.old_hours) != (self.new, self.new_hours)

    def sentence(self, member: str, template: Template, language: str) -> str:
        """ "Member B changed question 7 of case HC-001 from Yes to No on 3 March 2026: '…'"."""
        where = {"member": member, "number": self.number, "reference": self.reference}
        question = template.question(self.question)
        if self.answer_changed:
            old = _label(question, self.old, self.old_hours, language)
            new = _label(question, self.new, self.new_hours, language)
            change = say("change.answer", language, old=old, new=new, **where)
        else:
            change = say("change.note" if self.note_changed else "change.evidence", language, **where)
        if self.reason:
            date = long_date(self.at[:10], language)
            change = say("change.when_why", language, change=change, date=date, reason=self.reason)
        else:
            change = say("change.no_reason", language, change=change)
        also = {
            "change.note_too": self.answer_changed and self.note_changed,
            "change.evidence_too": self.evidence_changed and (self.answer_changed or self.note_changed),
        }
        for key in (k for k, on in also.items() if on):
            # a reason that ends its own sentence ("…log.'") takes no second full stop
            ended = change.rstrip("'”").endswith((".", "!", "?"))
            change += (" " if ended else ". ") + say(key, language)
        return change


def _label(question: Question, value: AnswerValue | None, hours: int | None, language: str) -> str:
    if value is None:
        text = say("change.no_answer", language)
    elif question.kind == "text":
        written = str(value)
        text = "“" + (written[:_TEXT_SHOWN] + "…" if len(written) > _TEXT_SHOWN else written) + "”"
    else:
        text = answer_label(question, value, language)
    return say("change.with_hours", language, answer=text, hours=hours) if hours is not None else text


@dataclass(frozen=True)
class PendingReview:
    """A member's new revision waiting for the coordinator, and what it changes."""

    package_id: int
    member: str
    revision: int
    accepted_revision: int
    lines: tuple[str, ...]  # the differences as sentences, in case and checklist order


# the import -------------------------------------------------------------------
def settle(session: Session, package: ReceivedPackage) -> bool:
    """A new revision just stored (as pending): accept it when nothing earlier from the
    member is accepted or nothing differs from it; else it stays pending and replaces
    any earlier pending one. True when it was accepted."""
    accepted = _accepted(session, package)
    if accepted is None or not differences(session, accepted, package):
        _accept(session, package)
        return True
    for older in _member_packages(session, package, PackageState.PENDING):
        if older.id != package.id:
            older.state = PackageState.SUPERSEDED
    audit.append(
        session, "review_pending", round_id=package.round_id,
        detail={"round": package.round_id, "member": package.member_id, "revision": package.revision},
    )  # fmt: skip
    return False


def store_changes(session: Session, package: ReceivedPackage, changes: Iterable[ReviewChange]) -> None:
    """Keep what the package declared it changed (the case uids are the round's own)."""
    ids = dict(
        session.execute(select(CaseFile.uid, CaseFile.id).where(CaseFile.round_id == package.round_id)).all()
    )
    for change in changes:
        session.add(
            ReceivedChange(
                package_id=package.id, case_id=ids[change.case_uid], question_id=change.question,
                at=change.at, reason=change.reason,
            )
        )  # fmt: skip


def _accepted(session: Session, package: ReceivedPackage) -> ReceivedPackage | None:
    return next(iter(_member_packages(session, package, PackageState.ACCEPTED)), None)


def _member_packages(
    session: Session, package: ReceivedPackage, state: PackageState
) -> list[ReceivedPackage]:
    return list(
        session.scalars(
            select(ReceivedPackage).where(
                ReceivedPackage.round_id == package.round_id,
                ReceivedPackage.member_id == package.member_id,
                ReceivedPackage.state == state,
            )
        )
    )


def _accept(session: Session, package: ReceivedPackage) -> None:
    """The package becomes the member's accepted revision; the one accepted before, and
    any earlier revision still waiting, are superseded by it."""
    waiting = _member_packages(session, package, PackageState.PENDING)
    earlier = [p for p in waiting if p.revision < package.revision]
    for older in _member_packages(session, package, PackageState.ACCEPTED) + earlier:
        if older.id != package.id:
            older.state = PackageState.SUPERSEDED
    package.state = PackageState.ACCEPTED
    audit.append(
        session, "review_accepted", round_id=package.round_id,
        detail={"round": package.round_id, "member": package.member_id, "revision": package.revision}
        | ({"audit_flag": package.audit_flag} if package.audit_flag else {}),
    )  # fmt: skip


# the differences --------------------------------------------------------------
_Cited = tuple[tuple[int, int, str], ...]  # (document, page, quote), in the member's order
_Answer = tuple[AnswerValue | None, int | None, str, _Cited]


def _answers(session: Session, package: ReceivedPackage) -> dict[tuple[int, str], _Answer]:
    """Each answer of the package with the evidence cited for it (a citation's question
    may have no answer row: it counts as unanswered with evidence)."""
    cited: dict[tuple[int, str], list[tuple[int, int, str]]] = {}
    for c in session.scalars(
        select(ReceivedCitation)
        .where(ReceivedCitation.package_id == package.id)
        .order_by(ReceivedCitation.position)
    ):
        cited.setdefault((c.case_id, c.question_id), []).append((c.document, c.page, c.quote))
    rows = session.scalars(select(ReceivedAnswer).where(ReceivedAnswer.package_id == package.id))
    answers: dict[tuple[int, str], _Answer] = {}
    for a in rows:
        key = (a.case_id, a.question_id)
        answers[key] = (decode_value(a.value), a.hours, a.note, tuple(cited.get(key, ())))
    for key, pages in cited.items():
        answers.setdefault(key, (None, None, "", tuple(pages)))
    return answers


def _declared(
    session: Session, accepted: ReceivedPackage, new: ReceivedPackage
) -> dict[tuple[int, str], ReceivedChange]:
    """The reasons declared for each question by the member's packages after the accepted
    one, up to the new one; a later package's word wins."""
    rows = session.scalars(
        select(ReceivedChange)
        .join(ReceivedPackage, ReceivedPackage.id == ReceivedChange.package_id)
        .where(
            ReceivedPackage.round_id == new.round_id,
            ReceivedPackage.member_id == new.member_id,
            ReceivedPackage.revision > accepted.revision,
            ReceivedPackage.revision <= new.revision,
        )
        .order_by(ReceivedPackage.revision, ReceivedChange.id)
    )
    return {(c.case_id, c.question_id): c for c in rows}


def differences(session: Session, accepted: ReceivedPackage, new: ReceivedPackage) -> list[Difference]:
    """Every question answered differently in `new` than in `accepted`, in case and
    checklist order, with the member's declared time and reason where there is one."""
    before, after = _answers(session, accepted), _answers(session, new)
    template = template_of(session, new.round_id)
    numbers = {q.id: n for n, q in enumerate(template.questions, start=1)}
    cases = dict(
        session.execute(select(CaseFile.id, CaseFile.position).where(CaseFile.round_id == new.round_id)).all()
    )
    references = dict(
        session.execute(
            select(CaseFile.id, CaseFile.reference).where(CaseFile.round_id == new.round_id)
        ).all()
    )
    declared = _declared(session, accepted, new)
    empty: _Answer = (None, None, "", ())
    out = []
    for key in sorted(before.keys() | after.keys(), key=lambda k: (cases.get(k[0], 0), numbers.get(k[1], 0))):
        old, new_ = before.get(key, empty), after.get(key, empty)
        if old == new_ or key[1] not in numbers:
            continue
        said = declared.get(key)
        out.append(
            Difference(
                references[key[0]], key[1], numbers[key[1]], old[0], new_[0], old[1], new_[1],
                old[2] != new_[2], said.at if said else "", said.reason if said else "", old[3] != new_[3],
            )
        )  # fmt: skip
    return out


# the coordinator's word ---------------------------------------------------------
def pending_reviews(db: Database, round_id: int, language: str) -> list[PendingReview]:
    """The round's revisions waiting for the coordinator, each with its differences in words."""
    with db.session() as session:
        require_coordinator(session)
        template = template_of(session, round_id)
        rows = session.execute(
            select(ReceivedPackage, RosterMember.name)
            .join(RosterMember, RosterMember.id == ReceivedPackage.member_id)
            .where(ReceivedPackage.round_id == round_id, ReceivedPackage.state == PackageState.PENDING)
            .order_by(RosterMember.name, ReceivedPackage.revision)
        ).all()
        out = []
        for package, name in rows:
            accepted = _accepted(session, package)
            found = differences(session, accepted, package) if accepted is not None else []
            lines = tuple(d.sentence(name, template, language) for d in found)
            out.append(
                PendingReview(package.id, name, package.revision, accepted.revision if accepted else 0, lines)
            )
        return out


def accept(db: Database, package_id: int) -> Changes:
    """Take the pending revision: it becomes the member's accepted one."""
    with db.session() as session:
        require_coordinator(session)
        package = session.get(ReceivedPackage, package_id)
        if package is None or package.state != PackageState.PENDING:
            return Changes()
        _accept(session, package)
        return Changes(packages=True)


def keep_earlier(db: Database, package_id: int) -> Changes:
    """Keep the accepted revision: the pending one is declined (kept for the history, so
    the same file imported again is a duplicate), and nothing the findings read changes."""
    with db.session() as session:
        require_coordinator(session)
        package = session.get(ReceivedPackage, package_id)
        if package is None or package.state != PackageState.PENDING:
            return Changes()
        package.state = PackageState.DECLINED
        audit.append(
            session, "review_declined", round_id=package.round_id,
            detail={"round": package.round_id, "member": package.member_id, "revision": package.revision},
        )  # fmt: skip
        return Changes(packages=True)
