"""The words of "Since the last review" and its table, drafted in either language from the
numbers (core/trends.py), so the PDF, the Word report and the app say the same.

The section is drafted, not typed: what improved (the share of cases meeting a standard
went up), what got worse, what fell short and is no better, then the findings that recur.
A report whose round has no earlier round to compare has no such section.
"""

from __future__ import annotations

from desktop.core.trends import ComparedRound, Point, Recurring, Trend, since_last
from desktop.core.words import say
from desktop.core.words.dates import long_date
from desktop.core.words.nouns import counted
from desktop.reports.words import word


def recurring_line(found: Recurring, language: str) -> str:
    """ "HCSO contact within 48 hours — fell short in 2 of the last 2 rounds." """
    return say(
        "trend.recurring",
        language,
        criterion=found.question.criterion_label(language).strip(),
        short=found.short_in,
        rounds=counted(found.of_rounds, "round", language),
    )


def since_lines(trend: Trend, language: str) -> list[str]:
    """One sentence per standard that changed or still falls short, improved first."""
    changes = since_last(trend)
    order = {1: 0, -1: 1, 0: 2}
    lines = []
    for change in sorted(changes, key=lambda c: order[c.direction]):
        now, before = change.now.percent, change.before.percent
        criterion = change.question.criterion_label(language).strip()
        if change.direction == 1:
            key = "since_improved"
        elif change.direction == -1:
            key = "since_worse"
        elif change.now.short:
            key = "since_no_better"
        else:
            continue
        lines.append(word(key, language, criterion=criterion, now=now, before=before))
    if any(c.direction == 0 and not c.now.short for c in changes):
        lines.append(word("since_rest_met", language))
    return lines


def round_name(compared: ComparedRound, language: str) -> str:
    """A round as the report names it: the date it was held ("13 December 2025")."""
    return long_date(compared.held, language) if compared.held else compared.label


def since_intro(trend: Trend, language: str) -> str:
    return word("since_intro", language, earlier=round_name(trend.rounds[-2], language))


def trend_cell(p: Point | None, language: str) -> str:
    if p is None or not p.assessed:
        return "—"
    return word("trend_cell", language, met=p.met, assessed=p.assessed, percent=p.percent)


def trend_table(trend: Trend, language: str) -> tuple[list[str], list[list[str]]]:
    """Head (Standard, then each round's title) and one row per question with a standard."""
    head = [word("trend_standard", language), *(round_name(r, language) for r in trend.rounds)]
    rows = [
        [q.question.criterion_label(language).strip(), *(trend_cell(p, language) for p in q.points)]
        for q in trend.questions
        if q.has_standard and any(p is not None and p.assessed for p in q.points)
    ]
    return head, rows


def charted(trend: Trend) -> list[tuple[str, list[float]]]:
    """(question id, share per round, 0-100) of the standards that fell short in any round."""
    return [
        (q.question.id, [0.0 if p is None or p.share is None else p.share * 100 for p in q.points])
        for q in trend.questions
        if q.has_standard and any(p is not None and p.short for p in q.points)
    ]
