"""The consolidated panel report as an A4 PDF, shaped like the reports panels publish.

Cover; background; cases by type and strand; the findings case by case (the panel's
comment or the draft, splits with the panel's decision, members' notes, good practice
and learning); the criteria-count table (`criteria_pdf`); agreement between members; the
summary; observations with the force's responses; recommendations with their history;
and an appendix of the signed packages every finding rests on. In "both" languages the
whole report is given in Welsh, then in English, or side by side (`side_by_side_pdf`).
Every text is real text in reading order, with a document title, language and an
outline of the headings.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from io import BytesIO
from typing import TYPE_CHECKING

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    SimpleDocTemplate,
    Spacer,
)
from reportlab.platypus.doctemplate import FrameBreak

from desktop.core.words.dates import long_date
from desktop.reports.content import PanelReport, ReportOptions
from desktop.reports.criteria_pdf import criteria_part
from desktop.reports.fonts import BOLD, REGULAR
from desktop.reports.languages import in_language
from desktop.reports.panel_parts import (
    Heading,
    agreement_part,
    background_part,
    by_type_part,
    cases_part,
    evidence_part,
    observations_part,
    packages_part,
    recommendations_part,
    summary_part,
)
from desktop.reports.pdf_style import ACCENT, MUTED, numbered_canvas, para, styles
from desktop.reports.side_by_side_pdf import PairedRow, paired
from desktop.reports.trend_pdf import since_last_part
from desktop.reports.words import confirmed_line, word

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

MARGIN = 18 * mm


def _cover(report: PanelReport, options: ReportOptions, language: str) -> list[Flowable]:
    st = styles()
    lines: list[Flowable] = [
        Spacer(1, 30 * mm),
        para(report.panel or word("report", language), st["title"]),
        Spacer(1, 4 * mm),
        para(report.round_title, st["case"]),
    ]
    if report.force:
        lines.append(para(word("scrutiny_of", language, force=report.force), st["body"]))
    lines += [
        Spacer(1, 8 * mm),
        para(word("published" if options.mode == "publication" else "internal", language), st["bold"]),
        para(word("generated", language, date=long_date(report.generated_on, language)), st["muted"]),
    ]
    if options.mode == "publication" and report.confirmed_on:
        lines.append(para(confirmed_line(report, language), st["muted"]))
    return lines


Part = Callable[[PanelReport, ReportOptions, str, float], list[Flowable]]
PARTS: tuple[Part, ...] = (
    background_part,
    by_type_part,
    cases_part,
    criteria_part,
    since_last_part,
    agreement_part,
    summary_part,
    observations_part,
    recommendations_part,
    evidence_part,
    packages_part,
)


def _one_language(report: PanelReport, options: ReportOptions, language: str, width: float) -> list[Flowable]:
    return _laid_out(_cover(report, options, language), lambda part: part(report, options, language, width))


def _side_by_side(report: PanelReport, options: ReportOptions, width: float) -> list[Flowable]:
    """Welsh left, English right (`side_by_side_pdf`), part by part."""
    welsh, english = in_language(report, "cy"), in_language(report, "en")
    cover = paired(_cover(welsh, options, "cy"), _cover(english, options, "en"), width)
    return _laid_out(
        cover,
        lambda part: paired(part(welsh, options, "cy", width), part(english, options, "en", width), width),
    )


def _laid_out(cover: list[Flowable], flow_of: Callable[[Part], list[Flowable]]) -> list[Flowable]:
    story = list(cover)
    for part in PARTS:
        flow = flow_of(part)
        if not flow:
            continue
        # The cover, the cases, the tables and the appendix start a page; short parts follow on.
        if part in (background_part, cases_part, criteria_part, packages_part):
            story.append(PageBreak())
        else:
            story += [Spacer(1, 8 * mm), CondPageBreak(70 * mm)]
        story += flow
    return story


def render_panel_pdf(report: PanelReport, options: ReportOptions) -> bytes:
    """The report as PDF bytes (the same bytes for the same report and options)."""
    buffer = BytesIO()
    first = options.languages[0]
    named = in_language(report, first)  # the title, panel and headers in the first language
    title = f"{word('report', first)} – {named.round_title}"
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=22 * mm,
        bottomMargin=20 * mm,
        title=title,
        author=named.panel,
        subject=named.round_title,
        lang="cy-GB" if first == "cy" else "en-GB",
        invariant=1,
        displayDocTitle=1,
    )
    width = A4[0] - 2 * MARGIN
    story: list[Flowable] = []
    if options.side_by_side:
        story = _side_by_side(report, options, width)
    for i, language in enumerate(() if options.side_by_side else options.languages):
        if i:
            story.append(PageBreak())
        story += _one_language(in_language(report, language), options, language, width)
    doc.afterFlowable = _outline(doc)  # type: ignore[assignment]
    doc.keepTogetherClass = HeadingWithNext
    draw = _decorate(
        _named_in_each(report, options.languages),
        title,
        " / ".join(long_date(report.generated_on, lang) for lang in options.languages),
    )
    doc.build(
        story,
        onFirstPage=draw,
        onLaterPages=draw,
        canvasmaker=numbered_canvas(" / ".join(word("page", lang) for lang in options.languages)),
    )
    return buffer.getvalue()


class HeadingWithNext(KeepTogether):
    """A heading (keepWithNext) and what follows it, moved to the next page together when
    the heading and the start of what follows (all of it, up to 60 mm) do not fit: no
    heading is left at a page foot, and a long table still starts under its heading
    rather than leaving the rest of the page blank."""

    START = 60 * mm

    def __init__(self, flowables: list[Flowable]) -> None:
        super().__init__(flowables)
        self.kept = list(flowables)

    def split(self, aW: float, aH: float) -> list[Flowable]:
        *leading, last = self.kept
        need = sum(f.wrap(aW, aH)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in leading)
        need += min(last.wrap(aW, aH)[1], self.START)
        frame = getattr(self, "_frame", None)
        if need > aH and not getattr(frame, "_atTop", False):
            return [FrameBreak(), *self.kept]
        return list(self.kept)


def _outline(doc: BaseDocTemplate) -> Callable[[Flowable], None]:
    """Bookmarks for every heading, so a reader (and a screen reader) can jump to it."""
    count = Counter[str]()

    def after(flowable: Flowable) -> None:
        # side by side, a row holds a Welsh heading and its English one: both are listed
        for heading in flowable.headings if isinstance(flowable, PairedRow) else (flowable,):
            if isinstance(heading, Heading):
                count[heading.key] += 1
                key = f"{heading.key}-{count[heading.key]}"
                doc.canv.bookmarkPage(key)
                doc.canv.addOutlineEntry(heading.getPlainText(), key, level=heading.level, closed=True)

    return after


def _named_in_each(report: PanelReport, languages: tuple[str, ...]) -> PanelReport:
    """The panel and the round named in each language of the report, as every page's
    header names them: "Welsh / English" in a bilingual report, once when alike."""
    named = [in_language(report, language) for language in languages]

    def joined(names: list[str]) -> str:
        return " / ".join(dict.fromkeys(n for n in names if n))

    return replace(
        report, panel=joined([n.panel for n in named]), round_title=joined([n.round_title for n in named])
    )


def _decorate(report: PanelReport, title: str, dated: str) -> Callable[[Canvas, BaseDocTemplate], None]:
    def draw(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        width, height = A4
        canvas.setFillColor(ACCENT)
        canvas.rect(0, height - 12 * mm, width, 12 * mm, stroke=0, fill=1)
        canvas.setFillColor("#ffffff")
        canvas.setFont(BOLD, 9)
        canvas.drawString(MARGIN, height - 7.8 * mm, (report.panel or title)[:70])
        canvas.setFont(REGULAR, 9)
        canvas.drawRightString(width - MARGIN, height - 7.8 * mm, report.round_title[:70])
        canvas.setFillColor(MUTED)
        canvas.setFont(REGULAR, 8)
        canvas.drawString(MARGIN, 10 * mm, dated)
        canvas.restoreState()

    return draw
