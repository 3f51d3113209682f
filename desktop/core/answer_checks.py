"""What a returned answer may hold, judged against the round's frozen checklist.

A review package arrives signed by an enrolled member, but a signature says who sent
it, not that the sender's software was right. Before anything from it is stored, every
answer is held against the template the round was frozen with: the question must
exist and be shown given the case's other answers, the value must be one the question
can take, hours only where the question asks for them. The first fault found is
returned, so the coordinator is told one plain thing to look at.

The limits are here because the member's editor, the member's service and the
coordinator's import must agree on them: a member can never write what the coordinator
would refuse.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from desktop.core.answers import Answer, is_shown
from desktop.core.template import Template

# A note, or a written answer, longer than any a member writes (a long one is a few
# thousand characters); the editor stops growing at this length.
MAX_NOTE_CHARS = 100_000
# The most hours an answer may give: a year. The hours questions measure how long
# something took to happen (for example HCSO contact against a 48-hour standard);
# more than a year is a typing slip or a forged file, not a finding.
MAX_HOURS = 8_760

_CODE = re.compile(r"[A-Za-z0-9_-]{1,64}")


class Fault(Enum):
    """Why one answer in a returned review cannot be taken."""

    UNKNOWN_QUESTION = "answer_unknown_question"
    NOT_A_CHOICE = "answer_not_a_choice"
    WRONG_TYPE = "answer_wrong_type"
    TEXT_NOT_ASKED = "answer_text_not_asked"
    HOURS_NOT_ASKED = "answer_hours_not_asked"
    HOURS_NOT_A_NUMBER = "answer_hours_not_a_number"
    HOURS_NEGATIVE = "answer_hours_negative"
    HOURS_TOO_MANY = "answer_hours_too_many"
    HIDDEN_QUESTION = "answer_hidden_question"
    NOTE_TOO_LONG = "answer_note_too_long"
    ANSWER_TOO_LONG = "answer_too_long"
    NOTE_LANGUAGE = "answer_note_language"
    # A citation (from format version 5) of a document the case does not have, a page
    # that document does not have, or a quote over `citations.MAX_QUOTE_CHARS`.
    CITES_OTHER_DOCUMENT = "answer_cites_other_document"
    CITES_MISSING_PAGE = "answer_cites_missing_page"
    QUOTE_TOO_LONG = "answer_quote_too_long"


# The languages a member may mark a note as written in; "" is a note never marked
# (written before notes were marked, or in a package from before the mark existed).
NOTE_LANGUAGES = ("", "en", "cy")


@dataclass(frozen=True)
class AnswerFault:
    """`question` is the id the answer gave (a checked identifier, at most 64 characters)."""

    fault: Fault
    question: str


def hours_fault(hours: int) -> Fault | None:
    """Whether a whole number of hours is one an answer may give."""
    if hours < 0:
        return Fault.HOURS_NEGATIVE
    if hours > MAX_HOURS:
        return Fault.HOURS_TOO_MANY
    return None


def check_case(template: Template, answers: Sequence[tuple[str, Answer]]) -> AnswerFault | None:
    """The first fault in one case's answers (question id, answer), in the order given.

    Each answer is judged on its own first; skip logic only once every value is known
    good, because whether a question is shown depends on the other answers.
    """
    known = {q.id: q for q in template.questions}
    for question_id, answer in answers:
        question = known.get(question_id)
        if question is None:
            return AnswerFault(Fault.UNKNOWN_QUESTION, question_id)
        fault = _value_fault(question.kind, {c.code for c in question.choices}, answer) or _extras_fault(
            question.hours, answer
        )
        if fault is not None:
            return AnswerFault(fault, question_id)
    given = dict(answers)
    for question_id, _answer in answers:
        if not is_shown(template, known[question_id], given):
            return AnswerFault(Fault.HIDDEN_QUESTION, question_id)
    return None


def _value_fault(kind: str, offered: set[str], answer: Answer) -> Fault | None:
    value = answer.value
    if value is None:
        return None
    if kind == "text":
        if not isinstance(value, str):
            return Fault.WRONG_TYPE
        return Fault.ANSWER_TOO_LONG if len(value) > MAX_NOTE_CHARS else None
    if kind == "multi":
        if not isinstance(value, tuple):
            return Fault.WRONG_TYPE
        return None if set(value) <= offered else Fault.NOT_A_CHOICE
    if not isinstance(value, str):
        return Fault.WRONG_TYPE
    if value in offered:
        return None
    return Fault.NOT_A_CHOICE if _CODE.fullmatch(value) else Fault.TEXT_NOT_ASKED


def _extras_fault(asks_hours: bool, answer: Answer) -> Fault | None:
    if answer.hours is not None:
        if not asks_hours:
            return Fault.HOURS_NOT_ASKED
        fault = hours_fault(answer.hours)
        if fault is not None:
            return fault
    if answer.note_language not in NOTE_LANGUAGES:
        return Fault.NOTE_LANGUAGE
    return Fault.NOTE_TOO_LONG if len(answer.note) > MAX_NOTE_CHARS else None
