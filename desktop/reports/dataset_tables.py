"""The dataset's rows for one round, from the same merged findings the reports print.

A finding row is what the round's criteria table counts: one row per code of the panel's
finding (a multi-choice finding counts once per code, as `RoundFindings.counts` does),
`unable_to_agree` for a split the panel left undecided, and an empty code when nobody
answered (the criteria table leaves those out). So counting the `findings` rows of a round
by question and code gives the round's own criteria table. Cases are named by an opaque
id drawn afresh for every export and by their number in the report, never by the force's
reference; members by their letter; no text anyone typed is read here.
"""

from __future__ import annotations

import secrets
from collections.abc import Hashable, Iterator
from dataclasses import dataclass
from datetime import date

from desktop.core.consensus import Agreement
from desktop.core.findings import UNABLE_TO_AGREE, CaseFindings, Cell, RoundFindings
from desktop.core.template import Question
from desktop.reports.dataset_schema import SCHEMA_VERSION
from desktop.reports.words import agreement_word

Row = dict[str, object]


@dataclass(frozen=True)
class RoundInfo:
    """What the dataset says about a round besides its findings."""

    uid: str
    title: str
    panel: str
    meeting_date: str | None  # ISO, when the background records it
    created: date  # the round's creation (UTC), for the quarter when no meeting is recorded


@dataclass(frozen=True)
class Identity:
    dataset_id: str
    opcc: str
    force: str


def quarter(day: date) -> str:
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def round_quarter(info: RoundInfo) -> tuple[str, str]:
    """(quarter, what it was taken from): the meeting's, else the round's creation's."""
    if info.meeting_date:
        return quarter(date.fromisoformat(info.meeting_date)), "meeting_date"
    return quarter(info.created), "round_created"


def _key(who: Identity, info: RoundInfo) -> Row:
    return {"schema_version": SCHEMA_VERSION, "dataset_id": who.dataset_id, "round_uid": info.uid}


def round_row(who: Identity, info: RoundInfo, merged: RoundFindings) -> Row:
    when, source = round_quarter(info)
    return {
        **_key(who, info), "opcc": who.opcc, "force": who.force, "panel": info.panel,
        "round_title": info.title, "template_id": merged.template.id,
        "template_version": merged.template.version, "meeting_date": info.meeting_date or None,
        "quarter": when, "quarter_from": source, "cases": len(merged.cases), "members": len(merged.reviewers),
    }  # fmt: skip


def question_rows(who: Identity, info: RoundInfo, merged: RoundFindings) -> Iterator[Row]:
    template = merged.template
    for number, q in enumerate(template.questions, start=1):
        base = {
            **_key(who, info), "template_id": template.id, "template_version": template.version,
            "section_id": q.section_id, "question_id": q.id, "question_number": number, "kind": q.kind,
            "question_en": q.text.en, "question_cy": q.text.cy,
            "criterion_en": q.criterion_label("en"), "criterion_cy": q.criterion_label("cy"),
        }  # fmt: skip
        for code, en, cy in _offered(q):
            yield {**base, "answer_code": code, "answer_en": en, "answer_cy": cy}


def _offered(question: Question) -> list[tuple[str | None, str | None, str | None]]:
    """Each answer the question offers, then `unable_to_agree`; one empty row for text."""
    if question.kind == "text":
        return [(None, None, None)]
    offered: list[tuple[str | None, str | None, str | None]] = [
        (c.code, c.label.en, c.label.cy) for c in question.choices
    ]
    if question.choice(UNABLE_TO_AGREE) is None:
        unable = Agreement.UNABLE_TO_AGREE
        offered.append((UNABLE_TO_AGREE, agreement_word(unable, "en"), agreement_word(unable, "cy")))
    return offered


def case_ids(merged: RoundFindings) -> dict[int, str]:
    """Case id in the profile -> an opaque id for this export only."""
    return {case.case.case_id: f"c{secrets.token_hex(8)}" for case in merged.cases}


def _case_key(who: Identity, info: RoundInfo, ids: dict[int, str], number: int, case: CaseFindings) -> Row:
    return {**_key(who, info), "case_id": ids[case.case.case_id], "case_number": number}


def codes(value: Hashable | None) -> tuple[str | None, ...]:
    """A multi-choice value's codes, or the one code; (None,) for no value."""
    if value is None:
        return (None,)
    return tuple(str(v) for v in value) if isinstance(value, tuple) else (str(value),)


def _finding_codes(cell: Cell) -> tuple[str | None, ...]:
    if cell.consensus.agreement is Agreement.NO_ANSWERS:
        return (None,)
    if cell.unresolved:
        return (UNABLE_TO_AGREE,)
    return codes(cell.finding) if cell.finding is not None else (None,)


def finding_rows(who: Identity, info: RoundInfo, merged: RoundFindings, ids: dict[int, str]) -> Iterator[Row]:
    for number, case in enumerate(merged.cases, start=1):
        key = _case_key(who, info, ids, number, case)
        for question in merged.merged_questions():
            cell = case.cells[question.id]
            decided = cell.decision is not None and cell.decision.value is not None
            for code in _finding_codes(cell):
                yield {
                    **key, "question_id": question.id, "agreement": cell.consensus.agreement.value,
                    "answered_by": cell.consensus.answered_by, "decided_by_panel": "yes" if decided else "no",
                    "finding_code": code,
                }  # fmt: skip


def answer_rows(who: Identity, info: RoundInfo, merged: RoundFindings, ids: dict[int, str]) -> Iterator[Row]:
    """A member's answers by code; unanswered questions and free-text answers are left out."""
    for number, case in enumerate(merged.cases, start=1):
        key = _case_key(who, info, ids, number, case)
        for question in merged.merged_questions():
            for given in case.cells[question.id].answers:
                if given.answer.value is None:
                    continue
                for code in codes(given.answer.value):
                    yield {
                        **key, "question_id": question.id, "member": f"Member {given.letter}",
                        "answer_code": code, "hours": given.answer.hours,
                        "shown": "yes" if given.shown else "no",
                    }  # fmt: skip
