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
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
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
    Table,
    TableStyle,
)

from desktop.core.answers import Answer, is_shown
from desktop.core.template import Question, Template
from desktop.reports.flowing_table import (
    Cell,
    FlowingTable,
    TableCommand,
    TextCell,
    cell_padding,
    text_paragraphs,
)
from desktop.reports.fonts import BOLD, ITALIC, REGULAR, register_fonts

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

ACCENT = colors.HexColor("#1f3a5f")
RULE = colors.HexColor("#c8d0da")
SHADE = colors.HexColor("#eef2f6")
MUTED = colors.HexColor("#5a6470")
FRAME_PAD = 6  # SimpleDocTemplate's frame pads each side: text outside tables is this much narrower
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


def _styles() -> dict[str, ParagraphStyle]:
    font = register_fonts()
    base = ParagraphStyle("base", fontName=font, fontSize=10, leading=13.5, alignment=TA_LEFT)
    return {
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=8.5, leading=11, textColor=MUTED),
        "title": ParagraphStyle("title", base, fontName=BOLD, fontSize=20, leading=25, textColor=ACCENT),
        "case": ParagraphStyle(
            "case",
            base,
            fontName=BOLD,
            fontSize=14,
            leading=18,
            textColor=ACCENT,
            spaceBefore=4,
            spaceAfter=2,
        ),
        "section": ParagraphStyle(
            "section",
            base,
            fontName=BOLD,
            fontSize=11,
            leading=14,
            textColor=ACCENT,
            spaceBefore=8,
            spaceAfter=3,
        ),
        "head": ParagraphStyle("head", base, fontName=BOLD, fontSize=9, leading=12, textColor=colors.white),
        "muted": ParagraphStyle("muted", base, fontName=ITALIC, textColor=MUTED),
        "bold": ParagraphStyle("bold", base, fontName=BOLD),
        "indented": ParagraphStyle("indented", base, leftIndent=5 * mm, spaceAfter=3),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of user or template text: escaped, with line breaks kept."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _answer_cell(
    question: Question,
    answer: Answer,
    printout: ReviewPrintout,
    labels: ReviewLabels,
    st: dict[str, ParagraphStyle],
) -> Cell:
    """The answer column: typed text may flow over pages, a choice is kept whole."""
    if not answer.answered:
        return _p(labels.not_answered, st["muted"])
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


def _grid(
    rows: Sequence[list[object]], widths: list[float], header: bool = True, shaded: list[bool] | None = None
) -> Table:
    """A ruled table, every other row shaded unless `shaded` says which (one flag a row)."""
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, splitInRow=1)
    commands: list[TableCommand] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
        *cell_padding(),
    ]
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), ACCENT)]
    if shaded is None:
        shaded = [r >= (2 if header else 1) and r % 2 == (0 if header else 1) for r in range(len(rows))]
    commands += [("BACKGROUND", (0, r), (-1, r), SHADE) for r, shade in enumerate(shaded) if shade]
    table.setStyle(TableStyle(commands))
    return table


def _cover(
    printout: ReviewPrintout, labels: ReviewLabels, st: dict[str, ParagraphStyle], width: float
) -> list[Flowable]:
    facts = [(labels.round, printout.round_title), (labels.reviewer, printout.reviewer),
             (labels.due, printout.due or "—"), (labels.printed, printout.printed)]  # fmt: skip
    fact_rows: list[list[object]] = [[_p(k, st["bold"]), _p(v, st["body"])] for k, v in facts]
    summary: list[list[object]] = [
        [_p(h, st["head"]) for h in (labels.case, labels.description, labels.status, labels.answered)]
    ]
    template = printout.template
    for case in printout.cases:
        shown = [q for q in template.questions if is_shown(template, q, case.answers) and not q.optional]
        done = sum(1 for q in shown if case.answers.get(q.id, Answer()).answered)
        summary.append([_p(case.reference, st["bold"]), _p(case.description, st["body"]),
                        _p(case.status, st["body"]), _p(f"{done} / {len(shown)}", st["body"])])  # fmt: skip
    return [
        _p(labels.title, st["title"]),
        Spacer(1, 3 * mm),
        _grid(fact_rows, [40 * mm, width - 40 * mm], header=False),
        Spacer(1, 7 * mm),
        _p(labels.summary, st["section"]),
        _grid(summary, [38 * mm, width - 38 * mm - 62 * mm, 36 * mm, 26 * mm]),
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
        _p(case.reference, st["case"]),
        _p(f"{case.description} · {case.status}", st["small"]),
    ]
    flow: list[Flowable] = [PageBreak(), KeepTogether(heading)]
    if case.defer_reason:
        flow += text_paragraphs(f"{labels.deferred_because}: {case.defer_reason}", st["body"], text_width)
    if case.summary:
        flow += [
            _p(labels.case_summary, st["section"]),
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
        flow.append(_p(labels.skipped.replace("{numbers}", ", ".join(skipped)), st["muted"]))
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
        items = [_p(labels.no_points, st["muted"])]
    return [_p(labels.points, st["section"]), *items]


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
    header = [_p(h, st["head"]) for h in (labels.question, labels.answer, labels.note)]
    flow: list[Flowable] = []
    rows: list[list[Cell]] = []

    def close_table() -> None:
        if rows:
            flow.append(FlowingTable(header, list(rows), widths,
                                     lambda data, shaded: _grid(data, widths, True, shaded)))  # fmt: skip
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
            note = _p(labels.note_above, st["muted"])
        rows.append([TextCell(text, st["body"]), _answer_cell(question, answer, printout, labels, st), note])
    close_table()
    if not flow:
        return []
    return [CondPageBreak(35 * mm), _p(title, st["section"]), *flow]  # never a title alone at a page foot


def _full_width(
    question: str, answer: str, note: str, labels: ReviewLabels, st: dict[str, ParagraphStyle], width: float
) -> list[Flowable]:
    """A free-text answer, read as prose: the question, then the member's words across the page."""
    text_width = width - 2 * FRAME_PAD
    flow: list[Flowable] = [Spacer(1, 2 * mm), _p(question, st["bold"])]
    flow += text_paragraphs(answer, st["body"], text_width)
    if note.strip():
        flow += text_paragraphs(f"{labels.note}: {note}", st["muted"], text_width)
    flow.append(Spacer(1, 2 * mm))
    return flow


def render_review_pdf(printout: ReviewPrintout, labels: ReviewLabels) -> bytes:
    """Render the printout to PDF bytes (deterministic for the same input)."""
    st = _styles()
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
              canvasmaker=_numbered_canvas(labels))  # fmt: skip
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


def _numbered_canvas(labels: ReviewLabels) -> type[Canvas]:
    """A canvas that writes "Page x of y" once the page count is known."""
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, object]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            # Canvas's own page reset, private and so left out of the reportlab stubs.
            self._startPage()  # type: ignore[attr-defined]

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(REGULAR, 8)
                self.setFillColor(MUTED)
                text = labels.page.replace("{page}", str(self.getPageNumber())).replace("{pages}", str(total))
                self.drawRightString(A4[0] - 18 * mm, 10 * mm, text)
                super().showPage()
            super().save()

    return NumberedCanvas
