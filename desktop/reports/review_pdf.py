""" "Print my review": one member's answers and notes for a round, as an A4 PDF.

The member takes it to the panel meeting, so it reads like the panel's own findings: a
cover block with a summary table of the cases and a legend, then each case on a page of
its own, starting with its summary and the points the member flagged, in their words
(answers that usually call for attention, with their notes), then each checklist
section as a table of question, answer and note. Free-text answers run across the full
width. Questions keep the template's numbers; those hidden by skip logic are left out
and the case says which, so a gap in the numbering is explained. Shown questions without
an answer say so plainly. Fixed texts arrive already translated (`ReviewLabels`): this
layer has no Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields
from io import BytesIO
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
)

from desktop.core.answers import Answer, is_shown
from desktop.core.template import Question, Template
from desktop.reports.flowing_table import (
    Cell,
    FlowingTable,
    TextCell,
    text_paragraphs,
)
from desktop.reports.fonts import BOLD, REGULAR
from desktop.reports.pdf_style import (
    ACCENT,
    FRAME_PAD,
    MUTED,
    grid,
    numbered_canvas,
    para,
    styles,
)

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

# Answer codes that usually call for attention get a coloured marker beside the label.
MARKER = '<font color="#b00020">■</font>'
ATTENTION = {"no": "#b00020", "partly": "#b35c00", "unclear": "#b35c00", "red": "#b00020",
             "amber": "#b35c00", "inappropriate": "#b00020", "not_offered": "#b00020"}  # fmt: skip


@dataclass(frozen=True)
class ReviewLabels:
    """Every fixed text the PDF prints, in the interface language."""

    title: str
    round: str
    reviewer: str
    due: str
    printed: str
    summary: str
    case: str
    description: str
    status: str
    answered: str
    question: str
    answer: str
    note: str
    hours: str
    not_answered: str
    deferred_because: str
    page: str  # "Page {page} of {pages}"
    confidential: str
    case_summary: str = "Case summary"
    points: str = "Points I flagged for the meeting"
    no_points: str = "Nothing flagged: no answer in this case calls for attention."
    legend: str = "■ marks an answer that usually calls for attention (No, Partly, Unclear and the like)."
    skipped: str = "Not shown, because earlier answers meant they did not apply: questions {numbers}."
    note_above: str = "See the points flagged above."

    @classmethod
    def english(cls) -> ReviewLabels:
        return cls(
            title="My review", round="Round", reviewer="Reviewer", due="Due", printed="Printed",
            summary="Cases in this round", case="Case", description="Type and strand",
            status="Status", answered="Answered", question="Question", answer="Answer",
            note="Note", hours="hours", not_answered="Not answered",
            deferred_because="Deferred because", page="Page {page} of {pages}",
            confidential="Confidential – contains case information. Do not leave unattended.",
        )  # fmt: skip

    def names(self) -> list[str]:
        return [f.name for f in fields(self)]


@dataclass(frozen=True)
class PrintedCase:
    reference: str
    description: str
    status: str
    defer_reason: str
    answers: Mapping[str, Answer]
    summary: str = ""


@dataclass(frozen=True)
class ReviewPrintout:
    round_title: str
    reviewer: str
    due: str
    printed: str
    language: str
    template: Template
    cases: Sequence[PrintedCase]


def _answer_cell(
    question: Question,
    answer: Answer,
    printout: ReviewPrintout,
    labels: ReviewLabels,
    st: dict[str, ParagraphStyle],
) -> Cell:
    """The answer column: typed text may flow over pages, a choice is kept whole."""
    if not answer.answered:
        return para(labels.not_answered, st["muted"])
    if question.kind == "text":
        return TextCell(str(answer.value), st["body"])
    parts = []
    for code in sorted(answer.codes(), key=[c.code for c in question.choices].index):
        choice = question.choice(code)
        label = escape(choice.label.get(printout.language) if choice else code)
        colour = ATTENTION.get(code)
        parts.append(f'<font color="{colour}">■</font> {label}' if colour else label)
    text = ", ".join(parts)
    if answer.hours is not None:
        text += f" ({answer.hours} {escape(labels.hours)})"
    return Paragraph(text, st["bold"])


def _cover(
    printout: ReviewPrintout, labels: ReviewLabels, st: dict[str, ParagraphStyle], width: float
) -> list[Flowable]:
    facts = [(labels.round, printout.round_title), (labels.reviewer, printout.reviewer),
             (labels.due, printout.due or "—"), (labels.printed, printout.printed)]  # fmt: skip
    fact_rows: list[list[object]] = [[para(k, st["bold"]), para(v, st["body"])] for k, v in facts]
    summary: list[list[object]] = [
        [para(h, st["head"]) for h in (labels.case, labels.description, labels.status, labels.answered)]
    ]
    template = printout.template
    for case in printout.cases:
        shown = [q for q in template.questions if is_shown(template, q, case.answers) and not q.optional]
        done = sum(1 for q in shown if case.answers.get(q.id, Answer()).answered)
        summary.append([para(case.reference, st["bold"]), para(case.description, st["body"]),
                        para(case.status, st["body"]),
                        para(f"{done} / {len(shown)}", st["body"])])  # fmt: skip
    return [
        para(labels.title, st["title"]),
        Spacer(1, 3 * mm),
        grid(fact_rows, [40 * mm, width - 40 * mm], header=False),
        Spacer(1, 7 * mm),
        para(labels.summary, st["section"]),
        grid(summary, [38 * mm, width - 38 * mm - 62 * mm, 36 * mm, 26 * mm]),
        Spacer(1, 4 * mm),
        Paragraph(
            escape(labels.legend).replace("■", f'<font color="{ATTENTION["no"]}">■</font>'), st["small"]
        ),
    ]


def _case_section(
    case: PrintedCase,
    printout: ReviewPrintout,
    labels: ReviewLabels,
    st: dict[str, ParagraphStyle],
    width: float,
) -> list[Flowable]:
    """One case, on a page of its own: heading, summary, flagged points, then the checklist."""
    template, language = printout.template, printout.language
    text_width = width - 2 * FRAME_PAD
    heading: list[Flowable] = [
        para(case.reference, st["case"]),
        para(f"{case.description} · {case.status}", st["small"]),
    ]
    flow: list[Flowable] = [PageBreak(), KeepTogether(heading)]
    if case.defer_reason:
        flow += text_paragraphs(f"{labels.deferred_because}: {case.defer_reason}", st["body"], text_width)
    if case.summary:
        flow += [
            para(labels.case_summary, st["section"]),
            *text_paragraphs(case.summary, st["body"], text_width),
        ]
    numbers = _numbers(template)  # once a case, for the points, the tables and the skipped list
    flow += _points(case, printout, labels, st, width, numbers)
    skipped = [str(numbers[q.id]) for q in template.questions if not is_shown(template, q, case.answers)]
    for section in template.sections:
        flow += _section_flow(
            section.title.get(language), section.questions, case, printout, labels, st, width, numbers
        )
    if skipped:
        flow.append(para(labels.skipped.replace("{numbers}", ", ".join(skipped)), st["muted"]))
    flow.append(Spacer(1, 6 * mm))
    return flow


def _numbers(template: Template) -> dict[str, int]:
    """The template's own question numbers, counted over every question, shown or not."""
    return {q.id: i + 1 for i, q in enumerate(template.questions)}


