"""The rules a new passphrase must meet, as codes the interface turns into sentences.

The passphrase is the key to the member's encrypted database, so it must resist
guessing; the rules stay simple enough for a volunteer to satisfy with a short sentence.
"""

from __future__ import annotations

from enum import Enum

MIN_PASSPHRASE_LENGTH = 10
_COMMON = {
    "password", "password1", "password123", "passphrase", "qwertyuiop", "1234567890",
    "0123456789", "letmein123", "iloveyou12", "abcdefghij", "welcome123", "changeme12",
}  # fmt: skip


class PassphraseProblem(Enum):
    """Why a new passphrase is refused; the UI turns each into a sentence."""

    TOO_SHORT = "too_short"
    TOO_FEW_DIFFERENT = "too_few_different"
    TOO_COMMON = "too_common"
    CONTAINS_NAME = "contains_name"
    MISMATCH = "mismatch"


def passphrase_problems(passphrase: str, repeat: str, display_name: str = "") -> list[PassphraseProblem]:
    """Every reason to refuse `passphrase`; empty when it is good enough."""
    problems = []
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        problems.append(PassphraseProblem.TOO_SHORT)
    if len(set(passphrase.lower())) < 5:
        problems.append(PassphraseProblem.TOO_FEW_DIFFERENT)
    if passphrase.lower() in _COMMON:
        problems.append(PassphraseProblem.TOO_COMMON)
    name = display_name.strip().lower()
    if len(name) >= 3 and name in passphrase.lower():
        problems.append(PassphraseProblem.CONTAINS_NAME)
    if passphrase != repeat:
        problems.append(PassphraseProblem.MISMATCH)
    return problems
