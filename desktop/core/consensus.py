"""Merging members' answers into the panel's finding.

The rule (CHECKLIST-hate-crime.md, "How members' answers are merged"): among the
members who answered a question for a case — `na` counts as an answer, a question not
shown to a member does not —
- agreed: every member gave the same answer, and at least two members answered;
- one review: exactly one member answered; their answer is the finding, but one member
  cannot agree with nobody, so it is never reported as "agreed";
- majority: one answer was given by more than half of them;
- unable to agree: no answer reached more than half.

Answers are compared whole: a multi-choice answer is passed as the sorted tuple of its
codes and that set is one category, so ("race",) and ("disability", "race") differ.

Inter-rater agreement across a round lives in `desktop.core.agreement`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum


class Agreement(Enum):
    AGREED = "agreed"
    ONE_REVIEW = "one_review"
    MAJORITY = "majority"
    UNABLE_TO_AGREE = "unable_to_agree"
    NO_ANSWERS = "no_answers"


@dataclass(frozen=True)
class Consensus:
    """The panel finding for one question of one case.

    `finding` is the agreed, one-review or majority answer, or None when unable to
    agree or when nobody answered. `counts` keeps every answer given, for the report.
    """

    agreement: Agreement
    finding: Hashable | None
    counts: Mapping[Hashable, int]
    answered_by: int


def merge(answers: Sequence[Hashable]) -> Consensus:
    """Merge the answers members gave (one per member who answered).

    A multi-choice answer must be given as the sorted tuple of its codes: the whole
    set is one answer.
    """
    counts = Counter(answers)
    total = len(answers)
    if total == 0:
        return Consensus(Agreement.NO_ANSWERS, None, {}, 0)
    top, top_count = counts.most_common(1)[0]
    if total == 1:
        return Consensus(Agreement.ONE_REVIEW, top, dict(counts), total)
    if top_count == total:
        return Consensus(Agreement.AGREED, top, dict(counts), total)
    if 2 * top_count > total:
        return Consensus(Agreement.MAJORITY, top, dict(counts), total)
    return Consensus(Agreement.UNABLE_TO_AGREE, None, dict(counts), total)
