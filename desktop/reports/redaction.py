"""Publication mode: every free text of a report, each at its place, and the report
rewritten text by text as the coordinator confirmed it (`desktop.services.publication`).

The same walk over the report feeds both the publication review and the rewrite, so no
text the coordinator was not shown can reach a published file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from desktop.core.findings import CaseFindings, Cell, MemberAnswer
from desktop.core.words import say
from desktop.core.words.dates import long_date
from desktop.reports.content import CaseNotes, PanelReport, RecommendationItem

MARK = "███"  # a black bar: redaction read the same in English and Welsh


@dataclass(frozen=True)
class Place:
    """Where in the report a text is: its case, observation or recommendation, which
    part of it, and whose words (a member's letter) when a member wrote it."""

    subject: str  # a case reference, "observation 2", "recommendation 4", or "" (the background)
    part: str  # which text: a "redaction.<part>" key of the catalogue
    member: str = ""
    item: str = ""  # which one of several alike: a question id, a tag's or an update's number
    # A version of the text in another language than it was written in ("" for the text
    # itself): read and confirmed on its own, as a translation can carry what its source
    # does not.
    language: str = ""

    @property
    def text_key(self) -> str:
        """Names this text and no other in the round's report, the same on every reading,
        so a confirmation or a translation given to it can be found again."""
        return "|".join((self.subject, self.part, self.member, self.item))

    @property
    def key(self) -> str:
        """`text_key`, and for a version in another language, that language as well."""
        return f"{self.text_key}|{self.language}" if self.language else self.text_key


def describe(place: Place, language: str) -> str:
    """ "HC-003 · note (Member C)", in English or Welsh."""
    part = say(f"redaction.{place.part}", language)
    if place.part in ("observation", "response", "recommendation", "update", "assessment", "owner", "theme"):
        subject = " · ".join(long_date(s, language) for s in place.subject.split(" · "))
        text = f"{part} {subject}"  # "observation 2", "update 4 · 1 June 2026" (the key keeps ISO)
    else:
        text = " · ".join(w for w in (place.subject, part) if w)
    if place.member:
        text += f" ({say('report.member_letter', language, letter=place.member)})"
    if place.language:
        text += " · " + say(f"redaction.version_{place.language}", language)
    return text


def _case_texts(case: CaseFindings) -> Iterator[tuple[Place, str]]:
    ref = case.case.reference
    yield Place(ref, "summary"), case.case.summary
    for qid, cell in case.cells.items():
        for given in cell.answers:
            yield Place(ref, "note", given.letter, qid), given.answer.note
            if _typed(cell, given.answer.value):
                yield Place(ref, "answer", given.letter, qid), str(given.answer.value)
        if cell.decision is not None:
            yield Place(ref, "decision", "", qid), cell.decision.rationale


def _codes(cell: Cell) -> set[str]:
    return {str(k) for k in cell.consensus.counts}


def _typed(cell: Cell, value: object) -> bool:
    """A value a person typed (a text question's answer), not one of the question's codes."""
    return isinstance(value, str) and value not in _codes(cell)


def free_texts(report: PanelReport) -> Iterator[tuple[Place, str]]:
    """(where, text) for every text a person typed that the report may print.

    `rewritten` walks the same parts in the same way; a test holds the two together."""
    bg = report.background
    for part, text in (
        ("panel", report.panel),
        ("title", report.round_title),
        ("period", bg.sample_period),
        ("method", bg.sample_method),
        ("definitions", bg.definitions),
        ("themes", bg.summary),
    ):
        yield Place("", part), text
    for qid, comment in report.criteria_comments.items():
        yield Place("", "criteria", "", qid), comment
    for case in report.findings.cases:
        yield from _case_texts(case)
        notes = report.notes.get(case.case.case_id)
        if notes is not None:
            ref = case.case.reference
            yield Place(ref, "comment"), notes.comment
            for n, text in enumerate((*notes.good_practice, *notes.learning), start=1):
                yield Place(ref, "tag", "", str(n)), text
    for o in report.observations:
        yield Place(f"{o.number}", "observation"), o.text
        yield Place(f"{o.number}", "response"), o.response
    for r in report.recommendations:
        yield Place(f"{r.number}", "recommendation"), r.text
        yield Place(f"{r.number}", "owner"), r.owner
        yield Place(f"{r.number}", "theme"), r.theme
        for n, u in enumerate(r.updates, start=1):
            yield Place(f"{r.number} · {u.dated}", "update", "", str(n)), u.text
            yield Place(f"{r.number} · {u.dated}", "assessment", "", str(n)), u.assessment


Change = Callable[[Place, str], str]


def _cell(ref: str, qid: str, cell: Cell, change: Change) -> Cell:
    answers = []
    for given in cell.answers:
        answer = given.answer
        value = answer.value
        if _typed(cell, value):
            value = change(Place(ref, "answer", given.letter, qid), str(value))
        note = change(Place(ref, "note", given.letter, qid), answer.note)
        answers.append(MemberAnswer(given.letter, replace(answer, value=value, note=note), given.shown))
    decision = cell.decision
    if decision is not None:
        decision = replace(decision, rationale=change(Place(ref, "decision", "", qid), decision.rationale))
    return replace(cell, answers=tuple(answers), decision=decision)


def _case(case: CaseFindings, change: Change) -> CaseFindings:
    ref = case.case.reference
    return replace(
        case,
        case=replace(case.case, summary=change(Place(ref, "summary"), case.case.summary)),
        cells={qid: _cell(ref, qid, cell, change) for qid, cell in case.cells.items()},
    )


def _notes(ref: str, notes: CaseNotes, change: Change) -> CaseNotes:
    tags = [
        change(Place(ref, "tag", "", str(n)), text)
        for n, text in enumerate((*notes.good_practice, *notes.learning), start=1)
    ]
    split = len(notes.good_practice)
    return replace(
        notes,
        comment=change(Place(ref, "comment"), notes.comment),
        good_practice=tuple(tags[:split]),
        learning=tuple(tags[split:]),
    )


def _recommendation(r: RecommendationItem, change: Change) -> RecommendationItem:
    updates = tuple(
        replace(
            u,
            text=change(Place(f"{r.number} · {u.dated}", "update", "", str(n)), u.text),
            assessment=change(Place(f"{r.number} · {u.dated}", "assessment", "", str(n)), u.assessment),
        )
        for n, u in enumerate(r.updates, start=1)
    )
    return replace(
        r,
        text=change(Place(f"{r.number}", "recommendation"), r.text),
        owner=change(Place(f"{r.number}", "owner"), r.owner),
        theme=change(Place(f"{r.number}", "theme"), r.theme),
        updates=updates,
    )


def rewritten(report: PanelReport, change: Change) -> PanelReport:
    """The report with every text a person typed passed through `change(place, text)`:
    the same texts, at the same places, as `free_texts` lists."""
    bg = report.background
    references = {c.case.case_id: c.case.reference for c in report.findings.cases}
    return replace(
        report,
        panel=change(Place("", "panel"), report.panel),
        round_title=change(Place("", "title"), report.round_title),
        background=replace(
            bg,
            sample_period=change(Place("", "period"), bg.sample_period),
            sample_method=change(Place("", "method"), bg.sample_method),
            definitions=change(Place("", "definitions"), bg.definitions),
            summary=change(Place("", "themes"), bg.summary),
        ),
        criteria_comments={
            qid: change(Place("", "criteria", "", qid), comment)
            for qid, comment in report.criteria_comments.items()
        },
        findings=replace(report.findings, cases=tuple(_case(c, change) for c in report.findings.cases)),
        notes={
            case_id: _notes(references.get(case_id, ""), n, change) for case_id, n in report.notes.items()
        },
        observations=tuple(
            replace(
                o,
                text=change(Place(f"{o.number}", "observation"), o.text),
                response=change(Place(f"{o.number}", "response"), o.response),
            )
            for o in report.observations
        ),
        recommendations=tuple(_recommendation(r, change) for r in report.recommendations),
    )
