"""Names people read: what is refused, and which names count as the same to a reader."""

from __future__ import annotations

import pytest

from desktop.core.display_names import (
    NameProblem,
    NameRefused,
    check_name,
    explain_name,
    lookalike_key,
    name_problem,
)

RLO = "\u202e"


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("Ann Jones", None),
        ("Siân ap Dafydd", None),
        ("Zoë O'Brien-Ng", None),
        ("Ann\tJones", NameProblem.CONTROL),
        ("Ann\nJones", NameProblem.CONTROL),
        ("Ann\u2028Jones", NameProblem.CONTROL),
        ("Ann\x07", NameProblem.CONTROL),
        (f"{RLO}senoJ nnA", NameProblem.DIRECTION),
        ("Ann\u2066Jones\u2069", NameProblem.DIRECTION),
        ("Ann\u200fJones", NameProblem.DIRECTION),
        ("Ann\u061cJones", NameProblem.DIRECTION),
        ("Ann\u200bJones", NameProblem.INVISIBLE),
        ("Ann\u200dJones", NameProblem.INVISIBLE),
        ("Ann\u2060Jones", NameProblem.INVISIBLE),
        ("\ufeffAnn Jones", NameProblem.INVISIBLE),
        ("Ann Jo\u00adnes", NameProblem.INVISIBLE),
        ("Ann\ue000", NameProblem.INVISIBLE),
        ("Ann\u3164Jones", NameProblem.INVISIBLE),
        ("Ann\u034fJones", NameProblem.INVISIBLE),
        ("", NameProblem.EMPTY),
        ("   ", NameProblem.EMPTY),
        ("\u200b\u200c\u200d", NameProblem.EMPTY),
        ("\u2800\u3164", NameProblem.EMPTY),
        ("\u0301\u0301", NameProblem.EMPTY),
    ],
)
def test_each_kind_of_hidden_character_is_named(name: str, problem: NameProblem | None) -> None:
    assert name_problem(name) is problem


def test_check_name_strips_the_ends_and_refuses_with_the_problem() -> None:
    assert check_name("  Ann Jones ") == "Ann Jones"
    with pytest.raises(NameRefused) as caught:
        check_name(f"Ann {RLO}Jones", "member name")
    assert caught.value.problem is NameProblem.DIRECTION


def test_every_refusal_has_its_own_sentence_in_both_languages() -> None:
    english = {explain_name(p, "en") for p in NameProblem}
    welsh = {explain_name(p, "cy") for p in NameProblem}
    assert len(english) == len(welsh) == len(NameProblem)
    assert english.isdisjoint(welsh)


@pytest.mark.parametrize(
    "other",
    ["Ann Jones", "ANN JONES", "ann  jones", " Ann Jones ", "\u0410nn Jones", "Ann Jone\u0455",
     "\uff21nn Jones", "Ann J\u043enes"],
)  # fmt: skip
def test_names_a_reader_cannot_tell_apart_share_a_key(other: str) -> None:
    assert lookalike_key(other) == lookalike_key("Ann Jones")


@pytest.mark.parametrize("other", ["Anne Jones", "Ann James", "Siân Jones", "Ann Jones-Ng"])
def test_different_names_keep_different_keys(other: str) -> None:
    assert lookalike_key(other) != lookalike_key("Ann Jones")


def test_capital_i_and_small_l_look_alike() -> None:
    assert lookalike_key("Ian Price") == lookalike_key("lan Price")
    assert lookalike_key("mary") == lookalike_key("rnary")
