"""Merging members' answers into the panel's finding, and inter-rater agreement.

The rule (CHECKLIST-hate-crime.md, "How members' answers are merged"): among the
members who answered a question for a case — `na` counts as an answer, a question not
shown to a member does not —
- agreed: every member gave the same answer;
- majority: one answer was given by more than half of them;
- unable to agree: no answer reached more than half.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum


class Agreement(Enum):
    AGREED = "agreed"
    MAJORITY = "majority"
    UNABLE_TO_AGREE = "unable_to_agree"
    NO_ANSWERS = "no_answers"


@dataclass(frozen=True)
class Consensus:
    """The panel finding for one question of one case.

    `finding` is the agreed or majority answer, or None when unable to agree or
    when nobody answered. `counts` keeps every answer given, for the report.
    """

    agreement: Agreement
    finding: Hashable | None
    counts: Mapping[Hashable, int]
    answered_by: int


def merge(answers: Sequence[Hashable]) -> Consensus:
    """Merge the answers members gave (one per member who answered)."""
    counts = Counter(answers)
    total = len(answers)
    if total == 0:
        return Consensus(Agreement.NO_ANSWERS, None, {}, 0)
    top, top_count = counts.most_common(1)[0]
    if top_count == total:
        return Consensus(Agreement.AGREED, top, dict(counts), total)
    if 2 * top_count > total:
        return Consensus(Agreement.MAJORITY, top, dict(counts), total)
    return Consensus(Agreement.UNABLE_TO_AGREE, None, dict(counts), total)


def fleiss_kappa(ratings: Sequence[Mapping[Hashable, int]]) -> float | None:
    """Fleiss' kappa over subjects, each given as category -> number of raters.

    Every subject must have the same number of raters, at least two; otherwise, or
    with fewer than two subjects, kappa is undefined and None is returned. When all
    raters used one category throughout, chance agreement is 1 and kappa is reported
    as 1.0 (perfect, if uninformative, agreement).
    """
    if len(ratings) < 2:
        return None
    raters = {sum(r.values()) for r in ratings}
    if len(raters) != 1:
        return None
    n = raters.pop()
    if n < 2:
        return None
    subjects = len(ratings)
    totals: Counter[Hashable] = Counter()
    observed = 0.0
    for row in ratings:
        totals.update(row)
        observed += (sum(c * c for c in row.values()) - n) / (n * (n - 1))
    p_bar = observed / subjects
    p_e = sum((t / (subjects * n)) ** 2 for t in totals.values())
    if p_e >= 1.0:
        return 1.0
    return (p_bar - p_e) / (1 - p_e)
