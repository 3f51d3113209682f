"""The panel's findings on a case, drafted in the panel's own voice from the merged answers.

Published panel reports give a handful of points a case: what went wrong, what was
unclear, what was done well. So the draft says first what is *notable* — a split and how
the panel decided it, an answer that falls short of the standard (the codes a template
asks a note for), the hours recorded against the standard — each in the template's own
sentence, with the members' notes that explain it beneath it (attributed in an internal
report, once however many members wrote the same thing). Then what met the standard is
gathered into one sentence by section ("Members were satisfied with the care of the
victim and the outcome."), and the last section's verdict (the overall rating) closes it.
A finding never contradicts another: hours that disagree with the answer are said as
one sentence that says so, instead of two that cannot both be true.

The coordinator edits the draft into the panel's comment; a case without one is
printed with the draft.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from statistics import median

from desktop.core.consensus import Agreement
from desktop.core.findings import UNABLE_TO_AGREE, CaseFindings, Cell
from desktop.core.findings_text import answers_list, finding_sentence, template_hours_finding
from desktop.core.template import ANY_ANSWERS, HOURS_STANDARD_SETTING, Question, Section, Template
from desktop.core.words import say
from desktop.core.words.nouns import joined
from desktop.reports.redaction import MARK  # a text blanked for publication is not woven in

# Who wrote a note: the letters of the members ("A", "C") -> "Aled Jones and Ceri Hughes
# noted: …"; None for a published report, which says "Members noted: …".
Attribution = Callable[[Sequence[str], str], str] | None

GOOD_PRACTICE_QUESTIONS = frozenset({"good_practice", "good_practice_and_learning"})
LEARNING_QUESTIONS = frozenset({"areas_for_learning"})
HOURS_DISAGREE = "hours_disagree"  # the code of a finding whose hours and answer disagree
SAME_NOTE = 0.9  # notes this alike (difflib's ratio, case and spacing ignored) are one note


@dataclass(frozen=True)
class Finding:
    """One bullet of the draft, with the members' notes that explain it beneath it."""

    text: str
    notes: tuple[str, ...] = ()
    notable: bool = False
    # what it is a finding of, for the summary of themes: the question and the finding's
    # code ("unable_to_agree" for a split left open, "hours_disagree" for hours that
    # disagree with the answer); empty for a sentence that sums several up
    question_id: str = ""
    code: str = ""


@dataclass(frozen=True)
class CaseDraft:
    findings: tuple[Finding, ...]
    good_practice: tuple[str, ...]  # what members wrote, once each
    learning: tuple[str, ...]


def answer_label(question: Question, value: object, language: str) -> str:
    """The words for a code, or for each code of a multi-choice answer."""
    codes = value if isinstance(value, tuple) else (value,)
    labels = []
    for code in codes:
        choice = question.choice(str(code))
        labels.append(choice.label.get(language) if choice else str(code))
    return ", ".join(labels)


def sentence(question: Question, key: str, language: str, **values: object) -> str | None:
    """The template's finding sentence for `key`, filled in; None when it has none."""
    try:
        return finding_sentence(question, key, language, **values)
    except KeyError:  # a template older than finding sentences, or a code it does not cover
        return None


def draft_case(case: CaseFindings, template: Template, language: str, who: Attribution = None) -> CaseDraft:
    """The panel's findings on one case: the notable first, in checklist order, then what
    met the standard, then the closing verdict; and what members wrote as good practice
    and learning."""
    notable: list[Finding] = []
    met: list[Section] = []
    met_notes: list[tuple[str, str]] = []
    unphrased = False
    closing: list[Finding] = []
    last = template.sections[-1]
    shortfalls = _shortfalls(case, template)
    for section in template.sections:
        section_met, section_notable = False, False
        for question in section.questions:
            cell = case.cells.get(question.id)
            if cell is None or question.kind == "text" or cell.consensus.agreement is Agreement.NO_ANSWERS:
                continue
            verdict = section is last and question.kind == "choice"
            finding = _finding(question, cell, template, language, who, shortfalls if verdict else 0)
            if finding is None:  # not applicable to the case: its notes are still heard
                met_notes += cell.notes()
            elif verdict:
                closing.append(finding)
            elif finding.notable:
                notable.append(finding)
                section_notable = True
            else:
                section_met = True
                met_notes += cell.notes()
        if section_met and not section_notable:
            if section.satisfied_with is None:
                unphrased = True
            else:
                met.append(section)
    satisfied = _satisfied(met, unphrased, language)
    if satisfied is not None:
        notable.append(Finding(satisfied))
    notes = _notes(met_notes, language, who)
    if notes:  # on answers that met the standard: beside "satisfied" a caveat reads as a contradiction
        notable.append(Finding(say("draft.also_noted", language), notes))
    practice, learning = _written(case, language)
    return CaseDraft(tuple(notable + closing), practice, learning)


