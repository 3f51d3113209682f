"""The rules for a new passphrase."""

from __future__ import annotations

import pytest

from desktop.core.passphrase import PassphraseProblem as P
from desktop.core.passphrase import passphrase_problems


@pytest.mark.parametrize(
    ("passphrase", "repeat", "name", "expected"),
    [
        ("a quiet river at dawn", "a quiet river at dawn", "Ann", []),
        ("short", "short", "", [P.TOO_SHORT]),
        ("aaaaaaaaaaaa", "aaaaaaaaaaaa", "", [P.TOO_FEW_DIFFERENT]),
        ("password123", "password123", "", [P.TOO_COMMON]),
        ("gwen jones rides to town", "gwen jones rides to town", "Gwen Jones", [P.CONTAINS_NAME]),
        ("a quiet river at dawn", "a quiet river at dusk", "", [P.MISMATCH]),
        ("", "", "", [P.TOO_SHORT, P.TOO_FEW_DIFFERENT]),
        ("Dŵr glân, awyr iach", "Dŵr glân, awyr iach", "", []),
    ],
)
def test_rules(passphrase: str, repeat: str, name: str, expected: list[P]) -> None:
    assert passphrase_problems(passphrase, repeat, name) == expected
