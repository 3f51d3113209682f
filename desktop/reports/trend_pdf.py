"""'Since the last review' in the PDF: the drafted sentences, the findings that recur, the
table of shares review by review, and a bar chart of the standards that fell short drawn
with ReportLab's graphics. The chart repeats the table's numbers; the table is the text
a screen reader reads."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desktop.core.trends import Trend
from desktop.reports.content import PanelReport, ReportOptions
from desktop.reports.fonts import REGULAR
from desktop.reports.panel_parts import Heading
from desktop.reports.pdf_style import ACCENT, MUTED, grid, para, styles
from desktop.reports.trend_rows import (
    charted,
    recurring_line,
    round_name,
    since_intro,
    since_lines,
    trend_table,
)
from desktop.reports.words import word

BAR_COLOURS = (MUTED, ACCENT, colors.HexColor("#2E7D5B"), colors.HexColor("#8A5A00"))


def since_last_part(
    report: PanelReport, options: ReportOptions, language: str, width: float
) -> list[Flowable]:
    trend = report.trend
    if trend is None or len(trend.rounds) < 2:
        return []
    st = styles()
    flow: list[Flowable] = [Heading(word("since_last", language), 0, "since_last")]
    flow += [para(since_intro(trend, language), st["body"])]
    flow += [para(f"• {line}", st["indented"]) for line in since_lines(trend, language)]
    found = trend.recurring()
    if found:
        flow += [para(word("since_recurring", language), st["section"])]
        flow += [para(f"• {recurring_line(r, language)}", st["indented"]) for r in found]
    head, rows = trend_table(trend, language)
    flow += [Spacer(1, 3 * mm), para(word("trend_table", language), st["section"])]
    first = width * 0.4
    rest = (width - first) / max(1, len(head) - 1)
    cells: list[list[object]] = [[para(h, st["head"]) for h in head]]
    cells += [[para(c, st["body"]) for c in row] for row in rows]
    flow.append(grid(cells, [first] + [rest] * (len(head) - 1)))
    chart = trend_chart(trend, language, width)
    if chart is not None:
        flow += [Spacer(1, 4 * mm), para(word("trend_chart", language), st["muted"]), chart]
    return flow


def trend_chart(trend: Trend, language: str, width: float) -> Drawing | None:
    """Grouped horizontal bars: per standard that fell short, one bar per round."""
    series = charted(trend)
    if not series:
        return None
    labels = {q.question.id: q.question.criterion_label(language).strip() for q in trend.questions}
    bar_room = 7 * len(trend.rounds) + 6
    height = len(series) * bar_room + 40
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = round(width * 0.42), 30
    chart.width, chart.height = round(width * 0.55), height - 40
    chart.data = [[shares[i] for _qid, shares in reversed(series)] for i in range(len(trend.rounds))]
    chart.categoryAxis.categoryNames = [_short(labels[qid]) for qid, _shares in reversed(series)]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 25
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d%%"
    for i in range(len(trend.rounds)):
        chart.bars[i].fillColor = BAR_COLOURS[i % len(BAR_COLOURS)]
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = round(width * 0.42), 12
    legend.fontName, legend.fontSize = REGULAR, 7
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.colorNamePairs = [
        (BAR_COLOURS[i % len(BAR_COLOURS)], round_name(r, language)) for i, r in enumerate(trend.rounds)
    ]
    drawing.add(legend)
    return drawing


def _short(label: str, most: int = 48) -> str:
    return label if len(label) <= most else label[: most - 1].rstrip() + "…"
