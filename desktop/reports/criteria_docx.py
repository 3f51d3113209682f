"""The criteria-count table in the Word report: the PDF's rows (`criteria_rows`), one table.

Criteria | Number of cases | Comments, with each section's title as a row across the
table kept with its first finding. Column widths follow the PDF's rule: the criterion
and the count as wide as their words need (the criterion at most half the page), the
comments the rest. Word's Arial has Helvetica's widths, so ReportLab measures them.
"""

from __future__ import annotations

from docx.document import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.table import Table
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop.reports.content import PanelReport, ReportOptions
from desktop.reports.criteria_rows import CriteriaRow, criteria_head, criteria_rows
from desktop.reports.docx_style import TEXT_WIDTH_MM, Cell, add, table
from desktop.reports.words import word

MM_PER_POINT = 25.4 / 72
SECTION_FILL = "EEF2F6"  # pdf_style.SHADE
CELL_MARGINS_MM = 4.5  # Word's default left and right cell margins, and a little slack


def _words_mm(text: str, font: str, size: float, longest_word: bool) -> float:
    parts = text.split() if longest_word else [text]
    return max((stringWidth(p, font, size) for p in parts), default=0.0) * MM_PER_POINT + CELL_MARGINS_MM


def criteria_widths(rows: list[CriteriaRow], head: list[str]) -> list[float]:
    """Millimetres for the criterion, the count and the comments."""
    longest = max((_words_mm(r.criterion, "Helvetica", 10, False) for r in rows), default=0.0)
    criterion = min(max(longest, _words_mm(head[0], "Helvetica-Bold", 9, True)), TEXT_WIDTH_MM / 2)
    count = max(_words_mm(head[1], "Helvetica-Bold", 9, True), 18.0)  # the header on two lines
    return [criterion, count, TEXT_WIDTH_MM - criterion - count]


def criteria_part(doc: Document, report: PanelReport, options: ReportOptions, language: str) -> None:
    heading = add(doc, word("criteria", language), language, "Heading 1")
    heading.paragraph_format.page_break_before = True
    intro = word("criteria_intro", language)
    if not options.every_answer:
        intro += " " + word("criteria_left_out", language)
    add(doc, intro, language, kind="muted")
    rows = criteria_rows(report, options, language)
    if not rows:
        return
    head = criteria_head(language)
    header: list[Cell] = list(head)
    cells: list[list[Cell]] = [header]
    for r in rows:
        if r.section:
            cells.append([[("bold", r.criterion)], "", ""])
        else:
            cells.append([r.criterion, [("bold", r.count)], [("small", r.comment)]])
    grid = table(doc, cells, criteria_widths(rows, head), language)
    for i, r in enumerate(rows, start=1):
        if r.span > 1:
            _span_comment(grid, i, r.span)
        if r.section:
            first = grid.rows[i].cells[0]
            first.merge(grid.rows[i].cells[2])
            for empty in first.paragraphs[1:]:  # merging keeps the other cells' empty paragraphs
                if not empty.text:
                    first._tc.remove(empty._p)
            for paragraph in first.paragraphs:
                paragraph.paragraph_format.keep_with_next = True  # the title keeps its first finding
            grid.rows[i]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
            shading = OxmlElement("w:shd")  # the PDF's light shade behind a section's title
            shading.set(qn("w:val"), "clear")
            shading.set(qn("w:fill"), SECTION_FILL)
            first._tc.get_or_add_tcPr().append(shading)


def _span_comment(grid: Table, first: int, rows: int) -> None:
    """The comment's cell merged down the question's rows, which Word keeps on one page."""
    cell = grid.rows[first].cells[2].merge(grid.rows[first + rows - 1].cells[2])
    for empty in cell.paragraphs[1:]:  # merging keeps the other cells' empty paragraphs
        if not empty.text:
            cell._tc.remove(empty._p)
    for row in grid.rows[first : first + rows - 1]:
        for paragraph in row.cells[0].paragraphs:
            paragraph.paragraph_format.keep_with_next = True
