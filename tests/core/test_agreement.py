"""Kappa, alpha and AC1 checked against independent implementations on the same ratings.

Each example is written as the answers members gave (one row per case, one column per
member, None where a member gave no answer: not assigned, not answered, or the question
not shown). From that one table we build both the units our code takes (category ->
count per case) and the raters x units matrix the reference packages take (NaN for a
missing answer, categories mapped to numbers).
"""

from __future__ import annotations

import math
import warnings
from collections import Counter
from collections.abc import Hashable, Sequence

import krippendorff
import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from irrCAC.raw import CAC
from statsmodels.stats.inter_rater import aggregate_raters
from statsmodels.stats.inter_rater import fleiss_kappa as sm_fleiss_kappa

from desktop.core.agreement import (
    QuestionAgreement,
    Statistic,
    Undefined,
    fleiss_kappa,
    gwet_ac1,
    krippendorff_alpha,
    question_agreement,
)
from desktop.core.answers import Answer, is_shown
from desktop.services.templates import load_bundled_template

Table = Sequence[Sequence[Hashable | None]]  # cases x members, None = no answer

TOLERANCE = 1e-9
YNP = ["yes", "no", "partly", "unclear", "na"]


def units_of(table: Table) -> list[Counter[Hashable]]:
    return [Counter(a for a in row if a is not None) for row in table]


def numbering(table: Table, categories: Sequence[Hashable] | None = None) -> dict[Hashable, int]:
    used = {a for row in table for a in row if a is not None}
    return {c: i + 1 for i, c in enumerate(sorted(used | set(categories or ()), key=repr))}


def matrix(table: Table, codes: dict[Hashable, int]) -> np.ndarray:
    """Raters x units, NaN where a member gave no answer."""
    width = max(len(row) for row in table)
    return np.array(
        [
            [np.nan if i >= len(row) or row[i] is None else codes[row[i]] for i in range(width)]
            for row in table
        ],
        dtype=float,
    ).T


def reference_kappa(table: Table) -> float:
    """statsmodels; only for tables where every compared case has the same members."""
    rows = [[a for a in row if a is not None] for row in table]
    rows = [row for row in rows if len(row) >= 2]
    codes = numbering(rows)
    data = np.array([[codes[a] for a in row] for row in rows])  # subjects x raters
    counts, _ = aggregate_raters(data)
    with np.errstate(invalid="ignore"):  # 0/0 when every answer is one category
        return float(sm_fleiss_kappa(counts, method="fleiss"))


def reference_alpha(table: Table) -> float:
    return float(
        krippendorff.alpha(reliability_data=matrix(table, numbering(table)), level_of_measurement="nominal")
    )


def reference_ac1(table: Table, categories: Sequence[Hashable] | None = None) -> float:
    codes = numbering(table, categories)
    frame = pd.DataFrame(matrix(table, codes).T)  # raters as columns
    wanted = None if categories is None else sorted(float(codes[c]) for c in categories)
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        result = CAC(frame, categories=wanted, digits=15).gwet()
    return float(result["est"]["coefficient_value"])


def value(statistic: Statistic) -> float:
    assert statistic.undefined is None and statistic.value is not None, statistic
    return statistic.value


def check_alpha_and_ac1(table: Table, categories: Sequence[Hashable] | None = None) -> QuestionAgreement:
    result = question_agreement(units_of(table), categories)
    assert value(result.alpha) == pytest.approx(reference_alpha(table), abs=TOLERANCE)
    assert value(result.ac1) == pytest.approx(reference_ac1(table, categories), abs=TOLERANCE)
    return result


# --- equal numbers of members ---------------------------------------------------------

EQUAL = [
    ["yes", "yes", "yes"],
    ["yes", "no", "yes"],
    ["no", "no", "no"],
    ["partly", "yes", "partly"],
    ["na", "na", "na"],
    ["unclear", "no", "yes"],
    ["yes", "yes", "no"],
]


def test_equal_members_all_three_match_the_references() -> None:
    result = check_alpha_and_ac1(EQUAL)
    assert value(result.kappa) == pytest.approx(reference_kappa(EQUAL), abs=TOLERANCE)
    assert (result.cases, result.answers) == (7, 21)
    # Members used all five offered answers: naming them changes nothing.
    assert check_alpha_and_ac1(EQUAL, YNP) == result


