"""The codes a case is described with: case types, hate crime strands, review statuses.

These codes are what is stored, exported and merged; only the interfaces turn them into
words. They live in the core so that every reader of outside input (a round's case list,
an assignment pack, a review package) checks against one list.
"""

from __future__ import annotations

import re
from enum import StrEnum


class CaseType(StrEnum):
    """The case types the hate crime panel uses. Other panels (stop and search,
    out-of-court disposals) may name their own with any short id (`is_case_type`); these
    are the ones that need strands and that the catalogue words."""

    HATE_CRIME = "hate_crime"
    NCHI = "nchi"  # a non-crime hate incident


HATE_CASE_TYPES = tuple(t.value for t in CaseType)


class Strand(StrEnum):
    """A hate crime strand, in the order strands are shown and stored."""

    RACE = "race"
    RELIGION = "religion"
    SEXUAL_ORIENTATION = "sexual_orientation"
    DISABILITY = "disability"
    TRANSGENDER = "transgender"
    OTHER = "other"


STRANDS = tuple(s.value for s in Strand)


class CaseStatus(StrEnum):
    """Where a member has got to with one case. The value is what is stored and sent; a
    StrEnum equals its value, so a status read from the database compares with these."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETE = "complete"
    DEFERRED = "deferred"


STATUSES = tuple(s.value for s in CaseStatus)
# A case the member has finished with, one way or the other.
FINISHED = (CaseStatus.COMPLETE, CaseStatus.DEFERRED)

MAX_CASE_TYPE_CHARS = 32
MAX_REFERENCE_CHARS = 100
MAX_SUMMARY_CHARS = 10_000

_CASE_TYPE = re.compile(r"[a-z0-9][a-z0-9_-]*")


def is_case_type(value: str) -> bool:
    """Whether `value` can name a case type: a short lowercase id (it is stored as is)."""
    return len(value) <= MAX_CASE_TYPE_CHARS and _CASE_TYPE.fullmatch(value) is not None


def in_strand_order(strands: set[str] | frozenset[str]) -> tuple[str, ...]:
    """Known strands in their standard order, so the same set is always written the same way."""
    return tuple(s for s in STRANDS if s in strands)
