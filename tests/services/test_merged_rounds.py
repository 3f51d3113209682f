"""A round is merged once per change: the grid, the publication review and the export
reuse one merge until a package, a case or the round changes, and a decision on a split
is put in place without merging again.

Whether a merge happened is seen from outside: a merge reads the members' answers
(`received_answer`), and SQLAlchemy reports every statement sent to the database.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from desktop.core.answers import Answer
from desktop.reports.content import ReportOptions
from desktop.services import (
    findings,
    merged_rounds,
    publication,
    report,
    review,
    review_differences,
    review_packages,
    rounds,
)
from tests.engine_events import statements
from tests.services.panel_world import reviewed_panel, with_changes


def plan(name: str, reference: str):
    if reference == "HC-002":  # every member reads it differently: whichever three review it split
        said = {"Aled": "correct", "Bethan": "should_be_crime", "Ceri": "not_hate", "Dafydd": "unclear"}
        return with_changes({"classification_correct": Answer(said[name.split()[0]])})
    return with_changes({})


@pytest.fixture(scope="module")
def panel(tmp_path_factory):
    made = reviewed_panel(tmp_path_factory.mktemp("merged"), plan, cases=3, k=3)
    yield made
    made.world.coordinator.close()
    for member in made.world.members.values():
        member.close()


def answer_reads(db, work: Callable[[], object]) -> int:
    """How many statements `work()` sent that read the members' answers."""
    sent = statements(db, work)
    return sum("received_answer" in s and s.lstrip().upper().startswith("SELECT") for s in sent)


def fresh(db, round_id):
    """The round merged from scratch, as a cold start would."""
    merged_rounds.forget(db.engine)
    return findings.round_findings(db, round_id)


def split_case(db, round_id):
    return next(c for c in findings.round_findings(db, round_id).cases if c.case.reference == "HC-002")


def test_every_reader_after_the_first_reuses_the_merge(panel, tmp_path) -> None:
    db, round_id = panel.world.coordinator, panel.round_id
    assert answer_reads(db, lambda: fresh(db, round_id)) == 1
    assert answer_reads(db, lambda: findings.round_findings(db, round_id)) == 0
    assert answer_reads(db, lambda: publication.publication_review(db, round_id)) == 0
    options = ReportOptions(mode="internal")
    assert (
        answer_reads(db, lambda: report.write_report(db, round_id, tmp_path / "r.pdf", options, "pdf")) == 0
    )


def test_a_decision_is_put_in_place_without_merging_again(panel) -> None:
    db, round_id = panel.world.coordinator, panel.round_id
    case_id = split_case(db, round_id).case.case_id
    assert split_case(db, round_id).cells["classification_correct"].unresolved
    findings.adjudicate(db, case_id, "classification_correct", "unclear", "The panel agreed at its meeting.")
    reads = answer_reads(db, lambda: findings.round_findings(db, round_id))
    assert reads == 0
    decided = findings.round_findings(db, round_id)
    assert decided == fresh(db, round_id)  # exactly what a full merge gives
    assert split_case(db, round_id).cells["classification_correct"].finding == "unclear"
    findings.withdraw_adjudication(db, case_id, "classification_correct")
    assert answer_reads(db, lambda: findings.round_findings(db, round_id)) == 0
    assert split_case(db, round_id).cells["classification_correct"].unresolved
    assert findings.round_findings(db, round_id) == fresh(db, round_id)


def test_a_new_package_is_merged(panel, tmp_path) -> None:
    """A member changes an answer and sends a second revision: the kept merge is not used."""
    db, round_id = panel.world.coordinator, panel.round_id
    findings.round_findings(db, round_id)
    member, member_round, case = next(
        (member, r, c)
        for member in panel.world.members.values()
        for r in rounds.list_rounds(member)
        for c in rounds.list_cases(member, r.id)
        if c.reference == "HC-002"
    )
    review.reopen(member, case.id, "The log shows a non-crime incident")
    review.save_answer(member, case.id, "classification_correct", "should_be_nchi", None)
    review.mark_complete(member, case.id)
    sent = review_packages.export_review(member, member_round.id, tmp_path).path
    (fate,) = review_packages.import_packages(db, [sent]).fates
    assert fate.fate is review_packages.Fate.PENDING  # the coordinator reads the change first
    (pending,) = review_differences.pending_reviews(db, round_id, "en")
    review_differences.accept(db, pending.package_id)
    assert answer_reads(db, lambda: findings.round_findings(db, round_id)) == 1
    values = [a.answer.value for a in split_case(db, round_id).cells["classification_correct"].answers]
    assert "should_be_nchi" in values  # the second revision's answer, not the first's
    assert findings.round_findings(db, round_id) == fresh(db, round_id)
