"""A ruled table whose rows-kept-together survive ReportLab's fallback of splitting a row.

`pdf_style.grid` marks rows that must share a page (`NOSPLIT`: a header with its first
rows, a last row with the one before, a short table whole). ReportLab honours that when
it splits between rows, but when no split between rows is allowed it falls back to
splitting inside a row (`splitInRow`), which can leave exactly the orphaned row the mark
was there to prevent. Here that fallback is refused for a marked row, so the table moves
on to the next page instead. Only if the marked rows cannot share even a nearly empty
page are the marks dropped, so a table that could never fit is still printed.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

NEARLY_A_PAGE = 200 * mm  # an A4 frame is about 255 mm tall


class KeptTable(Table):
    def _splitRows(self, availHeight: float, doInRowSplit: int = 0) -> list[Flowable]:
        if doInRowSplit and self._kept_rows():
            row = self._getFirstPossibleSplitRowPosition(availHeight, ignoreSpans=1)  # type: ignore[attr-defined]
            if row in self._kept_rows():
                return []  # would split a row kept with another: move on instead
        parts: list[Flowable] = super()._splitRows(availHeight, doInRowSplit)  # type: ignore[misc]
        return parts

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(availWidth, availHeight)
        if not parts and availHeight >= NEARLY_A_PAGE and self._kept_rows():
            self._nosplitCmds: list[Any] = []  # too tall to keep together even on a page of its own
            parts = super().split(availWidth, availHeight)
        return parts

    def _kept_rows(self) -> set[int]:
        if not getattr(self, "_nosplitCmds", None):
            return set()
        return {row for _column, row in getattr(self, "_rowNoSplitCells", ())}
