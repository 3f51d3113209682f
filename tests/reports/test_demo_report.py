"""A round shaped like the published seed report (16 cases, 4 members, three cases where
members could not agree), run end to end through real packages, and its report read back
in every format: the findings, the split cases and the criteria counts it states."""

from __future__ import annotations

import csv
import io

import docx
import pytest
from pypdf import PdfReader

from desktop.reports.content import ReportOptions
from desktop.services import report, rounds
from desktop.services.demo_coordinator import create_demo_coordinator


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    db = create_demo_coordinator(tmp_path_factory.mktemp("demo") / "office")
    (round_row,) = rounds.list_rounds(db)
    yield db, round_row.id
    db.close()


def words(data: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages)


def test_the_pdf_states_findings_splits_and_counts(demo) -> None:
    db, round_id = demo
    gathered = report.gather(db, round_id)
    split_cases = [
        n for n, c in enumerate(gathered.findings.cases, 1) if any(x.split for x in c.cells.values())
    ]
    assert split_cases == [3, 12, 13]
    text = words(report.render(gathered, ReportOptions("en", "publication"), "pdf")[""])
    assert "Members were unable to agree on 3 findings, in Case 3, Case 12 and Case 13." in text
    assert "Members were unable to agree whether the case had been correctly classified (" in text
    assert "first contacted the victim 111 hours after the case was passed to them" in text
    assert (  # once, in the summary of themes, with the cases it came from
        "Members found that the HCSO had not contacted the victim within the force standard "
        "(2 of 16 cases: Case 5 and Case 16)." in text
    )
    assert gathered.findings.counts("hcso_contact_in_time") == {"yes": 14, "no": 2}  # case 14: a majority
    assert "HCSO first contact was outside the 48-hour standard in two cases." in text
    assert "Give HCSOs an alert" in text and "ONGOING" in text


def test_word_and_csv_say_the_same(demo) -> None:
    db, round_id = demo
    gathered = report.gather(db, round_id)
    document = docx.Document(
        io.BytesIO(report.render(gathered, ReportOptions("cy", "publication"), "docx")[""])
    )
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert [h for h in headings if h.startswith("Achos ")] == [f"Achos {n}" for n in range(1, 17)]
    files = report.render(gathered, ReportOptions("en", "publication"), "csv")
    answers = list(csv.DictReader(io.StringIO(files["answers"].decode("utf-8-sig"))))
    merged = list(csv.DictReader(io.StringIO(files["findings"].decode("utf-8-sig"))))
    assert len(answers) == 16 * 3 * 26 and len(merged) == 16 * 24
    assert sum(r["unresolved"] == "yes" for r in merged) == 3


def case_findings(document) -> dict[str, list[str]]:
    """Each case's findings bullets in a DOCX report (its notes are "List Bullet 2")."""
    found: dict[str, list[str]] = {}
    case = None
    for p in document.paragraphs:
        if p.style.name == "Heading 2":
            case = p.text if p.text.startswith("Case ") else None
            if case:
                found[case] = []
        elif p.style.name.startswith("Heading"):
            case = case if p.style.name == "Heading 3" else None
        elif case and p.style.name in ("List Bullet", "List Bullet 2"):
            found[case].append(p.text)
    return found


def test_each_case_reads_as_findings_not_a_checklist(demo) -> None:
    """A handful of points a case, as the seed report gives: no sentence twice in a case,
    no note carrying its question in front of it; on average no more than 9 bullets."""
    db, round_id = demo
    gathered = report.gather(db, round_id)
    document = docx.Document(io.BytesIO(report.render(gathered, ReportOptions("en", "internal"), "docx")[""]))
    cases = case_findings(document)
    assert len(cases) == 16
    bullets = [len(lines) for lines in cases.values()]
    assert sum(bullets) / len(bullets) <= 9 and max(bullets) <= 12, bullets
    questions = [q.text.get("en") for q in gathered.findings.template.questions]
    for name, lines in cases.items():
        assert len(lines) == len(set(lines)), f"{name} says something twice: {lines}"
        assert not any(q in line for q in questions for line in lines), f"{name} repeats a question"
    satisfied = [
        line for lines in cases.values() for line in lines if line.startswith("Members were satisfied with")
    ]
    assert len(satisfied) == 16, "what met the standard is one sentence a case"


def test_the_summary_counts_what_the_cases_found(demo) -> None:
    """Each recurring finding in the summary counts the cases the merge found it in."""
    db, round_id = demo
    gathered = report.gather(db, round_id)
    text = words(report.render(gathered, ReportOptions("en", "publication"), "pdf")[""])
    counts = gathered.findings.counts("data_quality")
    assert counts["no"] == 3
    assert "Members found that the records were not accurate and consistent (3 of 16 cases: " in text
    assert "(2 of 16 cases: Case 5 and Case 16)" in text  # the HCSO's late contact: the merge's 2 "no"


def test_the_criteria_table_and_the_page_count(demo) -> None:
    """One table of counts with the coordinator's comments beside their questions; the
    English report was 27 pages with a table per question and charts, and is 24 now."""
    db, round_id = demo
    gathered = report.gather(db, round_id)
    options = ReportOptions("en", "publication")
    data = report.render(gathered, options, "pdf")[""]
    assert len(PdfReader(io.BytesIO(data)).pages) <= 24
    document = docx.Document(io.BytesIO(report.render(gathered, options, "docx")[""]))
    (table,) = [t for t in document.tables if t.rows[0].cells[0].text == "Criteria"]
    rows = {row.cells[0].text: (row.cells[1].text, row.cells[2].text) for row in table.rows[1:]}
    first = rows["HCSO contact within 48 hours: Yes"]  # the question's comment spans its rows
    assert first[0] == "14" and first[1].startswith("Both late contacts followed allocation")
    assert rows["HCSO contact within 48 hours: No"] == ("2", first[1])  # one merged cell, read per row
    assert "HCSO contact within 48 hours: Partly" not in rows
    assert "Both late contacts followed allocation late in the week" in words(data)


def criteria_counts_per_page(data: bytes, head: tuple[str, str]) -> list[int]:
    """On each page the criteria-count table reaches, how many counts it prints there (the
    figures in the bold count column, under a header whose first two columns start with
    the words in `head`)."""
    from pypdf.generic import NameObject

    found: list[int] = []
    for page in PdfReader(io.BytesIO(data)).pages:
        figures: list[str] = []

        def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
            name = str(font.get(NameObject("/BaseFont"), "")) if isinstance(font, dict) else ""
            if name.endswith("DejaVuSans-Bold") and round(size) == 10 and text.strip().isdigit():
                figures.append(text)  # noqa: B023  (read at once, page by page)

        text = page.extract_text(visitor_text=visit)
        if head[0] in text and head[1] in text:
            found.append(len(figures))
    return found


@pytest.mark.parametrize("language", ["en", "cy"])
def test_no_criteria_row_is_alone_on_a_page(demo, language: str) -> None:
    db, round_id = demo
    data = report.render(report.gather(db, round_id), ReportOptions(language, "publication"), "pdf")[""]
    head = ("Criteria", "Number") if language == "en" else ("Meini prawf", "Nifer yr")
    per_page = criteria_counts_per_page(data, head)
    assert per_page and sum(per_page) > 30 and 1 not in per_page, per_page
