"""Inter-rater agreement per question across a round, for the coordinator's report.

Each question gives one *unit* per case: answer category -> how many members gave it.
Categories are compared whole, as in the merge rule: `na` is a category like any other,
a multi-choice answer is the sorted tuple of its codes (one category per set), and a
question not shown to a member (skip logic) is simply absent from that case's unit.

Three statistics are given, each as a `Statistic` that either has a value or says why
it has none (`Undefined`); the report prints "not defined" and the reason, never a
made-up 1.0:

- Fleiss' kappa — the classic figure for several raters, but only when every case had
  the same number of members;
- Krippendorff's alpha (nominal) — copes with any number of members per case and with
  missing answers; the figure the `low` rule rests on;
- Gwet's AC1 — stays meaningful when nearly every case gets the same answer, where
  kappa and alpha collapse (the "prevalence paradox").

A unit with fewer than two answers holds no pair of answers to compare: it is left out
of kappa, alpha and AC1's observed agreement. Only AC1 uses such units at all — in the
category propensities pi_k, as Gwet defines them and irrCAC computes them.

Arithmetic is exact (fractions) until the final value, so the undefined cases are
found by exact comparison, not by rounding.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from fractions import Fraction
from typing import TypeVar

Units = Sequence[Mapping[Hashable, int]]
# The functions take units of any one hashable category type: `Mapping` is invariant in
# its key, so `list[Counter[str]]` is not a `Units`, but it is a `Sequence[Mapping[C, int]]`.
C = TypeVar("C", bound=Hashable)

# Krippendorff's lowest threshold for drawing tentative conclusions from data.
ALPHA_LOW = 0.667
# AC1 at or above this is at least "substantial" on the usual benchmark scales.
AC1_LOW = 0.6


class Undefined(Enum):
    """Why a statistic has no value."""

    TOO_FEW_CASES = "too_few_cases"  # fewer than 2 cases with at least 2 answers
    ONE_CATEGORY = "one_category"  # every answer in one category: chance agreement is 1, 0/0
    UNEQUAL_RATERS = "unequal_raters"  # Fleiss only: members per case vary


@dataclass(frozen=True)
class Statistic:
    """A value, or the reason there is none: exactly one of the two is None."""

    value: float | None
    undefined: Undefined | None

    def __post_init__(self) -> None:
        if (self.value is None) == (self.undefined is None):
            raise ValueError("a Statistic has either a value or a reason it is undefined")

    @classmethod
    def of(cls, value: Fraction | float) -> Statistic:
        return cls(float(value), None)

    @classmethod
    def missing(cls, why: Undefined) -> Statistic:
        return cls(None, why)


@dataclass(frozen=True)
class QuestionAgreement:
    """Agreement on one question across the cases of a round."""

    kappa: Statistic  # Fleiss
    alpha: Statistic  # Krippendorff, nominal
    ac1: Statistic  # Gwet
    cases: int  # cases with at least 2 answers (the ones compared)
    answers: int  # answers in those cases
    low: bool  # agreement low enough to suggest the question's wording is a problem


def _clean(units: Sequence[Mapping[C, int]]) -> list[dict[C, int]]:
    """The units with zero counts dropped; negative counts are a caller's bug."""
    cleaned = []
    for unit in units:
        if any(count < 0 for count in unit.values()):
            raise ValueError("a unit cannot hold a negative number of answers")
        cleaned.append({category: count for category, count in unit.items() if count > 0})
    return cleaned


def _paired(units: Sequence[Mapping[C, int]]) -> list[dict[C, int]]:
    """The units with at least two answers: the only ones holding pairs to compare."""
    return [unit for unit in _clean(units) if sum(unit.values()) >= 2]


def fleiss_kappa(units: Sequence[Mapping[C, int]]) -> Statistic:
    """Fleiss' kappa over cases, each given as answer category -> number of members.

    Units with fewer than 2 answers carry no pairs and are left out. Of the rest there
    must be at least two (else TOO_FEW_CASES) and all must have the same number of
    answers (else UNEQUAL_RATERS). When every answer falls in one category, chance
    agreement is 1 and kappa is 0/0: ONE_CATEGORY, never 1.0.
    """
    paired = _paired(units)
    if len(paired) < 2:
        return Statistic.missing(Undefined.TOO_FEW_CASES)
    sizes = {sum(unit.values()) for unit in paired}
    if len(sizes) != 1:
        return Statistic.missing(Undefined.UNEQUAL_RATERS)
    n = sizes.pop()
    totals: dict[C, int] = {}
    for unit in paired:
        for category, count in unit.items():
            totals[category] = totals.get(category, 0) + count
    if len(totals) == 1:
        return Statistic.missing(Undefined.ONE_CATEGORY)
    cases = len(paired)
    p_bar = (
        sum(
            (Fraction(sum(c * c for c in unit.values()) - n, n * (n - 1)) for unit in paired),
            Fraction(0),
        )
        / cases
    )
    p_e = sum((Fraction(t, cases * n) ** 2 for t in totals.values()), Fraction(0))
    return Statistic.of((p_bar - p_e) / (1 - p_e))


