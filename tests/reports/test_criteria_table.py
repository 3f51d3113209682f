"""The criteria-count table and the PDF's pages, from a round that really travelled, read
back: the Word table cell by cell (python-docx), the PDF's text, header lines, metadata,
outline and fonts (pypdf, pdffonts)."""

from __future__ import annotations

import dataclasses
import io
import re
import subprocess

import docx
import pytest
from pypdf import PdfReader
from pypdf.generic import NameObject
from reportlab.lib.pagesizes import A4

from desktop.core.findings import UNABLE_TO_AGREE
from desktop.core.words import CATALOGUE
from desktop.reports.content import PanelReport, ReportOptions
from desktop.reports.panel_parts import Heading
from desktop.reports.panel_pdf import MARGIN, _one_language
from desktop.services import report

HEAD = {
    "en": ["Criteria", "Number of cases", "Comments"],
    "cy": ["Meini prawf", "Nifer yr achosion", "Sylwadau"],
}
WORD = re.compile(r"[\w'’]+")
COMMENT = "Two HCSOs were on leave that week; the force has since added cover."


@pytest.fixture(scope="module")
def gathered(panel) -> PanelReport:
    """The round's report with a criteria comment on the HCSO contact question."""
    found = report.gather(panel.world.coordinator, panel.round_id)
    return dataclasses.replace(found, criteria_comments={"hcso_contact_in_time": COMMENT})


def criteria_tables(data: bytes, language: str = "en") -> list[list[list[str]]]:
    document = docx.Document(io.BytesIO(data))
    return [
        [[c.text for c in row.cells] for row in t.rows]
        for t in document.tables
        if [c.text for c in t.rows[0].cells] == HEAD[language]
    ]


def expected_rows(found: PanelReport, every: bool) -> list[tuple[str, str]]:
    """(section title or "criterion: answer", count or "") the table should hold, worked out
    from the findings' own counts and the template, not from the report's code."""
    rows: list[tuple[str, str]] = []
    for section in found.findings.template.sections:
        found_rows = []
        for q in section.questions:
            if q.kind == "text":
                continue
            counts = found.findings.counts(q.id)
            answers = [(c.code, c.label.en) for c in q.choices] + [(UNABLE_TO_AGREE, "Unable to agree")]
            assert q.criterion is not None, q.id
            found_rows += [
                (f"{q.criterion.en}: {label}", str(counts.get(code, 0)))
                for code, label in answers
                if counts.get(code, 0) or every
            ]
        if found_rows:
            rows += [(section.title.en, ""), *found_rows]
    return rows


def test_one_criteria_table_a_row_per_finding_a_case_has(gathered) -> None:
    data = report.render(gathered, ReportOptions("en", "publication"), "docx")[""]
    (table,) = criteria_tables(data)
    body = table[1:]
    # a section's title spans the row, so Word reads the same text in its three cells
    assert [(r[0], "" if r[0] == r[1] else r[1]) for r in body] == expected_rows(gathered, every=False)
    assert all(r[1] != "0" for r in body), "answers nobody gave are left out"
    in_time = [r for r in body if r[0].startswith("HCSO contact within 48 hours: ")]
    assert len(in_time) >= 2 and all(r[2] == COMMENT for r in in_time), "one comment beside all its rows"
    assert sum(r[2] == COMMENT for r in body) == len(in_time), "and beside no other question's"
    sections = [r[0] for r in body if r[0] == r[1]]
    assert sections == [
        s.title.en for s in gathered.findings.template.sections if s.id in sections_with_counts(gathered)
    ]


def sections_with_counts(found: PanelReport) -> set[str]:
    return {
        q.section_id for q in found.findings.merged_questions() if sum(found.findings.counts(q.id).values())
    }


def test_every_answer_when_the_coordinator_asks_for_it(gathered) -> None:
    options = ReportOptions("en", "publication", every_answer=True)
    (table,) = criteria_tables(report.render(gathered, options, "docx")[""])
    body = [(r[0], "" if r[0] == r[1] else r[1]) for r in table[1:]]
    assert body == expected_rows(gathered, every=True)
    assert ("Hostility or prejudice recorded: Not applicable", "0") in body
    text = pdf_text(report.render(gathered, options, "pdf")[""])
    assert "Hostility or prejudice recorded: Not applicable 0" in text


def test_the_pdf_prints_the_same_rows_with_the_comment_beside_its_question(gathered) -> None:
    text = pdf_text(report.render(gathered, ReportOptions("en", "publication"), "pdf")[""])
    assert "Criteria Number of cases Comments" in text
    for criterion, count in expected_rows(gathered, every=False):
        assert f"{criterion} {count}".strip() in text, criterion
    assert "Hostility or prejudice recorded: Not applicable" not in text
    assert " ".join(COMMENT.split()) in text


def test_welsh_yes_and_no_follow_a_criterion_that_asks_with_a_verb(gathered) -> None:
    data = report.render(gathered, ReportOptions("cy", "publication"), "docx")[""]
    (table,) = criteria_tables(data, "cy")
    criteria = [r[0] for r in table[1:]]
    assert "A gofnodwyd yr elyniaeth neu'r rhagfarn? Do" in criteria
    assert not any(re.search(r": (Do|Naddo)$", c) for c in criteria)


def pdf_text(data: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages)


