"""The sections of the panel report, each a list of ReportLab flowables in one language.

Used by the PDF (`panel_pdf`); the words and rows come from `report_rows`, which the DOCX
(`panel_docx`) lays out in the same order.
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from desktop.core.findings import CaseFindings
from desktop.core.recommendation_status import status_label
from desktop.core.round_codes import NoteKind
from desktop.core.words.dates import long_date
from desktop.reports.case_block import case_block
from desktop.reports.content import PanelReport, ReportOptions
from desktop.reports.evidence import evidence_findings
from desktop.reports.pdf_style import grid, para, styles
from desktop.reports.report_rows import (
    agreement_rows,
    background_lines,
    by_type_rows,
    case_line,
    case_title,
    cases_named,
    package_rows,
    recommendation_facts,
    sample_lines,
    summary_splits,
)
from desktop.reports.themes import printed_summary
from desktop.reports.words import word


class Heading(Paragraph):
    """A heading the outline (PDF bookmarks) lists."""

    def __init__(self, text: str, level: int, key: str) -> None:
        st = styles()
        super().__init__(escape(text), st["case"] if level == 0 else st["section"])
        self.level = level
        self.key = key


def _bullets(lines: Sequence[str], style_name: str = "indented") -> list[Flowable]:
    st = styles()
    return [Paragraph(f"• {escape(line)}", st[style_name]) for line in lines]


# background and sample -----------------------------------------------------------
def background_part(
    report: PanelReport, options: ReportOptions, language: str, width: float
) -> list[Flowable]:
    st = styles()
    bg = report.background
    flow: list[Flowable] = [Heading(word("background", language), 0, "background")]
    flow += [para(text, st[emphasis]) for emphasis, text in background_lines(report, options, language)]
    flow += [Spacer(1, 3 * mm), Heading(word("sample", language), 1, "sample")]
    flow += [para(text, st["body"]) for text in sample_lines(report, language)]
    if bg.definitions:
        flow += [Heading(word("definitions", language), 1, "definitions"), para(bg.definitions, st["body"])]
    return flow


def by_type_part(report: PanelReport, options: ReportOptions, language: str, width: float) -> list[Flowable]:
    """Cases by strand and type, as the seed's table of cases reviewed."""
    st = styles()
    texts = by_type_rows(report, language)
    rows: list[list[object]] = [[para(h, st["head"]) for h in texts[0]]]
    for row in texts[1:]:
        rows.append(
            [para(row[0], st["bold"]), *(para(n, st["body"]) for n in row[1:-1]), para(row[-1], st["bold"])]
        )
    first = 60 * mm
    rest = (width - first) / (len(texts[0]) - 1)
    return [
        Heading(word("by_type", language), 0, "by_type"),
        grid(rows, [first] + [rest] * (len(texts[0]) - 1)),
    ]


# case by case --------------------------------------------------------------------
def _case_heading(
    report: PanelReport, n: int, case: CaseFindings, options: ReportOptions, language: str
) -> list[Flowable]:
    st = styles()
    info = case.case
    line = case_line(report, case, language)
    return [
        Heading(case_title(report, n, case, options, language), 1, f"case{n}"),
        para(line, st["muted"]),
        para(info.summary, st["body"]) if info.summary else Spacer(1, 0),
    ]


def cases_part(report: PanelReport, options: ReportOptions, language: str, width: float) -> list[Flowable]:
    st = styles()
    flow: list[Flowable] = [Heading(word("findings", language), 0, "findings")]
    for n, case in enumerate(report.findings.cases, start=1):
        block = _case_heading(report, n, case, options, language)
        block.append(para(word("panel_comment", language), st["section"]))
        written = case_block(report, case, options, language)
        for finding in written.findings:
            block += _bullets([finding.text])
            block += [para(f"– {note}", st["note"]) for note in finding.notes]
        flow += [CondPageBreak(60 * mm), *block]
        for kind, texts in (
            (NoteKind.GOOD_PRACTICE, written.good_practice),
            (NoteKind.LEARNING, written.learning),
        ):
            if texts:
                flow += [para(word(kind, language), st["bold"]), *_bullets(texts)]
        flow.append(Spacer(1, 4 * mm))
    return flow


# criteria counts and agreement ---------------------------------------------------
def agreement_part(
    report: PanelReport, options: ReportOptions, language: str, width: float
) -> list[Flowable]:
    st = styles()
    texts, reasons = agreement_rows(report, language)
    rows: list[list[object]] = [[para(h, st["head"]) for h in texts[0][1]]]
    for low, row in texts[1:]:
        rows.append(
            [para(row[0], st["bold"] if low else st["body"]), *(para(t, st["body"]) for t in row[1:])]
        )
    stat = 27 * mm  # "not defined (a)" on a line or two; the criterion takes the rest
    widths = [width - 20 * mm - 3 * stat, 20 * mm, stat, stat, stat]
    notes = [para(reason, st["small"]) for reason in reasons]
    return [
        Heading(word("agreement", language), 0, "agreement"),
        para(word("agreement_intro", language), st["muted"]),
        Spacer(1, 2 * mm),
        grid(rows, widths),
        Spacer(1, 2 * mm),
        *notes,
    ]


