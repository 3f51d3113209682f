"""Why a returned response table is not taken, as one plain sentence in English and Welsh.

A table that comes back from the force has been through someone else's computer and
word processor, so the reader assumes nothing about it. Every way it can be unusable
as a whole (too big, not a Word document or CSV, damaged, made for another round) has
one reason here; problems with single rows are the services' (`response_problems`).
Nothing is changed when a file is refused.
"""

from __future__ import annotations

from enum import Enum

from desktop.core.explained import Explained
from desktop.core.words import say


class FileRefusal(Enum):
    UNREADABLE = "unreadable"
    EMPTY = "empty"
    TOO_BIG = "too_big"
    NOT_A_TABLE_FILE = "not_a_table_file"
    PDF = "pdf"
    DAMAGED = "damaged"
    UNPACKS_TOO_BIG = "unpacks_too_big"
    NO_TABLE = "no_table"
    COLUMNS_CHANGED = "columns_changed"
    NEWER_FORMAT = "newer_format"
    NOT_OURS = "not_ours"
    OTHER_ROUND = "other_round"
    CSV_COLUMNS = "csv_columns"
    CSV_ENCODING = "csv_encoding"
    CSV_BROKEN = "csv_broken"
    TOO_MANY_ROWS = "too_many_rows"


class ResponseFileRefused(Explained):
    """A returned response table that cannot be used at all; nothing was changed."""

    def __init__(self, refusal: FileRefusal, **params: str | int) -> None:
        super().__init__(refusal.value + (f": {params}" if params else ""))
        self.refusal = refusal
        self.params = params

    def explain(self, language: str) -> str:
        return say(f"response_file.{self.refusal.value}", language, **self.params)
