"""A returned case's answers held against the shipped hate-crime checklist (version 4):
each way an answer can leave the checklist is found and named, and what the member's
app sends is not."""

from __future__ import annotations

import pytest

from desktop.core.answer_checks import MAX_HOURS, MAX_NOTE_CHARS, AnswerFault, Fault, check_case
from desktop.core.answers import Answer
from desktop.services.templates import load_bundled_template

TEMPLATE = load_bundled_template("hate-crime")

# A full answer to a case where the HCSO was deployed and the risk assessment evidenced,
# so the three questions skip logic can hide are all shown.
GOOD: list[tuple[str, Answer]] = [
    ("strands_recorded", Answer(("race", "religion"))),
    ("hostility_recorded", Answer("partly", note="Dim ond yn y log.", note_language="cy")),
    ("risk_assessment_evidenced", Answer("yes")),
    ("risk_level", Answer("medium")),
    ("hcso_offered", Answer("deployed")),
    ("hcso_contact_in_time", Answer("no", hours=MAX_HOURS, note="A year later.")),
    ("hcso_contact_method", Answer(None, note="Not recorded.")),
    ("overall_rating", Answer("amber", note="x" * MAX_NOTE_CHARS)),
    ("good_practice", Answer("Swift arrest; the victim was kept informed.", note_language="en")),
]


def test_what_the_members_app_sends_is_allowed() -> None:
    assert check_case(TEMPLATE, GOOD) is None
    assert check_case(TEMPLATE, []) is None
    assert check_case(TEMPLATE, [("hcso_contact_in_time", Answer("yes", hours=0)), *GOOD[4:5]]) is None


def with_answer(question: str, answer: Answer) -> list[tuple[str, Answer]]:
    """GOOD with `question`'s answer replaced, or added at the end."""
    kept = [(q, a) for q, a in GOOD if q != question]
    return [*kept, (question, answer)]


@pytest.mark.parametrize(
    ("question", "answer", "fault"),
    [
        ("force_used_reasonably", Answer("yes"), Fault.UNKNOWN_QUESTION),
        ("hostility_recorded", Answer("banana"), Fault.NOT_A_CHOICE),
        ("classification_correct", Answer("yes"), Fault.NOT_A_CHOICE),  # a ynp code, not this question's
        ("strands_recorded", Answer(("race", "banana")), Fault.NOT_A_CHOICE),
        ("strands_recorded", Answer("race"), Fault.WRONG_TYPE),
        ("hostility_recorded", Answer(("yes",)), Fault.WRONG_TYPE),
        ("good_practice", Answer(("yes",)), Fault.WRONG_TYPE),
        ("overall_rating", Answer("Mostly fine, some gaps"), Fault.TEXT_NOT_ASKED),
        ("hostility_recorded", Answer("yes", hours=8760), Fault.HOURS_NOT_ASKED),
        ("good_practice", Answer("Fine.", hours=1), Fault.HOURS_NOT_ASKED),
        ("hcso_contact_in_time", Answer("no", hours=-1), Fault.HOURS_NEGATIVE),
        ("hcso_contact_in_time", Answer("no", hours=MAX_HOURS + 1), Fault.HOURS_TOO_MANY),
        ("hostility_recorded", Answer("yes", note="x" * (MAX_NOTE_CHARS + 1)), Fault.NOTE_TOO_LONG),
        ("good_practice", Answer("x" * (MAX_NOTE_CHARS + 1)), Fault.ANSWER_TOO_LONG),
        ("hostility_recorded", Answer("yes", note="Trop tard.", note_language="fr"), Fault.NOTE_LANGUAGE),
        ("good_practice", Answer("Fine.", note_language="Welsh"), Fault.NOTE_LANGUAGE),
    ],
)
def test_each_answer_the_checklist_does_not_allow_is_named(
    question: str, answer: Answer, fault: Fault
) -> None:
    assert check_case(TEMPLATE, with_answer(question, answer)) == AnswerFault(fault, question)


@pytest.mark.parametrize(
    ("parent", "parent_answer", "hidden"),
    [
        ("risk_assessment_evidenced", Answer("no", note="None on file."), "risk_level"),
        ("hcso_offered", Answer("not_offered", note="Not offered."), "hcso_contact_in_time"),
        ("hcso_offered", Answer(None), "hcso_contact_in_time"),  # unanswered hides it too
    ],
)
def test_an_answer_to_a_question_skip_logic_hides_is_refused(
    parent: str, parent_answer: Answer, hidden: str
) -> None:
    assert check_case(TEMPLATE, with_answer(parent, parent_answer)) == AnswerFault(
        Fault.HIDDEN_QUESTION, hidden
    )


def test_skip_logic_is_judged_on_the_whole_case_whatever_the_order() -> None:
    """A child before its parent in the list is still shown by the parent's answer."""
    assert check_case(TEMPLATE, list(reversed(GOOD))) is None


def test_a_note_alone_on_a_hidden_question_is_refused_too() -> None:
    answers = [
        ("hcso_offered", Answer("not_offered", note="Declined.")),
        ("hcso_contact_method", Answer(note="?")),
    ]
    assert check_case(TEMPLATE, answers) == AnswerFault(Fault.HIDDEN_QUESTION, "hcso_contact_method")


def test_the_first_fault_in_the_given_order_is_the_one_named() -> None:
    answers = [("hostility_recorded", Answer("banana")), ("nope", Answer("yes"))]
    assert check_case(TEMPLATE, answers) == AnswerFault(Fault.NOT_A_CHOICE, "hostility_recorded")
