"""The panel's finding on a question as a sentence in the panel's own voice.

A template may give each question a sentence per answer (`Question.findings`) and, for a
question with an hours field, one for within and one for outside the force standard
(`Question.hours_findings`); see docs/formats.md. The coordinator's report drafts the
panel's findings from them: "Members were satisfied that the risk had been identified
correctly and dealt with appropriately." Pure functions: no I/O, no Qt.

The parser has already checked every sentence's placeholders, so filling them cannot
reach anything but the values given here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from desktop.core.template import (
    ANY_ANSWERS,
    FINDING_PLACEHOLDER,
    HOURS_STANDARD_SETTING,
    UNABLE_TO_AGREE,
    Question,
    Template,
    Text,
)

__all__ = [
    "ANY_ANSWERS",
    "UNABLE_TO_AGREE",
    "answers_list",
    "finding_sentence",
    "hours_finding",
    "template_hours_finding",
]


def finding_sentence(question: Question, code_or_key: str, language: str, **values: object) -> str | None:
    """The sentence for the panel's finding `code_or_key`, filled with `values`.

    `code_or_key` is one of the question's answer codes or `unable_to_agree`; for a
    `multi` question, `any` (pass `answers=`, for example from `answers_list`) or
    `unable_to_agree`. None when the template has no finding sentences for this question
    (a template made before version 3). A key the question's findings do not have raises
    KeyError; a placeholder without a value raises ValueError.
    """
    if not question.findings:
        return None
    try:
        text = question.findings[code_or_key]
    except KeyError:
        raise KeyError(f"{question.id} has no finding sentence for {code_or_key!r}") from None
    return _fill(text, language, values, question.id)


def hours_finding(question: Question, hours: int, standard: int, language: str) -> str | None:
    """The sentence for contact made `hours` hours after the case reached the officer.

    `within` when `hours` is at most `standard` (the template's `hcso_standard_hours`),
    otherwise `outside`. None when the question has no hours findings.
    """
    if not question.hours_findings:
        return None
    if hours < 0 or standard < 0:
        raise ValueError(f"{question.id}: hours and the standard cannot be negative ({hours}, {standard})")
    key = "within" if hours <= standard else "outside"
    return _fill(question.hours_findings[key], language, {"hours": hours, "standard": standard}, question.id)


def template_hours_finding(template: Template, question: Question, hours: int, language: str) -> str | None:
    """`hours_finding` against the template's own `hcso_standard_hours` setting."""
    standard = template.settings.get(HOURS_STANDARD_SETTING)
    if standard is None:
        return None
    return hours_finding(question, hours, standard, language)


def answers_list(question: Question, codes: Iterable[str], language: str) -> str:
    """The labels of `codes`, in the question's own order, for `{answers}`: "Race, Disability".

    Joined with commas in both languages: a Welsh "a" would mutate the next label
    ("a Chrefydd"), which a label cannot know it will need.
    """
    chosen = set(codes)
    labels: Mapping[str, Text] = {c.code: c.label for c in question.choices}
    unknown = chosen - labels.keys()
    if unknown:
        raise KeyError(f"{question.id} does not offer {sorted(unknown)}")
    return ", ".join(c.label.get(language) for c in question.choices if c.code in chosen)


def _fill(text: Text, language: str, values: Mapping[str, object], question_id: str) -> str:
    def value_of(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in values:
            raise ValueError(f"{question_id}: the finding sentence needs a value for {{{name}}}")
        return str(values[name])

    return FINDING_PLACEHOLDER.sub(value_of, text.get(language))
