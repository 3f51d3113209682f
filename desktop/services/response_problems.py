"""What is wrong with single rows of a returned response table, and what the coordinator
should know about them, in English and Welsh.

A *problem* stops the import (the coordinator or the force fixes the file and it is
imported again); a *note* does not (the rows were reordered, the force reworded an
observation, an observation was left out). A Word table's rows are counted under its
heading row; a CSV file's by the line they start on, as a spreadsheet shows them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class RowIssue(Enum):
    ADDED_ROW = "added_row"
    UNKNOWN_ROW = "unknown_row"
    DUPLICATE_ROW = "duplicate_row"
    BAD_DATE = "bad_date"
    TOO_LONG = "too_long"
    REORDERED = "reordered"
    TEXT_CHANGED = "text_changed"
    MISSING = "missing"


BLOCKING = frozenset(
    {RowIssue.ADDED_ROW, RowIssue.UNKNOWN_ROW, RowIssue.DUPLICATE_ROW, RowIssue.BAD_DATE, RowIssue.TOO_LONG}
)

# Where a row is: at the start of a sentence, inside one, and briefly (for "also in row 2").
_WHERE = {
    "docx": (("Row {n} of the table", "Rhes {n} y tabl"), ("rhes {n} y tabl",), ("row {n}", "rhes {n}")),
    "csv": (
        ("Line {n} of the file", "Llinell {n} y ffeil"),
        ("llinell {n} y ffeil",),
        ("line {n}", "llinell {n}"),
    ),
}

_TEXT: dict[RowIssue, tuple[str, str]] = {
    RowIssue.ADDED_ROW: (
        "{where} is not one of the panel’s observations (it has no observation reference). "
        "Put its response in the right row, or delete the row, and import the file again.",
        "Nid yw {where_cy} yn un o arsylwadau’r panel (nid oes cyfeirnod arsylwad ganddi). "
        "Rhowch ei hymateb yn y rhes gywir, neu dilëwch y rhes, a mewnforiwch y ffeil eto.",
    ),
    RowIssue.UNKNOWN_ROW: (
        "{where} names an observation that is not in this round.",
        "Mae {where_cy} yn enwi arsylwad nad yw yn y cylch hwn.",
    ),
    RowIssue.DUPLICATE_ROW: (
        "{where} repeats observation {number}, which is also in {first}.",
        "Mae {where_cy} yn ailadrodd arsylwad {number}, sydd hefyd yn {first}.",
    ),
    RowIssue.BAD_DATE: (
        "{where}: “{value}” is not a date. Write dates as 2026-03-31 or 31/03/2026.",
        "{where}: nid yw “{value}” yn ddyddiad. Ysgrifennwch ddyddiadau fel 2026-03-31 neu 31/03/2026.",
    ),
    RowIssue.TOO_LONG: (
        "{where}: the response is longer than 20,000 characters.",
        "{where}: mae’r ymateb yn hirach na 20,000 o nodau.",
    ),
    RowIssue.REORDERED: (
        "The rows were in a different order; responses were matched by observation.",
        "Roedd y rhesi mewn trefn wahanol; cafodd yr ymatebion eu paru yn ôl arsylwad.",
    ),
    RowIssue.TEXT_CHANGED: (
        "{where}: the wording of observation {number} was changed in the file. "
        "The panel’s wording is kept; check the response against it.",
        "{where}: cafodd geiriad arsylwad {number} ei newid yn y ffeil. "
        "Mae geiriad y panel yn cael ei gadw; gwiriwch yr ymateb yn ei erbyn.",
    ),
    RowIssue.MISSING: (
        "Observation {number} is not in the file; its response is left as it was.",
        "Nid yw arsylwad {number} yn y ffeil; mae ei ymateb yn aros fel yr oedd.",
    ),
}


@dataclass(frozen=True)
class RowProblem:
    """One problem or note; `place` is the row (Word) or line (CSV) it is about, if any."""

    issue: RowIssue
    kind: str  # "docx" | "csv"
    place: int | None = None
    number: int | None = None  # the observation's number
    value: str = ""
    first: int | None = None  # for a repeated row, where the observation first appeared

    @property
    def blocking(self) -> bool:
        return self.issue in BLOCKING

    def explain(self, language: str) -> str:
        start, inside, short = _WHERE[self.kind]
        cy = language == "cy"
        pick = 1 if cy else 0
        en_text, cy_text = _TEXT[self.issue]
        return (cy_text if cy else en_text).format(
            where=start[pick].format(n=self.place),
            where_cy=inside[0].format(n=self.place),
            first=short[pick].format(n=self.first),
            number=self.number,
            value=self.value,
        )
