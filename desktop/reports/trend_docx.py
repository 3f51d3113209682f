"""'Since the last review' in the Word report: the PDF's sentences and table
(`trend_rows`), in the part's language. The chart is the PDF's; Word gets the table,
which carries the same numbers as text."""

from __future__ import annotations

from docx.document import Document

from desktop.reports.content import PanelReport, ReportOptions
from desktop.reports.docx_style import TEXT_WIDTH_MM, Cell, add, table
from desktop.reports.trend_rows import recurring_line, since_intro, since_lines, trend_table
from desktop.reports.words import word


def since_last_part(doc: Document, report: PanelReport, options: ReportOptions, language: str) -> None:
    trend = report.trend
    if trend is None or len(trend.rounds) < 2:
        return
    add(doc, word("since_last", language), language, "Heading 1")
    add(doc, since_intro(trend, language), language)
    for line in since_lines(trend, language):
        add(doc, line, language, "List Bullet")
    found = trend.recurring()
    if found:
        add(doc, word("since_recurring", language), language, "Heading 2")
        for r in found:
            add(doc, recurring_line(r, language), language, "List Bullet")
    head, rows = trend_table(trend, language)
    add(doc, word("trend_table", language), language, "Heading 2")
    first = TEXT_WIDTH_MM * 0.4
    rest = (TEXT_WIDTH_MM - first) / max(1, len(head) - 1)
    cells: list[list[Cell]] = [list(head)]
    cells += [list(row) for row in rows]
    table(doc, cells, [first] + [rest] * (len(head) - 1), language)
