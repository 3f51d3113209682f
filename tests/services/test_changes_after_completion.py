"""Changes after completion: a member reopens a sent case with a reason and changes two
answers; the coordinator reads exactly those two differences, with the reason and the
date, before taking the new revision, or keeps the earlier one and nothing changes.

Real profiles on both sides (their own encrypted databases and keys), real packs and
packages; the format-3 package is made with the test forge from a real member's keys.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.core.clock import utc_now
from desktop.core.words import say
from desktop.core.words.dates import long_date
from desktop.exchange.manifest import PACKAGE
from desktop.services import (
    assignment_packs,
    audit,
    identity,
    review,
    review_differences,
    review_packages,
    rounds,
    templates,
)
from desktop.services.answer_changes import ReasonNeeded
from desktop.services.review_packages import Fate
from desktop.storage.models import AnswerChange, AuditEntry, ReceivedPackage, Round
from tests.hostile.forge import Spec
from tests.services.exchange_world import enrolled_world, round_with_packs

NAME = "Aled Jones"
REASON = "Looked again at the log"
TEMPLATE = templates.load_bundled_template("hate-crime")


@pytest.fixture
def world(tmp_path):
    w = enrolled_world(tmp_path, (NAME,))
    packs = round_with_packs(w, cases=2, k=1)
    db = w.members[NAME]
    path = next(p for p in packs.iterdir() if p.name == w.packs[NAME].name)
    preview = assignment_packs.preview_pack(db, path)
    assignment_packs.import_pack(db, path, confirmed_fingerprint=preview.fingerprint)
    yield w
    for profile_db in (w.coordinator, *w.members.values()):
        profile_db.close()


def _member(world):
    db = world.members[NAME]
    (round_row,) = rounds.list_rounds(db)
    return db, round_row.id, rounds.list_cases(db, round_row.id)


def complete(db, case_id: int) -> None:
    """Answer what the checklist still asks (the first choice, a note where one is needed)."""
    for _ in range(30):
        result = review.mark_complete(db, case_id)
        if result.completed:
            return
        gap = result.missing[0]
        question = TEMPLATE.question(gap.question_id)
        if gap.gap.name == "UNANSWERED":
            first = question.choices[0].code
            review.save_answer(db, case_id, question.id, (first,) if question.kind == "multi" else first)
        else:
            review.save_note(db, case_id, question.id, "Seen in the file.", "en")
    raise AssertionError("the case did not complete")


def _send(world) -> Path:
    db, round_id, _cases = _member(world)
    return review_packages.export_review(db, round_id, world.root / "outbox").path


def _label(question: str, code: str, language: str) -> str:
    choice = TEMPLATE.question(question).choice(code)
    assert choice is not None
    return choice.label.get(language)


def _sent_and_changed(world) -> tuple[Path, str]:
    """The member completes and sends, reopens with a reason, changes two answers and sends again."""
    db, _round_id, cases = _member(world)
    first = cases[0]
    complete(db, first.id)
    before = _send(world)
    (fate,) = review_packages.import_packages(world.coordinator, [before]).fates
    assert fate.fate is Fate.ACCEPTED
    review.reopen(db, first.id, f"  {REASON}  ")
    review.save_answer(db, first.id, "hostility_recorded", "no")
    review.save_note(db, first.id, "hostility_recorded", "Hostility not recorded on the log.", "en")
    review.save_answer(db, first.id, "risk_identified", "na")
    review.save_answer(db, first.id, "risk_identified", "partly")
    review.save_answer(db, first.id, "risk_identified", "na")  # one change, from the first value to the last
    complete(db, first.id)
    return _send(world), first.reference


def test_the_coordinator_reads_exactly_the_two_changes_with_reason_and_date_then_accepts(world) -> None:
    after, reference = _sent_and_changed(world)
    db, _round_id, _cases = _member(world)
    with db.session() as session:
        logged = session.scalars(select(AnswerChange).order_by(AnswerChange.id)).all()
        assert [(c.question_id, c.reason, c.sent_revision) for c in logged] == [
            ("hostility_recorded", REASON, 2),
            ("risk_identified", REASON, 2),
        ]
        actions = [e.action for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id))]
        assert "case_reopened" in actions and actions.count("answer_changed") == 5
        assert not any(REASON in e.detail for e in session.scalars(select(AuditEntry)))
    assert audit.verify(db).whole

    (fate,) = review_packages.import_packages(world.coordinator, [after], language="cy").fates
    assert (fate.fate, fate.revision, fate.why) == (Fate.PENDING, 2, say("change.pending", "cy"))
    today = utc_now().date().isoformat()
    expected = {
        "en": (
            f"{NAME} changed question 2 of case {reference} from Yes to No on {long_date(today, 'en')}: "
            f"'{REASON}'. The note changed too.",
            f"{NAME} changed question 5 of case {reference} from Yes to "
            f"{_label('risk_identified', 'na', 'en')} on {long_date(today, 'en')}: '{REASON}'",
        ),
        "cy": (
            f"Newidiodd {NAME} gwestiwn 2 yn achos {reference} o Do i Naddo ar {long_date(today, 'cy')}: "
            f"'{REASON}'. Newidiodd y nodyn hefyd.",
            f"Newidiodd {NAME} gwestiwn 5 yn achos {reference} o Do i "
            f"{_label('risk_identified', 'na', 'cy')} ar {long_date(today, 'cy')}: '{REASON}'",
        ),
    }
    for language, lines in expected.items():
        (pending,) = review_differences.pending_reviews(world.coordinator, world.round_id, language)
        assert (pending.member, pending.revision, pending.accepted_revision) == (NAME, 2, 1)
        assert pending.lines == lines
    status = review_packages.round_status(world.coordinator, world.round_id)
    assert [m.revision for m in status] == [1], "the earlier revision stands until the coordinator says"

    review_differences.accept(world.coordinator, pending.package_id)
    taken = {
        (r.reference, r.question): r.value
        for r in review_packages.received_answers(world.coordinator, world.round_id)
    }
    assert taken[(reference, "hostility_recorded")] == "no" and taken[(reference, "risk_identified")] == "na"
    assert review_differences.pending_reviews(world.coordinator, world.round_id, "en") == []
    assert [m.revision for m in review_packages.round_status(world.coordinator, world.round_id)] == [2]
    assert audit.verify(world.coordinator).whole


def _coordinator_state(world) -> tuple[object, ...]:
    db = world.coordinator
    with db.session() as session:
        packages = session.scalar(select(func.count()).select_from(ReceivedPackage))
    return (
        review_packages.received_answers(db, world.round_id),
        review_packages.round_status(db, world.round_id),
        packages,
    )


def test_keeping_the_earlier_revision_leaves_what_the_findings_read_unchanged(world) -> None:
    after, _reference = _sent_and_changed(world)
    before = _coordinator_state(world)
    review_packages.import_packages(world.coordinator, [after])
    (pending,) = review_differences.pending_reviews(world.coordinator, world.round_id, "en")
    review_differences.keep_earlier(world.coordinator, pending.package_id)
    answers, status, packages = _coordinator_state(world)
    assert (answers, status) == before[:2]
    assert packages == before[2] + 1, "the declined revision is kept for the history"
    assert review_differences.pending_reviews(world.coordinator, world.round_id, "en") == []
    (again,) = review_packages.import_packages(world.coordinator, [after]).fates
    assert again.fate is Fate.DUPLICATE and _coordinator_state(world)[:2] == before[:2]


def test_a_blank_or_overlong_reason_is_refused_and_nothing_changes(world) -> None:
    db, _round_id, cases = _member(world)
    complete(db, cases[0].id)

    def state() -> tuple[object, ...]:
        with db.session() as session:
            entries = session.scalar(select(func.count()).select_from(AuditEntry))
        return review.open_case(db, cases[0].id).case, entries

    before = state()
    for reason in ("", "   \n\t ", "x" * 301):
        with pytest.raises(ReasonNeeded):
            review.reopen(db, cases[0].id, reason)
        assert state() == before
    assert review.reopen(db, cases[0].id, "x" * 300).case.status == "in_progress"


def test_changes_before_completion_are_work_not_logged_and_a_sent_deferral_needs_a_reason(world) -> None:
    db, round_id, cases = _member(world)
    review.save_answer(db, cases[1].id, "hostility_recorded", "yes")
    review.save_answer(db, cases[1].id, "hostility_recorded", "na")
    review.defer(db, cases[1].id, "The log is missing a page.")
    assert review.open_case(db, cases[1].id).case.reason_to_reopen is False
    review.reopen(db, cases[1].id)  # a deferral not yet sent reopens without a reason
    review.defer(db, cases[1].id, "The log is missing a page.")
    path = _send(world)
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(AnswerChange)) == 0
        payload = review_packages._review_payload(session, session.get_one(Round, round_id))
        assert payload.changes == ()
    assert review.open_case(db, cases[1].id).case.reason_to_reopen is True
    with pytest.raises(ReasonNeeded):
        review.reopen(db, cases[1].id)
    assert review_packages.import_packages(world.coordinator, [path]).fates[0].fate is Fate.ACCEPTED


def test_a_change_the_member_did_not_declare_shows_with_no_reason_given(world) -> None:
    db, _round_id, cases = _member(world)
    review.save_answer(db, cases[1].id, "hostility_recorded", "yes")  # in progress when sent
    review_packages.import_packages(world.coordinator, [_send(world)])
    review.save_answer(db, cases[1].id, "hostility_recorded", "unclear")
    (fate,) = review_packages.import_packages(world.coordinator, [_send(world)]).fates
    assert fate.fate is Fate.PENDING
    (pending,) = review_differences.pending_reviews(world.coordinator, world.round_id, "en")
    unclear = _label("hostility_recorded", "unclear", "en")
    assert pending.lines == (
        f"{NAME} changed question 2 of case {cases[1].reference} from Yes to {unclear} (no reason given)",
    )
    (welsh,) = review_differences.pending_reviews(world.coordinator, world.round_id, "cy")[0].lines
    assert welsh.endswith("(dim rheswm wedi'i roi)") and "o Do i " in welsh


def test_a_format_3_package_still_imports(world) -> None:
    """A member's older app wrote review packages in format 3: no `changes` field."""
    db, round_id, cases = _member(world)
    complete(db, cases[0].id)
    with db.session() as session:
        me = identity.me_in(session)
        round_ = session.get_one(Round, round_id)
        round_.review_revision += 1
        payload = review_packages._review_payload(session, round_)
        doc = json.loads(review_packages.review_to_bytes(payload))
    with world.coordinator.session() as session:
        coordinator = identity.me_in(session).keys
    del doc["changes"]
    for case in doc["cases"]:
        for answer in case["answers"]:
            del answer["citations"]  # from format 5
    spec = Spec(
        kind=PACKAGE, sender=me.keys, sender_name=me.name, sender_role="member", recipient=coordinator,
        round_uid=payload.round_uid, revision=payload.revision,
        entries=[("review.json", json.dumps(doc).encode())], format_version=3,
    )  # fmt: skip
    path = world.root / "older.prreview"
    path.write_bytes(spec.sealed())
    (fate,) = review_packages.import_packages(world.coordinator, [path]).fates
    assert fate.fate is Fate.ACCEPTED, fate.why
    taken = review_packages.received_answers(world.coordinator, world.round_id)
    assert {(r.reference, r.question) for r in taken} >= {(cases[0].reference, "hostility_recorded")}