def _shortfalls(case: CaseFindings, template: Template) -> int:
    """How many of the case's findings before the closing verdict fall short of the
    standard (a split the panel left open is no finding, so it is not counted)."""
    last = template.sections[-1]
    return sum(
        1
        for section in template.sections
        for question in section.questions
        if not (section is last and question.kind == "choice")
        and (cell := case.cells.get(question.id)) is not None
        and not cell.unresolved
        and cell.finding not in (None, "na")
        and _falls_short(question, cell.finding)
    )


# one question ------------------------------------------------------------------------
def _finding(
    question: Question, cell: Cell, template: Template, language: str, who: Attribution, shortfalls: int = 0
) -> Finding | None:
    """`shortfalls`: for the closing verdict, the case's findings above it that fell short
    of the standard; a best rating given despite them says so instead of reading as if
    nothing had."""
    notes = _notes(cell.notes(), language, who)
    if cell.unresolved:
        text = sentence(question, "unable_to_agree", language) or say(
            "report.split_question", language, question=question.text.get(language)
        )
        split = (question.id, UNABLE_TO_AGREE)
        if cell.decision is not None:  # discussed, and left open on purpose
            why = cell.decision.rationale
            return Finding(say("draft.left_open", language, sentence=text, why=why), notes, True, *split)
        counts = _counts(question, cell, language)
        bare = text.rstrip().removesuffix(".")
        return Finding(say("draft.split_counts", language, sentence=bare, counts=counts), notes, True, *split)
    finding = cell.finding
    if finding == "na" or finding is None:
        return None
    text, short, code = _answer_sentence(question, cell, template, language)
    if shortfalls and question.choices and code == question.choices[0].code and code not in question.note_if:
        text = _although(text, shortfalls, language)
    if cell.split and cell.decision is not None:
        why = cell.decision.rationale
        return Finding(say("draft.decided", language, sentence=text, why=why), notes, True, question.id, code)
    if cell.consensus.agreement is Agreement.MAJORITY:
        top = max(cell.consensus.counts.values())
        text = _with(text, say("report.majority_of", language, top=top, all=cell.consensus.answered_by))
        # a member who found it short of the standard is heard, not folded into "satisfied"
        short = short or any(_falls_short(question, value) for value in cell.consensus.counts)
    elif cell.consensus.agreement is Agreement.ONE_REVIEW:
        text = _with(text, say("report.one_review", language))
    return Finding(text, notes, short, question.id, code)


def _although(verdict: str, shortfalls: int, language: str) -> str:
    """The best rating, and in the same sentence that it was given although shortfalls
    were found: "… handled well (green), although they found the shortfalls set out above."."""
    key = "draft.best_although.one" if shortfalls == 1 else "draft.best_although.other"
    return say(key, language, verdict=verdict.rstrip().removesuffix("."))


def _with(text: str, aside: str) -> str:
    """`aside` ("(a majority: 2 of 3 members)") inside the sentence, before its full stop."""
    bare = text.rstrip()
    stop = "." if bare.endswith(".") else ""
    return f"{bare.removesuffix('.')} {aside}{stop}"


def _answer_sentence(
    question: Question, cell: Cell, template: Template, language: str
) -> tuple[str, bool, str]:
    """The sentence for the panel's finding, whether it falls short of the standard, and
    the finding's code (a multi-choice answer's codes joined by commas).

    On a question with hours, the hours members recorded (their median) against the
    template's standard say it more exactly than the answer, and say it once; where they
    disagree with the answer, one sentence says so."""
    finding = cell.finding
    short = _falls_short(question, finding)
    code = ",".join(finding) if isinstance(finding, tuple) else str(finding)
    if question.kind == "multi" and isinstance(finding, tuple):
        text = sentence(question, ANY_ANSWERS, language, answers=answers_list(question, finding, language))
    else:
        text = sentence(question, str(finding), language)
    text = text or say(
        "report.fallback", language, question=question.text.get(language),
        answer=answer_label(question, finding, language),
    )  # fmt: skip
    hours = _hours(question, cell)
    standard = template.settings.get(HOURS_STANDARD_SETTING)
    if hours is None or standard is None or finding not in ("yes", "no"):
        return text, short, code
    within = hours <= standard
    if within == (finding == "yes"):
        return template_hours_finding(template, question, hours, language) or text, not within, code
    return say(
        "draft.hours_disagree", language, hours=hours, standard=standard,
        answer=say("draft.within_standard" if finding == "yes" else "draft.outside_standard", language),
        side=say("draft.is_within" if within else "draft.is_outside", language),
    ), True, HOURS_DISAGREE  # fmt: skip


