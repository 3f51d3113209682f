"""A recommendation's status, and the words the tracker prints for it in both languages.

The panel's tracker (the "Recommendation updates" appendix of a report) ends each row
with the commissioner's team's assessment in capitals: DISCHARGED, ONGOING, ESCALATE.
A recommendation amalgamated into another is discharged, as the tracker words it:
"DISCHARGED (to be amalgamated into one … recommendation)"; the services record the
merge in `merged_into_id`, so the label can name the recommendation it went into.
"""

from __future__ import annotations

from enum import StrEnum

from desktop.core.words import say


class Status(StrEnum):
    """The value is what is stored; a StrEnum equals it, so stored rows compare directly."""

    OPEN = "open"
    ONGOING = "ongoing"
    DISCHARGED = "discharged"
    ESCALATED = "escalated"


STATUSES = frozenset(s.value for s in Status)


def status_label(status: str, language: str, merged_into: int | None = None) -> str:
    """The tracker's word for `status`; for a merged recommendation, where it went.

    An unknown stored status (from a later version) is shown as stored rather than hidden.
    """
    if merged_into is not None:
        return say("recommendation.merged", language, number=merged_into)
    try:
        known = Status(status)
    except ValueError:
        return status.upper()
    return say(f"recommendation.{known.value}", language)
