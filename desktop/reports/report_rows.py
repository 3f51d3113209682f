"""What the panel report's sections say, as plain words and rows, whatever the format.

The PDF (`panel_parts`) and the DOCX (`panel_docx`) lay these out in their own way; the
words, the counts, the grouping of questions into tables and the lettered reasons for an
undefined statistic are decided here once, so the two formats cannot disagree.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from desktop.core.agreement import Statistic, Undefined
from desktop.core.findings import CaseFindings
from desktop.core.template import Template
from desktop.core.words.dates import long_date
from desktop.core.words.nouns import counted, counted_range, joined
from desktop.reports.content import PanelReport, RecommendationItem, ReportOptions, case_label, member_label
from desktop.reports.review_progress import case_words, round_sentence
from desktop.reports.words import case_type_word, undefined_word, word

Line = tuple[str, str]  # (emphasis: "body" | "muted", text)


# background and sample -----------------------------------------------------------
def background_lines(report: PanelReport, options: ReportOptions, language: str) -> list[Line]:
    """The meeting: when, how, who (in publication only how many) and whether quorate."""
    bg = report.background
    lines: list[Line] = []
    if bg.meeting_date:
        form = word(bg.meeting_form, language) if bg.meeting_form else "—"
        lines.append(
            ("body", word("meeting", language, date=long_date(bg.meeting_date, language), form=form))
        )
    else:
        lines.append(("muted", word("meeting_unknown", language)))
    if bg.attendees and options.mode == "internal":
        lines.append(("body", word("attended", language, names=", ".join(bg.attendees))))
    elif bg.attendees:  # published: how many, never who
        lines.append(
            ("body", word("attended_count", language, members=counted(len(bg.attendees), "member", language)))
        )
    if bg.quorate is not None:
        lines.append(("body", word("quorate" if bg.quorate else "not_quorate", language)))
    return lines


def sample_lines(report: PanelReport, language: str) -> list[str]:
    """How many cases, by how many members each, with which checklist, chosen how."""
    findings = report.findings
    per_case = sorted({len(c.reviewed_by) for c in findings.cases}) or [0]
    template = findings.template
    lines = [
        word(
            "sample_cases",
            language,
            case_files=counted(len(findings.cases), "case_file", language),
            members=counted_range(per_case[0], per_case[-1], "member", language),
            template=template.title.get(language),
            version=template.version,
        )
    ]
    progress = round_sentence(report, language)
    if progress:
        lines.append(progress)
    bg = report.background
    if bg.sample_period:
        lines.append(word("period", language, text=bg.sample_period))
    if bg.sample_method:
        lines.append(word("method", language, text=bg.sample_method))
    return lines


def strand_label(template: Template, code: str, language: str) -> str:
    question = next((q for q in template.questions if q.id == "strands_recorded"), None)
    choice = question.choice(code) if question else None
    return choice.label.get(language) if choice else code.replace("_", " ").capitalize()


def by_type_rows(report: PanelReport, language: str) -> list[list[str]]:
    """Cases by strand (rows) and type (columns), then the cases of each type; the first
    row is the header. Strands run down the page, so their names never squeeze into
    narrow columns; a case recorded with two strands counts once in each."""
    cases = [c.case for c in report.findings.cases]
    types = sorted({c.case_type for c in cases})
    rows = [
        [word("strand", language), *(case_type_word(t, language) for t in types), word("total", language)]
    ]
    question = next((q for q in report.findings.template.questions if q.id == "strands_recorded"), None)
    order = [c.code for c in question.choices] if question else []
    for strand in sorted(
        {s for c in cases for s in c.strands},
        key=lambda s: (s not in order, order.index(s) if s in order else 0, s),
    ):
        counts = [sum(1 for c in cases if c.case_type == t and strand in c.strands) for t in types]
        rows.append(
            [strand_label(report.findings.template, strand, language), *map(str, counts), str(sum(counts))]
        )
    per_type = [sum(1 for c in cases if c.case_type == t) for t in types]
    rows.append([word("cases", language), *map(str, per_type), str(len(cases))])
    return rows


# case by case --------------------------------------------------------------------
def case_line(report: PanelReport, case: CaseFindings, language: str) -> str:
    """The case's type and strands, under its heading, and how many of its reviews were
    unfinished when any were."""
    info = case.case
    strands = ", ".join(strand_label(report.findings.template, s, language) for s in info.strands)
    progress = case_words(report.progress.get(info.case_id), language)
    return " · ".join(part for part in (case_type_word(info.case_type, language), strands, progress) if part)


# criteria counts and agreement ---------------------------------------------------
def stat(value: Statistic, language: str, reasons: list[Undefined]) -> str:
    """A statistic to two places, or "not defined (a)" with its reason lettered in order."""
    if value.value is not None:
        return f"{value.value:.2f}"
    if value.undefined is None:
        return "—"
    if value.undefined not in reasons:
        reasons.append(value.undefined)
    return f"{word('not_defined', language)} ({'abc'[reasons.index(value.undefined)]})"


def agreement_rows(report: PanelReport, language: str) -> tuple[list[tuple[bool, list[str]]], list[str]]:
    """(low, row) per question after a header row, and the lettered reasons beneath."""
    head = [word(k, language) for k in ("question", "compared", "kappa", "alpha", "ac1")]
    rows: list[tuple[bool, list[str]]] = [(False, head)]
    reasons: list[Undefined] = []
    for q in report.findings.merged_questions():
        a = report.findings.agreement[q.id]
        text = q.criterion_label(language) + (f" — {word('low', language)}" if a.low else "")
        rows.append(
            (a.low, [text, str(a.cases), *(stat(s, language, reasons) for s in (a.kappa, a.alpha, a.ac1))])
        )
    notes = [f"({'abc'[i]}) {undefined_word(r, language)}" for i, r in enumerate(reasons)]
    return rows, notes


# summary, recommendations, appendix ------------------------------------------------
def case_title(report: PanelReport, n: int, case: CaseFindings, options: ReportOptions, language: str) -> str:
    """ "Case 3: HC-003" internally; "Case 3" in a published report (no force case numbers)."""
    if options.mode == "internal":
        return word("case", language, n=n, reference=case.case.reference)
    return word("case_plain", language, n=n)


def cases_named(report: PanelReport, references: Sequence[str], options: ReportOptions, language: str) -> str:
    return ", ".join(case_label(report, ref, options, language) for ref in references)


def summary_splits(report: PanelReport, options: ReportOptions, language: str) -> str | None:
    """How many findings were left unresolved, and in which cases; None when none were."""
    unresolved = Counter[str]()
    for case in report.findings.cases:
        for cell in case.cells.values():
            if cell.unresolved:
                unresolved[case_label(report, case.case.reference, options, language)] += 1
    if not unresolved:
        return None
    return word(
        "summary_splits_refs" if options.mode == "internal" else "summary_splits",  # references or "Case 7"
        language,
        findings=counted(sum(unresolved.values()), "finding", language),
        cases=joined(list(unresolved), language),  # in case order
    )


def recommendation_facts(r: RecommendationItem, language: str) -> str:
    """Theme, owner, due date and origin on one line ("" when none is known)."""
    facts = (
        r.theme,
        word("owner", language, owner=r.owner) if r.owner else "",
        word("due", language, date=long_date(r.due_date, language)) if r.due_date else "",
        r.origin,
    )
    return " · ".join(x for x in facts if x)


def package_rows(report: PanelReport, options: ReportOptions, language: str) -> list[list[str]]:
    """The appendix: each member's signed package (header first); members by `member_label`."""
    rows = [[word(k, language) for k in ("member", "fingerprint", "revision", "received", "checksum")]]
    for r in report.findings.reviewers:
        rows.append(
            [
                member_label(report, r.letter, options, language),
                r.fingerprint,
                str(r.revision),
                long_date(r.received_at, language),
                " ".join(r.sha256[i : i + 16] for i in range(0, 64, 16)),
            ]
        )
    return rows
