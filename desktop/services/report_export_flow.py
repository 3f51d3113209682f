"""Writing the report, as a plain state machine: what happens after "Write the report…".

    idle --start--> (texts the report prints untranslated) untranslated --translation_chosen-->
          finish: idle, leading to the Translation page's first missing text
          send: idle, leading to the Translation page's export for translators
          written language only: the report in the language the texts are written in, on as below
          cancel: idle
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
from desktop.services.translations import Translations, Unit
from desktop.services.unfinished_reviews import UnfinishedReview


class Step(StrEnum):
    IDLE = "idle"
    UNTRANSLATED = "untranslated"  # the report would print texts not yet in its language
    CONFIRMING = "confirming"  # publishing although some reviews used are not marked complete
    SAVING = "saving"  # the background and criteria comments, so the report prints them
    GATHERING = "gathering"  # every text the published report prints, to be read
    REVIEWING = "reviewing"  # the publication review is open
    CHOOSING = "choosing"  # where to save the file
    WRITING = "writing"
    WRITTEN = "written"
    FAILED = "failed"


class Untranslated(StrEnum):
    """What the coordinator chooses when the report's language misses some texts."""

    FINISH = "finish"  # translate them now, on the Translation page
    SEND = "send"  # export them for the translators
    WRITTEN_ONLY = "written_only"  # write the report in the language the texts are written in
    CANCEL = "cancel"


IN_FLIGHT = frozenset(
    {
        Step.UNTRANSLATED,
        Step.CONFIRMING,
        Step.SAVING,
        Step.GATHERING,
        Step.REVIEWING,
        Step.CHOOSING,
        Step.WRITING,
    }
)


def untranslated(state: Translations, language: str) -> tuple[Unit, ...]:
    """The texts a report in `language` ("en", "cy" or "both") would print in another
    language than its own, in report order (members' notes never count)."""
    printed = ("en", "cy") if language == "both" else (language,)
    return tuple(u for u in state.units if u.wanted and u.language in printed)


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
    untranslated: int = 0  # texts the report's language(s) would print untranslated
    written_in: str = "en"  # the language the round's texts are written in
    leads_to: str = ""  # after "finish" or "send": "translation" or "export", for the page to open

    def _expect(self, *steps: Step) -> None:
        if self.step not in steps:
            raise OutOfOrder(f"not while {self.step}")

    @property
    def busy(self) -> bool:
        """A report is on its way: the Write button waits."""
        return self.step in IN_FLIGHT

    def start(
        self,
        options: ReportOptions,
        fmt: str,
        unfinished: int = 0,
        which: tuple[UnfinishedReview, ...] = (),
        untranslated: int = 0,
        written_in: str = "en",
    ) -> ExportFlow:
        """`unfinished`: reviews the report uses that their members had not marked
        complete, `which` names them; publishing them needs the coordinator's yes first
        (internal does not), asked with the names so they can decide to wait for someone.
        `untranslated`: texts the report's language(s) lack a version of: a Welsh or
        bilingual report is not written with English in it unless the coordinator says so."""
        if self.busy:
            raise OutOfOrder(f"not while {self.step}")
        unfinished = max(unfinished, len(which))
        flow = ExportFlow(Step.IDLE, options, fmt, unfinished=unfinished, which=which, written_in=written_in)
        if untranslated > 0 and options.language != written_in:
            return replace(flow, step=Step.UNTRANSLATED, untranslated=untranslated)
        return self._on(flow)

    @staticmethod
    def _on(flow: ExportFlow) -> ExportFlow:
        """Past the translation check: ask about unfinished reviews (naming them), or save."""
        asking = flow.options.mode == "publication" and flow.unfinished > 0
        if asking:
            return replace(flow, step=Step.CONFIRMING)
        return replace(flow, step=Step.SAVING, which=())

    def translation_chosen(self, choice: Untranslated) -> ExportFlow:
        """The coordinator's choice about the texts not yet translated."""
        self._expect(Step.UNTRANSLATED)
        if choice is Untranslated.FINISH:
            return ExportFlow(leads_to="translation")
        if choice is Untranslated.SEND:
            return ExportFlow(leads_to="export")
        if choice is Untranslated.WRITTEN_ONLY:
            options = replace(self.options, language=self.written_in, layout="sequential")
            return self._on(replace(self, options=options, untranslated=0))
        return ExportFlow()

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
