"""The look of a Word document we write: A4, real Word styles, language-tagged text,
ruled tables whose header row repeats, the panel in the header and page numbers below.

The coordinator edits the DOCX before it goes out, so everything is a named Word style
(Title, Heading 1/2/3, List Bullet, Table Grid) rather than direct formatting, and every
run says whether it is Welsh or English so Word's spelling checker and screen readers
use the right language.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from types import MappingProxyType

from docx import Document as new_document
from docx.document import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph

FONT = "Arial"  # on every Office machine, with the Welsh letters ŵ ŷ â
ACCENT = RGBColor(0x1F, 0x3A, 0x5F)  # the PDF's accent, so the two formats look alike
MUTED = RGBColor(0x5A, 0x64, 0x70)
HEADER_FILL = "1F3A5F"
MARGIN = Mm(20)
PAGE_WIDTH, PAGE_HEIGHT = Mm(210), Mm(297)
TEXT_WIDTH_MM = 170

Cell = str | Sequence[tuple[str, str]]  # plain text, or (kind, text) paragraphs


def tag(language: str) -> str:
    """The BCP 47 tag Word uses for a report language."""
    return "cy-GB" if language == "cy" else "en-GB"


def _set_font_and_language(rpr: BaseOxmlElement, language: str | None) -> None:
    """Arial for every script (dropping the template's theme fonts, which would win), and
    the language when given."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for key in list(fonts.attrib):
        del fonts.attrib[key]
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), FONT)
    if language is not None:
        set_language(rpr, language)


def set_language(rpr: BaseOxmlElement, language: str) -> None:
    """`w:lang` on a run's or style's properties (the last child we ever write there)."""
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), tag(language))


def document(language: str, title: str, subject: str, author: str, dated: str) -> Document:
    """An empty A4 document with the report's styles and properties."""
    doc = new_document()
    section = doc.sections[0]
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, MARGIN)
    section.header_distance = section.footer_distance = Mm(10)
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        rpr = defaults.find(qn("w:rPrDefault") + "/" + qn("w:rPr"))
        if rpr is not None:
            _set_font_and_language(rpr, language)
    sizes = {"Normal": 10, "Title": 24, "Subtitle": 14, "Heading 1": 15, "Heading 2": 12.5, "Heading 3": 11}
    for name in (*sizes, "List Bullet", "Header", "Footer"):
        style = doc.styles[name]
        _set_font_and_language(style.element.get_or_add_rPr(), language)
        if name in sizes:
            style.font.size = Pt(sizes[name])
        if name.startswith(("Heading", "Title", "Subtitle")):
            style.font.color.rgb = ACCENT
            style.font.italic = False
    doc.styles["Normal"].paragraph_format.space_after = Pt(4)
    for name in ("Header", "Footer"):  # the template's Letter-size tabs; `decorate` sets A4's
        doc.styles[name].paragraph_format.tab_stops.clear_all()
    props = doc.core_properties
    props.title, props.subject, props.author = title, subject, author
    props.last_modified_by, props.language, props.comments = author, tag(language), ""
    props.keywords, props.category, props.revision = "", "", 1
    when = _date(dated)
    props.created = props.modified = when
    props.last_printed = when
    return doc


def _date(dated: str) -> datetime:
    """The report's date as the document's, so its properties say when it was prepared."""
    try:
        return datetime.fromisoformat(dated).replace(tzinfo=UTC)
    except ValueError:
        return datetime(2000, 1, 1, tzinfo=UTC)


def new_language_section(doc: Document) -> Section:
    """The next language starts a new page, with its own header and footer words."""
    section: Section = doc.add_section(WD_SECTION.NEW_PAGE)
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    return section


_FOREIGN: ContextVar[Mapping[str, str]] = ContextVar("foreign_texts", default=MappingProxyType({}))


@contextmanager
def texts_in_other_languages(languages: Mapping[str, str]) -> Iterator[None]:
    """While writing one language's part: these texts (text -> language) are in another
    language, so wherever one is written it becomes its own run tagged with its language
    (a screen reader then reads an English note in the Welsh part with English sounds)."""
    token = _FOREIGN.set(languages)
    try:
        yield
    finally:
        _FOREIGN.reset(token)


def language_runs(text: str, language: str, languages: Mapping[str, str]) -> list[tuple[str, str]]:
    """`text` cut into (piece, language): the texts of `languages` found in it, longest
    first, in their own language; the rest in `language`."""
    for known in sorted(
        (k for k in languages if k.strip() and languages[k] != language), key=len, reverse=True
    ):
        at = text.find(known)
        if at >= 0:
            before = language_runs(text[:at], language, languages)
            after = language_runs(text[at + len(known) :], language, languages)
            return [*before, (known, languages[known]), *after]
    return [(text, language)] if text else []


