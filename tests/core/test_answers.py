"""Skip logic, required notes and progress, on the shipped hate crime checklist."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.answers import (
    Answer,
    Answers,
    Gap,
    Missing,
    Progress,
    is_shown,
    missing,
    needs_note,
    normalise_value,
    progress,
    shown_questions,
)
from desktop.core.template import Question, Template, parse_template
from desktop.services.templates import load_bundled_template, load_bundled_template_text

TEMPLATE = load_bundled_template("hate-crime")
ALWAYS_SHOWN = 26 - 3  # risk_level and the two HCSO follow-ups depend on earlier answers
OPTIONAL = 2  # good_practice and areas_for_learning


def q(question_id: str) -> Question:
    return TEMPLATE.question(question_id)


def shown(answers: Answers, template: Template = TEMPLATE) -> set[str]:
    return {question.id for question in shown_questions(template, answers)}


def clean_answers() -> dict[str, Answer]:
    """Every question answered with its first answer that needs no note."""
    answers: dict[str, Answer] = {}
    for question in TEMPLATE.questions:
        if question.kind == "text":
            answers[question.id] = Answer("Nothing to add.")
        else:
            code = next(c.code for c in question.choices if c.code not in question.note_if)
            answers[question.id] = Answer((code,) if question.kind == "multi" else code)
    return answers


# Skip logic


@pytest.mark.parametrize(
    ("assessed", "risk_level_shown"),
    [(None, False), ("yes", True), ("partly", True), ("no", False), ("unclear", False), ("na", False)],
)
def test_risk_level_is_shown_only_after_an_evidenced_assessment(
    assessed: str | None, risk_level_shown: bool
) -> None:
    answers = {} if assessed is None else {"risk_assessment_evidenced": Answer(assessed)}
    assert is_shown(TEMPLATE, q("risk_level"), answers) is risk_level_shown
    assert ("risk_level" in shown(answers)) is risk_level_shown


@pytest.mark.parametrize(
    "offered", [None, "deployed", "declined_by_victim", "not_appropriate", "not_offered", "unclear"]
)
def test_hcso_follow_ups_are_shown_only_when_an_hcso_was_deployed(offered: str | None) -> None:
    answers = {} if offered is None else {"hcso_offered": Answer(offered)}
    follow_ups = {"hcso_contact_in_time", "hcso_contact_method"}
    assert (follow_ups <= shown(answers)) is (offered == "deployed")
    assert (follow_ups & shown(answers) == set()) is (offered != "deployed")


def test_hidden_questions_are_not_missing_even_with_a_stale_answer() -> None:
    answers = clean_answers()
    answers["risk_assessment_evidenced"] = Answer("no", note="No form on file.")
    answers["hcso_offered"] = Answer("declined_by_victim")
    for qid in ("risk_level", "hcso_contact_in_time", "hcso_contact_method"):
        answers[qid] = Answer("not_recorded" if qid == "risk_level" else "no")  # needs a note if shown
    assert missing(TEMPLATE, answers) == []
    assert progress(TEMPLATE, answers) == Progress(ALWAYS_SHOWN - OPTIONAL, ALWAYS_SHOWN - OPTIONAL)


def test_a_question_under_a_hidden_question_is_hidden_too() -> None:
    doc = json.loads(load_bundled_template_text("hate-crime")[1])
    mavis = next(x for s in doc["sections"] for x in s["questions"] if x["id"] == "mavis_appropriate")
    mavis["shown_if"] = {"question": "risk_level", "in": ["high"]}
    chained = parse_template(doc, "chained")
    answers = {"risk_assessment_evidenced": Answer("yes"), "risk_level": Answer("high")}
    assert "mavis_appropriate" in shown(answers, chained)
    answers["risk_assessment_evidenced"] = Answer("no")
    assert "mavis_appropriate" not in shown(answers, chained)


# Notes and completeness


def test_a_full_clean_review_is_complete() -> None:
    answers = clean_answers()
    assert missing(TEMPLATE, answers) == []
    everything = len(TEMPLATE.questions) - OPTIONAL  # an HCSO was deployed and risk assessed
    assert progress(TEMPLATE, answers) == Progress(everything, everything)


def test_unanswered_questions_are_listed_in_checklist_order() -> None:
    answers = clean_answers()
    for qid in ("overall_rating", "strands_recorded", "data_quality"):
        del answers[qid]
    assert missing(TEMPLATE, answers) == [
        Missing("strands_recorded", Gap.UNANSWERED),
        Missing("data_quality", Gap.UNANSWERED),
        Missing("overall_rating", Gap.UNANSWERED),
    ]


@pytest.mark.parametrize(
    ("qid", "value", "note_needed"),
    [
        ("risk_identified", "no", True),
        ("risk_identified", "partly", True),
        ("risk_identified", "unclear", True),
        ("risk_identified", "yes", False),
        ("risk_identified", "na", False),
        ("classification_correct", "correct", False),
        ("classification_correct", "not_hate", True),
        ("risk_level", "not_recorded", True),
        ("risk_level", "high", False),
        ("strands_recorded", ("race",), False),
        ("strands_recorded", ("other", "race"), True),
        ("strands_recorded", ("none",), True),
        ("overall_rating", "green", False),
        ("overall_rating", "amber", True),
        ("overall_rating", "red", True),
    ],
)
def test_note_if_decides_when_a_note_is_required(
    qid: str, value: str | tuple[str, ...], note_needed: bool
) -> None:
    answers = clean_answers()
    answers[qid] = Answer(value)
    expected = [Missing(qid, Gap.NOTE_REQUIRED)] if note_needed else []
    assert missing(TEMPLATE, answers) == expected
    assert needs_note(q(qid), Answer(value, note=" \n")) is note_needed
    answers[qid] = Answer(value, note="Explained here.")
    assert missing(TEMPLATE, answers) == []


def test_optional_text_questions_never_hold_up_completion() -> None:
    answers = clean_answers()
    del answers["good_practice"]
    answers["areas_for_learning"] = Answer("   ")
    assert missing(TEMPLATE, answers) == []
    assert not answers["areas_for_learning"].answered


def test_progress_counts_only_shown_required_questions() -> None:
    required = ALWAYS_SHOWN - OPTIONAL
    assert progress(TEMPLATE, {}) == Progress(0, required)
    assert progress(TEMPLATE, {}).fraction == 0.0
    answers = {"risk_assessment_evidenced": Answer("yes")}
    assert progress(TEMPLATE, answers) == Progress(1, required + 1)
    answers["hcso_offered"] = Answer("deployed")
    answers["good_practice"] = Answer("Quick, kind contact.")  # optional: not counted
    answers["hcso_contact_in_time"] = Answer("yes", hours=20)
    assert progress(TEMPLATE, answers) == Progress(3, required + 3)
    assert progress(TEMPLATE, answers).fraction == pytest.approx(3 / (required + 3))
    assert Progress(0, 0).fraction == 1.0


# Values


@pytest.mark.parametrize(
    ("qid", "value"),
    [
        ("risk_identified", "maybe"),
        ("risk_identified", "YES"),
        ("risk_identified", ("yes",)),
        ("risk_level", "partly"),
        ("classification_correct", ""),
        ("strands_recorded", ("race", "age")),
        ("strands_recorded", "age"),
    ],
)
def test_normalise_value_rejects_codes_the_question_does_not_offer(qid: str, value: object) -> None:
    with pytest.raises(ValueError, match=f"^{qid}: unknown"):
        normalise_value(q(qid), value)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [5, [1, "race"], {"race": True}])
def test_normalise_value_rejects_a_multi_answer_that_is_not_a_list_of_codes(value: object) -> None:
    with pytest.raises(ValueError, match=r"^strands_recorded: a multi answer must be a list of codes$"):
        normalise_value(q("strands_recorded"), value)  # type: ignore[arg-type]


def test_normalise_value_gives_canonical_answers() -> None:
    assert normalise_value(q("risk_identified"), None) is None
    assert normalise_value(q("risk_identified"), "partly") == "partly"
    assert normalise_value(q("hcso_offered"), "deployed") == "deployed"
    assert normalise_value(q("good_practice"), "Well done.") == "Well done."
    with pytest.raises(ValueError, match=r"^good_practice: a text answer must be text$"):
        normalise_value(q("good_practice"), ("yes",))


def test_multi_answers_are_sorted_sets_of_codes() -> None:
    strands = q("strands_recorded")
    assert normalise_value(strands, ["religion", "race", "race"]) == ("race", "religion")
    assert normalise_value(strands, "disability") == ("disability",)
    assert normalise_value(strands, ()) is None
    answer = Answer(("race", "religion"))
    assert answer.answered and answer.codes() == {"race", "religion"}
    assert not Answer(()).answered and Answer().codes() == frozenset()


# Properties over any answers at all


@st.composite
def any_answers(draw: st.DrawFn) -> dict[str, Answer]:
    answers: dict[str, Answer] = {}
    for question in TEMPLATE.questions:
        if not draw(st.booleans()):
            continue
        codes = [c.code for c in question.choices]
        if question.kind == "text":
            value: str | tuple[str, ...] = draw(st.sampled_from(["", "  ", "Some learning."]))
        elif question.kind == "multi":
            value = tuple(sorted(draw(st.sets(st.sampled_from(codes)))))
        else:
            value = draw(st.sampled_from(codes))
        note = draw(st.sampled_from(["", " ", "A note."]))
        answers[question.id] = Answer(value, note=note)
    return answers


@given(any_answers())
def test_gaps_and_progress_agree_for_any_answers(answers: dict[str, Answer]) -> None:
    gaps = missing(TEMPLATE, answers)
    visible = shown(answers)
    done = progress(TEMPLATE, answers)
    assert {g.question_id for g in gaps} <= visible, "a hidden question was listed as missing"
    assert 0 <= done.answered <= done.required <= len(TEMPLATE.questions)
    assert sum(g.gap is Gap.UNANSWERED for g in gaps) == done.required - done.answered
    order = [x.id for x in TEMPLATE.questions]
    assert [g.question_id for g in gaps] == sorted((g.question_id for g in gaps), key=order.index)
    for gap in gaps:
        if gap.gap is Gap.NOTE_REQUIRED:
            answer = answers[gap.question_id]
            assert answer.codes() & q(gap.question_id).note_if and not answer.note.strip()
    assert (gaps == []) is (
        done.answered == done.required and not any(g.gap is Gap.NOTE_REQUIRED for g in gaps)
    )
