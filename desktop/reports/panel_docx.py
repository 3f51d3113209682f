"""The consolidated panel report as a Word document the OPCC can edit before publishing.

The same sections, order and words as the PDF (`panel_pdf`), taken from `report_rows`:
cover; background and sample; cases by type and strand; findings case by case; the
criteria-count table (`criteria_docx`); agreement between members; summary; observations;
recommendations; and the appendix of signed packages. In "both" languages the whole report
is given in Welsh, then in English, each in its own section starting on a new page, or
side by side (`side_by_side_docx`).
"""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO

from docx.document import Document

from desktop.core.recommendation_status import status_label
from desktop.core.round_codes import NoteKind
from desktop.core.words.dates import long_date
from desktop.reports.case_block import case_block
from desktop.reports.content import PanelReport, ReportOptions
from desktop.reports.criteria_docx import criteria_part
from desktop.reports.docx_style import (
    TEXT_WIDTH_MM,
    Cell,
    add,
    bullets,
    decorate,
    document,
    new_language_section,
    page_number,
    table,
    texts_in_other_languages,
)
from desktop.reports.evidence import evidence_findings
from desktop.reports.languages import in_language
from desktop.reports.report_rows import (
    agreement_rows,
    background_lines,
    by_type_rows,
    case_line,
    case_title,
    cases_named,
    package_rows,
    recommendation_facts,
    sample_lines,
    summary_splits,
)
from desktop.reports.side_by_side_docx import SideBySide, Writer, written_parts
from desktop.reports.themes import printed_summary
from desktop.reports.trend_docx import since_last_part
from desktop.reports.words import confirmed_line, word

Part = Callable[[Document, PanelReport, ReportOptions, str], None]


def _heading(doc: Document, text: str, level: int, language: str, new_page: bool = False) -> None:
    paragraph = add(doc, text, language, f"Heading {level}")
    paragraph.paragraph_format.page_break_before = new_page


def _cover(doc: Document, report: PanelReport, options: ReportOptions, language: str) -> None:
    add(doc, report.panel or word("report", language), language, "Title")
    add(doc, report.round_title, language, "Subtitle")
    if report.force:
        add(doc, word("scrutiny_of", language, force=report.force), language)
    status = "published" if options.mode == "publication" else "internal"
    add(doc, word(status, language), language, kind="bold")
    prepared = long_date(report.generated_on, language)
    add(doc, word("generated", language, date=prepared), language, kind="muted")
    if options.mode == "publication" and report.confirmed_on:
        add(doc, confirmed_line(report, language), language, kind="muted")


def background_part(doc: Document, report: PanelReport, options: ReportOptions, language: str) -> None:
    _heading(doc, word("background", language), 1, language, new_page=True)
    for kind, text in background_lines(report, options, language):
        add(doc, text, language, kind=kind)
    _heading(doc, word("sample", language), 2, language)
    for text in sample_lines(report, language):
        add(doc, text, language)
    if report.background.definitions:
        _heading(doc, word("definitions", language), 2, language)
        add(doc, report.background.definitions, language)


def by_type_part(doc: Document, report: PanelReport, options: ReportOptions, language: str) -> None:
    rows = by_type_rows(report, language)
    rest = (TEXT_WIDTH_MM - 55) / (len(rows[0]) - 1)
    _heading(doc, word("by_type", language), 1, language)
    table(doc, rows, [55] + [rest] * (len(rows[0]) - 1), language)


def cases_part(doc: Document, report: PanelReport, options: ReportOptions, language: str) -> None:
    _heading(doc, word("findings", language), 1, language, new_page=True)
    for n, case in enumerate(report.findings.cases, start=1):
        _heading(doc, case_title(report, n, case, options, language), 2, language)
        add(doc, case_line(report, case, language), language, kind="muted")
        if case.case.summary:
            add(doc, case.case.summary, language)
        _heading(doc, word("panel_comment", language), 3, language)
        written = case_block(report, case, options, language)
        for finding in written.findings:
            bullets(doc, [finding.text], language)
            for note in finding.notes:
                add(doc, f"– {note}", language, "List Bullet 2", "small")
        for kind, texts in (
            (NoteKind.GOOD_PRACTICE, written.good_practice),
            (NoteKind.LEARNING, written.learning),
        ):
            if texts:
                add(doc, word(kind, language), language, kind="bold")
                bullets(doc, texts, language)


def agreement_part(doc: Document, report: PanelReport, options: ReportOptions, language: str) -> None:
    rows, reasons = agreement_rows(report, language)
    _heading(doc, word("agreement", language), 1, language)
    add(doc, word("agreement_intro", language), language, kind="muted")
    cells: list[list[Cell]] = [list(rows[0][1])]
    for low, row in rows[1:]:
        cells.append([[("bold" if low else "body", row[0])], *row[1:]])
    table(doc, cells, [TEXT_WIDTH_MM - 101, 20, 27, 27, 27], language)  # criteria are short
    for reason in reasons:
        add(doc, reason, language, kind="small")


def summary_part(doc: Document, report: PanelReport, options: ReportOptions, language: str) -> None:
    _heading(doc, word("summary", language), 1, language)
    splits = summary_splits(report, options, language)
    if splits:
        bullets(doc, [splits], language)
    for heading, items in printed_summary(report, options, language):
        if heading:
            _heading(doc, heading, 2, language)
        if items:
            bullets(doc, items, language)
        else:
            add(doc, word("none", language), language, kind="muted")


