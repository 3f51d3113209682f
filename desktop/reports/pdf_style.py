"""The look every PDF we make shares: fonts, colours, headings, ruled tables, page numbers.

The member's printout and the panel report use the same styles, so a member's own notes
and the published report look like one family of documents.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from desktop.reports.column_room import fit_header_words
from desktop.reports.flowing_table import TableCommand, cell_padding
from desktop.reports.fonts import BOLD, ITALIC, REGULAR, register_fonts
from desktop.reports.kept_table import KeptTable

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

ACCENT = colors.HexColor("#1f3a5f")
RULE = colors.HexColor("#c8d0da")
SHADE = colors.HexColor("#eef2f6")
MUTED = colors.HexColor("#5a6470")
FRAME_PAD = 6  # SimpleDocTemplate's frame pads each side: text outside tables is this much narrower


def styles() -> dict[str, ParagraphStyle]:
    font = register_fonts()
    base = ParagraphStyle("base", fontName=font, fontSize=10, leading=13.5, alignment=TA_LEFT)
    return {
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=8.5, leading=11, textColor=MUTED),
        "title": ParagraphStyle("title", base, fontName=BOLD, fontSize=20, leading=25, textColor=ACCENT),
        "case": ParagraphStyle(
            "case",
            base,
            fontName=BOLD,
            fontSize=14,
            leading=18,
            textColor=ACCENT,
            spaceBefore=4,
            spaceAfter=2,
            keepWithNext=1,  # never alone at a page foot
        ),
        "section": ParagraphStyle(
            "section",
            base,
            fontName=BOLD,
            fontSize=11,
            leading=14,
            textColor=ACCENT,
            spaceBefore=8,
            spaceAfter=3,
            keepWithNext=1,
        ),
        "head": ParagraphStyle("head", base, fontName=BOLD, fontSize=9, leading=12, textColor=colors.white),
        "muted": ParagraphStyle("muted", base, fontName=ITALIC, textColor=MUTED),
        "bold": ParagraphStyle("bold", base, fontName=BOLD),
        "indented": ParagraphStyle("indented", base, leftIndent=5 * mm, spaceAfter=3),
        # a member's note beneath the finding it explains
        "note": ParagraphStyle("note", base, fontSize=9, leading=12, leftIndent=10 * mm, spaceAfter=2),
    }


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of user or template text: escaped, with line breaks kept."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def grid(
    rows: Sequence[list[object]],
    widths: list[float],
    header: bool = True,
    shaded: list[bool] | None = None,
    keep_with_next: Sequence[int] = (),
) -> Table:
    """A ruled table, every other row shaded unless `shaded` says which (one flag a row).

    No header word is broken (`fit_header_words`), and no row stands alone on a page:
    the header keeps its first two rows, the last row keeps the one before it, and a
    short table (six rows or fewer) is kept whole, moving to the next page if need be;
    each row in `keep_with_next` (a subheading row) shares a page with the row after it."""
    if header and rows:
        widths = fit_header_words(rows[0], widths)
    table = KeptTable(rows, colWidths=widths, repeatRows=1 if header else 0, splitInRow=1)
    commands: list[TableCommand] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # plain-text cells too: Helvetica is not embedded
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
        *cell_padding(),
        *keep_rows_together(len(rows), keep_with_next),
    ]
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), ACCENT)]
    if shaded is None:
        shaded = [r >= (2 if header else 1) and r % 2 == (0 if header else 1) for r in range(len(rows))]
    commands += [("BACKGROUND", (0, r), (-1, r), SHADE) for r, shade in enumerate(shaded) if shade]
    table.setStyle(TableStyle(commands))
    return table


def keep_rows_together(count: int, keep_with_next: Sequence[int] = ()) -> list[TableCommand]:
    """NOSPLIT commands for a table of `count` rows, so none is left alone on a page.
    Ranges that touch are merged first: ReportLab loses one of two overlapping ranges."""
    if count <= 6:
        return [("NOSPLIT", (0, 0), (-1, -1))]
    spans = sorted([(0, 2), (count - 2, count - 1), *((r, r + 1) for r in keep_with_next if r + 1 < count)])
    merged: list[tuple[int, int]] = []
    for first, last in spans:
        if merged and first <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(last, merged[-1][1]))
        else:
            merged.append((first, last))
    return [("NOSPLIT", (0, first), (-1, last)) for first, last in merged]


def numbered_canvas(page_text: str) -> type[Canvas]:
    """A canvas that writes "Page x of y" once the page count is known."""
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # ReportLab's default font, Helvetica, would be named in every page (unembedded)
            kwargs["initialFontName"] = kwargs.get("initialFontName") or register_fonts()
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, object]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            # Canvas's own page reset, private and so left out of the reportlab stubs.
            self._startPage()  # type: ignore[attr-defined]

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(REGULAR, 8)
                self.setFillColor(MUTED)
                text = page_text.replace("{page}", str(self.getPageNumber())).replace("{pages}", str(total))
                self.drawRightString(A4[0] - 18 * mm, 10 * mm, text)
                super().showPage()
            super().save()

    return NumberedCanvas
