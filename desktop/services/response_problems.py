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

from desktop.core.words import say


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
        text = say(
            f"row.{self.issue.value}",
            language,
            where=say(f"row.where.{self.kind}", language, n=self.place),
            first=say(f"row.where_short.{self.kind}", language, n=self.first),
            number=self.number,
            value=self.value,
        )
        return text[:1].upper() + text[1:]  # "{where}" may start the sentence
