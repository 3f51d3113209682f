"""What the force's response table is made of, shared by its writer and its reader.

The table goes out as a Word document or a CSV file (docs/formats.md, "Force response
table") and comes back with the force's responses typed in. The writer
(`desktop.reports.response_table`) and the reader (`desktop.exchange.response_reading`)
live in layers that may not import each other, so the columns, the reference written
into the document and the date rules are here, where both can see them.
"""

from __future__ import annotations

import re
from datetime import date

FORMAT_VERSION = 1

CSV_COLUMNS = ("observation_uid", "number", "observation", "cases", "response", "response_date")

# The Word table's columns, in order; their headings are the catalogue's
# "response_table.column.<code>".
DOCX_COLUMNS = ("number", "observation", "cases", "response", "date")

# Written under the title as plain text, because text is what every word processor keeps.
REFERENCE_PREFIX = "PR-RESPONSES"
_REFERENCE = re.compile(REFERENCE_PREFIX + r"/(\d+)/([0-9a-fA-F-]{32,36})")
_UID = re.compile(r"[0-9a-f]{32}")


def reference_line(round_uid: str) -> str:
    """The table's reference: format version and round, e.g. `PR-RESPONSES/1/3f2a…`."""
    return f"{REFERENCE_PREFIX}/{FORMAT_VERSION}/{round_uid}"


def find_reference(text: str) -> tuple[int, str] | None:
    """(format version, round uid) from a paragraph holding the reference, or None."""
    found = _REFERENCE.search(text)
    if found is None:
        return None
    return int(found.group(1)), plain_uid(found.group(2))


def plain_uid(uid: str) -> str:
    """A uid as compared: lower case, without hyphens (`uuid4().hex` and `str(uuid4())` agree)."""
    return uid.replace("-", "").strip().lower()


def find_uid(text: str) -> str | None:
    """The observation uid in a cell's text (hyphens and case aside), or None.

    Each word is tried alone, so the row number in front of the uid, itself made of hex
    digits, is never read as part of it.
    """
    for word in text.split():
        candidate = word.replace("-", "").lower()
        if _UID.fullmatch(candidate):
            return candidate
    return None


_DAY_FIRST = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")


def parse_date(text: str) -> str | None:
    """An ISO date (YYYY-MM-DD) from what a person or a spreadsheet wrote, or None if it is none.

    ISO is what we write. Day-first dates (31/03/2026) are taken too, because Excel and
    LibreOffice in a British locale rewrite an ISO date that way when they save a CSV;
    in England and Wales a slashed date is always day first.
    """
    text = text.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return date.fromisoformat(text).isoformat()
        found = _DAY_FIRST.fullmatch(text)
        if found:
            day, month, year = (int(g) for g in found.groups())
            return date(year, month, day).isoformat()
    except ValueError:
        return None
    return None


def is_iso_date(text: str) -> bool:
    """True for a real calendar date written YYYY-MM-DD (what the services store)."""
    return re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) is not None and parse_date(text) == text
