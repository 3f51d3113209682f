"""The report's pages: no table row left alone on a page, short tables kept whole, and no
heading left at a page foot, whatever the space before them. Each layout is written as a
real PDF with the report's own table and heading and read back page by page."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A6
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer

from desktop.reports.panel_parts import Heading
from desktop.reports.panel_pdf import HeadingWithNext
from desktop.reports.pdf_style import grid, para, styles

FRAME = A6[1] - 2 * 10 * mm - 12  # A6 less its margins and the frame's padding, in points


def pages_of(story: list[Flowable]) -> list[str]:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A6, leftMargin=10 * mm, rightMargin=10 * mm,
                            topMargin=10 * mm, bottomMargin=10 * mm)  # fmt: skip
    doc.keepTogetherClass = HeadingWithNext
    doc.build(story)
    return [page.extract_text() for page in PdfReader(io.BytesIO(buffer.getvalue())).pages]


def table(rows: int, titles: tuple[int, ...] = ()) -> Flowable:
    """A table of `rows` rows "RowNN"; the rows numbered in `titles` are subheadings
    ("TitleNN"), each kept with the row after it."""
    st = styles()
    cells: list[list[object]] = [[para("Criteria", st["head"]), para("Number", st["head"])]]
    for n in range(1, rows + 1):
        name = f"Title{n:02d}" if n in titles else f"Row{n:02d}"
        cells.append([para(name, st["body"]), para(str(n), st["body"])])
    return grid(cells, [50 * mm, 20 * mm], keep_with_next=titles)


@pytest.mark.parametrize("rows", [12, 30])
def test_no_row_is_left_alone_on_a_page_wherever_the_table_starts(rows: int) -> None:
    seen_split = False
    for above in range(0, int(FRAME) - 20, 6):
        pages = pages_of([Spacer(1, above), table(rows)])
        per_page = [len(re.findall(r"Row\d\d", text)) for text in pages]
        assert sum(per_page) == rows
        assert all(n != 1 for n in per_page), (above, per_page)
        seen_split |= sum(1 for n in per_page if n) > 1
    assert seen_split  # the table did cross pages at some offsets


def test_a_subheading_keeps_its_row_even_where_it_meets_the_last_rows() -> None:
    """The subheading two rows from the end, and one just after the header: its kept rows
    overlap the table's own, which ReportLab would lose one of unless they are merged."""
    for above in range(0, int(FRAME) - 20, 6):
        pages = pages_of([Spacer(1, above), table(14, titles=(2, 12))])
        per_page = [len(re.findall(r"Row\d\d", text)) for text in pages]
        assert all(n != 1 for n in per_page), (above, per_page)
        for text in pages:
            for title in re.findall(r"Title(\d\d)", text):
                assert f"Row{int(title) + 1:02d}" in text, (above, title)


def test_a_short_table_is_kept_whole() -> None:
    for above in range(0, int(FRAME) - 20, 6):
        pages = pages_of([Spacer(1, above), table(5)])
        assert [len(re.findall(r"Row\d\d", text)) for text in pages if "Row" in text] == [5], above


@pytest.mark.parametrize("with_intro", [True, False])
def test_a_heading_is_never_the_last_thing_on_a_page(with_intro: bool) -> None:
    """A heading shares its page with what follows it: its introduction, or the first rows
    of its table (as the observations and recommendations have no introduction)."""
    st = styles()
    for above in range(0, int(FRAME) - 10, 4):
        intro = [para("How consistently members answered each question.", st["muted"])] if with_intro else []
        story: list[Flowable] = [Spacer(1, above), Heading("Agreement", 0, "agreement"), *intro, table(8)]
        pages = pages_of(story)
        where = next(i for i, text in enumerate(pages) if "Agreement" in text)
        after = pages[where].split("Agreement", 1)[1]
        assert ("How consistently" if with_intro else "Row01") in after, above
