"""What the report prints under one case: the panel's findings (the coordinator's own words
where they wrote them, else the draft), and the good practice and learning — the
coordinator's tags and what members wrote, once each. The PDF and the DOCX lay out the
same block, so they cannot disagree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.findings import CaseFindings
from desktop.core.words.nouns import joined
from desktop.reports.content import CaseNotes, PanelReport, ReportOptions, member_label
from desktop.reports.drafting import Attribution, CaseDraft, Finding, draft_case, once

BULLET = "• "
NOTE = "– "  # a member's note, beneath the finding it explains


@dataclass(frozen=True)
class CaseBlock:
    findings: tuple[Finding, ...]
    good_practice: tuple[str, ...]
    learning: tuple[str, ...]


def case_block(report: PanelReport, case: CaseFindings, options: ReportOptions, language: str) -> CaseBlock:
    draft = draft_case(case, report.findings.template, language, note_authors(report, options))
    notes = report.notes.get(case.case.case_id)
    comment = notes.comment.strip() if notes is not None else ""
    return CaseBlock(parsed(comment) if comment else draft.findings, *written_points(notes, draft))


def written_points(notes: CaseNotes | None, draft: CaseDraft) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(good practice, learning): the coordinator's tags, then what members wrote, once each."""
    tags = notes if notes is not None else CaseNotes()
    return once((*tags.good_practice, *draft.good_practice)), once((*tags.learning, *draft.learning))


def draft_text(findings: Sequence[Finding]) -> str:
    """The findings as the text the coordinator edits: "• finding", and "   – note" beneath."""
    lines = []
    for finding in findings:
        lines.append(BULLET + finding.text)
        lines += [f"   {NOTE}{note}" for note in finding.notes]
    return "\n".join(lines)


def parsed(text: str) -> tuple[Finding, ...]:
    """The coordinator's text read back as findings: a line starting "–" is a note under
    the finding above it; any other line is a finding ("•" in front or not)."""
    findings: list[Finding] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith(NOTE.strip()) and findings:
            last = findings[-1]
            findings[-1] = Finding(last.text, (*last.notes, line[1:].strip()), last.notable)
        else:
            findings.append(Finding(line.removeprefix(BULLET.strip()).strip()))
    return tuple(findings)


def note_authors(report: PanelReport, options: ReportOptions) -> Attribution:
    """Names in an internal report ("Aled Jones and Ceri Hughes noted: …"); a published
    report says "Members noted: …" and names no one."""
    if options.mode != "internal":
        return None

    def who(letters: Sequence[str], language: str) -> str:
        names = [member_label(report, letter, options, language) for letter in letters]
        return joined(names, language, mutate=False)

    return who
