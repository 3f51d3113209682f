"""The consolidated round, from packages that really travelled: the merge rule, skip
logic, the panel's decisions on splits, and what the coordinator writes on each case."""

from __future__ import annotations

import pytest

from desktop.core.answers import Answer
from desktop.core.consensus import Agreement
from desktop.core.findings import UNABLE_TO_AGREE
from desktop.services import findings, report
from desktop.services.background import Background, round_background, save_background
from desktop.services.findings import CaseNotes, FindingsRefused
from desktop.services.review_packages import Fate
from tests.engine_events import transactions
from tests.services.panel_world import GOOD, reviewed_panel, with_changes


def plan(name: str, reference: str):
    first = name.split()[0]
    if reference == "HC-002" and first == "Aled":
        return with_changes({"hostility_recorded": Answer("no", note="No hostility recorded in the log.")})
    if reference == "HC-003":
        said = {"Aled": "yes", "Bethan": "yes", "Ceri": "no", "Dafydd": "partly"}[first]
        note = "" if said == "yes" else f"{first}: the risk assessment was late."
        return with_changes({"risk_identified": Answer(said, note=note)})
    if reference == "HC-004":
        if first == "Aled":
            return with_changes(
                {"hcso_contact_in_time": Answer("no", hours=72, note="Contact after 3 days.")}
            )
        return with_changes(
            {
                "hcso_offered": Answer("not_offered", note="No HCSO on the log."),
                "hcso_contact_in_time": Answer(None),
                "hcso_contact_method": Answer(None),
            }
        )
    return dict(GOOD)


@pytest.fixture(scope="module")
def panel(tmp_path_factory):
    made = reviewed_panel(tmp_path_factory.mktemp("panel"), plan, cases=4, k=4)
    yield made
    made.world.coordinator.close()
    for member in made.world.members.values():
        member.close()


def test_every_package_arrived(panel) -> None:
    assert [f.fate for f in panel.fates] == [Fate.ACCEPTED] * 4


def test_the_merge_rule_over_real_packages(panel) -> None:
    result = findings.round_findings(panel.world.coordinator, panel.round_id)
    assert [r.letter for r in result.reviewers] == ["A", "B", "C", "D"]
    assert sorted(r.name for r in result.reviewers) == sorted(panel.world.members)
    one, two, three, four = result.cases
    assert one.cells["hostility_recorded"].consensus.agreement is Agreement.AGREED
    majority = two.cells["hostility_recorded"]
    assert majority.consensus.agreement is Agreement.MAJORITY and majority.finding == "yes"
    assert [note for _letter, note in majority.notes()] == ["No hostility recorded in the log."]
    split = three.cells["risk_identified"]
    assert split.consensus.agreement is Agreement.UNABLE_TO_AGREE and split.finding is None
    assert split.unresolved and dict(split.consensus.counts) == {"yes": 2, "no": 1, "partly": 1}
    offered = four.cells["hcso_offered"]
    assert offered.consensus.agreement is Agreement.MAJORITY and offered.finding == "not_offered"
    # shown only to the member who said an HCSO was deployed: one review, not agreed
    contact = four.cells["hcso_contact_in_time"]
    assert contact.consensus.agreement is Agreement.ONE_REVIEW and contact.finding == "no"
    assert [a.shown for a in contact.answers].count(True) == 1
    counts = result.counts("risk_identified")
    assert counts == {"yes": 3, UNABLE_TO_AGREE: 1}


def test_a_split_is_decided_with_its_reason_or_left_open(panel) -> None:
    db = panel.world.coordinator
    case = findings.round_findings(db, panel.round_id).cases[2]
    with pytest.raises(FindingsRefused):
        findings.adjudicate(db, case.case.case_id, "risk_identified", "partly", "   ")
    with pytest.raises(FindingsRefused):
        findings.adjudicate(db, case.case.case_id, "risk_identified", "maybe", "Discussed.")
    findings.adjudicate(
        db, case.case.case_id, "risk_identified", "partly", "The panel agreed at the meeting."
    )
    cell = findings.round_findings(db, panel.round_id).cases[2].cells["risk_identified"]
    assert cell.split and not cell.unresolved and cell.finding == "partly"
    assert cell.decision.rationale == "The panel agreed at the meeting."
    assert findings.round_findings(db, panel.round_id).counts("risk_identified") == {"yes": 3, "partly": 1}
    findings.adjudicate(db, case.case.case_id, "risk_identified", None, "Left for the force to explain.")
    cell = findings.round_findings(db, panel.round_id).cases[2].cells["risk_identified"]
    assert cell.unresolved and cell.decision.rationale == "Left for the force to explain."
    findings.withdraw_adjudication(db, case.case.case_id, "risk_identified")
    assert findings.round_findings(db, panel.round_id).cases[2].cells["risk_identified"].decision is None


def test_comment_tags_and_background_are_kept(panel) -> None:
    db = panel.world.coordinator
    case_id = findings.round_findings(db, panel.round_id).cases[0].case.case_id
    notes = CaseNotes("Members were satisfied.", ("Prompt HCSO contact",), ("Log the online flag",))
    findings.save_case_notes(db, case_id, notes)
    assert findings.case_notes(db, case_id) == notes
    assert report.gather(db, panel.round_id).notes == {case_id: notes}
    background = Background(
        "2026-03-14",
        "virtual",
        ("Aled Jones", "Bethan Evans"),
        True,
        "Jan to Mar 2026",
        "Random sample of closed cases",
        "Home Office hate crime definitions",
    )
    save_background(db, panel.round_id, background)
    assert round_background(db, panel.round_id) == background
    with pytest.raises(FindingsRefused):
        save_background(db, panel.round_id, Background(meeting_date="14/03/2026"))
    assert round_background(db, panel.round_id) == background


def test_criteria_comments_are_kept_per_question(panel) -> None:
    db = panel.world.coordinator
    findings.save_criteria_comments(db, panel.round_id, {"risk_identified": "One split.", "flag_correct": ""})
    assert findings.criteria_comments(db, panel.round_id) == {"risk_identified": "One split."}
    with pytest.raises(FindingsRefused):
        findings.save_criteria_comments(db, panel.round_id, {"no_such_question": "x"})
    assert findings.criteria_comments(db, panel.round_id) == {"risk_identified": "One split."}


def test_the_report_reads_the_round_in_one_transaction(panel, tmp_path) -> None:
    """One consistent read: the findings, notes, background, observations and recommendations
    the report prints all come from the same moment (it was seven transactions)."""
    from desktop.reports.content import ReportOptions
    from desktop.services import publication

    db = panel.world.coordinator
    assert transactions(db, lambda: report.gather(db, panel.round_id)) == 1
    assert transactions(db, lambda: publication.publication_review(db, panel.round_id)) == 1
    # the read, then the record that the report was written
    written = lambda: report.write_report(db, panel.round_id, tmp_path / "r.csv", ReportOptions(), "csv")  # noqa: E731
    assert transactions(db, written) == 2