def test_fleiss_kappa_known_value() -> None:
    # Fleiss (1971) worked example: 10 subjects, 14 raters, 5 categories.
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
    units = [{c: n for c, n in enumerate(row) if n} for row in table]
    assert value(fleiss_kappa(units)) == pytest.approx(0.20993, abs=1e-5)
    assert value(fleiss_kappa(units)) == pytest.approx(sm_fleiss_kappa(np.array(table)), abs=TOLERANCE)


def test_krippendorff_known_value() -> None:
    # Krippendorff's own example (the `krippendorff` package's doctest): 0.691358.
    nan = None
    raters = [
        [nan, nan, nan, nan, nan, 3, 4, 1, 2, 1, 1, 3, 3, nan, 3],
        [1, nan, 2, 1, 3, 3, 4, 3, nan, nan, nan, nan, nan, nan, nan],
        [nan, nan, 2, 1, 3, 4, 4, nan, 2, 1, 1, 3, 3, nan, 4],
    ]
    table = [list(case) for case in zip(*raters, strict=True)]
    assert value(krippendorff_alpha(units_of(table))) == pytest.approx(0.691358, abs=1e-6)
    check_alpha_and_ac1(table)


def test_gwet_known_value() -> None:
    # irrCAC's doctest: 4 raters, 12 units with missing ratings, AC1 0.77544.
    n = None
    table: Table = [[1, 1, n, 1], [2, 2, 3, 2], [3, 3, 3, 3], [3, 3, 3, 3], [2, 2, 2, 2], [1, 2, 3, 4],
             [4, 4, 4, 4], [1, 1, 2, 1], [2, 2, 2, 2], [n, 5, 5, 5], [n, n, 1, 1], [n, n, 3, n]]  # fmt: skip
    assert value(gwet_ac1(units_of(table))) == pytest.approx(0.77544, abs=1e-5)
    check_alpha_and_ac1(table)


# --- varying members and missing answers ----------------------------------------------

VARYING = [
    ["yes", "yes", "no"],
    ["no", "no"],
    ["yes", "yes", "yes", "partly"],
    ["partly", "no", "partly"],
    ["yes", "no"],
    ["no", "no", "no", "no"],
]


def test_varying_members_per_case() -> None:
    result = check_alpha_and_ac1(VARYING)
    assert result.kappa == Statistic(None, Undefined.UNEQUAL_RATERS)
    assert (result.cases, result.answers) == (6, 18)


def test_missing_answers() -> None:
    # Members A-D; some cases a member did not answer, one case has a single answer
    # (left out of alpha and of AC1's observed agreement, but in AC1's pi_k) and one
    # none at all.
    table: Table = [
        ["yes", None, "yes", "no"],
        [None, "no", "no", None],
        ["yes", "yes", None, "yes"],
        [None, None, "partly", None],
        [None, None, None, None],
        ["no", "partly", "no", "no"],
        ["yes", "yes", "yes", "yes"],
    ]
    result = check_alpha_and_ac1(table)
    assert (result.cases, result.answers) == (5, 16)
    assert result.kappa.undefined is Undefined.UNEQUAL_RATERS
    # Dropping the single answer changes AC1 (it counts in pi_k) but not alpha.
    without = [row for row in table if sum(a is not None for a in row) != 1]
    assert value(krippendorff_alpha(units_of(without))) == pytest.approx(value(result.alpha))
    assert value(gwet_ac1(units_of(without))) != pytest.approx(value(result.ac1))
    check_alpha_and_ac1(without)


def test_equal_members_after_missing_answers_is_fleiss() -> None:
    # Only the compared cases must have equal members: a single answer is left out.
    table = [["yes", "yes", None], ["no", "yes", None], ["no", "no", None], [None, "yes", None]]
    assert value(fleiss_kappa(units_of(table))) == pytest.approx(reference_kappa(table), abs=TOLERANCE)


