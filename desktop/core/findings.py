"""A round's reviews consolidated: per case and question, every member's answer and the
panel's finding; per question, how far the members agreed.

Pure: the services read the accepted packages and the coordinator's decisions from the
database and hand them here; the findings view, the reports and the command line all
read the result, so the merge rule is applied in exactly one place.

Only questions shown to a member count (skip logic is worked out on that member's own
answers): an answer stored for a question the member's other answers hid is kept in the
member's record but is never part of a finding or a statistic. Free-text questions are
not merged; their words travel as notes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from desktop.core.agreement import QuestionAgreement, question_agreement
from desktop.core.answers import Answer, AnswerValue, is_shown
from desktop.core.consensus import Agreement, Consensus, merge
from desktop.core.template import Question, Template

UNABLE_TO_AGREE = "unable_to_agree"  # the criteria-count column of unresolved splits


@dataclass(frozen=True)
class Reviewer:
    """A member whose accepted package is part of the round, and what proves it."""

    letter: str  # "A", "B", …: the name the published report uses
    name: str
    fingerprint: str
    revision: int
    received_at: str  # ISO, UTC
    sha256: str
    file_name: str


@dataclass(frozen=True)
class MemberAnswer:
    letter: str
    answer: Answer
    shown: bool  # False: the member's own answers hid the question; never counted


@dataclass(frozen=True)
class Decision:
    """What the panel decided at its meeting on a split; `value` None = left unresolved."""

    value: AnswerValue | None
    rationale: str


@dataclass(frozen=True)
class Cell:
    """One question of one case."""

    question_id: str
    consensus: Consensus
    answers: tuple[MemberAnswer, ...]
    decision: Decision | None = None

    @property
    def finding(self) -> Hashable | None:
        """The panel's finding: a decision on a split, else the agreed or majority answer."""
        if self.decision is not None and self.decision.value is not None:
            return self.decision.value
        return self.consensus.finding

    @property
    def split(self) -> bool:
        return self.consensus.agreement is Agreement.UNABLE_TO_AGREE

    @property
    def unresolved(self) -> bool:
        return self.split and (self.decision is None or self.decision.value is None)

    def notes(self) -> list[tuple[str, str]]:
        """(letter, note) of every member who wrote one, shown question or not."""
        return [(a.letter, a.answer.note.strip()) for a in self.answers if a.answer.note.strip()]


@dataclass(frozen=True)
class CaseInput:
    case_id: int
    uid: str
    reference: str
    case_type: str
    strands: tuple[str, ...]
    summary: str
    # letter -> that member's answers to this case (only members who returned it)
    answers: Mapping[str, Mapping[str, Answer]]
    decisions: Mapping[str, Decision] = field(default_factory=dict)


@dataclass(frozen=True)
class CaseFindings:
    case: CaseInput
    cells: Mapping[str, Cell]  # question id -> cell, in template order

    @property
    def reviewed_by(self) -> tuple[str, ...]:
        return tuple(sorted(self.case.answers))

    def cell(self, question_id: str) -> Cell | None:
        return self.cells.get(question_id)


@dataclass(frozen=True)
class RoundFindings:
    template: Template
    reviewers: tuple[Reviewer, ...]
    cases: tuple[CaseFindings, ...]
    agreement: Mapping[str, QuestionAgreement]  # per merged question

    def merged_questions(self) -> list[Question]:
        return [q for q in self.template.questions if q.kind != "text"]

    def counts(self, question_id: str) -> Counter[str]:
        """Cases per finding code (a multi answer counts once per code), plus
        `UNABLE_TO_AGREE` for splits the panel left unresolved."""
        tally: Counter[str] = Counter()
        for case in self.cases:
            cell = case.cell(question_id)
            if cell is None or cell.consensus.agreement is Agreement.NO_ANSWERS:
                continue
            if cell.unresolved:
                tally[UNABLE_TO_AGREE] += 1
            elif isinstance(cell.finding, tuple):
                tally.update(cell.finding)
            elif isinstance(cell.finding, str):
                tally[cell.finding] += 1
        return tally


def category(question: Question, answer: Answer) -> Hashable | None:
    """What a member's answer counts as in a merge: a code, or the whole set of codes of
    a multi-choice answer (two members agree on strands only if they chose the same set)."""
    if not answer.answered or question.kind == "text":
        return None
    return answer.value


def _cell(template: Template, question: Question, case: CaseInput) -> Cell:
    answers = []
    given = []
    for letter in sorted(case.answers):
        theirs = case.answers[letter]
        answer = theirs.get(question.id, Answer())
        shown = is_shown(template, question, theirs)
        answers.append(MemberAnswer(letter, answer, shown))
        value = category(question, answer) if shown else None
        if value is not None:
            given.append(value)
    return Cell(question.id, merge(given), tuple(answers), case.decisions.get(question.id))


def consolidate(
    template: Template, reviewers: Sequence[Reviewer], cases: Sequence[CaseInput]
) -> RoundFindings:
    """Merge every case's answers and measure agreement per question across the round."""
    case_findings = tuple(
        CaseFindings(case, {q.id: _cell(template, q, case) for q in template.questions}) for case in cases
    )
    agreement = {}
    for question in template.questions:
        if question.kind == "text":
            continue
        units = [dict(c.cells[question.id].consensus.counts) for c in case_findings]
        categories = [c.code for c in question.choices] if question.kind != "multi" else None
        agreement[question.id] = question_agreement(units, categories)
    return RoundFindings(template, tuple(reviewers), case_findings, agreement)


def redecided(findings: RoundFindings, decisions: Mapping[int, Mapping[str, Decision]]) -> RoundFindings:
    """`findings` with the panel's decisions (case id -> question id -> decision) in place
    of the ones it was merged with.

    A decision settles a split; it changes neither the members' answers, nor the
    consensus, nor the agreement between members. So recording one re-merges nothing:
    only the cells whose decision differs are replaced.
    """
    cases = []
    for case in findings.cases:
        wanted = decisions.get(case.case.case_id, {})
        if wanted == case.case.decisions:
            cases.append(case)
            continue
        cells = {
            qid: cell if cell.decision == wanted.get(qid) else replace(cell, decision=wanted.get(qid))
            for qid, cell in case.cells.items()
        }  # a cell left as it was is the same object: the grid repaints and measures the others
        cases.append(CaseFindings(replace(case.case, decisions=dict(wanted)), cells))
    return replace(findings, cases=tuple(cases))


def letters(count: int) -> list[str]:
    """A, B, … Z, then AA, AB, …: a panel larger than 26 still gets distinct names."""
    out = []
    for i in range(count):
        name, n = "", i
        while True:
            name = chr(ord("A") + n % 26) + name
            n = n // 26 - 1
            if n < 0:
                break
        out.append(name)
    return out
