"""The coordinator's consolidated view of a round, and the panel's decisions on it.

`round_findings` reads the accepted review packages (the newest from each member) and the
coordinator's adjudications, and hands them to `desktop.core.findings` to merge. The
other services here record what the coordinator adds: what the panel decided on a split
and why, the panel's comment on a case, and good practice and areas for learning.

Members get their letter ("Member A") in the order their first package for the round
arrived, so a later revision never renames anyone in a report already shared.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop.core.answers import Answer, AnswerValue, normalise_value
from desktop.core.citations import Citation
from desktop.core.clock import utc_now
from desktop.core.findings import CaseInput, Decision, Reviewer, RoundFindings, consolidate, letters
from desktop.reports.content import CaseNotes
from desktop.services import audit, merged_rounds
from desktop.services.identity import require_coordinator
from desktop.services.operations import Changes
from desktop.services.rounds import decode_value, template_of
from desktop.storage.database import Database
from desktop.storage.models import (
    Adjudication,
    CaseFile,
    CaseReport,
    CaseTag,
    CriteriaComment,
    ReceivedAnswer,
    ReceivedCitation,
    ReceivedPackage,
    RosterMember,
)

TAG_KINDS = ("good_practice", "learning")
MAX_TEXT = 20_000  # characters in a comment, rationale or tag


class FindingsRefused(ValueError):
    """The coordinator's entry cannot be recorded (a plain reason in `args[0]`)."""


def _reviewers(session: Session, round_id: int) -> dict[int, Reviewer]:
    """Member id -> Reviewer, lettered by the arrival of their first package."""
    first = (
        select(ReceivedPackage.member_id, func.min(ReceivedPackage.id).label("first"))
        .where(ReceivedPackage.round_id == round_id)
        .group_by(ReceivedPackage.member_id)
        .subquery()
    )
    rows = session.execute(
        select(RosterMember, ReceivedPackage)
        .join(first, first.c.member_id == RosterMember.id)
        .join(ReceivedPackage, ReceivedPackage.member_id == RosterMember.id)
        .where(ReceivedPackage.round_id == round_id, ReceivedPackage.state == "accepted")
        .order_by(first.c.first)
    ).all()
    out = {}
    for letter, (member, package) in zip(letters(len(rows)), rows, strict=True):
        out[member.id] = Reviewer(
            letter,
            member.name,
            member.fingerprint,
            package.revision,
            package.received_at.isoformat(timespec="seconds"),
            package.sha256,
            package.file_name,
        )
    return out


def _answers(
    session: Session, round_id: int, reviewers: dict[int, Reviewer]
) -> dict[int, dict[str, dict[str, Answer]]]:
    """Case id -> letter -> question id -> answer, from each member's accepted package."""
    found: dict[int, dict[str, dict[str, Answer]]] = defaultdict(lambda: defaultdict(dict))
    rows = session.execute(  # columns, not entities: 14,400 ORM objects took half a second
        select(
            ReceivedPackage.member_id,
            ReceivedAnswer.case_id,
            ReceivedAnswer.question_id,
            ReceivedAnswer.value,
            ReceivedAnswer.hours,
            ReceivedAnswer.note,
            ReceivedAnswer.note_language,
        )
        .join(ReceivedPackage, ReceivedPackage.id == ReceivedAnswer.package_id)
        .where(ReceivedPackage.round_id == round_id, ReceivedPackage.state == "accepted")
    )
    cited = _citations(session, round_id)
    for member_id, case_id, question_id, value, hours, note, language in rows:
        evidence = cited.get((member_id, case_id, question_id), ())
        answer = Answer(decode_value(value), hours, note, language, evidence)
        found[case_id][reviewers[member_id].letter][question_id] = answer
    return found


