"""The Word document's side-by-side layout: Welsh left, English right, paragraph by paragraph.

Each part is written twice by the same part function, into a scratch document of the same
styles, once from the Welsh report and once from the English (`languages.in_language`),
so the n-th paragraph of one says what the n-th of the other says. Each pair becomes a
row of a two-column table without borders, the paragraphs moved in whole with their
styles and their runs' language tags (headings keep their Heading style, so Word's
navigation lists both). A ruled table is too wide for half a page: it stands across the
page, Welsh then English. A paragraph that reads the same in both (a name, a reference, a
text not yet translated) is written once across the page. A part whose two halves do not
match one to one is written whole in Welsh then whole in English, never paired by guess.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from copy import deepcopy

from docx.document import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Mm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

from desktop.reports.docx_style import TEXT_WIDTH_MM, document, texts_in_other_languages

# Writes one part of the report into a document, in one language.
Writer = Callable[[Document], None]
PARAGRAPH, TABLE, BREAK = qn("w:p"), qn("w:tbl"), qn("w:pageBreakBefore")


def written_parts(
    language: str, foreign: dict[str, str], dated: str, writers: Sequence[Writer]
) -> list[list[BaseOxmlElement]]:
    """What each writer puts in a scratch document: its body elements, part by part."""
    scratch = document(language, "", "", "", dated)
    body = scratch.element.body
    parts: list[list[BaseOxmlElement]] = []
    with texts_in_other_languages(foreign):
        for write in writers:
            before = len(_content(body))
            write(scratch)
            parts.append(_content(body)[before:])
    return parts


def _content(body: BaseOxmlElement) -> list[BaseOxmlElement]:
    return [child for child in body if child.tag in (PARAGRAPH, TABLE)]


class SideBySide:
    """Appends paired parts to `doc`, opening a two-column table when a pair comes."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.grid: Table | None = None

    def add(self, welsh: Sequence[BaseOxmlElement], english: Sequence[BaseOxmlElement]) -> None:
        """One part: paired element by element, or whole Welsh then whole English."""
        if len(welsh) != len(english) or any(a.tag != b.tag for a, b in zip(welsh, english, strict=True)):
            for element in (*welsh, *english):
                self._across(element)
            return
        for left, right in zip(welsh, english, strict=True):
            if left.tag == TABLE:
                self._across(left)
                self._gap()
                self._across(right)
            elif _text(left) == _text(right):
                self._across(left)
            else:
                self._pair(left, right)

    def _pair(self, left: BaseOxmlElement, right: BaseOxmlElement) -> None:
        if _starts_page(left):  # a table row cannot start a page: an empty line before it does
            self.grid = None
            self._gap().paragraph_format.page_break_before = True
        if self.grid is None:
            self.grid = _two_columns(self.doc)
        cells = self.grid.add_row().cells  # type: ignore[no-untyped-call]  # untyped in python-docx
        for cell, element in zip(cells, (left, right), strict=True):
            cell.width = Mm(TEXT_WIDTH_MM / 2)
            copy = deepcopy(element)
            for mark in copy.iter(BREAK):
                mark.getparent().remove(mark)
            cell._tc.replace(cell.paragraphs[0]._p, copy)

    def _across(self, element: BaseOxmlElement) -> None:
        """An element across the page, after any open table (which it ends)."""
        if self.grid is not None and element.tag == TABLE:
            self._gap()  # two tables side by side in the XML would run together
        self.grid = None
        body = self.doc.element.body
        end = body.find(qn("w:sectPr"))
        if end is None:
            body.append(deepcopy(element))
        else:
            end.addprevious(deepcopy(element))

    def _gap(self) -> Paragraph:
        """An empty, tiny paragraph: keeps two tables apart, or starts a page."""
        self.grid = None
        paragraph = self.doc.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(0)
        paragraph.add_run().font.size = Pt(1)
        return paragraph


def _starts_page(paragraph: BaseOxmlElement) -> bool:
    """Whether the paragraph asks to start a page (`w:pageBreakBefore` on, not "0")."""
    properties = paragraph.find(qn("w:pPr"))
    return properties is not None and bool(properties.pageBreakBefore_val)


def _text(element: BaseOxmlElement) -> str:
    return "".join(t.text or "" for t in element.iter(qn("w:t")))


def _two_columns(doc: Document) -> Table:
    """A borderless table of two equal columns, Welsh left and English right."""
    grid: Table = doc.add_table(rows=0, cols=2)
    grid.autofit = False
    for column in grid.columns:
        column.width = Mm(TEXT_WIDTH_MM / 2)
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        line = OxmlElement(f"w:{side}")
        line.set(qn("w:val"), "nil")
        borders.append(line)
    properties = grid._tbl.tblPr
    later = [properties.find(qn(f"w:{name}")) for name in ("shd", "tblLayout", "tblCellMar", "tblLook")]
    following = next((element for element in later if element is not None), None)
    if following is None:  # the schema orders a table's properties: borders before these
        properties.append(borders)
    else:
        following.addprevious(borders)
    return grid
