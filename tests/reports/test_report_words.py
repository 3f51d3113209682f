"""Dates and counts as a reader writes them, read back from the PDF (pypdf) and the Word
document (python-docx) in English and Welsh: the demo round (16 cases, three left
unresolved) and the shared reviewed round (an observation with a response, a
recommendation with an update, a confirmed publication).

The expected sentences are written out by hand; a date that is today's is built from
the standard library's English month names and the Welsh names of the Welsh review."""

from __future__ import annotations

import calendar
import io
import re
from datetime import UTC, datetime

import docx
import pytest
from pypdf import PdfReader

from desktop.reports.content import PanelReport, ReportOptions
from desktop.reports.redaction import describe
from desktop.services import publication, report, rounds
from desktop.services.demo_coordinator import create_demo_coordinator

WELSH_MONTHS = [
    "Ionawr",
    "Chwefror",
    "Mawrth",
    "Ebrill",
    "Mai",
    "Mehefin",
    "Gorffennaf",
    "Awst",
    "Medi",
    "Hydref",
    "Tachwedd",
    "Rhagfyr",
]
ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def pdf_text(data: bytes) -> str:
    """Every page's words, line breaks made spaces (a sentence may wrap)."""
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages)


def docx_text(data: bytes) -> str:
    """Every paragraph of the body and of every table cell, one a line."""
    document = docx.Document(io.BytesIO(data))
    lines = [p.text for p in document.paragraphs]
    lines += [
        p.text for t in document.tables for row in t.rows for cell in row.cells for p in cell.paragraphs
    ]
    return "\n".join(lines)


def rendered(gathered: PanelReport, language: str, mode: str = "publication") -> dict[str, str]:
    options = ReportOptions(language, mode)
    return {
        "pdf": pdf_text(report.render(gathered, options, "pdf")[""]),
        "docx": docx_text(report.render(gathered, options, "docx")[""]),
    }


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> PanelReport:
    db = create_demo_coordinator(tmp_path_factory.mktemp("demo") / "office")
    (round_row,) = rounds.list_rounds(db)
    yield report.gather(db, round_row.id)
    db.close()


@pytest.fixture(scope="module")
def demo_both(demo) -> dict[str, str]:
    return rendered(demo, "both")


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_the_meeting_date_is_written_out_in_both_languages(demo_both, fmt) -> None:
    text = demo_both[fmt]
    assert "The panel met on 14 March 2026 (a virtual meeting)." in text
    assert "Cyfarfu'r panel ar 14 Mawrth 2026 (cyfarfod rhithwir)." in text
    today = datetime.now(UTC).date()
    assert f"Prepared on {today.day} {calendar.month_name[today.month]} {today.year}" in text
    assert f"Paratowyd ar {today.day} {WELSH_MONTHS[today.month - 1]} {today.year}" in text
    assert "Due 30 June 2026" in text and "Erbyn 30 Mehefin 2026" in text
    assert "1 March 2026" in text and "1 Mawrth 2026" in text  # the recommendation's update
    assert ISO_DATE.findall(text) == []


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_the_split_sentence_counts_and_lists_cases_in_both_languages(demo_both, fmt) -> None:
    text = demo_both[fmt]
    assert "Members were unable to agree on 3 findings, in Case 3, Case 12 and Case 13." in text
    assert "Ni allai'r aelodau gytuno ar 3 chanfyddiad, yn Achos 3, Achos 12 ac Achos 13." in text
    assert "cases Case" not in text and "3 canfyddiad" not in text


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_the_sample_counts_case_files_and_members_in_both_languages(demo_both, fmt) -> None:
    text = demo_both[fmt]
    assert "Members reviewed 16 case files, each by 3 members, using the checklist" in text
    assert "Adolygodd yr aelodau 16 o ffeiliau achos, pob un gan 3 aelod, gan ddefnyddio'r rhestr" in text
    assert "4 members attended." in text and "Roedd 4 aelod yn bresennol." in text


def test_an_internal_report_lists_the_force_references_joined_with_and(demo) -> None:
    references = [demo.findings.cases[n - 1].case.reference for n in (3, 12, 13)]
    text = rendered(demo, "cy", "internal")["pdf"]
    listed = f"{references[0]}, {references[1]} a {references[2]}"
    assert f"Ni allai'r aelodau gytuno ar 3 chanfyddiad, yn achosion {listed}." in text


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_dates_of_responses_updates_and_confirmation_are_written_out(panel, fmt, tmp_path) -> None:
    """Written as publishing writes it, so the report carries when its texts were confirmed."""
    read = {"pdf": pdf_text, "docx": docx_text}[fmt]
    texts = []
    for language in ("en", "cy"):
        out = tmp_path / f"report-{language}.{fmt}"
        options = ReportOptions(language, "publication")
        report.write_report(panel.world.coordinator, panel.round_id, out, options, fmt)
        texts.append(read(out.read_bytes()))
    english, welsh = texts
    assert "The panel met on 14 March 2026 (a virtual meeting)." in english
    assert "Cyfarfu'r panel ar 14 Mawrth 2026 (cyfarfod rhithwir)." in welsh
    assert "2 April 2026" in english and "2 Ebrill 2026" in welsh  # the force's response
    assert "Due 30 September 2026" in english and "Erbyn 30 Medi 2026" in welsh
    assert "1 June 2026" in english and "1 Mehefin 2026" in welsh
    assert "4 members attended." in english and "Roedd 4 aelod yn bresennol." in welsh
    confirmed = re.search(r"confirmed on (\d{1,2}) ([A-Z][a-z]+) (\d{4}) at \d{2}:\d{2} UTC", english)
    assert confirmed is not None and confirmed.group(2) in calendar.month_name[1:]
    assert re.search(r"cadarnhawyd yr olaf ar \d{1,2} [A-Z][a-z]+ \d{4} am \d{2}:\d{2} UTC", welsh)
    assert ISO_DATE.findall(english) == [] and ISO_DATE.findall(welsh) == []


def test_the_publication_review_names_an_update_by_its_date_written_out(panel) -> None:
    blocks = publication.publication_review(panel.world.coordinator, panel.round_id).blocks
    update = next(b for b in blocks if b.place.part == "update")
    assert update.key.startswith("1 · 2026-06-01|"), "the stored key keeps the ISO date"
    assert describe(update.place, "en") == "update 1 · 1 June 2026"
    assert describe(update.place, "cy") == "diweddariad 1 · 1 Mehefin 2026"