def _citations(session: Session, round_id: int) -> dict[tuple[int, int, str], tuple[Citation, ...]]:
    """(member id, case id, question id) -> the pages the member's accepted package cites."""
    found: dict[tuple[int, int, str], list[Citation]] = defaultdict(list)
    rows = session.execute(
        select(
            ReceivedPackage.member_id,
            ReceivedCitation.case_id,
            ReceivedCitation.question_id,
            ReceivedCitation.document,
            ReceivedCitation.page,
            ReceivedCitation.quote,
        )
        .join(ReceivedPackage, ReceivedPackage.id == ReceivedCitation.package_id)
        .where(ReceivedPackage.round_id == round_id, ReceivedPackage.state == "accepted")
        .order_by(ReceivedCitation.position, ReceivedCitation.id)
    )
    for member_id, case_id, question_id, document, page, quote in rows:
        found[(member_id, case_id, question_id)].append(Citation(document, page, quote))
    return {key: tuple(value) for key, value in found.items()}


@dataclass(frozen=True)
class FindingsAndNotes:
    """What the findings page shows: the merged round and what the coordinator wrote on
    each case, read together so moving through the grid needs no further read."""

    findings: RoundFindings
    notes: dict[int, CaseNotes]  # case id -> notes (cases with none are left out)
    undecided: int  # splits the panel has not decided yet, counted here rather than by the window


def findings_and_notes(db: Database, round_id: int) -> FindingsAndNotes:
    with db.session() as session:
        merged = round_findings_in(session, round_id)
        undecided = sum(1 for case in merged.cases for cell in case.cells.values() if cell.unresolved)
        return FindingsAndNotes(merged, all_case_notes_in(session, round_id), undecided)


def round_findings(db: Database, round_id: int) -> RoundFindings:
    """Every case of the round with each member's answers, the panel's findings and the
    agreement per question (withdrawn cases are left out: nobody reviews them)."""
    with db.session() as session:
        return round_findings_in(session, round_id)


def round_findings_in(session: Session, round_id: int) -> RoundFindings:
    """`round_findings` inside the caller's unit of work (the report reads in one).

    The merge is kept (`merged_rounds`) until a package, a case or the round changes;
    a new decision is put in place without merging again."""
    require_coordinator(session)
    decisions = _decisions(session, round_id)
    return merged_rounds.merged(session, round_id, decisions, lambda: _merge(session, round_id, decisions))


def _decisions(session: Session, round_id: int) -> dict[int, dict[str, Decision]]:
    decisions: dict[int, dict[str, Decision]] = defaultdict(dict)
    for case_id, question_id, decision, rationale in session.execute(
        select(Adjudication.case_id, Adjudication.question_id, Adjudication.decision, Adjudication.rationale)
        .join(CaseFile, CaseFile.id == Adjudication.case_id)
        .where(CaseFile.round_id == round_id)
    ):
        decisions[case_id][question_id] = Decision(decode_value(decision), rationale)
    return dict(decisions)


def _merge(session: Session, round_id: int, decisions: dict[int, dict[str, Decision]]) -> RoundFindings:
    """Read every accepted answer of the round and merge it (the slow part)."""
    template = template_of(session, round_id)
    reviewers = _reviewers(session, round_id)
    answers = _answers(session, round_id, reviewers)
    cases = [
        CaseInput(
            case.id,
            case.uid,
            case.reference,
            case.case_type,
            tuple(json.loads(case.strands)),
            case.summary,
            answers.get(case.id, {}),
            decisions.get(case.id, {}),
        )
        for case in session.scalars(
            select(CaseFile)
            .where(CaseFile.round_id == round_id, CaseFile.withdrawn.is_(False))
            .order_by(CaseFile.position)
        )
    ]
    return consolidate(template, list(reviewers.values()), cases)


def _case(session: Session, case_id: int) -> CaseFile:
    require_coordinator(session)
    case = session.get(CaseFile, case_id)
    if case is None:
        raise FindingsRefused("That case is no longer in this profile.")
    return case


