"""'Since the last review' in the report of the demo's second quarter, drafted from the
trend in both languages: read back from the PDF with pypdf and from the DOCX with
python-docx, each paragraph tagged with its language. The earlier quarter's own report,
with nothing before it, has no such section."""

from __future__ import annotations

import io

import docx
import pytest
from docx.oxml.ns import qn
from pypdf import PdfReader

from desktop.reports.content import ReportOptions
from desktop.services import report, rounds
from desktop.services.demo_coordinator import TITLE, create_demo_coordinator
from desktop.services.demo_earlier import EARLIER_TITLE

IMPROVED_EN = "Victim contract agreed — improved: 100% of cases met the standard, against 83% last time."


@pytest.fixture(scope="module")
def quarters(tmp_path_factory):
    db = create_demo_coordinator(tmp_path_factory.mktemp("quarters") / "office", earlier_quarter=True)
    by_title = {r.title: r.id for r in rounds.list_rounds(db)}
    yield report.gather(db, by_title[TITLE]), report.gather(db, by_title[EARLIER_TITLE])
    db.close()


def words(data: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages)


def test_the_pdf_says_what_improved_and_what_recurs_in_both_languages(quarters) -> None:
    latest, _earlier = quarters
    text = words(report.render(latest, ReportOptions("both", "publication"), "pdf")[""])
    assert "Ers yr adolygiad diwethaf" in text and "Since the last review" in text
    assert text.index("Ers yr adolygiad diwethaf") < text.index("Since the last review")  # Welsh first
    assert "Compared with the last review (13 December 2025)" in text
    assert "O'i gymharu â'r adolygiad diwethaf (13 Rhagfyr 2025)" in text
    assert EARLIER_TITLE not in text  # another round's typed title is not a text this report checked
    assert "— fell short in 2 of the last 2 rounds." in text
    assert "— yn brin o'r safon mewn 2 o'r 2 gylch diwethaf." in text
    assert "— improved: " in text and "— wedi gwella: cyrhaeddodd" in text
    assert IMPROVED_EN in text and "Risk identified and managed — worse: 94%" in text
    assert "9 of 12 (75%)" in text and "14 of 16 (88%)" in text  # HCSO contact, quarter by quarter
    assert "Share of cases meeting each standard, review by review" in text
    assert "Cyfran yr achosion a gyrhaeddodd bob safon, fesul adolygiad" in text


def test_the_docx_has_the_section_in_each_language_tagged_with_it(quarters) -> None:
    latest, _earlier = quarters
    data = report.render(latest, ReportOptions("both", "publication"), "docx")[""]
    document = docx.Document(io.BytesIO(data))
    languages: dict[str, str] = {}
    for p in document.paragraphs:
        for run in p.runs:
            lang = run._r.rPr.find(qn("w:lang")) if run._r.rPr is not None else None
            assert lang is not None, p.text
            languages.setdefault(p.text, lang.get(qn("w:val")))
    assert languages["Ers yr adolygiad diwethaf"] == "cy-GB"
    assert languages["Since the last review"] == "en-GB"
    recurring = [t for t in languages if "fell short in 2 of the last 2 rounds" in t]
    cylch = [t for t in languages if "o'r 2 gylch diwethaf" in t]
    assert recurring and cylch and all(languages[t] == "en-GB" for t in recurring)
    assert all(languages[t] == "cy-GB" for t in cylch)
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert {"13 December 2025", "14 March 2026", "13 Rhagfyr 2025", "14 Mawrth 2026"} <= set(cells)
    assert EARLIER_TITLE not in cells


def test_a_first_review_has_no_section(quarters) -> None:
    _latest, earlier = quarters
    text = words(report.render(earlier, ReportOptions("en", "internal"), "pdf")[""])
    assert earlier.trend is not None and len(earlier.trend.rounds) == 1
    assert "Detailed findings" in text and "Since the last review" not in text


def test_the_second_quarter_publishes_through_the_real_check_with_the_section(tmp_path) -> None:
    """Every text confirmed as the coordinator would; the published files, read back,
    carry the section in both languages (it adds no text the check has not read)."""
    from tests.services.publication_world import confirm_every_text

    db = create_demo_coordinator(tmp_path / "office", earlier_quarter=True)
    try:
        round_id = next(r.id for r in rounds.list_rounds(db) if r.title == TITLE)
        confirm_every_text(db, round_id)
        pdf, word_file = tmp_path / "published.pdf", tmp_path / "published.docx"
        report.write_report(db, round_id, pdf, ReportOptions("both", "publication"), "pdf")
        report.write_report(db, round_id, word_file, ReportOptions("both", "publication"), "docx")
        text = words(pdf.read_bytes())
        assert "Since the last review" in text and "Ers yr adolygiad diwethaf" in text
        document = docx.Document(str(word_file))
        paragraphs = [p.text for p in document.paragraphs]
        assert "Since the last review" in paragraphs and "Ers yr adolygiad diwethaf" in paragraphs
    finally:
        db.close()


def test_side_by_side_the_section_pairs_welsh_with_english_and_keeps_both_charts(quarters) -> None:
    """Its chart made the two halves fail to match, so the whole section printed Welsh then
    English; now each sentence stands beside its English, the table and chart across."""
    from reportlab.graphics.shapes import Drawing

    from desktop.reports.languages import in_language
    from desktop.reports.side_by_side_pdf import PairedRow, paired
    from desktop.reports.trend_pdf import since_last_part

    latest, _earlier = quarters
    options = ReportOptions("both", "publication", layout="side_by_side")
    halves = [since_last_part(in_language(latest, lang), options, lang, 480) for lang in ("cy", "en")]
    flow = paired(*halves, 480)
    rows = [f for f in flow if isinstance(f, PairedRow)]
    texts = [tuple(cell.getPlainText() for cell in r._cellvalues[0]) for r in rows]
    assert ("Ers yr adolygiad diwethaf", "Since the last review") in texts
    assert any(right == f"• {IMPROVED_EN}" for _left, right in texts)
    assert sum(isinstance(f, Drawing) for f in flow) == 2  # each language's chart, with its own labels
    text = words(report.render(latest, options, "pdf")[""])
    assert "Ers yr adolygiad diwethaf" in text and IMPROVED_EN in text
