"""Answers cite their evidence: a member's citations travel in the review package to the
coordinator, who gets them beside the member's answer; an older package still imports;
a citation the case's documents cannot bear is refused in plain words, nothing taken.

Real profiles on both sides, real packs and packages; the hostile and format-4 packages
are made with the test forge from the real member's keys.
"""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from desktop.core.citations import MAX_QUOTE_CHARS, Citation
from desktop.exchange.manifest import PACKAGE
from desktop.services import citations, findings, identity, review, review_differences, review_packages
from desktop.services.review_packages import Fate
from desktop.storage.models import (
    AnswerChange,
    AuditEntry,
    ReceivedAnswer,
    ReceivedCitation,
    ReceivedPackage,
    Round,
)
from tests.hostile.forge import Spec
from tests.services.citation_world import NAME, QUOTE, cited_world

QUESTION = "hostility_recorded"


@pytest.fixture
def cw(tmp_path):
    made = cited_world(tmp_path)
    yield made
    made.world.close()


def _send(cw):
    return review_packages.export_review(cw.member, cw.member_round, cw.world.root / "outbox").path


def _coordinator_cell(cw):
    merged = findings.round_findings(cw.world.coordinator, cw.world.round_id)
    (case,) = merged.cases
    cell = case.cell(QUESTION)
    assert cell is not None
    return cell


def test_a_citation_reaches_the_coordinator_beside_the_members_answer(cw) -> None:
    review.save_answer(cw.member, cw.case_id, QUESTION, "yes")
    citations.add_citation(cw.member, cw.case_id, QUESTION, Citation(1, 3, f"  {QUOTE}\n  again "))
    citations.add_citation(cw.member, cw.case_id, QUESTION, Citation(2, 1))
    shown = citations.citations_of(cw.member, cw.case_id)[QUESTION]
    assert [c.citation for c in shown] == [Citation(1, 3, f"{QUOTE} again"), Citation(2, 1)]
    (fate,) = review_packages.import_packages(cw.world.coordinator, [_send(cw)]).fates
    assert fate.fate is Fate.ACCEPTED, fate.why
    (answer,) = _coordinator_cell(cw).answers
    assert answer.answer.citations == (Citation(1, 3, f"{QUOTE} again"), Citation(2, 1))


def test_a_citation_is_audited_without_its_words_and_the_same_one_twice_is_kept_once(cw) -> None:
    for _ in range(2):
        citations.add_citation(cw.member, cw.case_id, QUESTION, Citation(1, 3, QUOTE))
    assert len(citations.citations_of(cw.member, cw.case_id)[QUESTION]) == 1
    with cw.member.session() as session:
        added = select(AuditEntry.detail).where(AuditEntry.action == "citation_added")
        details = list(session.scalars(added))
    assert len(details) == 1 and QUOTE not in details[0]
    assert json.loads(details[0]) == {"document": 1, "page": 3, "quoted_chars": len(QUOTE)}


def test_a_citation_of_a_document_the_case_lacks_is_refused_by_the_member_side_too(cw) -> None:
    with pytest.raises(ValueError):
        citations.add_citation(cw.member, cw.case_id, QUESTION, Citation(3, 1))
    assert citations.citations_of(cw.member, cw.case_id) == {}


def test_a_citation_added_or_removed_after_completion_is_a_logged_change(cw) -> None:
    from tests.services.test_changes_after_completion import complete

    complete(cw.member, cw.case_id)
    review_packages.import_packages(cw.world.coordinator, [_send(cw)])
    review.reopen(cw.member, cw.case_id, "Found the page that shows it")
    citations.add_citation(cw.member, cw.case_id, QUESTION, Citation(1, 2))
    with cw.member.session() as session:
        (change,) = session.scalars(select(AnswerChange)).all()
    assert (change.question_id, change.reason) == (QUESTION, "Found the page that shows it")
    assert change.old_value == change.new_value  # the answer stands; its evidence changed
    # the new revision differs from the coordinator's in its evidence alone: it waits, said in words
    result = review_packages.import_packages(cw.world.coordinator, [_send(cw)])
    assert [f.fate for f in result.fates] == [review_packages.Fate.PENDING]
    (waiting,) = review_differences.pending_reviews(cw.world.coordinator, cw.world.round_id, "en")
    (line,) = waiting.lines
    assert line.startswith(f"{NAME} changed the evidence cited for question ")
    assert line.endswith(": 'Found the page that shows it'.") or "'Found the page that shows it'" in line
    (cited,) = citations.citations_of(cw.member, cw.case_id)[QUESTION]
    citations.remove_citation(cw.member, cw.case_id, cited.id)
    assert citations.citations_of(cw.member, cw.case_id) == {}
    with cw.member.session() as session:
        actions = list(session.scalars(select(AuditEntry.action).where(AuditEntry.action.like("citation_%"))))
    assert actions == ["citation_added", "citation_removed"]