def _falls_short(question: Question, finding: object) -> bool:
    """An answer the template asks a note for is one that falls short of the standard."""
    codes = finding if isinstance(finding, tuple) else (finding,)
    return any(str(code) in question.note_if for code in codes)


def _hours(question: Question, cell: Cell) -> int | None:
    hours = [a.answer.hours for a in cell.answers if a.shown and a.answer.hours is not None]
    return round(median(hours)) if question.hours and hours else None


def _counts(question: Question, cell: Cell, language: str) -> str:
    return ", ".join(
        f"{answer_label(question, value, language)} {n}"
        for value, n in sorted(cell.consensus.counts.items(), key=lambda item: (-item[1], str(item[0])))
    )


# what met the standard -----------------------------------------------------------------
def _satisfied(sections: list[Section], unphrased: bool, language: str) -> str | None:
    phrases = [s.satisfied_with.get(language) for s in sections if s.satisfied_with is not None]
    if not phrases:
        return say("draft.satisfied_otherwise", language) if unphrased else None
    things = _welsh_list(phrases) if language == "cy" else joined(phrases, language)
    return say("draft.satisfied_with", language, things=things)


def _welsh_list(phrases: list[str]) -> str:
    """After "bodlon": "â'r X, y Y a'r Z". Each phrase begins with the article or a vowel
    (the template checks), so "â" and "a" become "â'r"/"a'r" or "ag"/"ac" and nothing mutates."""
    first, rest = phrases[0], phrases[1:]
    if not rest:
        return _welsh_joined("â", "ag", first)
    head = ", ".join([_welsh_joined("â", "ag", first), *rest[:-1]])
    return f"{head} {_welsh_joined('a', 'ac', rest[-1])}"


def _welsh_joined(word: str, before_vowel: str, phrase: str) -> str:
    article = re.match(r"(?i)(yr?) (.*)", phrase)
    if article:
        return f"{word}'r {article.group(2)}"
    return f"{before_vowel} {phrase}"


# members' notes ----------------------------------------------------------------------
def _notes(notes: Sequence[tuple[str, str]], language: str, who: Attribution) -> tuple[str, ...]:
    """Each note once (notes alike are one, with every member who wrote it), attributed."""
    return tuple(_attributed(note, letters, language, who) for note, letters in gathered(notes))


def gathered(written: Iterable[tuple[str, str]]) -> list[tuple[str, list[str]]]:
    """(who or where, text) pairs as each text once, in order, with everyone (or every
    case) that wrote it: texts alike are one; empty and blanked texts are left out."""
    kept: list[tuple[str, list[str]]] = []
    for source, text in written:
        text = text.strip()
        if not text or text == MARK:
            continue
        same = next((entry for entry in kept if alike(entry[0], text)), None)
        if same is None:
            kept.append((text, [source]))
        elif source not in same[1]:
            same[1].append(source)
    return kept


def alike(a: str, b: str) -> bool:
    x, y = _plain(a), _plain(b)
    return x == y or difflib.SequenceMatcher(None, x, y).ratio() >= SAME_NOTE


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def _attributed(note: str, letters: Sequence[str], language: str, who: Attribution) -> str:
    if who is not None:
        return say("draft.noted_by", language, who=who(letters, language), note=note)
    return say("draft.a_member_noted" if len(letters) == 1 else "draft.members_noted", language, note=note)


# good practice and learning ------------------------------------------------------------
def _written(case: CaseFindings, language: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What members answered to the good-practice and learning questions, once each."""
    practice: list[tuple[str, str]] = []
    learning: list[tuple[str, str]] = []
    for question_id, cell in case.cells.items():
        written = [(a.letter, str(a.answer.value)) for a in cell.answers if a.shown and a.answer.answered]
        if question_id in GOOD_PRACTICE_QUESTIONS:
            practice += written
        elif question_id in LEARNING_QUESTIONS:
            learning += written
    return once(text for _letter, text in practice), once(text for _letter, text in learning)


def once(texts: Iterable[str]) -> tuple[str, ...]:
    """Each text once, in order: texts alike (case, spacing and punctuation aside) are one."""
    return tuple(text for text, _sources in gathered(("", text) for text in texts))