def test_na_is_an_ordinary_category() -> None:
    table = [["na", "na", "no"], ["na", "yes", "yes"], ["na", "na", "na"], ["no", "no", "na"]]
    result = check_alpha_and_ac1(table, YNP)
    assert value(result.kappa) == pytest.approx(reference_kappa(table), abs=TOLERANCE)
    # Three of five offered answers used: the unused two lower AC1's chance agreement.
    assert value(result.ac1) > value(check_alpha_and_ac1(table).ac1)
    # Not the same as treating `na` as missing.
    dropped = [[None if a == "na" else a for a in row] for row in table]
    assert krippendorff_alpha(units_of(dropped)) != result.alpha


def test_multi_choice_answers_are_whole_sets() -> None:
    race: tuple[str, ...] = ("race",)
    both: tuple[str, ...] = ("disability", "race")
    religion: tuple[str, ...] = ("religion",)
    table = [[race, race, both], [both, both, both], [religion, race, religion], [race, race, race]]
    result = check_alpha_and_ac1(table)
    assert value(result.kappa) == pytest.approx(reference_kappa(table), abs=TOLERANCE)
    # race and (disability, race) disagree outright: no credit for the overlap.
    assert value(krippendorff_alpha([{race: 1, both: 1}, {race: 2}])) < 1


def test_skip_logic_leaves_an_unshown_question_out() -> None:
    template = load_bundled_template("hate-crime")
    parent = template.question("risk_assessment_evidenced")
    child = template.question("risk_level")
    members: list[
        list[tuple[str, str | None]]
    ] = [  # per case, each member's (parent answer, risk level answer)
        [("yes", "low"), ("partly", "low"), ("no", "low")],  # the third never saw risk_level (a stale answer)
        [("yes", "high"), ("yes", "medium"), ("yes", "high")],
        [("no", None), ("yes", "medium"), ("partly", "medium")],
        [("yes", "not_recorded"), ("no", "high"), ("yes", "not_recorded")],
    ]
    table: list[list[str | None]] = []
    for case in members:
        row: list[str | None] = []
        for parent_code, level in case:
            answers = {parent.id: Answer(parent_code), child.id: Answer(level)}
            row.append(level if is_shown(template, child, answers) else None)
        table.append(row)
    assert table[0] == ["low", "low", None] and table[3] == ["not_recorded", None, "not_recorded"]
    result = check_alpha_and_ac1(table, [c.code for c in child.choices])
    assert result.kappa.undefined is Undefined.UNEQUAL_RATERS


# --- prevalence, one category, too few cases -------------------------------------------


def test_nearly_all_one_answer_ac1_stays_high() -> None:
    table = [["no", "no", "no"]] * 19 + [["no", "no", "yes"]]
    result = check_alpha_and_ac1(table, YNP)
    assert value(result.kappa) == pytest.approx(reference_kappa(table), abs=TOLERANCE)
    assert value(result.kappa) < 0 and value(result.alpha) < 0.1  # the paradox
    assert value(result.ac1) > 0.95
    assert not result.low  # members agree on 19 cases of 20: not a wording problem


def test_all_one_category_is_never_one() -> None:
    table = [["yes", "yes", "yes"], ["yes", "yes", "yes"], ["yes", "yes", "yes"]]
    units = units_of(table)
    assert fleiss_kappa(units) == Statistic(None, Undefined.ONE_CATEGORY)
    assert krippendorff_alpha(units) == Statistic(None, Undefined.ONE_CATEGORY)
    # Without the offered answers there is one category, q - 1 = 0: undefined too
    # (irrCAC papers over the 0/0 with pe = 1 - 1e-15).
    assert gwet_ac1(units) == Statistic(None, Undefined.ONE_CATEGORY)
    # With them, chance agreement is 0 and AC1 is the observed agreement, as in irrCAC.
    assert value(gwet_ac1(units, YNP)) == pytest.approx(reference_ac1(table, YNP), abs=TOLERANCE) == 1.0
    result = question_agreement(units, YNP)
    assert result.alpha.undefined is Undefined.ONE_CATEGORY and not result.low
    # The reference packages have no value either.
    assert math.isnan(reference_kappa(table))
    with pytest.raises(ValueError):
        reference_alpha(table)