def write(paragraph: Paragraph, text: str, language: str, kind: str = "body") -> None:
    """Add `text` as runs in `language` (see `texts_in_other_languages`); kind is body,
    bold, head, muted or small."""
    for piece, piece_language in language_runs(text, language, _FOREIGN.get()) or [("", language)]:
        _run(paragraph, piece, piece_language, kind)


def _run(paragraph: Paragraph, text: str, language: str, kind: str) -> None:
    run = paragraph.add_run()
    for i, line in enumerate(text.split("\n")):
        if i:
            run.add_break()
        run.add_text(line)
    if kind in ("bold", "head"):
        run.bold = True
    if kind == "head":  # a little smaller, so narrow count columns break fewer words
        run.font.size = Pt(9)
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    elif kind == "muted":
        run.italic = True
        run.font.color.rgb = MUTED
    elif kind == "small":
        run.font.size = Pt(8.5)
        run.font.color.rgb = MUTED
    set_language(run._r.get_or_add_rPr(), language)


def add(doc: Document, text: str, language: str, style: str | None = None, kind: str = "body") -> Paragraph:
    """A paragraph of one run in a named Word style."""
    paragraph = doc.add_paragraph(style=style)
    write(paragraph, text, language, kind)
    return paragraph


def bullets(doc: Document, lines: Sequence[str], language: str, kind: str = "body") -> None:
    for line in lines:
        add(doc, line, language, "List Bullet", kind)


def table(doc: Document, rows: Sequence[Sequence[Cell]], widths_mm: Sequence[float], language: str) -> Table:
    """A ruled "Table Grid" table; the first row is a shaded header repeated on every page."""
    grid: Table = doc.add_table(rows=0, cols=len(widths_mm))
    grid.style = doc.styles["Table Grid"]
    grid.autofit = False
    for column, width in zip(grid.columns, widths_mm, strict=True):
        column.width = Mm(width)
    for r, row in enumerate(rows):
        cells = grid.add_row().cells  # type: ignore[no-untyped-call]  # python-docx leaves add_row untyped
        for cell, content, width in zip(cells, row, widths_mm, strict=True):
            cell.width = Mm(width)
            parts = [("head" if r == 0 else "body", content)] if isinstance(content, str) else list(content)
            for i, (kind, text) in enumerate(parts):
                paragraph = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                paragraph.paragraph_format.space_after = Pt(2)
                write(paragraph, text, language, kind)
            if r == 0:
                _shade(cell._tc.get_or_add_tcPr(), HEADER_FILL)
    if rows:
        trpr = grid.rows[0]._tr.get_or_add_trPr()
        trpr.append(OxmlElement("w:tblHeader"))
        trpr.append(OxmlElement("w:cantSplit"))
    return grid


def _shade(tcpr: BaseOxmlElement, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    tcpr.append(shading)


def decorate(section: Section, left: str, right: str, page_words: str, language: str) -> None:
    """The panel and round in the header; "Page n of m" (live fields) in the footer."""
    head = section.header.paragraphs[0]
    head.paragraph_format.tab_stops.add_tab_stop(Mm(TEXT_WIDTH_MM), WD_TAB_ALIGNMENT.RIGHT)
    write(head, left, language, "bold")
    write(head, "\t" + right, language, "small")
    page_number(section.footer.paragraphs[0], page_words, language)


def page_number(paragraph: Paragraph, page_words: str, language: str) -> None:
    """ "Page {page} of {pages}" added to `paragraph`, the numbers as live fields."""
    for piece in re.split(r"(\{page\}|\{pages\})", page_words):
        if piece in ("{page}", "{pages}"):
            _field(paragraph, "PAGE" if piece == "{page}" else "NUMPAGES", language)
        elif piece:
            write(paragraph, piece, language, "small")


def _field(paragraph: Paragraph, instruction: str, language: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word and LibreOffice fill in when laid out."""
    parts = [
        _char("begin"),
        _text("w:instrText", f" {instruction} "),
        _char("separate"),
        _text("w:t", "1"),
        _char("end"),
    ]
    for element in parts:
        run = paragraph.add_run()
        run.font.size = Pt(8.5)
        run.font.color.rgb = MUTED
        set_language(run._r.get_or_add_rPr(), language)
        run._r.append(element)


def _char(kind: str) -> BaseOxmlElement:
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    return char


def _text(tag_name: str, text: str) -> BaseOxmlElement:
    element = OxmlElement(tag_name)
    element.set(qn("xml:space"), "preserve")
    element.text = text
    return element
