"""The sections of the panel report, each a list of ReportLab flowables in one language.

Shared by the PDF (`panel_pdf`); the DOCX follows the same order and words.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from desktop.core.agreement import Statistic, Undefined
from desktop.core.consensus import Agreement
from desktop.core.findings import UNABLE_TO_AGREE, CaseFindings, Cell
from desktop.core.recommendation_status import status_label
from desktop.core.template import Question, Template
from desktop.reports.content import PanelReport, ReportOptions, case_label, member_label
from desktop.reports.drafting import answer_label, draft_case
from desktop.reports.fonts import REGULAR
from desktop.reports.pdf_style import grid, para, styles
from desktop.reports.words import agreement_word, case_type_word, undefined_word, word

SPLIT_MARK = "◆"  # beside a split, so it stands out without colour
CHART_COLOURS = ["#1f3a5f", "#b00020", "#b35c00", "#7a7f87", "#c8d0da", "#5b8c5a", "#8c5a8c"]


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
    if bg.meeting_date:
        form = word(bg.meeting_form, language) if bg.meeting_form else "—"
        flow.append(para(word("meeting", language, date=bg.meeting_date, form=form), st["body"]))
    else:
        flow.append(para(word("meeting_unknown", language), st["muted"]))
    if bg.attendees and options.mode == "internal":
        flow.append(para(word("attended", language, names=", ".join(bg.attendees)), st["body"]))
    elif bg.attendees:  # published: how many, never who
        flow.append(para(word("attended_count", language, count=len(bg.attendees)), st["body"]))
    if bg.quorate is not None:
        flow.append(para(word("quorate" if bg.quorate else "not_quorate", language), st["body"]))
    flow += [Spacer(1, 3 * mm), Heading(word("sample", language), 1, "sample")]
    findings = report.findings
    per_case = sorted({len(c.reviewed_by) for c in findings.cases}) or [0]
    low_high = str(per_case[0]) if per_case[0] == per_case[-1] else f"{per_case[0]}–{per_case[-1]}"
    template = findings.template
    flow.append(
        para(
            word(
                "sample_cases",
                language,
                cases=len(findings.cases),
                low_high=low_high,
                template=template.title.get(language),
                version=template.version,
            ),
            st["body"],
        )
    )
    if bg.sample_period:
        flow.append(para(word("period", language, text=bg.sample_period), st["body"]))
    if bg.sample_method:
        flow.append(para(word("method", language, text=bg.sample_method), st["body"]))
    if bg.definitions:
        flow += [Heading(word("definitions", language), 1, "definitions"), para(bg.definitions, st["body"])]
    return flow


def _strand_question(template: Template) -> Question | None:
    return next((q for q in template.questions if q.id == "strands_recorded"), None)


def strand_label(template: Template, code: str, language: str) -> str:
    question = _strand_question(template)
    choice = question.choice(code) if question else None
    return choice.label.get(language) if choice else code.replace("_", " ").capitalize()


def by_type_part(report: PanelReport, options: ReportOptions, language: str, width: float) -> list[Flowable]:
    """Cases by type (rows) and strand (columns), as the seed's table of cases reviewed."""
    st = styles()
    cases = [c.case for c in report.findings.cases]
    strands = sorted({s for c in cases for s in c.strands})
    types = sorted({c.case_type for c in cases})
    head = [
        word("type", language),
        *(strand_label(report.findings.template, s, language) for s in strands),
        word("total", language),
    ]
    rows: list[list[object]] = [[para(h, st["head"]) for h in head]]
    for case_type in types:
        of_type = [c for c in cases if c.case_type == case_type]
        counts = [sum(1 for c in of_type if s in c.strands) for s in strands]
        rows.append(
            [
                para(case_type_word(case_type, language), st["bold"]),
                *(para(str(n), st["body"]) for n in counts),
                para(str(len(of_type)), st["bold"]),
            ]
        )
    first = 55 * mm
    rest = (width - first) / (len(strands) + 1)
    return [
        Heading(word("by_type", language), 0, "by_type"),
        grid(rows, [first] + [rest] * (len(strands) + 1)),
    ]


