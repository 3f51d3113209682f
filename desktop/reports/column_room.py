"""Column widths that never break a word inside a table's header.

ReportLab splits a word too long for its column ("Cases co/mpared", "Versio/n"). Each
column is made at least as wide as the longest word of its header, the room taken from
columns that have more than their own header needs, in proportion to what they can spare.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from desktop.reports.flowing_table import PAD_X


def word_room(text: str, style: ParagraphStyle) -> float:
    """The width a column needs so its longest word is never split across lines."""
    longest = max((stringWidth(w, style.fontName, style.fontSize) for w in text.split()), default=0.0)
    return longest + 2 * PAD_X + 1


def cell_room(cell: object) -> float:
    """The room the longest word of a header cell needs (a paragraph or a list of them)."""
    if isinstance(cell, Paragraph):
        return word_room(cell.getPlainText(), cell.style)
    if isinstance(cell, (list, tuple)):
        return max((cell_room(c) for c in cell), default=0.0)
    return 0.0


def fit_header_words(head: Sequence[object], widths: Sequence[float]) -> list[float]:
    """`widths` changed as little as possible so every header word fits its column;
    the total stays the same. If the columns together cannot hold every word, each
    column gets what its words need and the table grows rather than break a word."""
    need = [cell_room(cell) for cell in head]
    short = sum(max(n - w, 0.0) for n, w in zip(need, widths, strict=True))
    if short <= 0:
        return list(widths)
    spare = [max(w - n, 0.0) for n, w in zip(need, widths, strict=True)]
    share = min(1.0, short / sum(spare)) if sum(spare) else 0.0
    return [max(w, n) if n >= w else w - s * share for n, w, s in zip(need, widths, spare, strict=True)]
