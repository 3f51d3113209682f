"""The criteria-count table in the PDF: one ruled table, Criteria | Number of cases | Comments.

The criterion column is as wide as its longest row (up to half the page), the count
column as wide as its header's longest word, and the comments column takes the rest,
so a coordinator's comment reads as a sentence, not a column of single words. A
section's title is a shaded row across the table that is never left at a page foot
without its first finding.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from desktop.reports.column_room import word_room
from desktop.reports.content import PanelReport, ReportOptions
from desktop.reports.criteria_rows import CriteriaRow, criteria_head, criteria_rows
from desktop.reports.flowing_table import PAD_X, TableCommand
from desktop.reports.panel_parts import Heading
from desktop.reports.pdf_style import SHADE, grid, para, styles
from desktop.reports.words import word


def criteria_widths(rows: list[CriteriaRow], head: list[str], width: float) -> list[float]:
    """Criterion and count columns sized to their words; the comments take the rest."""
    st = styles()
    body, bold, heading = st["body"], st["bold"], st["head"]
    longest = max(
        (stringWidth(r.criterion, (bold if r.section else body).fontName, body.fontSize) for r in rows),
        default=0.0,
    )
    criterion = min(max(longest + 2 * PAD_X + 2, word_room(head[0], heading)), width / 2)
    count = max(word_room(head[1], heading), word_room("000", bold))
    return [criterion, count, width - criterion - count]


def criteria_table(rows: list[CriteriaRow], language: str, width: float) -> Table:
    st = styles()
    head = criteria_head(language)
    count_style = ParagraphStyle("count", st["bold"], alignment=2)  # right-aligned figures
    cells: list[list[object]] = [[para(h, st["head"]) for h in head]]
    for r in rows:
        if r.section:
            cells.append([para(r.criterion, st["bold"]), "", ""])
        else:
            cells.append(
                [para(r.criterion, st["body"]), para(r.count, count_style), para(r.comment, st["small"])]
            )
    sections = [i for i, r in enumerate(rows, start=1) if r.section]
    spans = [(i, i + r.span - 1) for i, r in enumerate(rows, start=1) if r.span > 1]
    # a section's title keeps its first row; a question's rows keep together beside their comment
    kept = sections + [row for first, last in spans for row in range(first, last)]
    widths = criteria_widths(rows, head, width)
    table = grid(cells, widths, shaded=[False] * len(cells), keep_with_next=sorted(kept))
    commands: list[TableCommand] = []
    for i in sections:
        commands += [("SPAN", (0, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), SHADE)]
    commands += [("SPAN", (2, first), (2, last)) for first, last in spans]
    table.setStyle(TableStyle(commands))
    return table


def criteria_part(report: PanelReport, options: ReportOptions, language: str, width: float) -> list[Flowable]:
    st = styles()
    rows = criteria_rows(report, options, language)
    intro = word("criteria_intro", language)
    if not options.every_answer:
        intro += " " + word("criteria_left_out", language)
    flow: list[Flowable] = [Heading(word("criteria", language), 0, "criteria"), para(intro, st["muted"])]
    if rows:
        flow += [Spacer(1, 3 * mm), criteria_table(rows, language, width)]
    return flow
