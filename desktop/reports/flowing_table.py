"""A table whose cells may hold any amount of plain text, laid out in linear time.

ReportLab's `Table` re-measures everything that is left each time it splits at a page
foot, and a `Paragraph` split inside a cell re-breaks its whole remainder: a note of n
lines costs n²/(lines per page) of line breaking (163 s for 20,000 lines). Here each
text cell is broken into the lines it will print once, up front, with ReportLab's own
line breaker; the table then knows every row's height and fills each page with an
ordinary `Table` of just that page's rows, cutting a row between two printed lines.
Work per page is proportional to what is on that page.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import accumulate
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table
from reportlab.platypus.paragraph import ParaLines
from reportlab.platypus.paraparser import ParaFrag

# Cell padding in points; `cell_padding` gives the matching TableStyle commands.
PAD_X = 6.0
PAD_TOP = 4.0
PAD_BOTTOM = 5.0
_FUZZ = 1e-6  # rounding slack when comparing heights

# A TableStyle command over a range of cells: its name, first cell, last cell, arguments.
TableCommand = tuple[str, tuple[int, int], tuple[int, int], *tuple[object, ...]]


def cell_padding() -> list[TableCommand]:
    """TableStyle commands for the padding the heights here are computed with."""
    return [
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), PAD_TOP),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_BOTTOM),
    ]


def printed_lines(text: str, style: ParagraphStyle, width: float) -> list[str]:
    """`text` as the lines ReportLab prints at `width`, each a plain string.

    Each line the member typed is broken on its own (a typed line break is a hard break
    anyway), so the cost is linear in the text. Words too long for the width are split
    by ReportLab as usual. Printing each line again at `width` gives exactly that line.
    """
    lines: list[str] = []
    for typed in text.rstrip().split("\n"):
        if not typed.strip():
            lines.append("")
            continue
        paragraph = Paragraph(escape(typed), style)
        paragraph.wrap(width, 1e9)
        # wrap() leaves the broken lines in `blPara`, which the reportlab stubs do not declare.
        broken: ParaLines | ParaFrag = paragraph.blPara  # type: ignore[attr-defined]
        if broken.kind == 0:
            lines += [" ".join(words) for _space, words in broken.lines]
        else:  # several fragments, e.g. around an escaped "&"
            lines += ["".join(frag.text for frag in line.words).strip() for line in broken.lines]
    return lines if any(lines) else []


def lines_paragraph(lines: Sequence[str], style: ParagraphStyle) -> Paragraph:
    """A paragraph printing exactly `lines`, one per printed line.

    A blank line is a no-break space: ReportLab drops an empty last line, and the
    heights computed here count every line.
    """
    return Paragraph("<br/>".join(escape(line) or "\u00a0" for line in lines), style)


def text_paragraphs(text: str, style: ParagraphStyle, width: float, per: int = 40) -> list[Paragraph]:
    """Free text outside a table as paragraphs of at most `per` lines, stacked seamlessly.

    A single paragraph re-breaks its whole remainder at every page foot; bounded
    pieces keep that work bounded.
    """
    lines = printed_lines(text, style, width)
    return [lines_paragraph(lines[i : i + per], style) for i in range(0, len(lines), per)]


@dataclass(frozen=True)
class TextCell:
    """Plain text that may be cut between any two of its printed lines."""

    text: str
    style: ParagraphStyle


Cell = TextCell | Paragraph  # a Paragraph is kept whole, in the row's first part
MakeTable = Callable[[list[list[object]], list[bool]], Table]


class _Row:
    """One row measured once: its whole cells, its text cells' printed lines."""

    def __init__(self, cells: Sequence[Cell], widths: Sequence[float]) -> None:
        self.whole: dict[int, Paragraph] = {}
        self.text: dict[int, tuple[list[str], ParagraphStyle]] = {}
        self.whole_height = 0.0
        for column, (cell, width) in enumerate(zip(cells, widths, strict=True)):
            inner = width - 2 * PAD_X
            if isinstance(cell, TextCell):
                self.text[column] = (printed_lines(cell.text, cell.style, inner), cell.style)
            else:
                self.whole[column] = cell
                self.whole_height = max(self.whole_height, cell.wrap(inner, 1e9)[1])
        self.count = max((len(lines) for lines, _ in self.text.values()), default=0)
        self.leading = max((style.leading for _, style in self.text.values()), default=0.0)

    def height(self, start: int, stop: int) -> float:
        """Height of the part printing lines start..stop (whole cells go with line 0)."""
        content = (stop - start) * self.leading
        if start == 0:
            content = max(content, self.whole_height)
        return content + PAD_TOP + PAD_BOTTOM

    def lines_fitting(self, start: int, room: float) -> int:
        """How many lines from `start` fit in `room` (0 if the whole cells do not)."""
        if start == 0 and self.whole_height + PAD_TOP + PAD_BOTTOM > room + _FUZZ:
            return 0
        if self.leading <= 0:
            return 0
        fit = int((room - PAD_TOP - PAD_BOTTOM + _FUZZ) // self.leading)
        return max(0, min(fit, self.count - start))

    def cells(self, start: int, stop: int, columns: int) -> list[object]:
        row: list[object] = []
        for column in range(columns):
            if column in self.text:
                lines, style = self.text[column]
                row.append(lines_paragraph(lines[start:stop], style))
            else:
                row.append(self.whole[column] if start == 0 else "")
        return row


@dataclass
class _Measured:
    """What every page of one table shares: its rows measured once."""

    header: list[Paragraph]
    header_height: float
    rows: list[_Row]
    ends: list[float]  # running total of whole rows' heights
    widths: list[float]
    make_table: MakeTable


def _measure(
    header: Sequence[Paragraph], rows: Sequence[Sequence[Cell]], widths: Sequence[float], make: MakeTable
) -> _Measured:
    inner = [w - 2 * PAD_X for w in widths]
    header_height = max(p.wrap(w, 1e9)[1] for p, w in zip(header, inner, strict=True))
    measured = [_Row(cells, widths) for cells in rows]
    ends = list(accumulate(row.height(0, row.count) for row in measured))
    return _Measured(list(header), header_height + PAD_TOP + PAD_BOTTOM, measured, ends, list(widths), make)


class FlowingTable(Flowable):
    """A header row and rows of text that flow over as many pages as they need.

    Each page gets a `Table` made by `make_table` (rows, shaded flags) holding the
    header and the rows, or parts of rows, that fit; rows alternate shading by their
    place in the whole table, as one long table would.
    """

    def __init__(
        self,
        header: Sequence[Paragraph],
        rows: Sequence[Sequence[Cell]],
        widths: Sequence[float],
        make_table: MakeTable,
        *,
        _measured: _Measured | None = None,
        _start: tuple[int, int] = (0, 0),
    ) -> None:
        super().__init__()
        self._m = _measured or _measure(header, rows, widths, make_table)
        self._row, self._line = _start  # where this (possibly continued) table starts

    def _continued(self, row: int, line: int) -> FlowingTable:
        """The rest of this table from (row, line), sharing the measurements."""
        return FlowingTable((), (), (), self._m.make_table, _measured=self._m, _start=(row, line))

    def _remaining_height(self) -> float:
        if self._row >= len(self._m.rows):
            return 0.0
        first = self._m.rows[self._row]
        tail = self._m.ends[-1] - self._m.ends[self._row]
        return self._m.header_height + first.height(self._line, first.count) + tail

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = sum(self._m.widths), self._remaining_height()
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts, row, line = self._fill(availHeight - self._m.header_height)
        if not parts:
            return []
        rest = [self._continued(row, line)] if row < len(self._m.rows) else []
        return [self._table(parts), *rest]

    def _fill(self, room: float) -> tuple[list[tuple[int, int, int]], int, int]:
        """The (row, start, stop) parts that fit in `room`, and where the rest starts."""
        parts: list[tuple[int, int, int]] = []
        row, line = self._row, self._line
        if line:  # finish a row cut at the previous page foot
            current = self._m.rows[row]
            if current.height(line, current.count) > room + _FUZZ:
                return self._cut(parts, row, line, room)
            parts.append((row, line, current.count))
            room -= current.height(line, current.count)
            row, line = row + 1, 0
        # Whole rows: find the last one that fits from the running totals.
        before = self._m.ends[row - 1] if row else 0.0
        last = bisect_right(self._m.ends, before + room + _FUZZ, lo=row)
        parts += [(r, 0, self._m.rows[r].count) for r in range(row, last)]
        room -= (self._m.ends[last - 1] if last > row else before) - before
        if last < len(self._m.rows):
            return self._cut(parts, last, 0, room)
        return parts, last, 0

    def _cut(
        self, parts: list[tuple[int, int, int]], row: int, line: int, room: float
    ) -> tuple[list[tuple[int, int, int]], int, int]:
        fit = self._m.rows[row].lines_fitting(line, room)
        if fit:
            parts.append((row, line, line + fit))
            line += fit
        return parts, row, line

    def _table(self, parts: Sequence[tuple[int, int, int]]) -> Table:
        columns = len(self._m.widths)
        data: list[list[object]] = [list(self._m.header)]
        data += [self._m.rows[r].cells(start, stop, columns) for r, start, stop in parts]
        shaded = [False] + [r % 2 == 1 for r, _start, _stop in parts]
        return self._m.make_table(data, shaded)

    def draw(self) -> None:
        parts, _row, _line = self._fill(float("inf"))
        table = self._table(parts)
        _width, height = table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, self.height - height)  # top-aligned like a table
