"""The table of observations the force fills in: a Word document and a CSV file.

The Word table is what most forces will use: a real table (so Word and LibreOffice
keep it a table however it is edited), its heading row repeated on every page, and
under each observation's number its uid in small grey text. Visible text was chosen
over custom document properties or hidden text because it is the one thing every word
processor keeps through open-edit-save, and it moves with its row when rows are
reordered; the round's reference is written the same way under the title (and kept in
the core properties too). docs/formats.md, "Force response table", has the details.
"""

from __future__ import annotations

import io
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import _Cell, _Row

from desktop.core.force_response_format import CSV_COLUMNS, DOCX_COLUMNS, reference_line
from desktop.core.spreadsheet_cells import csv_text
from desktop.core.words import say

GREY = RGBColor(0x6E, 0x6E, 0x6E)
HEADING_FILL = "D9E2F3"
WIDTHS_CM = (2.4, 8.5, 3.2, 9.2, 3.0)
LANGUAGES = ("en", "cy", "both")
_INSTRUCTIONS = tuple(f"response_table.instruction_{n}" for n in (1, 2, 3))


@dataclass(frozen=True)
class SheetRow:
    uid: str
    number: int
    text: str
    cases: tuple[str, ...]  # case references
    response: str
    response_date: str | None


@dataclass(frozen=True)
class ResponseSheet:
    round_uid: str
    round_title: str
    rows: tuple[SheetRow, ...]


def _words(key: str, language: str) -> list[str]:
    """The catalogue's text in the chosen language; with both, Welsh first (as Welsh public
    bodies print)."""
    languages = [language] if language in ("en", "cy") else ["cy", "en"]
    return [say(key, each) for each in languages]


def write_docx(sheet: ResponseSheet, path: Path, language: str) -> None:
    """Write the Word table for the force to fill in (replacing `path` whole, or not at all)."""
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES}")
    document = docx.Document()
    _landscape(document)
    for line in _words("response_table.title", language):
        document.add_heading(line.format(title=sheet.round_title), level=1)
    for key in _INSTRUCTIONS:
        for line in _words(key, language):
            document.add_paragraph(line)
    reference = document.add_paragraph()
    _grey(reference.add_run(" ".join(_words("response_table.reference", language)) + " "), 8)
    _grey(reference.add_run(reference_line(sheet.round_uid)), 8)
    _table(document, sheet, language)
    props = document.core_properties
    props.title = sheet.round_title
    props.identifier = reference_line(sheet.round_uid)
    props.subject = " / ".join(_words("response_table.subject", language))
    buffer = io.BytesIO()
    document.save(buffer)
    _replace(path, buffer.getvalue())


def _landscape(document: docx.document.Document) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.5))


def _grey(run: object, size: float) -> None:
    font = run.font  # type: ignore[attr-defined]
    font.size = Pt(size)
    font.color.rgb = GREY


def _table(document: docx.document.Document, sheet: ResponseSheet, language: str) -> None:
    table = document.add_table(rows=1, cols=len(DOCX_COLUMNS))
    table.style = "Table Grid"
    table.autofit = False
    _heading_row(table.rows[0], language)
    for row in sheet.rows:
        cells = table.add_row().cells
        cells[0].text = str(row.number)
        _grey(cells[0].add_paragraph().add_run(row.uid), 6)
        _lines(cells[1], row.text)
        cells[2].text = ", ".join(row.cases)
        _lines(cells[3], row.response)
        cells[4].text = row.response_date or ""
    for column, width in zip(table.columns, WIDTHS_CM, strict=True):
        for cell in column.cells:
            cell.width = Cm(width)


def _heading_row(row: _Row, language: str) -> None:
    """Bold on a shaded ground, and repeated at the top of every page the table runs onto."""
    row_props = row._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    row_props.append(repeat)
    for cell, column in zip(row.cells, DOCX_COLUMNS, strict=True):
        paragraph = cell.paragraphs[0]
        paragraph.add_run(" / ".join(_words(f"response_table.column.{column}", language))).bold = True
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:color"), "auto")
        shading.set(qn("w:fill"), HEADING_FILL)
        cell._tc.get_or_add_tcPr().append(shading)


def _lines(cell: _Cell, text: str) -> None:
    """One paragraph a line, so line breaks survive as the reader joins paragraphs."""
    lines = text.split("\n") if text else [""]
    cell.text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def write_csv(sheet: ResponseSheet, path: Path) -> None:
    """The same table as CSV, UTF-8 with a byte-order mark so Excel shows ŵ and ŷ rightly."""
    rows = (
        (row.uid, row.number, row.text, "; ".join(row.cases), row.response, row.response_date)
        for row in sheet.rows
    )
    # Spreadsheet-safe: a cell that could run as a formula is marked as text, and
    # reading the table back (exchange/response_reading.py) removes that mark.
    _replace(path, csv_text(CSV_COLUMNS, rows).encode("utf-8-sig"))


def _replace(path: Path, data: bytes) -> None:
    """Write beside `path`, then rename over it: a failed write never leaves half a file."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
