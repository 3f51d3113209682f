"""The PDF's side-by-side layout: Welsh left, English right, paragraph beside paragraph.

Each part of the report is made twice by the same part function, once from the Welsh
report and once from the English (`languages.in_language`), so the two lists say the same
things in the same order: the n-th flowable of one is the n-th of the other. Paragraphs
are paired as the two cells of a one-row table, so a long paragraph still breaks across
pages and a Welsh heading always stands on the same page as its English one. A ruled
table or a chart is too wide for half a page: it is printed across the page, Welsh then
English.
A paragraph that reads the same in both (a name, a reference, a text not yet translated)
is printed once across the page. A part whose two lists do not match one to one is
printed whole in Welsh then whole in English rather than paired by guesswork.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from desktop.reports.flowing_table import TableCommand
from desktop.reports.fonts import REGULAR
from desktop.reports.panel_parts import Heading
from desktop.reports.pdf_style import FRAME_PAD, RULE

GUTTER = 4 * mm  # from the text of each column to the rule between them
KINDS = (Paragraph, Table, Drawing, Spacer, PageBreak, CondPageBreak)


class PairedRow(Table):
    """A Welsh paragraph beside its English one; `headings` are the outline's entries."""

    headings: tuple[Heading, ...] = ()


def paired(welsh: Sequence[Flowable], english: Sequence[Flowable], width: float) -> list[Flowable]:
    """The part as it prints side by side (see the module's docstring)."""
    if not _match(welsh, english):
        return [*welsh, Spacer(1, 6 * mm), *english]
    flow: list[Flowable] = []
    for left, right in zip(welsh, english, strict=True):
        if isinstance(left, Table | Drawing):  # too wide for half a page: across, Welsh first
            flow += [left, Spacer(1, 3 * mm), right]
        elif isinstance(left, Paragraph) and isinstance(right, Paragraph):
            same = left.getPlainText() == right.getPlainText()
            flow.append(left if same else row(left, right, width))
        else:
            flow.append(left)  # a space or a page break: once for both
    return flow


def _match(welsh: Sequence[Flowable], english: Sequence[Flowable]) -> bool:
    """Whether the two lists correspond flowable by flowable."""
    if len(welsh) != len(english):
        return False
    for left, right in zip(welsh, english, strict=True):
        kind = next((k for k in KINDS if isinstance(left, k)), None)
        if kind is None or type(left) is not type(right):
            return False
    return True


def row(left: Paragraph, right: Paragraph, width: float) -> PairedRow:
    """The two paragraphs as one row: spaced as the paragraphs ask, a hairline between."""
    before = max(left.style.spaceBefore, right.style.spaceBefore)
    after = max(left.style.spaceAfter, right.style.spaceAfter)
    table = PairedRow([[left, right]], colWidths=[width / 2, width / 2], splitInRow=1)
    commands: list[TableCommand] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # not Helvetica, which is never embedded
        ("LEFTPADDING", (0, 0), (0, 0), FRAME_PAD),
        ("RIGHTPADDING", (0, 0), (0, 0), GUTTER),
        ("LEFTPADDING", (1, 0), (1, 0), GUTTER),
        ("RIGHTPADDING", (1, 0), (1, 0), FRAME_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), before),
        ("BOTTOMPADDING", (0, 0), (-1, -1), after + 1.5),
        ("LINEAFTER", (0, 0), (0, 0), 0.5, RULE),
    ]
    table.setStyle(TableStyle(commands))
    table.headings = tuple(p for p in (left, right) if isinstance(p, Heading))
    if getattr(left.style, "keepWithNext", 0) or getattr(right.style, "keepWithNext", 0):
        table.keepWithNext = 1  # a heading row stays with what follows it
    return table