def _text(text: str, what: str) -> str:
    text = text.strip()
    if len(text) > MAX_TEXT:
        raise FindingsRefused(f"The {what} is longer than {MAX_TEXT:,} characters.")
    return text


def adjudicate(
    db: Database, case_id: int, question_id: str, decision: AnswerValue | None, rationale: str
) -> Changes:
    """Record what the panel decided on a question its members could not agree on, and
    why; `decision` None records that the panel left it unresolved. The rationale is
    required either way: a report must never show a decision without its reason."""
    rationale = _text(rationale, "rationale")
    if not rationale:
        raise FindingsRefused("Say why the panel decided this: the report prints the reason beside it.")
    with db.session() as session:
        case = _case(session, case_id)
        question = template_of(session, case.round_id).question(question_id)
        try:
            value = normalise_value(question, decision)
        except ValueError as exc:
            raise FindingsRefused("That answer is not one this question offers.") from exc
        session.execute(
            delete(Adjudication).where(
                Adjudication.case_id == case_id, Adjudication.question_id == question_id
            )
        )
        stored = None if value is None else json.dumps(list(value) if isinstance(value, tuple) else value)
        session.add(
            Adjudication(
                case_id=case_id,
                question_id=question_id,
                decision=stored,
                rationale=rationale,
                decided_at=utc_now(),
            )
        )
        shown = value if question.kind != "text" else "(text)"  # codes only: a text may name people
        audit.append(session, "adjudicated", case_id=case_id, question_id=question_id,
                     detail={"decision": shown, "rationale_length": len(rationale)})  # fmt: skip
    return Changes(adjudications=frozenset({case_id}))


def withdraw_adjudication(db: Database, case_id: int, question_id: str) -> Changes:
    """Forget a recorded decision: the cell shows the members' split again."""
    with db.session() as session:
        _case(session, case_id)
        session.execute(
            delete(Adjudication).where(
                Adjudication.case_id == case_id, Adjudication.question_id == question_id
            )
        )
        audit.append(session, "adjudication_withdrawn", case_id=case_id, question_id=question_id)
    return Changes(adjudications=frozenset({case_id}))


def case_notes(db: Database, case_id: int) -> CaseNotes:
    with db.session() as session:
        _case(session, case_id)
        stored = session.execute(
            select(CaseReport.comment, CaseReport.drafted_from).where(CaseReport.case_id == case_id)
        ).first()
        comment, drafted_from = stored if stored is not None else ("", "")
        tags = session.execute(
            select(CaseTag.kind, CaseTag.text).where(CaseTag.case_id == case_id).order_by(CaseTag.id)
        ).all()
        return CaseNotes(
            comment,
            tuple(text for kind, text in tags if kind == "good_practice"),
            tuple(text for kind, text in tags if kind == "learning"),
            drafted_from,
        )


def save_case_notes(db: Database, case_id: int, notes: CaseNotes) -> Changes:
    """Store the panel's comment and the case's tags as the coordinator left them."""
    comment = _text(notes.comment, "panel's comment")
    tags = [
        (kind, _text(t, "tag"))
        for kind, texts in zip(TAG_KINDS, (notes.good_practice, notes.learning), strict=True)
        for t in texts
    ]
    with db.session() as session:
        _case(session, case_id)
        drafted_from = notes.drafted_from.strip() if comment else ""
        report = session.scalar(select(CaseReport).where(CaseReport.case_id == case_id))
        if drafted_from and (report is None or report.drafted_from != drafted_from):
            _draft_in_both_languages(session, case_id, drafted_from)
        if report is None:
            session.add(
                CaseReport(case_id=case_id, comment=comment, drafted_from=drafted_from, updated_at=utc_now())
            )
        else:
            report.comment, report.drafted_from, report.updated_at = comment, drafted_from, utc_now()
        session.execute(delete(CaseTag).where(CaseTag.case_id == case_id))
        session.add_all(CaseTag(case_id=case_id, kind=kind, text=text) for kind, text in tags if text)
        kept = sum(1 for _kind, text in tags if text)
        audit.append(session, "case_notes_saved", case_id=case_id,
                     detail={"comment_length": len(comment), "tags": kept})  # fmt: skip
    return Changes(case_notes=frozenset({case_id}))


