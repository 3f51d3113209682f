"""Everything a panel report says, gathered once and rendered as PDF, DOCX or CSV.

The services fill a `PanelReport` from the database; the renderers only lay it out, so
the three formats can never disagree about a finding.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from desktop.core.findings import RoundFindings
from desktop.core.trends import Trend
from desktop.core.words import say

LANGUAGES = ("en", "cy", "both")  # "both": Welsh first, then English, section by section
MODES = ("internal", "publication")  # publication: members are "Member A, B…", text checked
# How "both" lays its languages out: the whole Welsh part then the whole English part, or
# Welsh left and English right, paragraph by paragraph (`side_by_side_pdf`, `_docx`).
LAYOUTS = ("sequential", "side_by_side")


@dataclass(frozen=True)
class Background:
    meeting_date: str | None = None  # YYYY-MM-DD
    meeting_form: str = ""  # in_person | virtual | written
    attendees: tuple[str, ...] = ()
    quorate: bool | None = None
    sample_period: str = ""
    sample_method: str = ""
    definitions: str = ""
    # The summary of themes as the coordinator wrote it ("" prints the draft), and the
    # draft it began from (to say what the draft has gained or lost since).
    summary: str = ""
    summary_drafted_from: str = ""


@dataclass(frozen=True)
class CaseNotes:
    """What the coordinator wrote on a case: the panel's comment and its tags."""

    comment: str = ""
    good_practice: tuple[str, ...] = ()
    learning: tuple[str, ...] = ()
    drafted_from: str = ""  # the draft the comment began from ("" if it did not)


@dataclass(frozen=True)
class ReviewProgress:
    """How far the members whose reviews a case's findings use had got with it, by the
    status each marked in the package used (`core.case_codes.CaseStatus`)."""

    complete: int = 0
    in_progress: int = 0
    deferred: int = 0
    not_started: int = 0

    @property
    def used(self) -> int:
        return self.complete + self.in_progress + self.deferred + self.not_started

    @property
    def unfinished(self) -> int:
        """Reviews used that their member had not marked complete."""
        return self.used - self.complete


@dataclass(frozen=True)
class ObservationItem:
    number: int
    text: str
    cases: tuple[str, ...]  # case references
    response: str = ""
    response_date: str | None = None


@dataclass(frozen=True)
class RecommendationUpdateItem:
    dated: str
    text: str
    assessment: str
    status: str


@dataclass(frozen=True)
class RecommendationItem:
    number: int
    text: str
    theme: str
    origin: str  # the title of the round it came from, or ""
    owner: str
    due_date: str | None
    status: str  # open | ongoing | discharged | escalated | merged
    merged_into: int | None = None
    updates: tuple[RecommendationUpdateItem, ...] = ()


@dataclass(frozen=True)
class TextVersions:
    """The typed texts of a report in the other language (`reports.languages`).

    `written_in` is the language the round's texts are written in; `languages` names the
    texts written in another one (a member's note in Welsh), by place key; `texts` holds,
    by place key and language, each version that still translates the text as it is now."""

    written_in: str = "en"
    languages: Mapping[str, str] = field(default_factory=dict)  # place key -> language
    texts: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # key -> language -> text

    def language_of(self, key: str) -> str:
        """The language the text at `key` was written in."""
        return self.languages.get(key, self.written_in)


@dataclass(frozen=True)
class PanelReport:
    round_uid: str
    round_title: str
    panel: str
    force: str
    findings: RoundFindings
    background: Background = Background()
    notes: Mapping[int, CaseNotes] = field(default_factory=dict)  # case id -> notes
    observations: tuple[ObservationItem, ...] = ()
    recommendations: tuple[RecommendationItem, ...] = ()
    criteria_comments: Mapping[str, str] = field(default_factory=dict)  # question id -> comment
    progress: Mapping[int, ReviewProgress] = field(default_factory=dict)  # case id -> reviews' statuses
    generated_on: str = ""  # YYYY-MM-DD
    # Publication: when the coordinator finished confirming every text ("YYYY-MM-DD HH:MM",
    # UTC) and the fingerprint of the key that did, never a name.
    confirmed_on: str = ""
    confirmed_key: str = ""
    versions: TextVersions = TextVersions()
    # Texts printed in a language other than the part of the report they stand in (an
    # English note in the Welsh half, a text not yet translated), text -> language, so each
    # renderer can tag that run with its own language. Filled by `reports.languages`.
    text_languages: Mapping[str, str] = field(default_factory=dict)
    # Case id -> its documents' titles in order, which members' citations name by number;
    # printed only in the internal report's evidence (`reports.evidence`).
    document_titles: Mapping[int, tuple[str, ...]] = field(default_factory=dict)
    # The round compared with the panel's earlier rounds of the checklist, oldest first
    # (core/trends.py); None or one round: the report has no "Since the last review".
    trend: Trend | None = None


@dataclass(frozen=True)
class ReportOptions:
    language: str = "en"
    mode: str = "internal"
    # The criteria-count table lists answers no case had too (rows of 0) when True.
    every_answer: bool = False
    layout: str = "sequential"  # used only with language "both"; the CSV ignores it

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES or self.mode not in MODES or self.layout not in LAYOUTS:
            raise ValueError(f"unknown report option {self.language!r} / {self.mode!r} / {self.layout!r}")

    @property
    def side_by_side(self) -> bool:
        """Welsh and English printed in two columns, paragraph beside paragraph."""
        return self.language == "both" and self.layout == "side_by_side"

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages each part is written in, in order (Welsh first when both)."""
        return ("cy", "en") if self.language == "both" else (self.language,)


def member_label(report: PanelReport, letter: str, options: ReportOptions, language: str) -> str:
    """ "Member A" in a published report; the member's name in an internal one."""
    if options.mode == "internal":
        for reviewer in report.findings.reviewers:
            if reviewer.letter == letter:
                return reviewer.name
    return say("report.member_letter", language, letter=letter)


def case_label(report: PanelReport, reference: str, options: ReportOptions, language: str) -> str:
    """The case's reference internally; "Case 3" in a published report, which must not
    carry the force's own case numbers."""
    if options.mode == "internal":
        return reference
    for n, case in enumerate(report.findings.cases, start=1):
        if case.case.reference == reference:
            return say("report.case_plain", language, n=n)
    return reference
