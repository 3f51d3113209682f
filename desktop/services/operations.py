"""What a long operation needs from its caller, and what it hands back: no Qt here.

A service that may run for longer than a frame takes a `Progress` reporter and a
`CancelToken`. It reports after each step and calls `cancel.check()` between steps;
`check()` raises `Cancelled` once the caller has asked to stop. Because a service runs
in one unit of work (`Database.session()`), raising inside it rolls the whole
transaction back: a cancelled operation leaves every table as it was.

An operation returns a `Changes` value saying what it changed, so screens refresh only
what concerns them (Anki's `OpChanges`). The UI's operation runner
(`desktop.ui.operations`) runs these functions off the GUI thread; the CLI and tests
call them directly with `NO_PROGRESS` and a fresh `CancelToken`.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field, fields
from typing import Protocol


class Progress(Protocol):
    """Called by the service after each step: `done` of `total` steps, `what` names the step."""

    def __call__(self, done: int, total: int, what: str) -> None: ...


def _ignore_progress(done: int, total: int, what: str) -> None:
    """For callers that show no progress (the CLI, tests, existing services)."""


NO_PROGRESS: Progress = _ignore_progress


class Cancelled(Exception):
    """The caller asked the operation to stop; raised inside its unit of work, so it rolls back."""


class CancelToken:
    """Set from any thread (the GUI's Cancel button); checked by the service between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        """Raise `Cancelled` if cancelling was asked for (call it between steps, never mid-write)."""
        if self._event.is_set():
            raise Cancelled()


@dataclass(frozen=True)
class Changes:
    """What an operation changed, for screens to decide whether to refresh.

    Only what exists today is named. To extend it, add a field with a default that
    means "unchanged" (False, an empty frozenset), set it in the services that change
    that kind of data, and let the screens that show it test it; `merged` and `any`
    need no change for boolean and frozenset fields.
    """

    profile: bool = False  # the display name, language or keys
    rounds: bool = False  # a round was added, removed or renamed, or its cases were
    cases: frozenset[int] = field(default_factory=frozenset)  # ids of cases added or changed
    answers: frozenset[int] = field(default_factory=frozenset)  # ids of cases whose answers changed
    roster: bool = False  # a member was enrolled, confirmed, revoked or reinstated
    assignments: bool = False  # who reviews which case
    packages: bool = False  # review packages were accepted into the inbox
    adjudications: frozenset[int] = field(default_factory=frozenset)  # cases whose panel decisions changed
    case_notes: frozenset[int] = field(default_factory=frozenset)  # cases whose comment or tags changed
    criteria_comments: bool = False  # the comments on the criteria-count table
    background: bool = False  # how the panel met, the sample, the definitions
    observations: bool = False  # observations, or the force's responses to them
    recommendations: bool = False  # recommendations and their updates
    confirmations: bool = False  # texts kept, edited or blanked for publication
    translations: bool = False  # a text's version in the other language, or the round's language
    reports: bool = False  # a report was written
    settings: bool = False  # the coordinator's settings (the briefing's letterhead)

    def any(self) -> bool:
        return self != Changes()

    def affects_findings(self) -> bool:
        """Whether the merged round (`services.findings.round_findings`) may now differ."""
        return bool(self.rounds or self.cases or self.packages or self.adjudications)

    def affects_publication(self) -> bool:
        """Whether a text the published report prints may have changed."""
        return bool(
            self.affects_findings() or self.case_notes or self.criteria_comments or self.background
            or self.observations or self.recommendations or self.confirmations
        )  # fmt: skip

    def merged(self, other: Changes) -> Changes:
        """Both operations' changes (for an operation made of smaller ones)."""
        merged: dict[str, bool | frozenset[int]] = {}
        for f in fields(self):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            merged[f.name] = mine | theirs
        return Changes(**merged)  # type: ignore[arg-type]


NOTHING_CHANGED = Changes()
