"""The summary of themes: what recurred across the round's cases, with the cases it came
from, and the good practice and learning gathered from every case.

Published panel reports open with this ("In 5 of the 16 cases the HCSO's first contact
was outside the 48-hour standard"; best practice; areas for learning). It is drafted from
the same findings the cases print (`reports.drafting`), so its counts are theirs: a
finding falls short in a case exactly when that case's findings say so.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from desktop.core.findings import UNABLE_TO_AGREE
from desktop.core.round_codes import NoteKind
from desktop.core.template import Question
from desktop.core.words import say
from desktop.core.words.nouns import joined
from desktop.reports.case_block import BULLET, written_points
from desktop.reports.content import PanelReport, ReportOptions, case_label
from desktop.reports.drafting import HOURS_DISAGREE, draft_case, gathered, sentence

RECURRING = 2  # a shortfall in this many cases or more is a theme


@dataclass(frozen=True)
class Theme:
    text: str
    cases: tuple[str, ...]  # the cases it came from, as the report names them


@dataclass(frozen=True)
class Themes:
    issues: tuple[Theme, ...]  # most cases first, then in checklist order
    good_practice: tuple[Theme, ...]
    learning: tuple[Theme, ...]


def draft_themes(report: PanelReport, options: ReportOptions, language: str) -> Themes:
    template = report.findings.template
    questions = {q.id: q for q in template.questions}
    order = {q.id: n for n, q in enumerate(template.questions)}
    found: dict[tuple[str, str], list[str]] = defaultdict(list)
    practice: list[tuple[str, str]] = []  # (case, text)
    learning: list[tuple[str, str]] = []
    for case in report.findings.cases:
        name = case_label(report, case.case.reference, options, language)
        draft = draft_case(case, template, language)
        for finding in draft.findings:
            if finding.notable and finding.question_id:
                found[(finding.question_id, finding.code)].append(name)
        points, lessons = written_points(report.notes.get(case.case.case_id), draft)
        practice += [(name, text) for text in points]
        learning += [(name, text) for text in lessons]
    issues = [
        (len(names), order.get(qid, 0), Theme(_issue(questions[qid], code, language), tuple(names)))
        for (qid, code), names in found.items()
        if len(names) >= RECURRING and qid in questions
    ]
    return Themes(
        tuple(theme for _n, _o, theme in sorted(issues, key=lambda t: (-t[0], t[1]))),
        tuple(Theme(text, tuple(names)) for text, names in gathered(practice)),
        tuple(Theme(text, tuple(names)) for text, names in gathered(learning)),
    )


def theme_line(theme: Theme, total: int, language: str) -> str:
    """ "{finding} (3 of 16 cases: Case 2, Case 5 and Case 9)." """
    bare = theme.text.rstrip().removesuffix(".")
    return say(
        "themes.line", language, text=bare, count=len(theme.cases), total=total,
        cases=joined(theme.cases, language),
    )  # fmt: skip


def written_line(theme: Theme, language: str) -> str:
    """A point of good practice or learning, with the cases it came from."""
    bare = theme.text.rstrip().removesuffix(".")
    return say("themes.written", language, text=bare, cases=joined(theme.cases, language))


def _issue(question: Question, code: str, language: str) -> str:
    if code == HOURS_DISAGREE:
        return say("themes.hours_disagree", language)
    key = UNABLE_TO_AGREE if code == UNABLE_TO_AGREE else code
    return sentence(question, key, language) or say(
        "report.fallback", language, question=question.text.get(language), answer=code
    )


def summary_sections(
    report: PanelReport, options: ReportOptions, language: str
) -> list[tuple[str, list[str]]]:
    """The summary as (heading, bullets): the recurring findings, the good practice, the
    areas for learning; a heading with no bullets prints "None recorded."."""
    themes = draft_themes(report, options, language)
    total = len(report.findings.cases)
    return [
        (say("themes.issues", language), [theme_line(t, total, language) for t in themes.issues]),
        (_kind(NoteKind.GOOD_PRACTICE, language), [written_line(t, language) for t in themes.good_practice]),
        (_kind(NoteKind.LEARNING, language), [written_line(t, language) for t in themes.learning]),
    ]


def _kind(kind: NoteKind, language: str) -> str:
    return say(f"report.{kind.value}", language)


def summary_text(report: PanelReport, options: ReportOptions, language: str) -> str:
    """The drafted summary as the text the coordinator edits: each heading on its own
    line, each point beneath it as "• …" (a heading with none prints "None recorded.")."""
    lines: list[str] = []
    for heading, items in summary_sections(report, options, language):
        lines.append(heading)
        lines += [BULLET + item for item in items]
    return "\n".join(lines)


def written_sections(text: str) -> list[tuple[str, list[str]]]:
    """The coordinator's summary read back as (heading, points): a line starting "•" is a
    point under the heading above it; any other line is a heading. Points before any
    heading come under an empty one."""
    sections: list[tuple[str, list[str]]] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith(BULLET.strip()):
            if not sections:
                sections.append(("", []))
            sections[-1][1].append(line.removeprefix(BULLET.strip()).strip())
        else:
            sections.append((line, []))
    return sections


def printed_summary(
    report: PanelReport, options: ReportOptions, language: str
) -> list[tuple[str, list[str]]]:
    """What the summary prints: the coordinator's own where they wrote it, else the draft."""
    written = report.background.summary.strip()
    return written_sections(written) if written else summary_sections(report, options, language)
