"""Rounds of the same checklist compared over time: per question and round, the criteria
counts and the share of cases that met the standard; the findings that recur.

Pure: the service reads each round's findings with the findings service (the same merge,
decisions included, that prints the round's own criteria table) and hands them here,
oldest first. Questions are matched across template versions by id, or by the earlier
ids a question names in `continues` (docs/formats.md), followed back version by version.

The rules (docs/decisions.md, "Trends across rounds"):
- Only yes/no questions (`ynp`) have a standard: a case meets it when the panel's
  finding is Yes; it falls short on No or Partly. Not applicable is left out of the
  share; Unclear and a split left unresolved count as not shown to meet it.
- A finding recurs when the question fell short in at least two of the last four
  compared rounds that asked it, the latest among them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from desktop.core.findings import RoundFindings
from desktop.core.template import Question, Template

MET = ("yes",)
SHORT = ("no", "partly")
NOT_COUNTED = ("na",)
RECUR_WINDOW = 4  # the last rounds looked at for a recurring finding
RECUR_AT_LEAST = 2  # of them, how many must fall short


@dataclass(frozen=True)
class ComparedRound:
    """One round in a trend: its findings, the words naming it in the app (its title) and
    the date a report names it by (a published report prints no typed text it has not
    checked, and another round's title is not among the texts it checks)."""

    round_id: int
    label: str
    findings: RoundFindings
    held: str = ""  # YYYY-MM-DD: the meeting, else the due date, else when the round was made


@dataclass(frozen=True)
class Point:
    """One question in one round: the round's own criteria counts and the standard."""

    question_id: str  # the id in that round's template
    counts: Mapping[str, int]
    met: int
    short: int
    assessed: int  # cases with a finding other than Not applicable

    @property
    def share(self) -> float | None:
        """Share of assessed cases that met the standard; None when none was assessed."""
        return self.met / self.assessed if self.assessed else None

    @property
    def percent(self) -> int | None:
        share = self.share
        return None if share is None else round(share * 100)


@dataclass(frozen=True)
class QuestionTrend:
    question: Question  # as the latest round's template has it
    points: tuple[Point | None, ...]  # per round, oldest first; None: not asked then

    @property
    def has_standard(self) -> bool:
        return self.question.kind == "ynp"


@dataclass(frozen=True)
class Recurring:
    question: Question
    short_in: int  # rounds in which it fell short
    of_rounds: int  # the last rounds looked at that asked the question


@dataclass(frozen=True)
class Trend:
    rounds: tuple[ComparedRound, ...]  # oldest first; the last is the round in view
    questions: tuple[QuestionTrend, ...]  # in the latest template's order

    def recurring(self) -> list[Recurring]:
        return [r for q in self.questions if (r := recurring(q)) is not None]


def trend_keys(templates: Sequence[Template]) -> list[dict[str, str]]:
    """Per template (oldest first), its question ids -> the latest template's question id
    they continue. A question no later version carries on is left out."""
    latest = templates[-1]
    keys: list[dict[str, str]] = [{q.id: q.id for q in latest.questions}]
    names = _earlier_names(latest, keys[0])
    for template in reversed(templates[:-1]):
        own = {q.id: names[q.id] for q in template.questions if q.id in names}
        keys.insert(0, own)
        names = _earlier_names(template, own)
    return keys


def _earlier_names(template: Template, own: Mapping[str, str]) -> dict[str, str]:
    """What an earlier version may call each question: its own id, or those it continues."""
    names: dict[str, str] = {}
    for q in template.questions:
        if q.id not in own:
            continue
        for name in q.continues or (q.id,):
            names[name] = own[q.id]
    return names


def point(findings: RoundFindings, question_id: str) -> Point:
    counts = dict(findings.counts(question_id))
    met = sum(counts.get(code, 0) for code in MET)
    short = sum(counts.get(code, 0) for code in SHORT)
    assessed = sum(n for code, n in counts.items() if code not in NOT_COUNTED)
    return Point(question_id, counts, met, short, assessed)


def compare(rounds: Sequence[ComparedRound]) -> Trend:
    """The trend of every counted question of the latest round, over `rounds` (oldest first)."""
    if not rounds:
        raise ValueError("a trend needs at least one round")
    keys = trend_keys([r.findings.template for r in rounds])
    latest = rounds[-1].findings
    trends = []
    for question in latest.merged_questions():
        points = []
        for compared, key in zip(rounds, keys, strict=True):
            earlier_id = next((qid for qid, k in key.items() if k == question.id), None)
            points.append(None if earlier_id is None else point(compared.findings, earlier_id))
        trends.append(QuestionTrend(question, tuple(points)))
    return Trend(tuple(rounds), tuple(trends))


def recurring(trend: QuestionTrend) -> Recurring | None:
    """The recurring rule (module docstring), or None when the finding does not recur."""
    if not trend.has_standard or not trend.points or trend.points[-1] is None:
        return None
    asked = [p for p in trend.points if p is not None][-RECUR_WINDOW:]
    short_in = sum(1 for p in asked if p.short)
    if short_in < RECUR_AT_LEAST or not asked[-1].short:
        return None
    return Recurring(trend.question, short_in, len(asked))


@dataclass(frozen=True)
class Change:
    """A question's standard in the round in view against the round before it."""

    question: Question
    before: Point
    now: Point

    @property
    def direction(self) -> int:
        """1 improved, -1 worse, 0 the same share (or nothing to compare)."""
        if self.before.share is None or self.now.share is None:
            return 0
        return (self.now.share > self.before.share) - (self.now.share < self.before.share)


def since_last(trend: Trend) -> list[Change]:
    """Every question with a standard assessed in both the round in view and the round
    before it: what "Since the last review" is drafted from."""
    if len(trend.rounds) < 2:
        return []
    changes = []
    for q in trend.questions:
        before, now = q.points[-2], q.points[-1]
        if q.has_standard and before is not None and now is not None and before.assessed and now.assessed:
            changes.append(Change(q.question, before, now))
    return changes


__all__ = [
    "MET",
    "SHORT",
    "Change",
    "ComparedRound",
    "Point",
    "QuestionTrend",
    "Recurring",
    "Trend",
    "compare",
    "recurring",
    "since_last",
    "trend_keys",
]