# case by case --------------------------------------------------------------------
def _split_lines(question: Question, cell: Cell, language: str) -> list[str]:
    counts = ", ".join(
        f"{answer_label(question, value, language)} {n}"
        for value, n in sorted(cell.consensus.counts.items(), key=str)
    )
    lines = [f"{SPLIT_MARK} {question.text.get(language)} " + word("split", language, counts=counts)]
    if cell.decision is not None:
        why = cell.decision.rationale
        if cell.decision.value is None:
            lines.append(word("left_open", language, why=why))
        else:
            answer = answer_label(question, cell.decision.value, language)
            lines.append(word("decided", language, answer=answer, why=why))
    return lines


def _case_heading(
    report: PanelReport, n: int, case: CaseFindings, options: ReportOptions, language: str
) -> list[Flowable]:
    st = styles()
    info = case.case
    strands = ", ".join(strand_label(report.findings.template, s, language) for s in info.strands)
    line = " · ".join(part for part in (case_type_word(info.case_type, language), strands) if part)
    return [
        Heading(
            word("case", language, n=n, reference=info.reference)
            if options.mode == "internal"
            else word("case_plain", language, n=n),
            1,
            f"case{n}",
        ),
        para(line, st["muted"]),
        para(info.summary, st["body"]) if info.summary else Spacer(1, 0),
    ]


def _members_notes(
    report: PanelReport, case: CaseFindings, options: ReportOptions, language: str
) -> list[str]:
    lines = []
    for question in report.findings.template.questions:
        cell = case.cells.get(question.id)
        if cell is None:
            continue
        if question.kind == "text":
            notes = [(a.letter, str(a.answer.value)) for a in cell.answers if a.answer.answered]
            notes += cell.notes()
        else:
            notes = cell.notes()
        for letter, note in notes:
            who = member_label(report, letter, options, language)
            lines.append(f"{who} — {question.text.get(language)}: {note}")
    return lines


def cases_part(report: PanelReport, options: ReportOptions, language: str, width: float) -> list[Flowable]:
    st = styles()
    template = report.findings.template
    flow: list[Flowable] = [Heading(word("findings", language), 0, "findings")]
    for n, case in enumerate(report.findings.cases, start=1):
        notes = report.notes.get(case.case.case_id)
        block = _case_heading(report, n, case, options, language)
        block.append(para(word("panel_comment", language), st["section"]))
        if notes is not None and notes.comment.strip():
            block += [
                para(line, st["indented"]) for line in notes.comment.strip().splitlines() if line.strip()
            ]
        else:
            block += _bullets(draft_case(case, template, language))
        flow += [CondPageBreak(60 * mm), *block]
        splits = [
            line
            for q in template.questions
            if (c := case.cells.get(q.id)) is not None and c.split
            for line in _split_lines(q, c, language)
        ]
        flow += _bullets(splits, "bold")
        if notes is not None:
            for kind, texts in (("good_practice", notes.good_practice), ("learning", notes.learning)):
                if texts:
                    flow += [para(word(kind, language), st["bold"]), *_bullets(texts)]
        members = _members_notes(report, case, options, language)
        if members:
            flow += [para(word("members_notes", language), st["bold"]), *_bullets(members, "small")]
        flow.append(Spacer(1, 4 * mm))
    return flow


# criteria counts and agreement ---------------------------------------------------
def _groups(questions: Sequence[Question]) -> list[list[Question]]:
    """Consecutive questions with the same answers share one table (the Yes/No/… ones)."""
    groups: list[list[Question]] = []
    for q in questions:
        codes = [c.code for c in q.choices]
        if (
            groups
            and [c.code for c in groups[-1][0].choices] == codes
            and q.kind != "multi"
            and len(codes) <= 5
        ):
            groups[-1].append(q)
        else:
            groups.append([q])
    return groups


def _wide(question: Question, language: str) -> bool:
    """Too many or too long answers to be columns: list them down the page instead."""
    labels = [c.label.get(language) for c in question.choices]
    return question.kind == "multi" or len(labels) > 5 or max(len(label) for label in labels) > 16


