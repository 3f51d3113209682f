"""Dates as a report's reader writes them: "14 March 2026", "14 Mawrth 2026".

The database, the CSV's data columns and every input field keep ISO dates
("2026-03-14"); only the words a person reads are written out, here, from a table of
month names rather than the system's locale, so a report made on any machine reads the
same. Stored text that is not a valid date (a date a force typed in a free column, an
empty string) is returned as it was: a report must never fail on what it was given.
"""

from __future__ import annotations

import re
from datetime import date

__all__ = ["MONTHS", "long_date"]

MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
    "cy": (
        "Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin",
        "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr",
    ),
}  # fmt: skip

# "2026-03-14", "2026-03-14 10:30" (how `confirmed_on` holds a UTC time) or the ISO
# "2026-03-14T10:30:05+00:00" a received package carries; seconds and zone are dropped.
_ISO = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?", re.ASCII
)


def long_date(text: str, language: str) -> str:
    """`text` written out in `language` ("cy" Welsh, anything else English): a date as
    "14 March 2026" / "14 Mawrth 2026", a date and time as "14 March 2026, 10:30" (the
    time as stored, UTC). No leading zero on the day, no ordinal suffix. Anything that
    is not a real date, and any date outside the years 1-9999, comes back unchanged."""
    match = _ISO.fullmatch(text.strip())
    if match is None:
        return text
    year, month, day, hour, minute = match.groups()
    try:
        when = date(int(year), int(month), int(day))
    except ValueError:
        return text
    if hour is not None and (int(hour) > 23 or int(minute) > 59):
        return text
    months = MONTHS["cy" if language == "cy" else "en"]
    written = f"{when.day} {months[when.month - 1]} {when.year}"
    return written if hour is None else f"{written}, {hour}:{minute}"