def observations_part(doc: Document, report: PanelReport, options: ReportOptions, language: str) -> None:
    if not report.observations:
        return
    rows: list[list[Cell]] = [["", word("observation", language), word("response", language)]]
    for o in report.observations:
        text = [("body", o.text)]
        if o.cases:
            text.append(
                ("small", word("from_cases", language, cases=cases_named(report, o.cases, options, language)))
            )
        response = [("body", o.response) if o.response else ("muted", word("no_response", language))]
        if o.response_date:
            response.append(("small", long_date(o.response_date, language)))
        rows.append([[("bold", str(o.number))], text, response])
    half = (TEXT_WIDTH_MM - 10) / 2
    _heading(doc, word("observations", language), 1, language)
    table(doc, rows, [10, half, half], language)


def recommendations_part(doc: Document, report: PanelReport, options: ReportOptions, language: str) -> None:
    if not report.recommendations:
        return
    rows: list[list[Cell]] = [["", word("recommendation", language), word("status", language)]]
    updates: list[list[Cell]] = [
        [word("recommendation", language), word("update", language), word("assessment", language)]
    ]
    for r in report.recommendations:
        about = [("body", r.text)]
        if facts := recommendation_facts(r, language):
            about.append(("small", facts))
        if r.merged_into is not None:
            about.append(("small", word("merged_into", language, number=r.merged_into)))
        rows.append(
            [[("bold", str(r.number))], about, [("bold", status_label(r.status, language, r.merged_into))]]
        )
        for u in r.updates:
            updates.append(
                [
                    [("small", f"{r.number}. {r.text}")],
                    [("bold", long_date(u.dated, language)), ("body", u.text)],
                    [("bold", status_label(u.status, language)), ("body", u.assessment)],
                ]
            )
    _heading(doc, word("recommendations", language), 1, language)
    table(doc, rows, [10, TEXT_WIDTH_MM - 50, 40], language)
    if len(updates) > 1:
        add(doc, "", language)
        third = TEXT_WIDTH_MM / 3
        table(doc, updates, [third, third, third], language)


def evidence_part(doc: Document, report: PanelReport, options: ReportOptions, language: str) -> None:
    """Internal only (`reports.evidence`): nothing at all in a published report."""
    found = evidence_findings(report, options, language)
    if not found:
        return
    _heading(doc, word("evidence", language), 1, language)
    add(doc, word("evidence_intro", language), language, kind="muted")
    for item in found:
        add(doc, item.finding, language, kind="bold")
        bullets(doc, item.cited, language)


def packages_part(doc: Document, report: PanelReport, options: ReportOptions, language: str) -> None:
    _heading(doc, word("appendix", language), 1, language, new_page=True)
    add(doc, word("appendix_intro", language), language, kind="muted")
    rows: list[list[Cell]] = [list(row) for row in package_rows(report, options, language)]
    table(doc, rows, [30, 44, 16, 30, TEXT_WIDTH_MM - 120], language)


PARTS: tuple[Part, ...] = (
    background_part,
    by_type_part,
    cases_part,
    criteria_part,
    since_last_part,
    agreement_part,
    summary_part,
    observations_part,
    recommendations_part,
    evidence_part,
    packages_part,
)


def render_panel_docx(report: PanelReport, options: ReportOptions) -> bytes:
    """The report as DOCX bytes, one section per language (Welsh first in "both"), or
    one section with Welsh and English side by side (`side_by_side_docx`)."""
    first = options.languages[0]
    named = in_language(report, first)  # the title and panel in the first language
    title = f"{word('report', first)} – {named.round_title}"
    doc = document(first, title, named.round_title, named.panel, named.generated_on)
    if options.side_by_side:
        _side_by_side(doc, report, options, title)
    for i, language in enumerate(() if options.side_by_side else options.languages):
        part_report = in_language(report, language)
        section = new_language_section(doc) if i else doc.sections[0]
        with texts_in_other_languages(part_report.text_languages):
            decorate(
                section, part_report.panel or title, part_report.round_title, word("page", language), language
            )
            _cover(doc, part_report, options, language)
            for part in PARTS:
                part(doc, part_report, options, language)
    buffer = BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _side_by_side(doc: Document, report: PanelReport, options: ReportOptions, title: str) -> None:
    """Welsh left, English right, part by part; the footer counts pages in both."""
    section = doc.sections[0]
    welsh = in_language(report, "cy")
    with texts_in_other_languages(welsh.text_languages):
        decorate(section, welsh.panel or title, welsh.round_title, word("page", "cy"), "cy")
    page_number(section.footer.paragraphs[0], " / " + word("page", "en"), "en")
    halves = []
    for language in ("cy", "en"):
        part_report = in_language(report, language)
        writers = _writers(part_report, options, language)
        halves.append(written_parts(language, dict(part_report.text_languages), report.generated_on, writers))
    pairs = SideBySide(doc)
    for welsh, english in zip(*halves, strict=True):
        pairs.add(welsh, english)


def _writers(report: PanelReport, options: ReportOptions, language: str) -> list[Writer]:
    """The cover and every part, each writing into the document it is given."""

    def cover(doc: Document) -> None:
        _cover(doc, report, options, language)

    def writer(part: Part) -> Writer:
        return lambda doc: part(doc, report, options, language)

    return [cover, *(writer(part) for part in PARTS)]
