"""The panel's findings on a case drafted in the panel's own words, from the merged answers.

Each question's finding becomes the template's sentence for it ("Members were satisfied
that the risk had been identified…"), a split becomes its "unable to agree" sentence,
and a majority or a single review says so. The coordinator edits the draft into the
panel's comment; a case without one is printed with the draft.
"""

from __future__ import annotations

from statistics import median

from desktop.core.consensus import Agreement
from desktop.core.findings import CaseFindings, Cell
from desktop.core.findings_text import answers_list, finding_sentence, template_hours_finding
from desktop.core.template import ANY_ANSWERS, Question, Template
from desktop.core.words import say


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


def finding_line(question: Question, cell: Cell, language: str) -> str | None:
    """One bullet for the cell, or None when there is nothing to say (no answers, or not
    applicable to the case)."""
    agreement = cell.consensus.agreement
    if agreement is Agreement.NO_ANSWERS:
        return None
    text = question.text.get(language)
    if cell.unresolved:
        return sentence(question, "unable_to_agree", language) or say(
            "report.split_question", language, question=text
        )
    finding = cell.finding
    if finding == "na":
        return None
    label = answer_label(question, finding, language)
    if question.kind == "multi" and isinstance(finding, tuple):
        line = sentence(question, ANY_ANSWERS, language, answers=answers_list(question, finding, language))
    else:
        line = sentence(question, str(finding), language)
    line = line or say("report.fallback", language, question=text, answer=label)
    if agreement is Agreement.MAJORITY and cell.decision is None:
        top = max(cell.consensus.counts.values())
        line += " " + say("report.majority_of", language, top=top, all=cell.consensus.answered_by)
    elif agreement is Agreement.ONE_REVIEW:
        line += " " + say("report.one_review", language)
    return line


def hours_line(question: Question, cell: Cell, template: Template, language: str) -> str | None:
    """The hours members recorded (their median) against the template's standard."""
    standard = template.settings.get("hcso_standard_hours")
    hours = [a.answer.hours for a in cell.answers if a.shown and a.answer.hours is not None]
    if not question.hours or standard is None or not hours:
        return None
    middle = round(median(hours))
    return template_hours_finding(template, question, middle, language) or say(
        "report.hours", language, hours=middle, standard=standard
    )


def draft_case(case: CaseFindings, template: Template, language: str) -> list[str]:
    """The bullets of the panel's findings on one case, in checklist order."""
    lines = []
    for question in template.questions:
        cell = case.cells.get(question.id)
        if cell is None or question.kind == "text":
            continue
        for line in (finding_line(question, cell, language), hours_line(question, cell, template, language)):
            if line:
                lines.append(line)
    return lines