def _forged(cw, doc: dict, version: int):
    with cw.member.session() as session:
        me = identity.me_in(session)
        revision = session.get_one(Round, cw.member_round).review_revision + 1
    with cw.world.coordinator.session() as session:
        coordinator = identity.me_in(session).keys
    doc["revision"] = revision
    spec = Spec(
        kind=PACKAGE, sender=me.keys, sender_name=me.name, sender_role="member", recipient=coordinator,
        round_uid=doc["round_uid"], revision=revision,
        entries=[("review.json", json.dumps(doc).encode())], format_version=version,
    )  # fmt: skip
    path = cw.world.root / f"forged-{version}.prreview"
    path.write_bytes(spec.sealed())
    return path


def _review_json(cw) -> dict:
    review.save_answer(cw.member, cw.case_id, QUESTION, "yes")
    citations.add_citation(cw.member, cw.case_id, QUESTION, Citation(1, 3, QUOTE))
    with cw.member.session() as session:
        round_ = session.get_one(Round, cw.member_round)
        payload = replace(review_packages._review_payload(session, round_), revision=1)
        doc: dict = json.loads(review_packages.review_to_bytes(payload))
    return doc


def test_a_format_4_package_still_imports(cw) -> None:
    doc = _review_json(cw)
    for case in doc["cases"]:
        for answer in case["answers"]:
            del answer["citations"]
    (fate,) = review_packages.import_packages(cw.world.coordinator, [_forged(cw, doc, 4)]).fates
    assert fate.fate is Fate.ACCEPTED, fate.why
    (answer,) = _coordinator_cell(cw).answers
    assert answer.answer.value == "yes" and answer.answer.citations == ()


def _stored(cw) -> tuple[int, int, int]:
    with cw.world.coordinator.session() as session:
        return tuple(  # type: ignore[return-value]
            session.scalar(select(func.count()).select_from(model))
            for model in (ReceivedPackage, ReceivedAnswer, ReceivedCitation)
        )


@pytest.mark.parametrize(
    ("citation", "words"),
    [
        ({"document": 3, "page": 1, "quote": ""}, "a document that is not one of the case’s documents"),
        ({"document": 1, "page": 4, "quote": ""}, "a page that the document does not have"),
        ({"document": 2, "page": 2, "quote": ""}, "a page that the document does not have"),
        ({"document": 1, "page": 3, "quote": "x" * (MAX_QUOTE_CHARS + 1)}, "passage is longer than 500"),
    ],
    ids=["document not in the case", "page past a PDF's end", "page 2 of a text", "over-long quote"],
)
def test_a_citation_the_case_cannot_bear_is_refused_in_plain_words(cw, citation: dict, words: str) -> None:
    doc = _review_json(cw)
    answer = next(a for a in doc["cases"][0]["answers"] if a["question"] == QUESTION)
    answer["citations"] = [citation]
    before = _stored(cw)
    (fate,) = review_packages.import_packages(cw.world.coordinator, [_forged(cw, doc, 5)]).fates
    assert fate.fate is Fate.REJECTED
    assert fate.why.startswith("Case HC-001, question “") and words in fate.why, fate.why
    assert _stored(cw) == before == (0, 0, 0)


def test_a_member_name_is_not_in_the_citation(cw) -> None:
    """The quoted words are the member's selection only: nothing else is added to them."""
    citations.add_citation(cw.member, cw.case_id, QUESTION, Citation(1, 3, QUOTE))
    (cited,) = citations.citations_of(cw.member, cw.case_id)[QUESTION]
    assert cited.citation.quote == QUOTE and NAME not in cited.citation.quote


def test_a_question_cited_but_not_yet_answered_travels_with_its_evidence(cw) -> None:
    citations.add_citation(cw.member, cw.case_id, QUESTION, Citation(1, 2))
    (fate,) = review_packages.import_packages(cw.world.coordinator, [_send(cw)]).fates
    assert fate.fate is Fate.ACCEPTED, fate.why
    (answer,) = _coordinator_cell(cw).answers
    assert answer.answer.value is None and answer.answer.citations == (Citation(1, 2),)
