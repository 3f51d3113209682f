"""Recording or withdrawing a panel's decision re-merges nothing (`core.findings.redecided`):
the cells whose decision is unchanged are the very same objects, so the grid repaints
and measures only the cell that was decided."""

from __future__ import annotations

from desktop.core.answers import Answer
from desktop.core.findings import CaseInput, Decision, consolidate, redecided
from desktop.services.templates import load_bundled_template


def case(case_id: int, split: bool) -> CaseInput:
    risk = ("yes", "no") if split else ("yes", "yes")
    answers = {letter: {"risk_identified": Answer(value)} for letter, value in zip("AB", risk, strict=True)}
    return CaseInput(case_id, f"uid-{case_id}", f"HC-{case_id:03d}", "crime", (), "", answers)


def test_a_decision_replaces_its_cell_and_leaves_every_other_object_as_it_was() -> None:
    template = load_bundled_template("hate-crime")
    findings = consolidate(template, (), [case(1, split=True), case(2, split=False)])
    decided = Decision("no", "Discussed at the meeting.")

    after = redecided(findings, {1: {"risk_identified": decided}})

    was, now = findings.cases[0], after.cases[0]
    assert now.cells["risk_identified"].decision == decided
    assert now.cells["risk_identified"] is not was.cells["risk_identified"]
    others = [qid for qid in was.cells if qid != "risk_identified"]
    assert others and all(now.cells[qid] is was.cells[qid] for qid in others)
    assert after.cases[1] is findings.cases[1], "a case with no new decision is untouched"
    assert after.agreement is findings.agreement

    withdrawn = redecided(after, {})
    assert withdrawn.cases[0].cells["risk_identified"].decision is None
    assert all(withdrawn.cases[0].cells[qid] is was.cells[qid] for qid in others)
