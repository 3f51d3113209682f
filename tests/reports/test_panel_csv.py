"""The report's CSV tables: one row per member x case x question, one per case x
question, with stable columns; publication mode names no member."""

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
    answers_path, findings_path = written.paths
    assert (answers_path.name, findings_path.name) == ("q3-answers.csv", "q3-findings.csv")
    answers, merged = rows(answers_path.read_bytes()), rows(findings_path.read_bytes())
    template = report.gather(panel.world.coordinator, panel.round_id).findings.template
    questions = len(template.questions)
    assert list(answers[0]) == list(ANSWER_COLUMNS) and list(merged[0]) == list(FINDING_COLUMNS)
    assert len(answers) == 4 * 4 * questions  # 4 cases, each reviewed by 4 members
    assert len(merged) == 4 * sum(1 for q in template.questions if q.kind != "text")
    assert {r["member"] for r in answers} == {"A", "B", "C", "D"}
    text = answers_path.read_text(encoding="utf-8-sig") + findings_path.read_text(encoding="utf-8-sig")
    assert not any(name in text for name in panel.world.members)
    split = next(
        r for r in merged if r["case_reference"] == "HC-003" and r["question_id"] == "risk_identified"
    )
    assert split["agreement"] == "unable_to_agree" and split["unresolved"] == "yes"
    assert split["counts"] == "no=1;partly=1;yes=2" and split["finding_codes"] == ""
    one = next(
        r for r in merged if r["case_reference"] == "HC-004" and r["question_id"] == "hcso_contact_in_time"
    )
    assert one["agreement"] == "one_review" and one["finding_codes"] == "no" and one["answered_by"] == "1"
    hidden = [
        r for r in answers if r["case_reference"] == "HC-004" and r["question_id"] == "hcso_contact_in_time"
    ]
    assert sorted(r["shown"] for r in hidden) == ["no", "no", "no", "yes"]
    assert {r["question_cy"] for r in merged} and all(r["format_version"] == "1" for r in merged)


def test_internal_tables_name_members(panel, tmp_path) -> None:
    files = report.render(
        report.gather(panel.world.coordinator, panel.round_id), ReportOptions("en", "internal"), "csv"
    )
    assert {r["member"] for r in rows(files["answers"])} == set(panel.world.members)
