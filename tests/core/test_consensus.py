"""The merge rule of CHECKLIST-hate-crime.md and Fleiss' kappa."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.consensus import Agreement, fleiss_kappa, merge

codes = st.sampled_from(["yes", "no", "partly", "unclear", "na"])


def test_examples() -> None:
    assert merge(["yes", "yes", "yes"]).agreement is Agreement.AGREED
    majority = merge(["yes", "no", "yes"])
    assert (majority.agreement, majority.finding) == (Agreement.MAJORITY, "yes")
    split = merge(["yes", "no"])
    assert (split.agreement, split.finding) == (Agreement.UNABLE_TO_AGREE, None)
    assert merge(["yes", "yes", "no", "no"]).agreement is Agreement.UNABLE_TO_AGREE
    assert merge(["na", "na"]).finding == "na"
    assert merge([]).agreement is Agreement.NO_ANSWERS


@given(st.lists(codes, min_size=1, max_size=15))
def test_rule_holds_for_any_answers(answers: list[str]) -> None:
    result = merge(answers)
    counts = Counter(answers)
    top = max(counts.values())
    assert result.answered_by == len(answers)
    assert dict(result.counts) == dict(counts)
    if len(counts) == 1:
        assert result.agreement is Agreement.AGREED and result.finding == answers[0]
    elif 2 * top > len(answers):
        assert result.agreement is Agreement.MAJORITY
        assert counts[result.finding] == top
    else:
        assert result.agreement is Agreement.UNABLE_TO_AGREE and result.finding is None


@given(st.lists(codes, min_size=1, max_size=9), st.randoms())
def test_order_of_members_does_not_matter(answers: list[str], rnd) -> None:
    shuffled = list(answers)
    rnd.shuffle(shuffled)
    assert merge(answers) == merge(shuffled)


def test_multi_answers_merge_as_whole_sets() -> None:
    a, b = ("race",), ("disability", "race")
    assert merge([a, a, b]).finding == a


def test_fleiss_kappa_known_value() -> None:
    # Fleiss (1971)-style worked example: 10 subjects, 14 raters, 5 categories.
    table = [
        [0, 0, 0, 0, 14],
        [0, 2, 6, 4, 2],
        [0, 0, 3, 5, 6],
        [0, 3, 9, 2, 0],
        [2, 2, 8, 1, 1],
        [7, 7, 0, 0, 0],
        [3, 2, 6, 3, 0],
        [2, 5, 3, 2, 2],
        [6, 5, 2, 1, 0],
        [0, 2, 2, 3, 7],
    ]
    ratings = [{c: n for c, n in enumerate(row) if n} for row in table]
    assert fleiss_kappa(ratings) == pytest.approx(0.210, abs=0.001)


def test_fleiss_kappa_perfect_and_undefined() -> None:
    assert fleiss_kappa([{"yes": 3}, {"no": 3}]) == pytest.approx(1.0)
    assert fleiss_kappa([{"yes": 3}]) is None
    assert fleiss_kappa([{"yes": 1}, {"no": 1}]) is None
    assert fleiss_kappa([{"yes": 2}, {"no": 3}]) is None


@given(st.lists(st.lists(codes, min_size=3, max_size=3), min_size=2, max_size=20))
def test_fleiss_kappa_is_at_most_one(rows: list[list[str]]) -> None:
    kappa = fleiss_kappa([Counter(r) for r in rows])
    assert kappa is not None and kappa <= 1.0 + 1e-9
