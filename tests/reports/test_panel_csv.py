"""The report's CSV tables: one row per member x case x question, one per case x
question, with stable columns; publication mode names no member and no force reference."""

from __future__ import annotations

import csv
import io

from desktop.reports.content import ReportOptions
from desktop.reports.panel_csv import ANSWER_COLUMNS, FINDING_COLUMNS
from desktop.services import report


def rows(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf"), "a byte-order mark, so spreadsheets read Welsh letters"
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_tidy_tables_in_publication_mode(panel, tmp_path) -> None:
    written = report.write_report(
        panel.world.coordinator,
        panel.round_id,
        tmp_path / "q3.csv",
        ReportOptions("en", "publication"),
        "csv",
    )
    answers_path, findings_path, agreement_path = written.paths
    assert (answers_path.name, findings_path.name) == ("q3-answers.csv", "q3-findings.csv")
    assert agreement_path.name == "q3-agreement.csv"
    answers, merged = rows(answers_path.read_bytes()), rows(findings_path.read_bytes())
    template = report.gather(panel.world.coordinator, panel.round_id).findings.template
    questions = len(template.questions)
    # The published tables are the internal columns without the reference and the case uid
    # (which is derived from the reference), the case known by its number as in the PDF.
    assert list(answers[0]) == [c for c in ANSWER_COLUMNS if c not in ("case_uid", "case_reference")]
    assert list(merged[0]) == [c for c in FINDING_COLUMNS if c not in ("case_uid", "case_reference")]
    assert {r["case_number"] for r in answers} == {r["case_number"] for r in merged} == {"1", "2", "3", "4"}
    assert len(answers) == 4 * 4 * questions  # 4 cases, each reviewed by 4 members
    assert len(merged) == 4 * sum(1 for q in template.questions if q.kind != "text")
    assert {r["member"] for r in answers} == {"A", "B", "C", "D"}
    text = answers_path.read_text(encoding="utf-8-sig") + findings_path.read_text(encoding="utf-8-sig")
    assert not any(name in text for name in panel.world.members)
    assert not any(f"HC-00{n}" in text for n in range(1, 5))
    split = next(r for r in merged if r["case_number"] == "3" and r["question_id"] == "risk_identified")
    assert split["agreement"] == "unable_to_agree" and split["unresolved"] == "yes"
    assert split["counts"] == "no=1;partly=1;yes=2" and split["finding_codes"] == ""
    one = next(r for r in merged if r["case_number"] == "4" and r["question_id"] == "hcso_contact_in_time")
    assert one["agreement"] == "one_review" and one["finding_codes"] == "no" and one["answered_by"] == "1"
    hidden = [r for r in answers if r["case_number"] == "4" and r["question_id"] == "hcso_contact_in_time"]
    assert sorted(r["shown"] for r in hidden) == ["no", "no", "no", "yes"]
    assert {r["question_cy"] for r in merged} and all(r["format_version"] == "3" for r in merged)


def test_internal_tables_name_members(panel, tmp_path) -> None:
    files = report.render(
        report.gather(panel.world.coordinator, panel.round_id), ReportOptions("en", "internal"), "csv"
    )
    answers = rows(files["answers"])
    assert {r["member"] for r in answers} == set(panel.world.members)
    assert list(answers[0]) == list(ANSWER_COLUMNS)
    numbered = {(r["case_number"], r["case_reference"]) for r in answers}
    assert numbered == {("1", "HC-001"), ("2", "HC-002"), ("3", "HC-003"), ("4", "HC-004")}
    assert all(len(r["case_uid"]) == 36 for r in answers)