def _flagged(answer: Answer) -> bool:
    """An answer that usually calls for attention (marked ■ and listed at the top of the case)."""
    return bool(answer.codes() & set(ATTENTION))


def _points(
    case: PrintedCase,
    printout: ReviewPrintout,
    labels: ReviewLabels,
    st: dict[str, ParagraphStyle],
    width: float,
    numbers: Mapping[str, int],
) -> list[Flowable]:
    """Answers that usually call for attention, each with the member's note: the meeting's agenda."""
    template, language = printout.template, printout.language
    items: list[Flowable] = []
    for question in template.questions:
        answer = case.answers.get(question.id, Answer())
        if not is_shown(template, question, case.answers) or not _flagged(answer):
            continue
        chosen = ", ".join(
            (c.label.get(language) if (c := question.choice(code)) else code)
            for code in sorted(answer.codes())
        )
        line = f"{numbers[question.id]}. {question.text.get(language)} — {chosen}"
        items.append(Paragraph(f"{MARKER} {escape(line)}", st["bold"]))
        if answer.note.strip():  # printed here only: the table points back to it
            items += text_paragraphs(answer.note, st["indented"], width - 2 * FRAME_PAD - 5 * mm)
    if not items:
        items = [para(labels.no_points, st["muted"])]
    return [para(labels.points, st["section"]), *items]