def test_every_fate_has_its_words_on_the_command_line() -> None:
    """`panel-review inbox import` names each file's fate, the waiting one included."""
    for language in ("en", "cy"):
        words = {fate: say(f"cli.{fate.value}", language) for fate in Fate}
        assert len(set(words.values())) == len(Fate), words
    assert say("cli.pending", "cy") == "wedi newid: yn aros am eich penderfyniad"


def test_a_later_revision_that_undoes_the_change_is_taken_and_the_waiting_one_goes(world) -> None:
    db, _round_id, cases = _member(world)
    review.save_answer(db, cases[1].id, "hostility_recorded", "yes")
    review_packages.import_packages(world.coordinator, [_send(world)])
    review.save_answer(db, cases[1].id, "hostility_recorded", "no")
    assert review_packages.import_packages(world.coordinator, [_send(world)]).fates[0].fate is Fate.PENDING
    review.save_answer(db, cases[1].id, "hostility_recorded", "yes")  # as in the accepted revision
    (fate,) = review_packages.import_packages(world.coordinator, [_send(world)]).fates
    assert (fate.fate, fate.revision) == (Fate.ACCEPTED, 3)
    assert review_differences.pending_reviews(world.coordinator, world.round_id, "en") == []
    with world.coordinator.session() as session:
        states = session.execute(select(ReceivedPackage.revision, ReceivedPackage.state)).all()
    assert sorted(states) == [(1, "superseded"), (2, "superseded"), (3, "accepted")]


@pytest.mark.parametrize(
    ("reason", "ending"),
    [
        ("Looked again at the log.", "'Looked again at the log.' The note changed too."),
        ("Was the log right?", "'Was the log right?' The note changed too."),
        ("Looked again at the log", "'Looked again at the log'. The note changed too."),
    ],
)
def test_a_reason_that_ends_its_own_sentence_takes_no_second_full_stop(reason: str, ending: str) -> None:
    template = templates.load_bundled_template("hate-crime")
    change = review_differences.Difference(
        "HC-001", "hostility_recorded", 2, "yes", "no", None, None, True, "2026-03-03T10:00:00Z", reason
    )
    sentence = change.sentence("Aled Jones", template, "en")
    said = "Aled Jones changed question 2 of case HC-001 from Yes to No on 3 March 2026"
    assert sentence == f"{said}: {ending}"
