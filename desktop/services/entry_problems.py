"""Why the coordinator's entry for the report is not saved, in English and Welsh.

Observations and recommendations are typed by the coordinator; when one cannot be
saved the screen and the command line show the same plain sentence. Nothing is
changed when an entry is refused.
"""

from __future__ import annotations

from enum import Enum

from desktop.core.explained import Explained
from desktop.core.force_response_format import is_iso_date
from desktop.core.words import say

MAX_TEXT_CHARS = 20_000


class Entry(Enum):
    EMPTY_TEXT = "empty_text"
    TOO_LONG = "too_long"
    NO_SUCH_ROUND = "no_such_round"
    NO_SUCH_OBSERVATION = "no_such_observation"
    CASE_NOT_IN_ROUND = "case_not_in_round"
    BAD_DATE = "bad_date"
    BAD_NUMBER = "bad_number"
    NO_SUCH_RECOMMENDATION = "no_such_recommendation"
    BAD_STATUS = "bad_status"
    MERGE_INTO_ITSELF = "merge_into_itself"
    MERGE_INTO_MERGED = "merge_into_merged"
    ALREADY_MERGED = "already_merged"
    MERGE_CYCLE = "merge_cycle"
    NO_SUCH_QUESTION = "no_such_question"


class EntryRefused(Explained, ValueError):
    """An observation or recommendation that cannot be saved as given; nothing changed."""

    def __init__(self, entry: Entry, **params: str | int) -> None:
        super().__init__(entry.value + (f": {params}" if params else ""))
        self.entry = entry
        self.params = params

    def explain(self, language: str) -> str:
        values = {"value": "", "last": "", "limit": f"{MAX_TEXT_CHARS:,}"} | self.params
        return say(f"entry.{self.entry.value}", language, **values)


def checked_text(text: str) -> str:
    """The text without surrounding space; refused when empty or too long."""
    text = text.strip()
    if not text:
        raise EntryRefused(Entry.EMPTY_TEXT)
    if len(text) > MAX_TEXT_CHARS:
        raise EntryRefused(Entry.TOO_LONG)
    return text


def checked_date(value: str | None) -> str | None:
    """An ISO date (YYYY-MM-DD) or None for no date; anything else is refused."""
    if value is None or not value.strip():
        return None
    if not is_iso_date(value.strip()):
        raise EntryRefused(Entry.BAD_DATE, value=value)
    return value.strip()
