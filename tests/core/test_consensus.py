"""The merge rule of CHECKLIST-hate-crime.md, with "one review" for a lone answer."""

from __future__ import annotations

import random
from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.consensus import Agreement, merge

codes = st.sampled_from(["yes", "no", "partly", "unclear", "na"])
multi = st.lists(st.sampled_from(["race", "religion", "disability", "none"]), min_size=1, unique=True).map(
    lambda c: tuple(sorted(c))
)
answer_lists = st.lists(codes, min_size=0, max_size=15) | st.lists(multi, min_size=0, max_size=9)


def test_examples() -> None:
    assert merge(["yes", "yes", "yes"]).agreement is Agreement.AGREED
    majority = merge(["yes", "no", "yes"])
    assert (majority.agreement, majority.finding) == (Agreement.MAJORITY, "yes")
    split = merge(["yes", "no"])
    assert (split.agreement, split.finding) == (Agreement.UNABLE_TO_AGREE, None)
    assert merge(["yes", "yes", "no", "no"]).agreement is Agreement.UNABLE_TO_AGREE
    assert merge(["na", "na"]).finding == "na"
    assert merge([]) == merge(()) and merge([]).agreement is Agreement.NO_ANSWERS
    assert merge([]).finding is None and merge([]).answered_by == 0


def test_one_member_is_one_review_never_agreed() -> None:
    for answer in ["yes", "na", ("race",), "free text"]:
        result = merge([answer])
        assert result.agreement is Agreement.ONE_REVIEW
        assert result.finding == answer
        assert dict(result.counts) == {answer: 1} and result.answered_by == 1
    assert merge(["yes", "yes"]).agreement is Agreement.AGREED


def test_multi_answers_merge_as_whole_sets() -> None:
    a, b = ("race",), ("disability", "race")
    assert merge([a, a, b]).finding == a
    # Overlapping sets are different answers: no code-by-code merging.
    assert merge([a, b]).agreement is Agreement.UNABLE_TO_AGREE
    assert merge([b, b]).finding == b


@given(answer_lists)
def test_rule_holds_for_any_answers(answers: list[object]) -> None:
    result = merge(answers)
    counts = Counter(answers)
    assert result.answered_by == len(answers)
    assert sum(result.counts.values()) == result.answered_by
    assert dict(result.counts) == dict(counts)
    if not answers:
        assert (result.agreement, result.finding) == (Agreement.NO_ANSWERS, None)
        return
    top = max(counts.values())
    if len(answers) == 1:
        assert (result.agreement, result.finding) == (Agreement.ONE_REVIEW, answers[0])
    elif len(counts) == 1:
        assert (result.agreement, result.finding) == (Agreement.AGREED, answers[0])
    elif 2 * top > len(answers):
        assert result.agreement is Agreement.MAJORITY
        assert counts[result.finding] == top
    else:
        assert result.agreement is Agreement.UNABLE_TO_AGREE and result.finding is None


@given(answer_lists)
def test_agreed_iff_all_equal_and_at_least_two(answers: list[object]) -> None:
    agreed = merge(answers).agreement is Agreement.AGREED
    assert agreed == (len(answers) >= 2 and len(set(answers)) == 1)


@given(answer_lists)
def test_finding_is_the_answer_of_more_than_half(answers: list[object]) -> None:
    result = merge(answers)
    over_half = [a for a, n in Counter(answers).items() if 2 * n > len(answers)]
    assert len(over_half) <= 1
    if over_half:
        assert result.finding == over_half[0]
        assert result.agreement in {Agreement.AGREED, Agreement.MAJORITY, Agreement.ONE_REVIEW}
    else:
        assert result.finding is None
        assert result.agreement in {Agreement.UNABLE_TO_AGREE, Agreement.NO_ANSWERS}


@given(answer_lists)
def test_unable_to_agree_has_no_finding(answers: list[object]) -> None:
    result = merge(answers)
    if result.agreement is Agreement.UNABLE_TO_AGREE:
        assert result.finding is None and len(answers) >= 2


@given(answer_lists)
def test_one_more_member_backing_the_finding_keeps_it(answers: list[object]) -> None:
    result = merge(answers)
    if result.finding is None:
        return
    more = merge([*answers, result.finding])
    assert more.finding == result.finding
    expected = {
        Agreement.ONE_REVIEW: Agreement.AGREED,
        Agreement.AGREED: Agreement.AGREED,
        Agreement.MAJORITY: Agreement.MAJORITY,
    }[result.agreement]
    assert more.agreement is expected


@given(codes, st.integers(min_value=2, max_value=12))
def test_unanimous_panels_of_any_size_agree(answer: str, size: int) -> None:
    result = merge([answer] * size)
    assert (result.agreement, result.finding, result.answered_by) == (Agreement.AGREED, answer, size)


@given(answer_lists, st.randoms(use_true_random=False))
def test_order_of_members_does_not_matter(answers: list[object], rnd: random.Random) -> None:
    shuffled = list(answers)
    rnd.shuffle(shuffled)
    assert merge(answers) == merge(shuffled)
