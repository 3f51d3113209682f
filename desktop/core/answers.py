"""Answers to a checklist and the rules that decide when a case is complete.

Pure functions over a `Template` and a mapping of question id to `Answer`; the same
rules run in the workspace (to show progress), in "Mark complete" and later when the
coordinator checks a returned package, so they live here and nowhere else.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum

from desktop.core.citations import Citation
from desktop.core.template import Question, Template

AnswerValue = str | tuple[str, ...]


@dataclass(frozen=True)
class Answer:
    """One member's answer to one question of one case.

    `value` is a choice code (ynp, choice), a sorted tuple of codes (multi) or text
    (text); `None` means not answered. `hours` is only used where the template says so.
    `note_language` is the language the member marked what they wrote on the question
    in ("en" or "cy"; "" when never marked, which readers take as the round's language).
    """

    value: AnswerValue | None = None
    hours: int | None = None
    note: str = ""
    note_language: str = ""
    # The pages the answer rests on, where a reader needs them (a member's answers as the
    # coordinator received them); the member's own are kept by `services.citations`.
    citations: tuple[Citation, ...] = ()

    @property
    def answered(self) -> bool:
        if isinstance(self.value, str):
            return bool(self.value.strip())
        return bool(self.value)

    def codes(self) -> frozenset[str]:
        """The choice codes given, whatever the question kind."""
        if isinstance(self.value, tuple):
            return frozenset(self.value)
        return frozenset() if self.value is None else frozenset([self.value])


class Gap(Enum):
    """Why a case cannot be marked complete yet."""

    UNANSWERED = "unanswered"
    NOTE_REQUIRED = "note_required"


@dataclass(frozen=True)
class Missing:
    question_id: str
    gap: Gap


Answers = Mapping[str, Answer]


def normalise_value(question: Question, value: AnswerValue | None) -> AnswerValue | None:
    """Check a value against the question; return it in canonical form.

    Raises ValueError for a code the question does not offer, so a bug or a hostile
    package can never store an answer the template cannot express.
    """
    if value is None:
        return None
    offered = {c.code for c in question.choices}
    if question.kind == "text":
        if not isinstance(value, str):
            raise ValueError(f"{question.id}: a text answer must be text")
        return value
    if question.kind == "multi":
        if isinstance(value, str):
            codes: tuple[str, ...] = (value,)
        elif isinstance(value, list | tuple) and all(isinstance(c, str) for c in value):
            codes = tuple(value)
        else:
            raise ValueError(f"{question.id}: a multi answer must be a list of codes")
        if not set(codes) <= offered:
            raise ValueError(f"{question.id}: unknown codes {sorted(set(codes) - offered)}")
        return tuple(sorted(set(codes))) or None
    if not isinstance(value, str) or value not in offered:
        raise ValueError(f"{question.id}: unknown answer {value!r}")
    return value


def is_shown(template: Template, question: Question, answers: Answers) -> bool:
    """Whether `question` is shown, given the answers so far (skip logic).

    A question whose parent is hidden is hidden too, so chains of conditions work.
    """
    condition = question.shown_if
    if condition is None:
        return True
    parent = template.question(condition.question)
    if not is_shown(template, parent, answers):
        return False
    given = answers.get(parent.id, Answer()).codes()
    return bool(given & condition.codes)


def shown_questions(template: Template, answers: Answers) -> list[Question]:
    return [q for q in template.questions if is_shown(template, q, answers)]


def needs_note(question: Question, answer: Answer) -> bool:
    return bool(answer.codes() & question.note_if) and not answer.note.strip()


def missing(template: Template, answers: Answers) -> list[Missing]:
    """Everything that stops the case being marked complete, in checklist order."""
    gaps: list[Missing] = []
    for question in shown_questions(template, answers):
        answer = answers.get(question.id, Answer())
        if not answer.answered and not question.optional:
            gaps.append(Missing(question.id, Gap.UNANSWERED))
        elif needs_note(question, answer):
            gaps.append(Missing(question.id, Gap.NOTE_REQUIRED))
    return gaps


@dataclass(frozen=True)
class Progress:
    answered: int
    required: int

    @property
    def fraction(self) -> float:
        return 1.0 if self.required == 0 else self.answered / self.required


def progress(template: Template, answers: Answers) -> Progress:
    """How many of the shown, required questions have an answer."""
    required = [q for q in shown_questions(template, answers) if not q.optional]
    done = sum(1 for q in required if answers.get(q.id, Answer()).answered)
    return Progress(done, len(required))