# summary, observations, recommendations, appendix ---------------------------------
def summary_part(report: PanelReport, options: ReportOptions, language: str, width: float) -> list[Flowable]:
    st = styles()
    flow: list[Flowable] = [Heading(word("summary", language), 0, "summary")]
    splits = summary_splits(report, options, language)
    if splits:
        flow += _bullets([splits])
    for heading, items in printed_summary(report, options, language):
        flow += [para(heading, st["section"])] if heading else []
        flow += _bullets(items) or [para(word("none", language), st["muted"])]
    return flow


def observations_part(
    report: PanelReport, options: ReportOptions, language: str, width: float
) -> list[Flowable]:
    if not report.observations:
        return []
    st = styles()
    head = ["", word("observation", language), word("response", language)]
    rows: list[list[object]] = [[para(h, st["head"]) for h in head]]
    for o in report.observations:
        text = [para(o.text, st["body"])]
        if o.cases:
            text.append(
                para(
                    word(
                        "from_cases",
                        language,
                        cases=cases_named(report, o.cases, options, language),
                    ),
                    st["small"],
                )
            )
        response = [
            para(o.response, st["body"]) if o.response else para(word("no_response", language), st["muted"])
        ]
        if o.response_date:
            response.append(para(long_date(o.response_date, language), st["small"]))
        rows.append([para(str(o.number), st["bold"]), text, response])
    half = (width - 10 * mm) / 2
    return [Heading(word("observations", language), 0, "observations"), grid(rows, [10 * mm, half, half])]


def recommendations_part(
    report: PanelReport, options: ReportOptions, language: str, width: float
) -> list[Flowable]:
    if not report.recommendations:
        return []
    st = styles()
    rows: list[list[object]] = [
        [para(h, st["head"]) for h in ("", word("recommendation", language), word("status", language))]
    ]
    updates: list[list[object]] = [
        [
            para(h, st["head"])
            for h in (
                word("recommendation", language),
                word("update", language),
                word("assessment", language),
            )
        ]
    ]
    for r in report.recommendations:
        about = [para(r.text, st["body"])]
        facts = recommendation_facts(r, language)
        if facts:
            about.append(para(facts, st["small"]))
        if r.merged_into is not None:
            about.append(para(word("merged_into", language, number=r.merged_into), st["small"]))
        rows.append(
            [
                para(str(r.number), st["bold"]),
                about,
                para(status_label(r.status, language, r.merged_into), st["bold"]),
            ]
        )
        for u in r.updates:
            updates.append(
                [
                    para(f"{r.number}. {r.text}", st["small"]),
                    [para(long_date(u.dated, language), st["bold"]), para(u.text, st["body"])],
                    [para(status_label(u.status, language), st["bold"]), para(u.assessment, st["body"])],
                ]
            )
    third = width / 3
    flow: list[Flowable] = [
        Heading(word("recommendations", language), 0, "recommendations"),
        grid(rows, [10 * mm, width - 50 * mm, 40 * mm]),
    ]
    if len(updates) > 1:
        flow += [Spacer(1, 4 * mm), grid(updates, [third, third, third])]
    return flow


def evidence_part(report: PanelReport, options: ReportOptions, language: str, width: float) -> list[Flowable]:
    """Internal only (`reports.evidence`): nothing at all in a published report."""
    found = evidence_findings(report, options, language)
    if not found:
        return []
    st = styles()
    flow: list[Flowable] = [Heading(word("evidence", language), 0, "evidence")]
    flow.append(para(word("evidence_intro", language), st["muted"]))
    for item in found:
        flow += [para(item.finding, st["bold"]), *_bullets(item.cited)]
    return flow


def packages_part(report: PanelReport, options: ReportOptions, language: str, width: float) -> list[Flowable]:
    st = styles()
    texts = package_rows(report, options, language)
    rows: list[list[object]] = [[para(h, st["head"]) for h in texts[0]]]
    for who, fingerprint, revision, received, checksum in texts[1:]:
        rows.append(
            [
                para(who, st["body"]),
                para(fingerprint, st["small"]),
                para(revision, st["body"]),
                para(received, st["small"]),
                para(checksum, st["small"]),
            ]
        )
    widths = [32 * mm, 44 * mm, 16 * mm, 30 * mm, width - 122 * mm]
    return [
        Heading(word("appendix", language), 0, "appendix"),
        para(word("appendix_intro", language), st["muted"]),
        Spacer(1, 2 * mm),
        grid(rows, widths),
    ]