def test_one_category_among_compared_cases_with_a_stray_single_answer() -> None:
    table = [["yes", "yes", None], ["yes", "yes", None], [None, "no", None]]
    units = units_of(table)
    assert krippendorff_alpha(units).undefined is Undefined.ONE_CATEGORY
    assert fleiss_kappa(units).undefined is Undefined.ONE_CATEGORY
    # AC1 sees the single "no" in pi_k: q = 2, pa = 1, so AC1 = 1 (as irrCAC).
    assert value(gwet_ac1(units)) == pytest.approx(reference_ac1(table), abs=TOLERANCE) == 1.0


@pytest.mark.parametrize(
    "table",
    [
        [],
        [["yes", "no", "yes"]],
        [["yes", "no", "yes"], ["no", None, None], [None, None, None]],
        [["yes"], ["no"], ["partly"]],
    ],
)
def test_fewer_than_two_usable_cases(table: Table) -> None:
    result = question_agreement(units_of(table), YNP)
    too_few = Statistic(None, Undefined.TOO_FEW_CASES)
    assert (result.kappa, result.alpha, result.ac1) == (too_few, too_few, too_few)
    assert not result.low


def test_low_flags_real_disagreement_only() -> None:
    table = [["yes", "no", "partly"], ["no", "yes", "no"], ["partly", "partly", "yes"], ["yes", "no", "no"]]
    result = check_alpha_and_ac1(table, YNP)
    assert value(result.alpha) < 0.667 and value(result.ac1) < 0.6 and result.low
    assert value(check_alpha_and_ac1(EQUAL, YNP).alpha) < 0.667 and check_alpha_and_ac1(EQUAL, YNP).low
    good = [["yes", "yes", "yes"], ["no", "no", "no"], ["partly", "partly", "yes"], ["na", "na", "na"]]
    assert not check_alpha_and_ac1(good, YNP).low


def test_statistic_has_exactly_one_of_value_and_reason() -> None:
    with pytest.raises(ValueError):
        Statistic(None, None)
    with pytest.raises(ValueError):
        Statistic(0.5, Undefined.ONE_CATEGORY)


def test_bad_input_is_refused() -> None:
    with pytest.raises(ValueError):
        gwet_ac1([{"yes": 2}, {"maybe": 2}], ["yes", "no"])
    with pytest.raises(ValueError):
        krippendorff_alpha([{"yes": -1}, {"no": 2}])
    # Zero counts are no answers at all.
    assert krippendorff_alpha([{"yes": 2, "no": 0}, {"no": 2}]) == krippendorff_alpha([{"yes": 2}, {"no": 2}])


# --- random tables ---------------------------------------------------------------------

answers = st.sampled_from(["yes", "no", "partly", "na"]) | st.none()
tables = st.integers(min_value=2, max_value=5).flatmap(
    lambda members: st.lists(st.lists(answers, min_size=members, max_size=members), min_size=2, max_size=12)
)


@settings(max_examples=60, deadline=None)
@given(tables, st.booleans())
def test_random_tables_match_the_references(table: list[list[str | None]], offered: bool) -> None:
    categories = YNP if offered else None
    units = units_of(table)
    alpha = krippendorff_alpha(units)
    ac1 = gwet_ac1(units, categories)
    paired = sum(1 for u in units if sum(u.values()) >= 2)
    if paired < 2:
        assert alpha.undefined is ac1.undefined is Undefined.TOO_FEW_CASES
        return
    if alpha.undefined is None:
        assert value(alpha) == pytest.approx(reference_alpha(table), abs=TOLERANCE)
    else:
        assert alpha.undefined is Undefined.ONE_CATEGORY
    if ac1.undefined is None:
        assert value(ac1) == pytest.approx(reference_ac1(table, categories), abs=TOLERANCE)
    else:
        assert ac1.undefined is Undefined.ONE_CATEGORY and not offered
    kappa = fleiss_kappa(units)
    if kappa.undefined is None:
        assert value(kappa) == pytest.approx(reference_kappa(table), abs=TOLERANCE)
        assert value(kappa) <= 1 + TOLERANCE
