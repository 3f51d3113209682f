"""What the report says about reviews their members had not marked complete.

A finding built on a review still in progress reads, in print, exactly like one built on
finished work; the report therefore says how many of the reviews it uses were complete,
in progress, deferred or not started, for the round (beside the sample) and for each case
whose reviews were not all complete (in its heading line). PDF and DOCX both take these
words from here.
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop.reports.content import PanelReport, ReviewProgress
from desktop.reports.words import word

# The statuses after "complete", in the order the report names them.
UNFINISHED = ("in_progress", "deferred", "not_started")


def total(progress: Iterable[ReviewProgress]) -> ReviewProgress:
    """Several cases' progress added up."""
    parts = list(progress)
    return ReviewProgress(
        complete=sum(p.complete for p in parts),
        in_progress=sum(p.in_progress for p in parts),
        deferred=sum(p.deferred for p in parts),
        not_started=sum(p.not_started for p in parts),
    )


def _counted(key: str, n: int, language: str) -> str:
    """A status with its number, the verb agreeing with it ("1 was", "6 were")."""
    return word(f"{key}.{'one' if n == 1 else 'other'}", language, n=n)


def round_sentence(report: PanelReport, language: str) -> str | None:
    """ "Of the 64 reviews used, 58 were marked complete; 6 were still in progress.", or
    that all were complete; None for a round whose findings use no review yet."""
    progress = total(report.progress.values())
    if progress.used == 0:
        return None
    if progress.unfinished == 0:
        return word("progress_all", language, total=progress.used)
    parts = [_counted("progress_complete", progress.complete, language)]
    parts += [
        _counted(f"progress_{status}", getattr(progress, status), language)
        for status in UNFINISHED
        if getattr(progress, status)
    ]
    some = "progress_some.one" if progress.used == 1 else "progress_some.other"
    return word(some, language, total=progress.used, parts="; ".join(parts))


def case_words(progress: ReviewProgress | None, language: str) -> str:
    """ "2 of 3 reviews complete; 1 in progress" for a case with unfinished reviews; ""
    when every review it uses was complete (the round's sentence says so once)."""
    if progress is None or progress.unfinished == 0:
        return ""
    parts = [word("case_progress", language, complete=progress.complete, total=progress.used)]
    parts += [
        word(f"case_{status}", language, n=getattr(progress, status))
        for status in UNFINISHED
        if getattr(progress, status)
    ]
    return "; ".join(parts)