def _section_flow(
    title: str,
    questions: Sequence[Question],
    case: PrintedCase,
    printout: ReviewPrintout,
    labels: ReviewLabels,
    st: dict[str, ParagraphStyle],
    width: float,
    numbers: Mapping[str, int],
) -> list[Flowable]:
    """A section's questions as tables, broken by free-text answers printed across the width."""
    template, language = printout.template, printout.language
    widths = [width * 0.42, width * 0.22, width * 0.36]
    header = [para(h, st["head"]) for h in (labels.question, labels.answer, labels.note)]
    flow: list[Flowable] = []
    rows: list[list[Cell]] = []

    def close_table() -> None:
        if rows:
            flow.append(FlowingTable(header, list(rows), widths,
                                     lambda data, shaded: grid(data, widths, True, shaded)))  # fmt: skip
            rows.clear()

    for question in questions:
        if not is_shown(template, question, case.answers):
            continue
        answer = case.answers.get(question.id, Answer())
        text = f"{numbers[question.id]}. {question.text.get(language)}"
        if question.kind == "text" and answer.answered:
            close_table()
            flow += _full_width(text, str(answer.value), answer.note, labels, st, width)
            continue
        note: Cell = TextCell(answer.note, st["body"])
        if _flagged(answer) and answer.note.strip():
            note = para(labels.note_above, st["muted"])
        rows.append([TextCell(text, st["body"]), _answer_cell(question, answer, printout, labels, st), note])
    close_table()
    if not flow:
        return []
    return [CondPageBreak(35 * mm), para(title, st["section"]), *flow]  # never a title alone at a page foot


def _full_width(
    question: str, answer: str, note: str, labels: ReviewLabels, st: dict[str, ParagraphStyle], width: float
) -> list[Flowable]:
    """A free-text answer, read as prose: the question, then the member's words across the page."""
    text_width = width - 2 * FRAME_PAD
    flow: list[Flowable] = [Spacer(1, 2 * mm), para(question, st["bold"])]
    flow += text_paragraphs(answer, st["body"], text_width)
    if note.strip():
        flow += text_paragraphs(f"{labels.note}: {note}", st["muted"], text_width)
    flow.append(Spacer(1, 2 * mm))
    return flow


def render_review_pdf(printout: ReviewPrintout, labels: ReviewLabels) -> bytes:
    """Render the printout to PDF bytes (deterministic for the same input)."""
    st = styles()
    buffer = BytesIO()
    margin = 18 * mm
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=22 * mm,
        bottomMargin=20 * mm, title=f"{labels.title} – {printout.round_title}",
        author=printout.reviewer, subject=printout.round_title, lang=printout.language, invariant=1,
    )  # fmt: skip
    width = A4[0] - 2 * margin
    story = _cover(printout, labels, st, width)
    for case in printout.cases:
        story += _case_section(case, printout, labels, st, width)
    doc.build(story, onFirstPage=_decorate(printout, labels), onLaterPages=_decorate(printout, labels),
              canvasmaker=numbered_canvas(labels.page))  # fmt: skip
    return buffer.getvalue()


def _decorate(printout: ReviewPrintout, labels: ReviewLabels) -> Callable[[Canvas, BaseDocTemplate], None]:
    def draw(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        width, height = A4
        canvas.setFillColor(ACCENT)
        canvas.rect(0, height - 12 * mm, width, 12 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(BOLD, 9)
        canvas.drawString(18 * mm, height - 7.8 * mm, f"{labels.title} · {printout.reviewer}")
        canvas.setFont(REGULAR, 9)
        canvas.drawRightString(width - 18 * mm, height - 7.8 * mm, printout.round_title[:90])
        canvas.setFillColor(MUTED)
        canvas.setFont(REGULAR, 8)
        canvas.drawString(18 * mm, 10 * mm, labels.confidential)
        canvas.restoreState()

    return draw
