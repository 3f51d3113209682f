"""Fictional police case documents for the demo round, rendered as PDFs.

Each page carries a banner saying the file is fictional, so a demo printout can never
be mistaken for a real case. Output is deterministic for the same input.
"""

from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop.reports.flowing_table import TableCommand
from desktop.reports.fonts import BOLD, REGULAR, register_fonts

BANNER = "DEMO – FICTIONAL CASE FILE – NOT REAL DATA"
SYSTEM = colors.HexColor("#2b3440")
GRID = colors.HexColor("#b8c0ca")
SHADE = colors.HexColor("#f0f2f5")
WHEN = 35 * mm  # fits "Wed 28 May 2025" on one line


def _styles() -> dict[str, ParagraphStyle]:
    font = register_fonts()
    body = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=12.5)
    return {
        "body": body,
        "bold": ParagraphStyle("bold", body, fontName=BOLD),
        "title": ParagraphStyle("title", body, fontName=BOLD, fontSize=15, leading=19, spaceAfter=4),
        "head": ParagraphStyle("head", body, fontName=BOLD, textColor=colors.white),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def _when(text: str, style: ParagraphStyle) -> Paragraph:
    """A log's date and time, the time on a line of its own ("Mon 3 Mar 2025 21:14")."""
    day, _, time = text.rpartition(" ")
    if not day or ":" not in time:
        return _p(text, style)
    return Paragraph(f"{escape(day)}<br/>{escape(time)}", style)


def _table(rows: list[list[Any]], widths: list[float], header: bool = True) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, splitInRow=1)
    commands: list[TableCommand] = [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), SYSTEM))
    else:
        commands.append(("BACKGROUND", (0, 0), (0, -1), SHADE))
    table.setStyle(TableStyle(commands))
    return table


def _body(
    reference: str, document: Mapping[str, Any], st: dict[str, ParagraphStyle], width: float
) -> list[Flowable]:
    kind = document["kind"]
    story: list[Flowable] = [_p(f"{document['title']} – {reference}", st["title"])]
    if kind == "incident_log":
        rows = [[_p(h, st["head"]) for h in ("Date and time", "Entered by", "Entry")]]
        rows += [[_when(e["time"], st["body"]), _p(e["by"], st["body"]), _p(e["text"], st["body"])]
                 for e in document["entries"]]  # fmt: skip
        story.append(_table(rows, [WHEN, 32 * mm, width - WHEN - 32 * mm]))
    elif kind == "risk_assessment":
        story.append(_table([[_p("Risk level", st["bold"]), _p(document["level"], st["bold"])]],
                            [50 * mm, width - 50 * mm], header=False))  # fmt: skip
        story.append(Spacer(1, 4 * mm))
        rows = [[_p(i["question"], st["body"]), _p(i["answer"], st["body"])] for i in document["items"]]
        story.append(_table(rows, [50 * mm, width - 50 * mm], header=False))
    elif kind == "crime_log":
        facts = [("Offence", document["offence"]), ("Classification", document["classification"]),
                 ("Outcome", document["outcome"]), ("Outcome note", document["outcome_note"])]  # fmt: skip
        story.append(_table([[_p(k, st["bold"]), _p(v, st["body"])] for k, v in facts],
                            [40 * mm, width - 40 * mm], header=False))  # fmt: skip
        if document.get("people"):
            rows = [[_p(h, st["head"]) for h in ("Role", "Name", "Details")]]
            rows += [[_p(p["role"], st["body"]), _p(p["name"], st["body"]), _p(p["details"], st["body"])]
                     for p in document["people"]]  # fmt: skip
            story += [Spacer(1, 4 * mm), _table(rows, [26 * mm, 45 * mm, width - 71 * mm])]
        story.append(Spacer(1, 4 * mm))
        rows = [[_p(h, st["head"]) for h in ("Date and time", "By", "Investigation update")]]
        rows += [[_when(u["when"], st["body"]), _p(u["by"], st["body"]), _p(u["text"], st["body"])]
                 for u in document["updates"]]  # fmt: skip
        story.append(_table(rows, [WHEN, 28 * mm, width - WHEN - 28 * mm]))
    else:
        raise ValueError(f"{reference}: no PDF layout for a {kind!r} document")
    return story


def render_case_document(reference: str, document: Mapping[str, Any]) -> bytes:
    """A PDF of one fictional case document (incident log, risk assessment, crime log).

    A crime log may list the people on the record (`people`: role, name, details)."""
    st = _styles()
    buffer = BytesIO()
    margin = 16 * mm
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=margin, rightMargin=margin,
                            topMargin=24 * mm, bottomMargin=18 * mm, title=f"{document['title']} {reference}",
                            author="Panel Review demo", invariant=1)  # fmt: skip

    def decorate(canvas: Any, doc: Any) -> None:
        width, height = A4
        canvas.saveState()
        canvas.setFillColor(SYSTEM)
        canvas.rect(0, height - 14 * mm, width, 14 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(BOLD, 10)
        canvas.drawString(margin, height - 9 * mm, BANNER)
        canvas.setFont(REGULAR, 9)
        canvas.drawRightString(width - margin, height - 9 * mm, f"Glanmor Constabulary · {reference}")
        canvas.setFillColor(colors.grey)
        canvas.setFont(REGULAR, 8)
        canvas.drawString(margin, 10 * mm, "OFFICIAL – SENSITIVE (fictional example)")
        canvas.drawRightString(width - margin, 10 * mm, f"Page {doc.page}")
        canvas.restoreState()

    doc.build(_body(reference, document, st, A4[0] - 2 * margin), onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue()
