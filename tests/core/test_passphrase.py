"""The rules for a new passphrase: a minimum length, then zxcvbn's judgement."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import zxcvbn.feedback
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.passphrase import (
    MIN_SCORE,
    Feedback,
    feedback_code,
    name_inputs,
    passphrase_problems,
    passphrase_strength,
)
from desktop.core.passphrase import PassphraseProblem as P
from desktop.services.demo import DEMO_NAME, DEMO_PASSPHRASE
from tests.conftest import PASSPHRASE


@pytest.mark.parametrize(
    ("passphrase", "repeat", "name", "expected"),
    [
        ("a quiet river at dawn", "a quiet river at dawn", "Ann", []),
        ("short", "short", "", [P.TOO_SHORT]),
        ("", "", "", [P.TOO_SHORT]),
        ("aaaaaaaaaaaa", "aaaaaaaaaaaa", "", [P.TOO_GUESSABLE]),
        ("password123", "password123", "", [P.TOO_GUESSABLE]),
        ("qwertyuiop", "qwertyuiop", "", [P.TOO_GUESSABLE]),
        ("Summer2024!", "Summer2024!", "", [P.TOO_GUESSABLE]),
        ("llandudno pier", "llandudno pier", "", [P.TOO_GUESSABLE]),  # score 3: not enough
        ("tea and toast", "tea and toast", "", []),
        ("a quiet river at dawn", "a quiet river at dusk", "", [P.MISMATCH]),
        ("password123", "password1234", "", [P.TOO_GUESSABLE, P.MISMATCH]),
        ("Dŵr glân, awyr iach", "Dŵr glân, awyr iach", "", []),
    ],
)
def test_rules(passphrase: str, repeat: str, name: str, expected: list[P]) -> None:
    assert passphrase_problems(passphrase, repeat, name) == expected


@pytest.mark.parametrize(
    "passphrase", ["Gwen Jones 1970", "gwenjones 1970!", "GWEN JONES GWEN", "i am gwen jones"]
)
def test_the_members_name_makes_a_passphrase_weak(passphrase: str) -> None:
    """Strong for a stranger, guessable for someone who knows Gwen Jones."""
    assert passphrase_problems(passphrase, passphrase, "Someone Else") == []
    assert passphrase_problems(passphrase, passphrase, "Gwen Jones") == [P.TOO_GUESSABLE]
    assert passphrase_strength(passphrase, "Gwen Jones").warning is Feedback.YOUR_NAME


def test_name_is_known_whole_by_word_and_run_together() -> None:
    assert name_inputs(" Gwen  Jones-Smith ") == [
        "gwen  jones-smith", "gwen", "jones", "smith", "gwenjonessmith"
    ]  # fmt: skip
    assert name_inputs("") == []


def test_weak_passphrases_come_with_advice_codes() -> None:
    strength = passphrase_strength("password123")
    assert not strength.acceptable
    assert strength.advice == (Feedback.VERY_COMMON_PASSWORD, Feedback.ADD_ANOTHER_WORD)
    assert passphrase_strength("aaaaaaaaaaaa").warning is Feedback.REPEATED_CHARACTER


def test_score_three_still_gets_advice() -> None:
    """zxcvbn gives no feedback above score 2, but 3 is refused: the member needs a hint."""
    strength = passphrase_strength("llandudno pier")
    assert strength.score == MIN_SCORE - 1
    assert strength.advice == (Feedback.ADD_ANOTHER_WORD,)


def test_strong_passphrases_have_no_advice() -> None:
    strength = passphrase_strength("a quiet river at dawn", "Ann")
    assert strength.acceptable and strength.score == 4 and strength.advice == ()


def test_too_short_is_never_acceptable_however_random() -> None:
    strength = passphrase_strength("Xq9#zP2!k")
    assert not strength.long_enough and not strength.acceptable


def test_very_long_passphrases_are_judged_not_refused_by_zxcvbn() -> None:
    """zxcvbn itself raises above 72 characters; we judge the first 72."""
    long = "a quiet river at dawn and the tide comes in slowly over the grey stones " * 3
    assert passphrase_problems(long, long) == []


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=90), st.text(max_size=30))
def test_judging_never_fails_on_anything_typed(passphrase: str, name: str) -> None:
    strength = passphrase_strength(passphrase, name)
    assert 0 <= strength.score <= 4


def _zxcvbn_sentences() -> set[str]:
    """Every sentence zxcvbn can give: the strings passed to gettext's `_` in its source."""
    tree = ast.parse(Path(zxcvbn.feedback.__file__).read_text(encoding="utf-8"))
    return {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_"
        and isinstance(node.args[0], ast.Constant)
    }  # fmt: skip


def test_every_zxcvbn_sentence_has_a_code() -> None:
    sentences = _zxcvbn_sentences()
    assert len(sentences) >= 27  # the reading of the source found them (27 in zxcvbn 4.5)
    unmapped = {s for s in sentences if feedback_code(s) is Feedback.OTHER}
    assert not unmapped
    ours = {Feedback.YOUR_NAME, Feedback.OTHER}
    assert {f.value for f in Feedback if f not in ours} == sentences


def test_an_unknown_sentence_maps_to_other() -> None:
    assert feedback_code("A sentence a later zxcvbn might add.") is Feedback.OTHER
    assert feedback_code("Avoid sequences.") is Feedback.AVOID_SEQUENCES


@pytest.mark.parametrize(
    ("passphrase", "name"),
    [
        (PASSPHRASE, "Test Member"),
        (DEMO_PASSPHRASE, DEMO_NAME),
        ("benchmark passphrase 2026", "Bench Member"),  # bench/_round.py (not importable: it sets up)
    ],
)
def test_the_passphrases_the_project_uses_pass_the_rule(passphrase: str, name: str) -> None:
    assert passphrase_problems(passphrase, passphrase, name) == []