def _count_table(report: PanelReport, group: list[Question], language: str, width: float) -> Flowable:
    st = styles()
    if _wide(group[0], language):
        return _answer_rows(report, group[0], language, width)
    codes = [c.code for c in group[0].choices]
    head = [
        word("question", language),
        *(c.label.get(language) for c in group[0].choices),
        agreement_word(Agreement.UNABLE_TO_AGREE, language),
        word("comments", language),
    ]
    rows: list[list[object]] = [[para(h, st["head"]) for h in head]]
    for q in group:
        counts = report.findings.counts(q.id)
        rows.append(
            [
                para(q.text.get(language), st["body"]),
                *(para(str(counts.get(code, 0)), st["body"]) for code in codes),
                para(str(counts.get(UNABLE_TO_AGREE, 0)), st["bold"]),
                para(report.criteria_comments.get(q.id, ""), st["small"]),
            ]
        )
    first, last = 56.0 * mm, 24.0 * mm
    middle = (width - first - last) / (len(codes) + 1)
    return grid(rows, [first] + [middle] * (len(codes) + 1) + [last])


def _answer_rows(report: PanelReport, question: Question, language: str, width: float) -> Flowable:
    """One question whose answers are many or long: a row per answer."""
    st = styles()
    counts = report.findings.counts(question.id)
    rows: list[list[object]] = [
        [
            para(question.text.get(language), st["head"]),
            para(word("cases", language), st["head"]),
            para(word("comments", language), st["head"]),
        ]
    ]
    labels = [(c.code, c.label.get(language)) for c in question.choices]
    labels.append((UNABLE_TO_AGREE, agreement_word(Agreement.UNABLE_TO_AGREE, language)))
    comment = report.criteria_comments.get(question.id, "")
    for i, (code, label) in enumerate(labels):
        rows.append(
            [
                para(label, st["body"]),
                para(str(counts.get(code, 0)), st["bold"]),
                para(comment if i == 0 else "", st["small"]),
            ]
        )
    return grid(rows, [width - 70 * mm, 22 * mm, 48 * mm])


def _chart(report: PanelReport, group: list[Question], language: str, width: float) -> Drawing:
    """Stacked bars: per question, cases with each finding (the table, drawn)."""
    codes = [c.code for c in group[0].choices] + [UNABLE_TO_AGREE]
    names = [c.label.get(language) for c in group[0].choices] + [
        agreement_word(Agreement.UNABLE_TO_AGREE, language)
    ]
    data = [[report.findings.counts(q.id).get(code, 0) for q in reversed(group)] for code in codes]
    bar = 9
    height = len(group) * (bar + 5) + 40
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.height = 30, 30, height - 40
    chart.width = int(width - 60)
    chart.data = data
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = [str(len(group) - i) for i in range(len(group))]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueStep = 1 if len(report.findings.cases) <= 20 else 5
    for i, colour in enumerate(CHART_COLOURS[: len(codes)]):
        chart.bars[i].fillColor = colors.HexColor(colour)
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y, legend.fontName, legend.fontSize = 30, 12, REGULAR, 7
    legend.alignment, legend.columnMaximum, legend.deltax = "right", 1, 70
    legend.colorNamePairs = [(colors.HexColor(CHART_COLOURS[i]), names[i]) for i in range(len(codes))]
    drawing.add(legend)
    return drawing


def criteria_part(report: PanelReport, options: ReportOptions, language: str, width: float) -> list[Flowable]:
    st = styles()
    flow: list[Flowable] = [
        Heading(word("criteria", language), 0, "criteria"),
        para(word("criteria_intro", language), st["muted"]),
    ]
    for group in _groups(report.findings.merged_questions()):
        flow += [Spacer(1, 3 * mm), _count_table(report, group, language, width)]
        if len(group) > 2 and not _wide(group[0], language):
            numbered = [f"{i}. {q.text.get(language)}" for i, q in enumerate(group, start=1)]
            flow.append(
                KeepTogether([_chart(report, group, language, width), para("  ".join(numbered), st["small"])])
            )
    return flow


