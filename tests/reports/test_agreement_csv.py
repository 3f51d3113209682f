"""The report CSV's agreement table, read back with the csv module: the three statistics
per question agree with the reference packages computed from the answers table of the
same export, and a statistic that is not defined is empty with the reason the PDF gives."""

from __future__ import annotations

import csv
import io
from collections import defaultdict

import krippendorff
import numpy as np
import pytest
from statsmodels.stats.inter_rater import aggregate_raters, fleiss_kappa

from desktop.reports.content import ReportOptions
from desktop.services import report
from tests.reports.test_panel_pdf import text_of


def rows(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


@pytest.fixture(scope="module")
def tables(panel, tmp_path_factory) -> dict[str, list[dict[str, str]]]:
    folder = tmp_path_factory.mktemp("agreement-csv")
    written = report.write_report(
        panel.world.coordinator, panel.round_id, folder / "q3.csv", ReportOptions("en", "publication"), "csv"
    )
    assert [p.name for p in written.paths] == ["q3-answers.csv", "q3-findings.csv", "q3-agreement.csv"]
    names = ("answers", "findings", "agreement")
    return {name: rows(p.read_bytes()) for name, p in zip(names, written.paths, strict=True)}


def given_answers(answers: list[dict[str, str]], question_id: str) -> dict[str, dict[str, str]]:
    """case number -> member -> answer codes, for the answers members were shown and gave,
    in the cases with two or more of them (the only ones holding pairs to compare)."""
    given: dict[str, dict[str, str]] = defaultdict(dict)
    for r in answers:
        if r["question_id"] == question_id and r["shown"] == "yes" and r["answer_codes"]:
            given[r["case_number"]][r["member"]] = r["answer_codes"]
    return {case: members for case, members in given.items() if len(members) >= 2}


def test_one_row_per_merged_question_with_every_documented_column(tables) -> None:
    agreement, findings = tables["agreement"], tables["findings"]
    assert [r["question_id"] for r in agreement] == list(dict.fromkeys(r["question_id"] for r in findings))
    assert list(agreement[0])[:9] == [
        "format_version", "round_uid", "round_title", "question_id", "question_number", "question_en",
        "question_cy", "cases_compared", "answers_compared",
    ]  # fmt: skip
    for statistic in ("kappa", "alpha", "ac1"):
        for part in ("", "_undefined", "_reason_en", "_reason_cy"):
            assert statistic + part in agreement[0]
    assert {r["format_version"] for r in agreement} == {"3"}
    assert {r["round_uid"] for r in agreement} == {findings[0]["round_uid"]}
    numbered = {(r["question_id"], r["question_number"]) for r in findings}
    assert {(r["question_id"], r["question_number"]) for r in agreement} == numbered


def test_the_statistics_agree_with_the_reference_packages(tables) -> None:
    """risk_identified: case 3 split (yes, yes, no, partly), the other cases all yes."""
    row = next(r for r in tables["agreement"] if r["question_id"] == "risk_identified")
    given = given_answers(tables["answers"], "risk_identified")
    assert row["cases_compared"] == str(len(given)) == "4"
    assert row["answers_compared"] == str(sum(len(m) for m in given.values())) == "16"
    codes = sorted({c for members in given.values() for c in members.values()})
    members = sorted({m for case in given.values() for m in case})
    matrix = np.array([[codes.index(given[case][m]) for case in sorted(given)] for m in members], dtype=float)
    alpha = krippendorff.alpha(reliability_data=matrix, level_of_measurement="nominal")
    kappa = fleiss_kappa(aggregate_raters(matrix.T.astype(int))[0])
    assert float(row["alpha"]) == pytest.approx(alpha, abs=1e-6)
    assert float(row["kappa"]) == pytest.approx(kappa, abs=1e-6)
    assert row["ac1"] and float(row["ac1"]) > float(row["kappa"])  # AC1 resists the prevalence of "yes"
    assert row["alpha_undefined"] == row["alpha_reason_en"] == row["kappa_reason_cy"] == ""


def test_not_defined_is_empty_with_the_reason_the_pdf_prints(panel, tables) -> None:
    undefined = [r for r in tables["agreement"] if r["kappa_undefined"]]
    assert undefined, "every member gave one answer to some questions: chance agreement is 1"
    gathered = report.gather(panel.world.coordinator, panel.round_id)
    pdf = text_of(report.render(gathered, ReportOptions("both", "publication"), "pdf")[""])
    for r in undefined:
        assert r["kappa"] == "" and r["kappa_reason_en"] and r["kappa_reason_cy"]
        assert r["kappa_reason_en"] in pdf and r["kappa_reason_cy"] in pdf
        given = given_answers(tables["answers"], r["question_id"])
        if r["kappa_undefined"] == "one_category":
            assert len({c for m in given.values() for c in m.values()}) == 1
    hours = next(r for r in tables["agreement"] if r["question_id"] == "hcso_contact_in_time")
    compared = given_answers(tables["answers"], "hcso_contact_in_time")
    assert hours["cases_compared"] == str(len(compared)) == "3"  # case 4: one member was shown it
