"""What the commissioner's briefing says, drafted in either language from published rounds.

Seed 004 is the model: a commissioner answering an inspection cites "a recent review by
my independent panel", the inconsistencies it found, the good practice it saw, and that
the force accepted the panel's observations. The briefing drafts exactly that for the
OPCC to edit and sign: what the panel reviewed, the areas of concern with their counts,
the good practice, what changed since the last review, and the recommendations with
where each stands. It is drafted only from reports confirmed for publication (the
service refuses otherwise), so it names no case, member or typed text that the
publication review did not pass; the letterhead and recipient are the office's own.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.recommendation_status import status_label
from desktop.core.words import say
from desktop.core.words.dates import long_date
from desktop.core.words.nouns import counted, joined
from desktop.reports.content import PanelReport, RecommendationItem, ReportOptions
from desktop.reports.themes import draft_themes
from desktop.reports.trend_rows import recurring_line, since_intro, since_lines
from desktop.reports.words import word

PUBLISHED = ReportOptions(mode="publication")


@dataclass(frozen=True)
class Letterhead:
    """What the coordinator sets once (services/briefing_settings.py), in each language:
    the office's name and address, who signs and their title, and the Welsh Language
    statement printed at the foot of every page."""

    office_en: str = ""
    office_cy: str = ""
    signatory: str = ""
    role_en: str = ""
    role_cy: str = ""
    statement_en: str = ""
    statement_cy: str = ""

    def office(self, language: str) -> str:
        return self.office_cy if language == "cy" else self.office_en

    def role(self, language: str) -> str:
        return self.role_cy if language == "cy" else self.role_en

    def statement(self, language: str) -> str:
        typed = self.statement_cy if language == "cy" else self.statement_en
        return typed.strip() or say("briefing.statement_default", language)


@dataclass(frozen=True)
class BriefedRound:
    """One round the briefing draws on: its published report and the date it was held."""

    report: PanelReport
    held: str  # YYYY-MM-DD: the meeting, else the due date, else when the round was made


@dataclass(frozen=True)
class Briefing:
    letterhead: Letterhead
    rounds: tuple[BriefedRound, ...]  # oldest first; the last is the latest review
    dated: str  # YYYY-MM-DD
    recipient: str = ""

    @property
    def latest(self) -> PanelReport:
        return self.rounds[-1].report


def subject(briefing: Briefing, language: str) -> str:
    titles = [b.report.round_title for b in briefing.rounds]
    return say("briefing.subject", language, titles=joined(titles, language, mutate=False))


def reviewed_lines(briefing: Briefing, language: str) -> list[str]:
    """One sentence per round: when, how many case files, which round."""
    return [
        say(
            "briefing.reviewed", language, date=long_date(b.held, language),
            case_files=counted(len(b.report.findings.cases), "case_file", language),
            title=b.report.round_title,
        )
        for b in briefing.rounds
    ]  # fmt: skip


def review_heading(briefed: BriefedRound, language: str) -> str:
    return say("briefing.review_of", language, date=long_date(briefed.held, language))


def concern_lines(report: PanelReport, language: str) -> list[str]:
    """The findings that fell short in more than one case, most cases first, counted."""
    total = len(report.findings.cases)
    lines = [
        say(
            "briefing.concern",
            language,
            text=t.text.rstrip().removesuffix("."),
            count=len(t.cases),
            total=total,
        )
        for t in draft_themes(report, PUBLISHED, language).issues
    ]
    return lines or [say("briefing.no_concerns", language)]


def good_practice_lines(report: PanelReport, language: str) -> list[str]:
    practice = draft_themes(report, PUBLISHED, language).good_practice
    return [t.text for t in practice] or [say("briefing.no_good_practice", language)]


def since_paragraphs(report: PanelReport, language: str) -> tuple[str, list[str], list[str]]:
    """ "Since the last review": its opening sentence, what changed, what recurs; ("", [], [])
    when the latest round has no earlier round of its checklist to compare."""
    trend = report.trend
    if trend is None or len(trend.rounds) < 2:
        return "", [], []
    return (
        since_intro(trend, language),
        since_lines(trend, language),
        [recurring_line(r, language) for r in trend.recurring()],
    )


def recommendation_lines(report: PanelReport, language: str) -> list[str]:
    """Each recommendation still standing (not merged into another): its words, its status,
    and its due date while it is not discharged."""
    lines = [_recommendation(r, language) for r in report.recommendations if r.merged_into is None]
    return lines or [say("briefing.no_recommendations", language)]


def _recommendation(r: RecommendationItem, language: str) -> str:
    label = status_label(r.status, language)
    facts = [label[:1] + label[1:].lower()]  # the tracker's capitals read as shouting in prose
    if r.due_date and r.status != "discharged":
        facts.append(word("due", language, date=long_date(r.due_date, language)))
    return f"{r.number}. {r.text.rstrip().removesuffix('.')} — {'; '.join(facts)}."