def header_lines(data: bytes) -> tuple[list[str], set[str]]:
    """Each line printed in a table header (bold, 9 pt, below the page's top strip), and
    the words printed everywhere else."""
    lines: list[str] = []
    elsewhere: set[str] = set()

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        name = str(font.get(NameObject("/BaseFont"), "")) if isinstance(font, dict) else ""
        y = cm[5] + tm[5] * cm[3]  # the page's own header strip is bold 9 pt too, at the top
        if name.endswith("DejaVuSans-Bold") and round(size, 1) == 9 and y < 780:
            lines.append(text.strip())
        else:
            elsewhere.update(WORD.findall(text))

    for page in PdfReader(io.BytesIO(data)).pages:
        page.extract_text(visitor_text=visit)
    return [line for line in lines if line], elsewhere


def broken_words(data: bytes) -> list[tuple[str, str]]:
    """(header line, word) for each header word printed nowhere else in the report: the
    piece of a word the table broke ("Cases co" / "mpared", "Versio" / "n")."""
    lines, elsewhere = header_lines(data)
    assert len(lines) > 15  # every table's header, on every page it reaches
    known = elsewhere | {w for entry in CATALOGUE.values() for text in entry for w in WORD.findall(text)}
    return [(line, w) for line in lines for w in WORD.findall(line) if w not in known and not w.isdigit()]


@pytest.mark.parametrize("language", ["en", "cy"])
def test_no_word_is_broken_inside_a_table_header(gathered, language: str) -> None:
    data = report.render(gathered, ReportOptions(language, "publication"), "pdf")[""]
    assert broken_words(data) == []
    lines, _ = header_lines(data)
    assert [line for line in lines if line.startswith(HEAD[language][0])]


@pytest.mark.parametrize(("language", "lang"), [("en", "en-GB"), ("cy", "cy-GB"), ("both", "cy-GB")])
def test_the_pdf_has_a_title_language_author_and_a_bookmark_for_every_heading(
    gathered, language: str, lang: str
) -> None:
    data = report.render(gathered, ReportOptions(language, "publication"), "pdf")[""]
    reader = PdfReader(io.BytesIO(data))
    info = reader.metadata
    assert info is not None and info.title.endswith(gathered.round_title)
    assert info.author == gathered.panel and info.subject == gathered.round_title
    assert reader.trailer["/Root"]["/Lang"] == lang
    viewer = reader.trailer["/Root"].get("/ViewerPreferences", {})
    assert bool(viewer.get("/DisplayDocTitle"))

    def titles(outline: list[object]) -> list[str]:
        return [t for item in outline for t in (titles(item) if isinstance(item, list) else [item.title])]

    marked = titles(reader.outline)
    options = ReportOptions(language, "publication")
    headings = [
        f.getPlainText()
        for lang in options.languages
        for f in _one_language(gathered, options, lang, A4[0] - 2 * MARGIN)
        if isinstance(f, Heading)
    ]
    assert marked == headings  # every heading, in order, and nothing else
    assert len(headings) >= (len(gathered.findings.cases) + 8) * len(options.languages)
    criteria = "Meini prawf" if language == "cy" else "Detailed findings"
    assert any(t.startswith(criteria) or "Canfyddiadau manwl" in t for t in marked)


def test_every_font_is_embedded(gathered, tmp_path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(report.render(gathered, ReportOptions("both", "publication"), "pdf")[""])
    listed = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    rows = listed.splitlines()[2:]
    assert len(rows) >= 3  # regular, bold and italic
    columns = listed.splitlines()[0].split()
    emb = columns.index("emb")
    for row in rows:
        # name and type may hold spaces ("CID TrueType"): count from the right, where the
        # columns are one word each (emb sub uni object ID)
        assert row.split()[emb - len(columns)] == "yes", row


def test_a_comment_is_one_cell_spanning_its_questions_rows_in_word_and_the_pdf(gathered) -> None:
    """The comment explains the question, often a later answer ("No: …"); printed in the
    first row's cell it read as a remark on that row's answer."""
    data = report.render(gathered, ReportOptions("en", "publication"), "docx")[""]
    document = docx.Document(io.BytesIO(data))
    (grid,) = [t for t in document.tables if [c.text for c in t.rows[0].cells] == HEAD["en"]]
    rows = [r for r in grid.rows if r.cells[0].text.startswith("HCSO contact within 48 hours: ")]
    merged = [r.cells[2]._tc for r in rows]
    assert len(rows) >= 2 and all(tc is merged[0] for tc in merged), "one cell, merged down"
    assert [p.text for p in rows[0].cells[2].paragraphs] == [COMMENT]
    assert rows[-1].cells[0].paragraphs[0].paragraph_format.keep_with_next is not True
    assert all(r.cells[0].paragraphs[0].paragraph_format.keep_with_next for r in rows[:-1]), "kept on a page"

    from desktop.reports.criteria_pdf import criteria_table
    from desktop.reports.criteria_rows import criteria_rows

    table_rows = criteria_rows(gathered, ReportOptions("en", "publication"), "en")
    first = next(i for i, r in enumerate(table_rows, start=1) if r.comment)
    table = criteria_table(table_rows, "en", A4[0] - 2 * MARGIN)
    table.wrap(A4[0] - 2 * MARGIN, A4[1])
    assert table._spanRanges[(2, first)] == (2, first, 2, first + len(rows) - 1)
    text = pdf_text(report.render(gathered, ReportOptions("en", "publication"), "pdf")[""])
    assert text.count(" ".join(COMMENT.split())) == 1
