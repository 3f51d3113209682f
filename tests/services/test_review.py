"""Saving answers and notes, status changes, mark complete and defer, on a real database."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from desktop.core.answers import Gap
from desktop.services import review
from desktop.services.rounds import list_cases, list_rounds


def first_case(db, round_id):
    return list_cases(db, round_id)[0]


def test_round_list_counts_cases(db, round_id) -> None:
    (row,) = list_rounds(db)
    assert (row.title, row.due_date, row.cases_total, row.cases_done) == ("Test round", "2026-12-31", 3, 0)


def test_answer_is_stored_and_starts_the_case(db, round_id) -> None:
    case = first_case(db, round_id)
    assert case.status == "not_started"
    changed = review.save_answer(db, case.id, "assessed", "yes")
    assert changed.case.status == "in_progress"
    assert review.open_case(db, case.id).answers["assessed"].value == "yes"


def test_multi_answer_and_hours_round_trip(db, round_id) -> None:
    case = first_case(db, round_id)
    review.save_answer(db, case.id, "strands", ("other", "race"))
    review.save_answer(db, case.id, "contact", "no", hours=72)
    answers = review.open_case(db, case.id).answers
    assert answers["strands"].value == ("other", "race")
    assert (answers["contact"].value, answers["contact"].hours) == ("no", 72)


@pytest.mark.parametrize(
    ("question", "value", "hours"),
    [
        ("assessed", "maybe", None),
        ("strands", ("race", "alien"), None),
        ("assessed", "yes", 5),
        ("contact", "yes", -3),
        ("contact", "yes", 8761),  # more than a year: the coordinator's import would refuse it
    ],
)
def test_bad_answers_are_refused_and_change_nothing(db, round_id, question, value, hours) -> None:
    case = first_case(db, round_id)
    with pytest.raises(ValueError):
        review.save_answer(db, case.id, question, value, hours)
    assert review.open_case(db, case.id).answers == {}
    assert first_case(db, round_id).status == "not_started"


def test_unknown_question_and_case_are_refused(db, round_id) -> None:
    case = first_case(db, round_id)
    with pytest.raises(KeyError):
        review.save_answer(db, case.id, "no_such_question", "yes")
    with pytest.raises(review.CaseNotFound):
        review.save_answer(db, 99999, "assessed", "yes")


def test_note_saved_and_too_long_note_refused(db, round_id) -> None:
    case = first_case(db, round_id)
    review.save_note(db, case.id, "assessed", "Dŵr – seen in the log")
    assert review.open_case(db, case.id).answers["assessed"].note == "Dŵr – seen in the log"
    with pytest.raises(ValueError):
        review.save_note(db, case.id, "assessed", "x" * (review.MAX_NOTE_CHARS + 1))
    assert review.open_case(db, case.id).answers["assessed"].note == "Dŵr – seen in the log"


def answer_all(db, case_id) -> None:
    review.save_answer(db, case_id, "strands", ("race",))
    review.save_answer(db, case_id, "assessed", "yes")
    review.save_answer(db, case_id, "level", "low")
    review.save_answer(db, case_id, "contact", "yes", hours=24)


def test_mark_complete_lists_gaps_then_completes(db, round_id) -> None:
    case = first_case(db, round_id)
    review.save_answer(db, case.id, "assessed", "no")
    result = review.mark_complete(db, case.id)
    assert not result.completed
    assert [(m.question_id, m.gap) for m in result.missing] == [
        ("strands", Gap.UNANSWERED),
        ("assessed", Gap.NOTE_REQUIRED),
        ("contact", Gap.UNANSWERED),
    ]
    assert first_case(db, round_id).status == "in_progress"
    review.save_note(db, case.id, "assessed", "No risk assessment on file.")
    review.save_answer(db, case.id, "strands", ("race",))
    review.save_answer(db, case.id, "contact", "yes")
    result = review.mark_complete(db, case.id)
    assert result.completed and result.case.status == "complete"
    assert list_rounds(db)[0].cases_done == 1


def test_editing_a_complete_case_into_a_gap_reopens_it(db, round_id) -> None:
    case = first_case(db, round_id)
    answer_all(db, case.id)
    assert review.mark_complete(db, case.id).completed
    changed = review.save_answer(db, case.id, "contact", "no")
    assert changed.case.status == "in_progress"


def test_defer_needs_a_reason_and_records_it(db, round_id) -> None:
    case = first_case(db, round_id)
    with pytest.raises(ValueError):
        review.defer(db, case.id, "   ")
    changed = review.defer(db, case.id, "Body-worn video missing from the file")
    assert (changed.case.status, changed.case.defer_reason) == (
        "deferred",
        "Body-worn video missing from the file",
    )
    assert review.reopen(db, case.id).case.status == "in_progress"


def test_progress_counts_only_shown_required_questions(db, round_id) -> None:
    case = first_case(db, round_id)
    assert (case.answered, case.required) == (0, 3)
    changed = review.save_answer(db, case.id, "assessed", "yes")
    assert (changed.case.answered, changed.case.required) == (1, 4)


def test_documents_come_back_from_the_database(db, round_id) -> None:
    case = first_case(db, round_id)
    (doc,) = review.case_documents(db, case.id)
    assert doc.media_type == "text/plain" and doc.data.startswith(b"SECRET-NOTE-1")


def test_audit_records_answer_codes_but_never_note_text(db, round_id) -> None:
    case = first_case(db, round_id)
    review.save_answer(db, case.id, "assessed", "partly")
    review.save_note(db, case.id, "assessed", "PRIVATE-DETAIL-123")
    with db.session() as s:
        details = " ".join(r[0] for r in s.execute(text("select detail from audit_log")))
    assert "partly" in details and "PRIVATE-DETAIL-123" not in details


def test_every_change_says_which_case_in_the_one_changes_type(db, round_id) -> None:
    """Saves and status changes name the case in `Changes`, as every other operation does."""
    from desktop.services.operations import Changes

    case = list_cases(db, round_id)[0]
    ids = frozenset({case.id})
    assert review.save_answer(db, case.id, "assessed", "no").changes == Changes(cases=ids, answers=ids)
    assert review.save_note(db, case.id, "assessed", "Seen.").changes == Changes(cases=ids, answers=ids)
    assert review.defer(db, case.id, "File missing").changes == Changes(cases=ids)
    assert review.reopen(db, case.id).changes == Changes(cases=ids)
    assert review.mark_complete(db, case.id).changes == Changes(), "nothing changed: gaps remain"