def _draft_in_both_languages(session: Session, case_id: int, began_from: str) -> None:
    """The comment just began from the draft: keep the draft's other language beside it."""
    from desktop.reports.case_block import draft_text
    from desktop.reports.drafting import draft_case
    from desktop.reports.redaction import Place
    from desktop.services.translations import store_drafted_in

    round_id = _case(session, case_id).round_id
    merged = round_findings_in(session, round_id)
    case = next((c for c in merged.cases if c.case.case_id == case_id), None)
    if case is None:
        return
    drafts = {lang: draft_text(draft_case(case, merged.template, lang).findings) for lang in ("en", "cy")}
    store_drafted_in(session, round_id, Place(case.case.reference, "comment"), began_from, drafts)


def all_case_notes_in(session: Session, round_id: int) -> dict[int, CaseNotes]:
    """Case id -> what the coordinator wrote, for every case of the round (one read)."""
    require_coordinator(session)
    case_ids = select(CaseFile.id).where(CaseFile.round_id == round_id)
    comments: dict[int, tuple[str, str]] = {
        case_id: (comment, drafted_from)
        for case_id, comment, drafted_from in session.execute(
            select(CaseReport.case_id, CaseReport.comment, CaseReport.drafted_from).where(
                CaseReport.case_id.in_(case_ids)
            )
        )
    }
    tags: dict[int, dict[str, list[str]]] = defaultdict(lambda: {k: [] for k in TAG_KINDS})
    for case_id, kind, text in session.execute(
        select(CaseTag.case_id, CaseTag.kind, CaseTag.text)
        .where(CaseTag.case_id.in_(case_ids))
        .order_by(CaseTag.id)
    ):
        tags[case_id][kind].append(text)
    ids = set(comments) | set(tags)
    return {
        i: CaseNotes(
            comments.get(i, ("", ""))[0],
            tuple(tags[i]["good_practice"]),
            tuple(tags[i]["learning"]),
            comments.get(i, ("", ""))[1],
        )
        for i in ids
    }


def criteria_comments(db: Database, round_id: int) -> dict[str, str]:
    """Question id -> the coordinator's comment for the report's criteria-count table."""
    with db.session() as session:
        return criteria_comments_in(session, round_id)


def criteria_comments_in(session: Session, round_id: int) -> dict[str, str]:
    require_coordinator(session)
    rows = session.execute(
        select(CriteriaComment.question_id, CriteriaComment.comment).where(
            CriteriaComment.round_id == round_id
        )
    )
    return {question_id: comment for question_id, comment in rows if comment}


def save_criteria_comments(db: Database, round_id: int, comments: dict[str, str]) -> Changes:
    """Store the comments as given (an empty one removes it), all in one unit of work."""
    with db.session() as session:
        return save_criteria_comments_in(session, round_id, comments)


def save_criteria_comments_in(session: Session, round_id: int, comments: dict[str, str]) -> Changes:
    cleaned = {qid: _text(text, "comment") for qid, text in comments.items()}
    require_coordinator(session)
    known = {q.id for q in template_of(session, round_id).questions}
    if not set(cleaned) <= known:
        raise FindingsRefused("That question is not in this round's checklist.")
    session.execute(delete(CriteriaComment).where(CriteriaComment.round_id == round_id))
    session.add_all(
        CriteriaComment(round_id=round_id, question_id=qid, comment=text)
        for qid, text in cleaned.items()
        if text
    )
    audit.append(session, "criteria_comments_saved", round_id=round_id,
                 detail={"comments": sum(1 for text in cleaned.values() if text)})  # fmt: skip
    return Changes(criteria_comments=True)
