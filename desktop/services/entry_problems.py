"""Why the coordinator's entry for the report is not saved, in English and Welsh.

Observations and recommendations are typed by the coordinator; when one cannot be
saved the screen and the command line show the same plain sentence. Nothing is
changed when an entry is refused.
"""

from __future__ import annotations

from enum import Enum

from desktop.core.force_response_format import is_iso_date

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


_TEXT: dict[Entry, tuple[str, str]] = {
    Entry.EMPTY_TEXT: (
        "Write the text first: it cannot be empty.",
        "Ysgrifennwch y testun yn gyntaf: ni all fod yn wag.",
    ),
    Entry.TOO_LONG: (
        f"The text is longer than {MAX_TEXT_CHARS:,} characters; please shorten it.",
        f"Mae’r testun yn hirach na {MAX_TEXT_CHARS:,} o nodau; byrhewch ef os gwelwch yn dda.",
    ),
    Entry.NO_SUCH_ROUND: (
        "That review round is not in this profile.",
        "Nid yw’r cylch adolygu hwnnw yn y proffil hwn.",
    ),
    Entry.NO_SUCH_OBSERVATION: (
        "That observation no longer exists.",
        "Nid yw’r arsylwad hwnnw’n bodoli mwyach.",
    ),
    Entry.CASE_NOT_IN_ROUND: (
        "An observation can only name cases of its own round.",
        "Dim ond achosion o’i gylch ei hun y gall arsylwad eu henwi.",
    ),
    Entry.BAD_DATE: (
        "“{value}” is not a date. Write dates as 2026-03-31.",
        "Nid yw “{value}” yn ddyddiad. Ysgrifennwch ddyddiadau fel 2026-03-31.",
    ),
    Entry.BAD_NUMBER: (
        "There is no place {value}: the numbers run from 1 to {last}.",
        "Nid oes safle {value}: mae’r rhifau’n rhedeg o 1 i {last}.",
    ),
    Entry.NO_SUCH_RECOMMENDATION: (
        "That recommendation no longer exists.",
        "Nid yw’r argymhelliad hwnnw’n bodoli mwyach.",
    ),
    Entry.BAD_STATUS: (
        "The status must be open, ongoing, discharged or escalated.",
        "Rhaid i’r statws fod yn agored, yn parhau, wedi’i gyflawni neu wedi’i uwchgyfeirio.",
    ),
    Entry.MERGE_INTO_ITSELF: (
        "A recommendation cannot be amalgamated into itself.",
        "Ni ellir cyfuno argymhelliad ag ef ei hun.",
    ),
    Entry.MERGE_INTO_MERGED: (
        "Recommendation {value} has itself been amalgamated into another; choose that one instead.",
        "Mae argymhelliad {value} ei hun wedi’i gyfuno ag un arall; dewiswch hwnnw yn lle hynny.",
    ),
    Entry.ALREADY_MERGED: (
        "Recommendation {value} has already been amalgamated into another, so it is closed.",
        "Mae argymhelliad {value} eisoes wedi’i gyfuno ag un arall, felly mae wedi’i gau.",
    ),
    Entry.MERGE_CYCLE: (
        "Recommendation {value} is already amalgamated, directly or not, into this one.",
        "Mae argymhelliad {value} eisoes wedi’i gyfuno, yn uniongyrchol neu beidio, â’r un hwn.",
    ),
}


class EntryRefused(ValueError):
    """An observation or recommendation that cannot be saved as given; nothing changed."""

    def __init__(self, entry: Entry, **params: str | int) -> None:
        super().__init__(entry.value + (f": {params}" if params else ""))
        self.entry = entry
        self.params = params

    def explain(self, language: str) -> str:
        en, cy = _TEXT[self.entry]
        return (cy if language == "cy" else en).format(**{"value": "", "last": ""} | self.params)


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
