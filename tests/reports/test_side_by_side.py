"""Welsh and English side by side: the demo round with two texts translated, written as a
PDF and a Word document with Welsh left and English right, read back (pypdf, pdffonts,
python-docx) and compared with the same report written Welsh first then English."""

from __future__ import annotations

import io
import re
import subprocess
from collections.abc import Iterator

import docx
import pytest
from docx.oxml.ns import qn
from docx.table import Table
from pypdf import PdfReader

from desktop.reports.content import PanelReport, ReportOptions
from desktop.reports.languages import in_language
from desktop.services import report, rounds, translations
from desktop.services.demo_coordinator import create_demo_coordinator

DIFFINIADAU = (
    "Trosedd casineb yw unrhyw drosedd y mae'r dioddefwr, neu unrhyw berson arall, yn ei gweld "
    "fel un a gymhellwyd gan elyniaeth neu ragfarn."
)
CYFNOD = "Hydref i Ragfyr 2025"
SIDE_BY_SIDE = ReportOptions("both", "publication", layout="side_by_side")
SEQUENTIAL = ReportOptions("both", "publication")
# Each section's heading in Welsh and in English, as a reader of the seed would expect them.
SECTIONS = (
    ("Cefndir", "Background"),
    ("Canfyddiadau fesul achos", "Findings case by case"),
    ("Cytundeb rhwng aelodau", "Agreement between members"),
    ("Crynodeb", "Summary"),
)


@pytest.fixture(scope="module")
def gathered(tmp_path_factory) -> Iterator[PanelReport]:
    """The demo round with its definitions and period translated into Welsh."""
    db = create_demo_coordinator(tmp_path_factory.mktemp("demo") / "office")
    (round_row,) = rounds.list_rounds(db)
    state = translations.translations(db, round_row.id)
    for part, welsh in (("definitions", DIFFINIADAU), ("period", CYFNOD)):
        unit = next(u for u in state.units if u.place.part == part)
        translations.save_version(db, round_row.id, unit.key, unit.sha256, welsh)
    yield report.gather(db, round_row.id)
    db.close()


@pytest.fixture(scope="module")
def pdfs(gathered) -> dict[str, bytes]:
    return {
        "side": report.render(gathered, SIDE_BY_SIDE, "pdf")[""],
        "sequential": report.render(gathered, SEQUENTIAL, "pdf")[""],
    }


@pytest.fixture(scope="module")
def docxs(gathered) -> dict[str, docx.document.Document]:
    return {
        name: docx.Document(io.BytesIO(report.render(gathered, options, "docx")[""]))
        for name, options in (("side", SIDE_BY_SIDE), ("sequential", SEQUENTIAL))
    }


def pages(data: bytes) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(data)).pages]


def test_each_welsh_heading_is_on_the_page_of_its_english_one(pdfs) -> None:
    side = pages(pdfs["side"])
    for welsh, english in SECTIONS:
        on = [n for n, text in enumerate(side) if welsh in text]
        assert on and any(english in side[n] for n in on), (welsh, english)
    assert DIFFINIADAU[:40] in " ".join(side)  # the translation is printed, beside the English


def test_the_outline_lists_both_headings_at_the_same_page(pdfs) -> None:
    reader = PdfReader(io.BytesIO(pdfs["side"]))

    def entries(outline: list[object]) -> Iterator[tuple[str, int]]:
        for item in outline:
            if isinstance(item, list):
                yield from entries(item)
            else:
                yield item.title, reader.get_destination_page_number(item)

    page_of = dict(entries(reader.outline))
    for welsh, english in (*SECTIONS, ("Achos 1", "Case 1"), ("Atodiad", "Appendix")):
        found_cy = [t for t in page_of if t.startswith(welsh)]
        found_en = [t for t in page_of if t.startswith(english)]
        assert found_cy and found_en, (welsh, english)
        assert page_of[found_cy[0]] == page_of[found_en[0]]


def test_no_words_are_lost_and_the_pages_are_fewer(pdfs) -> None:
    def words(data: bytes) -> set[str]:
        # page numbers and counts of pages differ between the layouts; every word is kept
        text = " ".join(pages(data))
        return {w for w in re.findall(r"[^\W\d_][\w'’-]*", text)}

    missing = words(pdfs["sequential"]) - words(pdfs["side"])
    assert not missing
    side, sequential = (len(PdfReader(io.BytesIO(pdfs[k])).pages) for k in ("side", "sequential"))
    assert side <= sequential  # 20 pages against 26 for the demo round


def test_the_pdf_is_welsh_first_with_every_font_embedded(pdfs, tmp_path) -> None:
    reader = PdfReader(io.BytesIO(pdfs["side"]))
    assert reader.trailer["/Root"]["/Lang"] == "cy-GB"
    assert reader.metadata is not None and reader.metadata.title.startswith("Adroddiad")
    path = tmp_path / "side.pdf"
    path.write_bytes(pdfs["side"])
    listed = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    rows = listed.splitlines()[2:]
    assert rows and all(" yes " in f" {row} " for row in rows), listed
    first = pages(pdfs["side"])[1]
    assert "Tudalen 2 o" in first and "Page 2 of" in first


