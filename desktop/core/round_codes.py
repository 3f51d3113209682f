"""The codes a coordinator's round is recorded with, beyond each case's own.

A returned review package's standing in its round, the two kinds of note a case can
carry into the report, how the panel met, and what the publication review decided for
each text. Each value is what is stored and compared; a StrEnum equals its value, so a
row read from the database compares with these directly and old rows keep reading.
Only the interfaces turn them into words (the catalogue, `desktop.core.words`).
"""

from __future__ import annotations

from enum import StrEnum


class PackageState(StrEnum):
    """A member's returned review package in a round: the newest revision taken from that
    member is the one the findings use; earlier ones are kept for the history."""

    ACCEPTED = "accepted"
    SUPERSEDED = "superseded"
    PENDING = "pending"  # differs from the accepted revision: waits for the coordinator's word
    DECLINED = "declined"  # the coordinator kept the earlier revision


class NoteKind(StrEnum):
    """A note on a case for the report's own sections, in the order they are printed."""

    GOOD_PRACTICE = "good_practice"
    LEARNING = "learning"  # an area for learning


class MeetingForm(StrEnum):
    """How the panel met to consider the round (the report's background)."""

    IN_PERSON = "in_person"
    VIRTUAL = "virtual"
    WRITTEN = "written"  # a remote written review


class PublicationDecision(StrEnum):
    """What the coordinator did with one text before the report was published."""

    KEPT = "kept"
    EDITED = "edited"
    BLANKED = "blanked"
