"""The coordinator's demo: a round four members reviewed, taken in through the real inbox,
with splits, a majority, a late HCSO contact and MAVIS at low risk to look at."""

from __future__ import annotations

from desktop.core.consensus import Agreement
from desktop.services import findings, report, retention, review_differences, review_packages, rounds
from desktop.services.demo_coordinator import create_demo_coordinator


def test_the_demo_round_arrives_with_something_to_decide(tmp_path) -> None:
    db = create_demo_coordinator(tmp_path / "office", "cy")
    try:
        (round_row,) = rounds.list_rounds(db)
        status = review_packages.round_status(db, round_row.id)
        assert len(status) == 4 and all(m.revision == 1 for m in status)
        result = findings.round_findings(db, round_row.id)
        assert len(result.cases) == 16 and all(len(c.reviewed_by) == 3 for c in result.cases)
        splits = [c.case.reference for c in result.cases if any(cell.split for cell in c.cells.values())]
        assert len(splits) == 3
        majorities = sum(
            cell.consensus.agreement is Agreement.MAJORITY for c in result.cases for cell in c.cells.values()
        )
        assert majorities >= 3
        late = result.cases[15].cells["hcso_contact_in_time"]
        assert late.finding == "no" and {a.answer.hours for a in late.answers} == {111}
        assert result.counts("mavis_appropriate")["yes"] >= 2
        gathered = report.gather(db, round_row.id)
        assert gathered.background.quorate and len(gathered.observations) == 2
        (waiting,) = review_differences.pending_reviews(db, round_row.id, "cy")  # one member looked again
        assert (waiting.member, waiting.revision, waiting.accepted_revision) == ("Dafydd Owen", 2, 1)
        (line,) = waiting.lines
        assert "DEMO-HC-14" in line and "o Yn rhannol (47 awr) i Do (47 awr)" in line
        assert line.endswith("without a prompt.' Newidiodd y nodyn hefyd.")
        erased = [m.member for m in status if m.erased_at]  # one receipt has come back
        assert erased == ["Bethan Evans"]
        kept = retention.retention_setting(db, round_row.id)  # 28 days after the 14 March meeting
        assert (kept.erase_on, kept.days_after_meeting) == ("2026-04-11", 28)
    finally:
        db.close()