def paragraphs(document: docx.document.Document) -> set[str]:
    """Every paragraph's text, in the body and in table cells."""
    found = {p.text for p in document.paragraphs}
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                found |= {p.text for p in cell.paragraphs}
    return {text for text in found if text.strip()}


def side_tables(document: docx.document.Document) -> list[Table]:
    """The two-column tables without borders that hold Welsh beside English."""
    return [t for t in document.tables if t._tbl.find(f"{qn('w:tblPr')}/{qn('w:tblBorders')}") is not None]


def runs_of(cell) -> list[tuple[str, str]]:
    return [
        (run.text, run._r.find(f"{qn('w:rPr')}/{qn('w:lang')}").get(qn("w:val")))
        for paragraph in cell.paragraphs
        for run in paragraph.runs
        if run.text.strip()
    ]


def test_every_paragraph_of_the_sequential_document_is_in_the_side_by_side_one(docxs) -> None:
    side = docxs["side"]
    assert len(side.sections) == 1 and side.core_properties.language == "cy-GB"
    footer = side.sections[0].footer.paragraphs[0].text
    assert footer.startswith("Tudalen") and " / Page" in footer
    assert not paragraphs(docxs["sequential"]) - paragraphs(docxs["side"])
    headings = {
        p.text
        for table in side_tables(docxs["side"])
        for c in table.columns[0].cells
        for p in c.paragraphs
        if p.style.name.startswith("Heading")
    }
    assert {"Cefndir", "Crynodeb", "Canfyddiadau fesul achos"} <= headings


def test_welsh_cells_are_tagged_welsh_and_english_cells_english(docxs, gathered) -> None:
    tables = side_tables(docxs["side"])
    assert len(tables) >= 5
    foreign = {
        "cy": in_language(gathered, "cy").text_languages,
        "en": in_language(gathered, "en").text_languages,
    }
    seen = {"cy-GB": 0, "en-GB": 0}
    for table in tables:
        assert len(table.columns) == 2
        for row in table.rows:
            for cell, language in zip(row.cells, ("cy", "en"), strict=True):
                for text, tag in runs_of(cell):
                    if tag != f"{language}-GB":  # only a text printed as written, in its own language
                        assert any(
                            text in known and foreign[language][known] + "-GB" == tag
                            for known in foreign[language]
                        ), (text, tag)
                    seen[tag] += 1
    assert seen["cy-GB"] > 100 and seen["en-GB"] > 100
    left = {text: tag for t in tables for c in t.columns[0].cells for text, tag in runs_of(c)}
    right = {text: tag for t in tables for c in t.columns[1].cells for text, tag in runs_of(c)}
    assert left[DIFFINIADAU] == "cy-GB"
    assert any(CYFNOD in text and tag == "cy-GB" for text, tag in left.items())
    assert any(tag == "en-GB" and "Hate crime is any criminal offence" in text for text, tag in right.items())


def test_the_csv_is_the_same_in_either_layout(gathered) -> None:
    assert report.render(gathered, SIDE_BY_SIDE, "csv") == report.render(gathered, SEQUENTIAL, "csv")


def test_an_unknown_layout_is_refused() -> None:
    with pytest.raises(ValueError):
        ReportOptions("both", "publication", layout="columns")


def test_halves_that_do_not_match_are_printed_whole_one_after_the_other() -> None:
    """Never paired by guesswork: Welsh then English, every paragraph kept, in order."""
    from reportlab.platypus import Paragraph

    from desktop.reports.docx_style import add, document
    from desktop.reports.pdf_style import styles
    from desktop.reports.side_by_side_docx import SideBySide
    from desktop.reports.side_by_side_pdf import PairedRow, paired

    body = styles()["body"]
    welsh = [Paragraph("Un", body), Paragraph("Dau", body)]
    english = [Paragraph("One", body)]
    flow = paired(welsh, english, 170)
    texts = [f.getPlainText() for f in flow if isinstance(f, Paragraph)]
    assert texts == ["Un", "Dau", "One"] and not any(isinstance(f, PairedRow) for f in flow)
    same = paired([Paragraph("Aled Jones", body)], [Paragraph("Aled Jones", body)], 170)
    assert [f.getPlainText() for f in same] == ["Aled Jones"]  # once, across the page

    scratch = {lang: document(lang, "", "", "", "2026-01-01") for lang in ("cy", "en")}
    parts = {
        "cy": [add(scratch["cy"], text, "cy")._p for text in ("Un", "Dau")],
        "en": [add(scratch["en"], "One", "en")._p],
    }
    doc = document("cy", "", "", "", "2026-01-01")
    SideBySide(doc).add(parts["cy"], parts["en"])
    assert [p.text for p in doc.paragraphs] == ["Un", "Dau", "One"] and not doc.tables
    SideBySide(doc).add([add(scratch["cy"], "Tri", "cy")._p], [add(scratch["en"], "Three", "en")._p])
    (table,) = doc.tables
    assert [c.text for c in table.rows[0].cells] == ["Tri", "Three"]
