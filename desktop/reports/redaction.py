"""Publication mode: find likely personal data in every free text of a report, and blank
out what the coordinator chose to redact, before anything is rendered.

The same walk over the report feeds both, so nothing the scan looked at can escape the
redaction, and nothing is redacted that the coordinator was not shown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

from desktop.core.findings import CaseFindings, Cell, MemberAnswer
from desktop.core.personal_data import Hit, in_context, scan
from desktop.reports.content import PanelReport, RecommendationUpdateItem

MARK = "[redacted]"


@dataclass(frozen=True)
class Spotted:
    """A likely piece of personal data, where it is and how it reads in its sentence."""

    where: str  # e.g. "HC-003 · risk_identified · note (Member C)"
    hit: Hit
    context: str


def _case_texts(case: CaseFindings) -> Iterator[tuple[str, str]]:
    ref = case.case.reference
    yield f"{ref} · summary", case.case.summary
    for question_id, cell in case.cells.items():
        for given in cell.answers:
            yield f"{ref} · {question_id} · note (Member {given.letter})", given.answer.note
            if isinstance(given.answer.value, str) and given.answer.value not in _codes(cell):
                yield f"{ref} · {question_id} · answer (Member {given.letter})", given.answer.value
        if cell.decision is not None:
            yield f"{ref} · {question_id} · decision", cell.decision.rationale


def _codes(cell: Cell) -> set[str]:
    return {str(k) for k in cell.consensus.counts}


def free_texts(report: PanelReport) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a person typed that the report may print."""
    bg = report.background
    for name, text in (
        ("period", bg.sample_period),
        ("method", bg.sample_method),
        ("definitions", bg.definitions),
    ):
        yield f"background · {name}", text
    for case in report.findings.cases:
        yield from _case_texts(case)
        notes = report.notes.get(case.case.case_id)
        if notes is not None:
            ref = case.case.reference
            yield f"{ref} · panel's comment", notes.comment
            for text in (*notes.good_practice, *notes.learning):
                yield f"{ref} · tag", text
    for o in report.observations:
        yield f"observation {o.number}", o.text
        yield f"observation {o.number} · response", o.response
    for r in report.recommendations:
        yield f"recommendation {r.number}", r.text
        for u in r.updates:
            yield f"recommendation {r.number} · update {u.dated}", f"{u.text}\n{u.assessment}"


def spot(report: PanelReport) -> list[Spotted]:
    """Every likely piece of personal data, in report order."""
    references = [c.case.reference for c in report.findings.cases]
    found = []
    for where, text in free_texts(report):
        for hit in scan(text, known_references=references) if text else ():
            found.append(Spotted(where, hit, in_context(text, hit)))
    return found


def _blank(texts: Sequence[str]) -> Callable[[str], str]:
    ordered = sorted({t for t in texts if t.strip()}, key=len, reverse=True)  # longest first

    def blank(text: str) -> str:
        for t in ordered:
            text = text.replace(t, MARK)
        return text

    return blank


def _cell(cell: Cell, blank: Callable[[str], str]) -> Cell:
    answers = []
    for given in cell.answers:
        answer = given.answer
        value = (
            blank(answer.value)
            if isinstance(answer.value, str) and answer.value not in _codes(cell)
            else answer.value
        )
        answers.append(
            MemberAnswer(given.letter, replace(answer, value=value, note=blank(answer.note)), given.shown)
        )
    decision = replace(cell.decision, rationale=blank(cell.decision.rationale)) if cell.decision else None
    return replace(cell, answers=tuple(answers), decision=decision)


def _update(update: RecommendationUpdateItem, blank: Callable[[str], str]) -> RecommendationUpdateItem:
    return replace(update, text=blank(update.text), assessment=blank(update.assessment))


def redacted(report: PanelReport, texts: Sequence[str]) -> PanelReport:
    """The report with each of `texts` replaced by "[redacted]" wherever a person typed it."""
    if not texts:
        return report
    blank = _blank(texts)
    cases = tuple(
        replace(
            case,
            case=replace(case.case, summary=blank(case.case.summary)),
            cells={qid: _cell(cell, blank) for qid, cell in case.cells.items()},
        )
        for case in report.findings.cases
    )
    notes = {
        case_id: replace(
            n,
            comment=blank(n.comment),
            good_practice=tuple(map(blank, n.good_practice)),
            learning=tuple(map(blank, n.learning)),
        )
        for case_id, n in report.notes.items()
    }
    bg = report.background
    background = replace(
        bg,
        sample_period=blank(bg.sample_period),
        sample_method=blank(bg.sample_method),
        definitions=blank(bg.definitions),
    )
    observations = tuple(
        replace(o, text=blank(o.text), response=blank(o.response)) for o in report.observations
    )
    recommendations = tuple(
        replace(r, text=blank(r.text), updates=tuple(_update(u, blank) for u in r.updates))
        for r in report.recommendations
    )
    return replace(
        report,
        findings=replace(report.findings, cases=cases),
        notes=notes,
        background=background,
        observations=observations,
        recommendations=recommendations,
    )
