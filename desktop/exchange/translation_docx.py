"""A round's texts as a two-column Word table, for a translator who works in Word.

The document opens with a short instruction in English and Welsh, then one table:
a narrow first column holding each unit's id and source hash as hidden text (Word's
"hidden" font property, `w:vanish`: not shown or printed, but kept by Word and read by
python-docx), then an English and a Welsh column. The column of the language the round
is written in holds the texts and cannot be edited; each cell of the other language is
an editable range (`w:permStart`/`w:permEnd`, `w:edGrp="everyone"`) in a document
protected read-only (`w:documentProtection w:edit="readOnly" w:enforcement="1"`), so
Word lets the translator type in those cells only. The protection has no password: it
guides, it does not secure; what comes back is checked on import all the same.

The core properties carry what import needs to recognise the file: category
"panel-review-translation", version "1", identifier the round's uid, and the manifest
(docs/formats.md).
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import Any

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from desktop.core.atomic_files import atomic_write
from desktop.core.words import say
from desktop.exchange.translation_sheet import (
    Manifest,
    Refusal,
    Sheet,
    SheetUnit,
    TranslationFileRefused,
    check_word_zip,
    read_limited,
)

CATEGORY = "panel-review-translation"
FORMAT_VERSION = "1"
ID_WIDTH, TEXT_WIDTH = Cm(0.4), Cm(12.5)
# What may follow w:documentProtection in w:settings (ECMA-376 CT_Settings), as far as
# python-docx's own settings part holds.
PROTECTION_SUCCESSORS = (
    "w:autoFormatOverride",
    "w:styleLockTheme",
    "w:styleLockQFSet",
    "w:defaultTabStop",
    "w:autoHyphenation",
    "w:consecutiveHyphenLimit",
    "w:hyphenationZone",
    "w:doNotHyphenateCaps",
    "w:showEnvelope",
    "w:summaryLength",
    "w:clickAndTypeStyle",
    "w:defaultTableStyle",
    "w:evenAndOddHeaders",
    "w:bookFoldRevPrinting",
    "w:bookFoldPrinting",
    "w:bookFoldPrintingSheets",
    "w:drawingGridHorizontalSpacing",
    "w:drawingGridVerticalSpacing",
    "w:displayHorizontalDrawingGridEvery",
    "w:displayVerticalDrawingGridEvery",
    "w:doNotUseMarginsForDrawingGridOrigin",
    "w:drawingGridHorizontalOrigin",
    "w:drawingGridVerticalOrigin",
    "w:doNotShadeFormData",
    "w:noPunctuationKerning",
    "w:characterSpacingControl",
    "w:printTwoOnOne",
    "w:strictFirstAndLastChars",
    "w:noLineBreaksAfter",
    "w:noLineBreaksBefore",
    "w:savePreviewPicture",
    "w:doNotValidateAgainstSchema",
    "w:saveInvalidXml",
    "w:ignoreMixedContent",
    "w:alwaysShowPlaceholderText",
    "w:doNotDemarcateInvalidXml",
    "w:saveXmlDataOnly",
    "w:useXSLTWhenSaving",
    "w:saveThroughXslt",
    "w:showXMLTags",
    "w:alwaysMergeEmptyNamespace",
    "w:updateFields",
    "w:hdrShapeDefaults",
    "w:footnotePr",
    "w:endnotePr",
    "w:compat",
    "w:docVars",
    "w:rsids",
    "w:attachedSchema",
    "w:themeFontLang",
    "w:clrSchemeMapping",
    "w:doNotIncludeSubdocsInStats",
    "w:doNotAutoCompressPictures",
    "w:forceUpgrade",
    "w:captions",
    "w:readModeInkLockDown",
    "w:smartTagType",
    "w:shapeDefaults",
    "w:doNotEmbedSmartTags",
    "w:decimalSymbol",
    "w:listSeparator",
)


def write_docx(sheet: Sheet, path: Path) -> None:
    """Write `sheet` as the protected two-column table, replacing `path` whole or not at all."""
    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    _properties(document, sheet)
    document.add_heading(
        f"{say('translation_table.title', 'en')} / {say('translation_table.title', 'cy')}", level=1
    )
    document.add_paragraph(say("translation_table.instructions", "en"))
    document.add_paragraph(say("translation_table.instructions", "cy"))
    table = document.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    table.autofit = False
    heading = table.rows[0].cells
    for cell, language in zip(heading[1:], ("english", "welsh"), strict=True):
        cell.text = (
            f"{say(f'translation_table.{language}', 'en')} / {say(f'translation_table.{language}', 'cy')}"
        )
    _hidden(heading[0].paragraphs[0], "id")
    _repeat_as_header(table.rows[0])
    for number, unit in enumerate(sheet.units, start=1):
        _row(table.add_row().cells, unit, sheet.source_language, number)
    _widths(table)
    _protect(document)
    buffer = BytesIO()
    document.save(buffer)
    with atomic_write(path) as handle:
        handle.write(buffer.getvalue())


def _properties(document: Any, sheet: Sheet) -> None:
    props = document.core_properties
    props.category, props.version = CATEGORY, FORMAT_VERSION
    props.identifier = sheet.round_uid
    props.subject = f"{sheet.source_language}>{sheet.target_language}"
    props.keywords = sheet.declared().text()
    props.title = say("translation_table.title", sheet.source_language)
    props.author = props.last_modified_by = ""
    props.comments = ""


def _hidden(paragraph: Any, text: str) -> None:
    run = paragraph.add_run(text)
    run.font.hidden = True
    run.font.size = Pt(1)


def _row(cells: Any, unit: SheetUnit, source_language: str, number: int) -> None:
    """One unit's row: the hidden id, the note and text in the source's column (the note
    always its first paragraph, so reading back knows where the text starts), and the
    editable cell in the other."""
    _hidden(cells[0].paragraphs[0], f"{unit.id} {unit.source_sha256}")
    source, target = (cells[1], cells[2]) if source_language == "en" else (cells[2], cells[1])
    note = source.paragraphs[0].add_run(unit.note)
    note.italic, note.font.size = True, Pt(8)
    for line in unit.source.split("\n"):
        source.add_paragraph(line)
    editable = target.paragraphs[0]
    if unit.target:
        editable.add_run(unit.target)
    _editable(editable, number)


def _editable(paragraph: Any, number: int) -> None:
    """Make `paragraph` a range anyone may edit in the read-only document."""
    start = OxmlElement("w:permStart")
    start.set(qn("w:id"), str(number))
    start.set(qn("w:edGrp"), "everyone")
    end = OxmlElement("w:permEnd")
    end.set(qn("w:id"), str(number))
    paragraph._p.insert(0 if paragraph._p.pPr is None else 1, start)
    paragraph._p.append(end)


def _repeat_as_header(row: Any) -> None:
    row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))


def _widths(table: Any) -> None:
    for row in table.rows:
        for cell, width in zip(row.cells, (ID_WIDTH, TEXT_WIDTH, TEXT_WIDTH), strict=True):
            cell.width = width


def _protect(document: Any) -> None:
    protection = OxmlElement("w:documentProtection")
    protection.set(qn("w:edit"), "readOnly")
    protection.set(qn("w:enforcement"), "1")
    # The schema orders settings' children; Word refuses a file with them out of order.
    document.settings.element.insert_element_before(protection, *PROTECTION_SUCCESSORS)


def read_docx(path: Path) -> Sheet:
    """The sheet in a translation table written by `write_docx` and filled in Word;
    refused when it is too big, would unpack too big, or is not such a table."""
    read_limited(path)  # the size on disk first, before the zip is opened
    check_word_zip(path)
    try:
        document = docx.Document(str(path))
    except Exception:  # python-docx raises many kinds for a file that is not a Word document
        raise TranslationFileRefused(Refusal.NOT_OURS) from None
    props = document.core_properties
    source, _, target = (props.subject or "").partition(">")
    if props.category != CATEGORY or props.version != FORMAT_VERSION or len(document.tables) != 1:
        raise TranslationFileRefused(Refusal.NOT_OURS)
    rows = document.tables[0].rows
    if any(len(row.cells) != 3 for row in rows):
        raise TranslationFileRefused(Refusal.NOT_OURS)
    return Sheet(
        round_uid=props.identifier or "",
        source_language=source,
        target_language=target,
        units=tuple(_read_row(row.cells, source) for row in list(rows)[1:]),
        manifest=Manifest.parse(props.keywords or ""),
    )


def _typed(paragraph: Any) -> str:
    """The paragraph's text as it now reads, tracked changes accepted: python-docx's own
    `text` skips runs inside `w:ins`, so a translation typed with Track Changes on would
    be lost; runs inside `w:del` (deleted) are left out."""
    runs = paragraph._p.xpath(".//w:r[not(ancestor::w:del) and not(ancestor::w:moveFrom)]")
    return "".join(run.text for run in runs)


def _read_row(cells: Any, source_language: str) -> SheetUnit:
    unit_id, _, sha = cells[0].text.strip().partition(" ")
    source, target = (cells[1], cells[2]) if source_language == "en" else (cells[2], cells[1])
    return SheetUnit(
        id=unit_id,
        source="\n".join(p.text for p in source.paragraphs[1:]),
        note=source.paragraphs[0].text,
        target="\n".join(_typed(p) for p in target.paragraphs).strip(),
        source_sha256=sha.strip(),
    )
