"""The codes a case is described with: case types, hate crime strands, review statuses.

These codes are what is stored, exported and merged; only the interfaces turn them into
words. They live in the core so that every reader of outside input (a round's case list,
an assignment pack, a review package) checks against one list.
"""

from __future__ import annotations

import re

# The case types the hate crime panel uses. Other panels (stop and search, out-of-court
# disposals) may name their own with any short id; these are the ones that need strands.
HATE_CASE_TYPES = ("hate_crime", "nchi")

# The hate crime strands, in the order they are shown and stored.
STRANDS = ("race", "religion", "sexual_orientation", "disability", "transgender", "other")

# Where a member has got to with one case.
STATUSES = ("not_started", "in_progress", "complete", "deferred")

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
