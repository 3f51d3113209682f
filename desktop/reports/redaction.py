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

MARK = "███"  # a black bar: redaction read the same in English and Welsh


@dataclass(frozen=True)
class Place:
    """Where in the report a text is: its case, observation or recommendation, which
    part of it, and whose words (a member's letter) when a member wrote it."""

    subject: str  # a case reference, "observation 2", "recommendation 4", or "" (the background)
    part: str  # a key of _PARTS
    member: str = ""


_PARTS: dict[str, tuple[str, str]] = {
    "summary": ("case summary", "crynodeb yr achos"),
    "note": ("note", "nodyn"),
    "answer": ("answer", "ateb"),
    "decision": ("reason for the panel's decision", "rheswm dros benderfyniad y panel"),
    "comment": ("panel's comment", "sylw'r panel"),
    "tag": ("good practice or learning", "arfer da neu ddysgu"),
    "period": ("period covered", "y cyfnod dan sylw"),
    "method": ("how cases were chosen", "sut y dewiswyd yr achosion"),
    "definitions": ("definitions", "diffiniadau"),
    "observation": ("observation", "sylw"),
    "response": ("force response", "ymateb yr heddlu"),
    "recommendation": ("recommendation", "argymhelliad"),
    "update": ("update", "diweddariad"),
}


def describe(place: Place, language: str) -> str:
    """ "HC-003 · note (Member C)", in English or Welsh."""
    en, cy = _PARTS[place.part]
    part = cy if language == "cy" else en
    if place.part in ("observation", "response", "recommendation", "update"):
        text = f"{part} {place.subject}"  # "observation 2", "update 4 · 2026-06-01"
    else:
        text = " · ".join(w for w in (place.subject, part) if w)
    if place.member:
        text += f" ({'Aelod' if language == 'cy' else 'Member'} {place.member})"
    return text


@dataclass(frozen=True)
class Spotted:
    """A likely piece of personal data, where it is and how it reads in its sentence."""

    place: Place
    hit: Hit
    context: str

    @property
    def where(self) -> str:
        return describe(self.place, "en")


def _case_texts(case: CaseFindings) -> Iterator[tuple[Place, str]]:
    ref = case.case.reference
    yield Place(ref, "summary"), case.case.summary
    for cell in case.cells.values():
        for given in cell.answers:
            yield Place(ref, "note", given.letter), given.answer.note
            if isinstance(given.answer.value, str) and given.answer.value not in _codes(cell):
                yield Place(ref, "answer", given.letter), given.answer.value
        if cell.decision is not None:
            yield Place(ref, "decision"), cell.decision.rationale


def _codes(cell: Cell) -> set[str]:
    return {str(k) for k in cell.consensus.counts}


def free_texts(report: PanelReport) -> Iterator[tuple[Place, str]]:
    """(where, text) for every text a person typed that the report may print."""
    bg = report.background
    for part, text in (
        ("period", bg.sample_period),
        ("method", bg.sample_method),
        ("definitions", bg.definitions),
    ):
        yield Place("", part), text
    for case in report.findings.cases:
        yield from _case_texts(case)
        notes = report.notes.get(case.case.case_id)
        if notes is not None:
            ref = case.case.reference
            yield Place(ref, "comment"), notes.comment
            for text in (*notes.good_practice, *notes.learning):
                yield Place(ref, "tag"), text
    for o in report.observations:
        yield Place(f"{o.number}", "observation"), o.text
        yield Place(f"{o.number}", "response"), o.response
    for r in report.recommendations:
        yield Place(f"{r.number}", "recommendation"), r.text
        for u in r.updates:
            yield Place(f"{r.number} · {u.dated}", "update"), f"{u.text}\n{u.assessment}"


def spot(report: PanelReport) -> list[Spotted]:
    """Every likely piece of personal data, in report order."""
    references = [c.case.reference for c in report.findings.cases]
    found = []
    for place, text in free_texts(report):
        for hit in scan(text, known_references=references) if text else ():
            found.append(Spotted(place, hit, in_context(text, hit)))
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
    """The report with each of `texts` replaced by a black bar wherever a person typed it."""
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
