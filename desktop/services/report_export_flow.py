"""Writing the report, as a plain state machine: what happens after "Write the report…".

    idle --start--> (publication, reviews not all complete) confirming --confirmed(yes)--> saving
                                                                   (no: back to idle)
    idle --start--> saving --saved--> (publication) gathering --gathered--> reviewing
                                 \\--> (internal)  choosing
    reviewing --reviewed(accepted)--> choosing     (not accepted: back to idle)
    choosing --chosen(path)--> writing --written--> written    (no path: back to idle)
    any step in flight --failed(reason)--> failed; --cancelled--> idle

Each transition returns a new `ExportFlow`; nothing here runs anything. The report
page shows the state and does what it asks for (save the background, gather the texts,
open the publication review, ask where to save, write), then forwards what happened
as the next event. So the whole path, refusals and cancellations included, is tested
with plain values (tests/services/test_report_export_flow.py), and a wrong order of
events -- a second click while writing, a result arriving after a cancel -- is refused
here instead of half-handled in a callback.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from desktop.reports.content import ReportOptions
from desktop.services.publication import PublicationReview
from desktop.services.report import ReportWritten
from desktop.services.unfinished_reviews import UnfinishedReview


class Step(StrEnum):
    IDLE = "idle"
    CONFIRMING = "confirming"  # publishing although some reviews used are not marked complete
    SAVING = "saving"  # the background and criteria comments, so the report prints them
    GATHERING = "gathering"  # every text the published report prints, to be read
    REVIEWING = "reviewing"  # the publication review is open
    CHOOSING = "choosing"  # where to save the file
    WRITING = "writing"
    WRITTEN = "written"
    FAILED = "failed"


IN_FLIGHT = frozenset(
    {Step.CONFIRMING, Step.SAVING, Step.GATHERING, Step.REVIEWING, Step.CHOOSING, Step.WRITING}
)


class OutOfOrder(RuntimeError):
    """An event the flow cannot take in its present step (a bug in the caller, not the user)."""


@dataclass(frozen=True)
class ExportFlow:
    step: Step = Step.IDLE
    options: ReportOptions = field(default_factory=ReportOptions)
    fmt: str = "pdf"
    review: PublicationReview | None = None
    path: Path | None = None
    written: ReportWritten | None = None
    reason: Exception | None = None  # why it failed, worded by the page
    unfinished: int = 0  # reviews used not marked complete, as shown when writing began
    which: tuple[UnfinishedReview, ...] = ()  # those reviews, named for the confirmation

    def _expect(self, *steps: Step) -> None:
        if self.step not in steps:
            raise OutOfOrder(f"not while {self.step}")

    @property
    def busy(self) -> bool:
        """A report is on its way: the Write button waits."""
        return self.step in IN_FLIGHT

    def start(
        self, options: ReportOptions, fmt: str, unfinished: int = 0, which: tuple[UnfinishedReview, ...] = ()
    ) -> ExportFlow:
        """`unfinished`: reviews the report uses that their members had not marked
        complete, `which` names them; publishing them needs the coordinator's yes first
        (internal does not), asked with the names so they can decide to wait for someone."""
        if self.busy:
            raise OutOfOrder(f"not while {self.step}")
        unfinished = max(unfinished, len(which))
        asking = options.mode == "publication" and unfinished > 0
        step = Step.CONFIRMING if asking else Step.SAVING
        return ExportFlow(step, options, fmt, unfinished=unfinished, which=which if asking else ())

    def confirmed(self, yes: bool) -> ExportFlow:
        """The coordinator's answer to publishing unfinished reviews; no leaves all as it was."""
        self._expect(Step.CONFIRMING)
        return replace(self, step=Step.SAVING) if yes else ExportFlow()

    def saved(self) -> ExportFlow:
        self._expect(Step.SAVING)
        publishing = self.options.mode == "publication"
        return replace(self, step=Step.GATHERING if publishing else Step.CHOOSING)

    def gathered(self, review: PublicationReview) -> ExportFlow:
        self._expect(Step.GATHERING)
        return replace(self, step=Step.REVIEWING, review=review)

    def reviewed(self, accepted: bool) -> ExportFlow:
        self._expect(Step.REVIEWING)
        return replace(self, step=Step.CHOOSING if accepted else Step.IDLE, review=None)

    def chosen(self, path: Path | None) -> ExportFlow:
        self._expect(Step.CHOOSING)
        if path is None:
            return replace(self, step=Step.IDLE)
        return replace(self, step=Step.WRITING, path=path)

    def done(self, written: ReportWritten) -> ExportFlow:
        self._expect(Step.WRITING)
        return replace(self, step=Step.WRITTEN, written=written)

    def failed(self, reason: Exception) -> ExportFlow:
        self._expect(Step.SAVING, Step.GATHERING, Step.WRITING)
        return replace(self, step=Step.FAILED, reason=reason, review=None)

    def cancelled(self) -> ExportFlow:
        self._expect(Step.GATHERING, Step.WRITING)
        return replace(self, step=Step.IDLE, review=None)