def _stat(value: Statistic, language: str, reasons: list[Undefined]) -> str:
    if value.value is not None:
        return f"{value.value:.2f}"
    if value.undefined is None:
        return "—"
    if value.undefined not in reasons:
        reasons.append(value.undefined)
    return f"{word('not_defined', language)} ({'abc'[reasons.index(value.undefined)]})"


def agreement_part(
    report: PanelReport, options: ReportOptions, language: str, width: float
) -> list[Flowable]:
    st = styles()
    head = [word(k, language) for k in ("question", "compared", "kappa", "alpha", "ac1")]
    rows: list[list[object]] = [[para(h, st["head"]) for h in head]]
    reasons: list[Undefined] = []
    for q in report.findings.merged_questions():
        a = report.findings.agreement[q.id]
        text = q.text.get(language) + (f" — {word('low', language)}" if a.low else "")
        rows.append(
            [
                para(text, st["bold"] if a.low else st["body"]),
                para(str(a.cases), st["body"]),
                *(para(_stat(s, language, reasons), st["body"]) for s in (a.kappa, a.alpha, a.ac1)),
            ]
        )
    first = 60 * mm
    widths = [first, 20 * mm] + [(width - first - 20 * mm) / 3] * 3
    notes = [para(f"({'abc'[i]}) {undefined_word(r, language)}", st["small"]) for i, r in enumerate(reasons)]
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
    unresolved = Counter[str]()
    for case in report.findings.cases:
        for cell in case.cells.values():
            if cell.unresolved:
                unresolved[case_label(report, case.case.reference, options, language)] += 1
    if unresolved:
        flow += _bullets(
            [
                word(
                    "summary_splits",
                    language,
                    count=sum(unresolved.values()),
                    cases=", ".join(sorted(unresolved)),
                )
            ]
        )
    for kind in ("good_practice", "learning"):
        items = [
            f"{t} ({case_label(report, c.case.reference, options, language)})"
            for c in report.findings.cases
            for t in getattr(report.notes.get(c.case.case_id), kind, ())
        ]
        flow += [
            para(word(kind, language), st["section"]),
            *(_bullets(items) or [para(word("none", language), st["muted"])]),
        ]
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
                        cases=", ".join(case_label(report, ref, options, language) for ref in o.cases),
                    ),
                    st["small"],
                )
            )
        response = [
            para(o.response, st["body"]) if o.response else para(word("no_response", language), st["muted"])
        ]
        if o.response_date:
            response.append(para(o.response_date, st["small"]))
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
        facts = [
            x
            for x in (
                r.theme,
                word("owner", language, owner=r.owner) if r.owner else "",
                word("due", language, date=r.due_date) if r.due_date else "",
                r.origin,
            )
            if x
        ]
        if facts:
            about.append(para(" · ".join(facts), st["small"]))
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
                    [para(u.dated, st["bold"]), para(u.text, st["body"])],
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


def packages_part(report: PanelReport, options: ReportOptions, language: str, width: float) -> list[Flowable]:
    st = styles()
    head = [word(k, language) for k in ("member", "fingerprint", "revision", "received", "checksum")]
    rows: list[list[object]] = [[para(h, st["head"]) for h in head]]
    for r in report.findings.reviewers:
        rows.append(
            [
                para(member_label(report, r.letter, options, language), st["body"]),
                para(r.fingerprint, st["small"]),
                para(str(r.revision), st["body"]),
                para(r.received_at.replace("T", " "), st["small"]),
                para(" ".join(r.sha256[i : i + 16] for i in range(0, 64, 16)), st["small"]),
            ]
        )
    widths = [32 * mm, 44 * mm, 16 * mm, 30 * mm, width - 122 * mm]
    return [
        Heading(word("appendix", language), 0, "appendix"),
        para(word("appendix_intro", language), st["muted"]),
        Spacer(1, 2 * mm),
        grid(rows, widths),
    ]