def krippendorff_alpha(units: Sequence[Mapping[C, int]]) -> Statistic:
    """Krippendorff's alpha for nominal data; cases may have any number of answers.

    Units with fewer than 2 answers carry no pairs and are left out (they are not
    "pairable values" in Krippendorff's terms). Fewer than two remaining units:
    TOO_FEW_CASES. When all pairable answers fall in one category the expected
    disagreement is 0 and alpha is 0/0: ONE_CATEGORY, never 1.0.

    alpha = 1 - (n - 1) * sum_u (m_u^2 - sum_c n_uc^2) / (m_u - 1) / (n^2 - sum_c n_c^2)
    with m_u the answers in unit u, n_uc those in category c, n_c = sum_u n_uc and
    n = sum_u m_u.
    """
    paired = _paired(units)
    if len(paired) < 2:
        return Statistic.missing(Undefined.TOO_FEW_CASES)
    totals: dict[C, int] = {}
    observed = Fraction(0)
    for unit in paired:
        m = sum(unit.values())
        observed += Fraction(m * m - sum(c * c for c in unit.values()), m - 1)
        for category, count in unit.items():
            totals[category] = totals.get(category, 0) + count
    n = sum(totals.values())
    expected = n * n - sum(t * t for t in totals.values())
    if expected == 0:
        return Statistic.missing(Undefined.ONE_CATEGORY)
    return Statistic.of(1 - (n - 1) * observed / expected)


def gwet_ac1(units: Sequence[Mapping[C, int]], categories: Sequence[C] | None = None) -> Statistic:
    """Gwet's AC1 for several members, any number per case (as irrCAC's `CAC.gwet()`).

    - Observed agreement pa is the mean, over units with at least 2 answers, of
      sum_k r_ik (r_ik - 1) / (r_i (r_i - 1)); units with fewer than 2 answers carry
      no pairs and are left out of it. Fewer than two such units: TOO_FEW_CASES.
    - The propensity pi_k of category k is the mean of r_ik / r_i over every unit with
      at least one answer, single-answer units included (Gwet's definition and
      irrCAC's; empty units are dropped).
    - q is the number of categories: `categories` when given (the answers the question
      offers, used or not; an answer outside them raises ValueError), else those any
      member used. Chance agreement pe = sum_k pi_k (1 - pi_k) / (q - 1) and
      AC1 = (pa - pe) / (1 - pe).
    - With q = 1 pe is 0/0: ONE_CATEGORY. (irrCAC substitutes pe = 1 - 1e-15 there
      and prints an artefact of about 1.0; we report no value.) With q >= 2 pe < 1, so
      AC1 is always defined; if every answer is the same category of several offered,
      pe = 0 and AC1 = pa = 1.0, as irrCAC gives.
    """
    rated = [unit for unit in _clean(units) if unit]
    if categories is None:
        used: set[C] = set()
        for unit in rated:
            used.update(unit)
        q = len(used)
    else:
        offered = set(categories)
        q = len(offered)
        for unit in rated:
            stray = set(unit) - offered
            if stray:
                raise ValueError(f"answers outside the categories given: {sorted(map(repr, stray))}")
    paired = [unit for unit in rated if sum(unit.values()) >= 2]
    if len(paired) < 2:
        return Statistic.missing(Undefined.TOO_FEW_CASES)
    if q < 2:
        return Statistic.missing(Undefined.ONE_CATEGORY)
    pa = Fraction(0)
    for unit in paired:
        r = sum(unit.values())
        pa += Fraction(sum(c * (c - 1) for c in unit.values()), r * (r - 1))
    pa /= len(paired)
    pi: dict[C, Fraction] = {}
    for unit in rated:
        r = sum(unit.values())
        for category, count in unit.items():
            pi[category] = pi.get(category, Fraction(0)) + Fraction(count, r)
    pe = sum((p / len(rated) * (1 - p / len(rated)) for p in pi.values()), Fraction(0)) / (q - 1)
    return Statistic.of((pa - pe) / (1 - pe))


def question_agreement(
    units: Sequence[Mapping[C, int]], categories: Sequence[C] | None = None
) -> QuestionAgreement:
    """Kappa, alpha and AC1 for one question, with the cases and answers compared.

    `categories` (the answers the question offers) only affects AC1; see `gwet_ac1`.

    `low` is true when alpha is defined and below ALPHA_LOW (0.667, Krippendorff's
    lowest threshold for tentative conclusions) *and* AC1 is below AC1_LOW (0.6). The
    second condition keeps a question off the list when members agree on nearly every
    case and alpha is low only because nearly every answer is the same. When alpha is
    undefined `low` is false: too few cases to judge, or every compared answer was the
    same (AC1 is then 1.0 or undefined, never low).
    """
    paired = _paired(units)
    alpha = krippendorff_alpha(units)
    ac1 = gwet_ac1(units, categories)
    low = (
        alpha.value is not None and alpha.value < ALPHA_LOW and ac1.value is not None and ac1.value < AC1_LOW
    )
    return QuestionAgreement(
        kappa=fleiss_kappa(units),
        alpha=alpha,
        ac1=ac1,
        cases=len(paired),
        answers=sum(sum(unit.values()) for unit in paired),
        low=low,
    )
