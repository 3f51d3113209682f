"""Sending the member's review, as a plain state machine (Electrum's wizard manner).

    checking ──checked──▶ summary ──save_to──▶ saving ──saved──▶ saved
       │                    │                    └──failed──▶ failed
       ├──failed──▶ failed  └──cancel──▶ cancelled
       └──cancel──▶ cancelled

The summary (what is complete, what is not, who can open the file) is shown before
anything is written, so a member who meant to finish more cases first can stop. The
interface shows each state and forwards the member's choices and each step's outcome
as events; the rules live here, tested with plain values and no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path

from desktop.services.review_packages import ReviewExported, ReviewSummary


class Step(Enum):
    CHECKING = "checking"  # reading what would travel
    SUMMARY = "summary"  # shown to the member, who chooses a folder or stops
    SAVING = "saving"  # writing the signed, encrypted package
    SAVED = "saved"
    FAILED = "failed"
    CANCELLED = "cancelled"


FINAL = frozenset({Step.SAVED, Step.FAILED, Step.CANCELLED})


class WrongStep(RuntimeError):
    """An event the flow's current state cannot take."""


@dataclass(frozen=True)
class SendReview:
    """One sending of one round's review; each event returns the next state."""

    round_id: int
    step: Step = Step.CHECKING
    summary: ReviewSummary | None = None
    folder: Path | None = None
    result: ReviewExported | None = None
    problem: Exception | None = None

    @property
    def finished(self) -> bool:
        return self.step in FINAL

    def checked(self, summary: ReviewSummary) -> SendReview:
        self._expect(Step.CHECKING)
        return replace(self, step=Step.SUMMARY, summary=summary)

    def save_to(self, folder: Path) -> SendReview:
        """The member chose where the package goes."""
        self._expect(Step.SUMMARY)
        return replace(self, step=Step.SAVING, folder=folder)

    def saved(self, result: ReviewExported) -> SendReview:
        self._expect(Step.SAVING)
        return replace(self, step=Step.SAVED, result=result)

    def failed(self, problem: Exception) -> SendReview:
        self._expect(Step.CHECKING, Step.SAVING)
        return replace(self, step=Step.FAILED, problem=problem)

    def cancel(self) -> SendReview:
        """The member closed the summary or chose no folder: nothing was written."""
        self._expect(Step.CHECKING, Step.SUMMARY)
        return replace(self, step=Step.CANCELLED)

    def _expect(self, *steps: Step) -> None:
        if self.step not in steps:
            raise WrongStep(f"sending a review that is {self.step.value} cannot take this event")
