"""The retention report for the OPCC's data-protection officer, as PDF and as CSV.

One round: the date members' copies are to be erased, then per member given cases in
it, by name (the report is internal to the office, like the internal panel report,
which names members as the roster does), when their laptop erased the material and
what went, from the signed receipt, or "Not yet". It holds counts only: no case text,
no case reference. In Welsh, in English, or both (Welsh first), like the panel report;
the CSV carries every label in both languages and each count in its own column, every
cell spreadsheet-safe (`core.spreadsheet_cells`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, SimpleDocTemplate, Spacer

from desktop.core.spreadsheet_cells import csv_text
from desktop.core.words import say
from desktop.core.words.dates import long_date
from desktop.reports.pdf_style import grid, numbered_canvas, para, styles

FORMAT_VERSION = "1"
COLUMNS = (
    "format_version", "round_uid", "round_title", "erase_on", "member", "member_fingerprint", "withdrawn",
    "erased", "erased_at_utc", "cases", "documents", "answers", "notes", "backups_rewritten",
    "backups_removed", "receipt_received_at_utc", "status_en", "status_cy",
)  # fmt: skip


@dataclass(frozen=True)
class MemberRetention:
    name: str  # as the roster has it
    fingerprint: str
    withdrawn: bool
    erased_at: str  # ISO UTC "2026-03-14 09:30", "" when no receipt has come
    received_at: str  # ISO UTC, "" likewise
    counts: tuple[int, int, int, int]  # cases, documents, answers, notes
    backups_rewritten: int
    backups_removed: int


@dataclass(frozen=True)
class RetentionReport:
    round_uid: str
    round_title: str
    erase_on: str | None  # ISO date
    prepared_on: str  # ISO date
    members: tuple[MemberRetention, ...]


def _w(key: str, language: str, **values: object) -> str:
    return say(f"report.retention.{key}", language, **values)


def _erased_words(m: MemberRetention, language: str) -> str:
    return long_date(m.erased_at, language) + " UTC" if m.erased_at else _w("not_yet", language)


def _what(m: MemberRetention, language: str) -> str:
    if not m.erased_at:
        return "—"
    cases, documents, answers, notes = m.counts
    return _w("what", language, cases=cases, documents=documents, answers=answers, notes=notes,
              rewritten=m.backups_rewritten, removed=m.backups_removed)  # fmt: skip


def _name(m: MemberRetention, language: str) -> str:
    return _w("withdrawn", language, name=m.name) if m.withdrawn else m.name


def _part(report: RetentionReport, language: str, width: float) -> list[Flowable]:
    st = styles()
    erase = (
        _w("erase_on", language, date=long_date(report.erase_on, language))
        if report.erase_on
        else _w("no_date", language)
    )
    erased = sum(1 for m in report.members if m.erased_at)
    flow: list[Flowable] = [
        para(_w("heading", language, round=report.round_title), st["title"]),
        para(_w("internal", language), st["muted"]),
        para(_w("prepared", language, date=long_date(report.prepared_on, language)), st["muted"]),
        Spacer(1, 4 * mm),
        para(erase, st["body"]),
        Spacer(1, 2 * mm),
        para(_w("how", language), st["body"]),
        Spacer(1, 2 * mm),
        para(_w("summary", language, erased=erased, members=len(report.members)), st["body"]),
        Spacer(1, 4 * mm),
    ]
    if not report.members:
        return [*flow, para(_w("no_members", language), st["body"])]
    head = [_w(f"column.{c}", language) for c in ("member", "erased", "what", "received")]
    rows: list[list[object]] = [[para(h, st["head"]) for h in head]]
    for m in report.members:
        received = long_date(m.received_at, language) + " UTC" if m.received_at else _w("not_yet", language)
        cells = (_name(m, language), _erased_words(m, language), _what(m, language), received)
        rows.append([para(cell, st["body"]) for cell in cells])
    widths = [width * 0.24, width * 0.2, width * 0.36, width * 0.2]
    return [*flow, grid(rows, widths)]


def render_retention_pdf(report: RetentionReport, languages: Sequence[str]) -> bytes:
    """The report in each of `languages` in turn ("cy", "en"), each part from a new page."""
    buffer = BytesIO()
    margin = 18 * mm
    first = languages[0]
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=20 * mm, bottomMargin=20 * mm,
        title=_w("heading", first, round=report.round_title), subject=_w("title", first), lang=first,
        invariant=1,
    )  # fmt: skip
    width = A4[0] - 2 * margin
    story: list[Flowable] = []
    for number, language in enumerate(languages):
        if number:
            story.append(PageBreak())
        story += _part(report, language, width)
    page = " / ".join(_w("page", language) for language in languages)
    doc.build(story, canvasmaker=numbered_canvas(page))
    return buffer.getvalue()


def _row(report: RetentionReport, m: MemberRetention) -> list[object]:
    cases, documents, answers, notes = m.counts
    erased = bool(m.erased_at)
    counts = (
        [cases, documents, answers, notes, m.backups_rewritten, m.backups_removed] if erased else [""] * 6
    )
    return [
        FORMAT_VERSION, report.round_uid, report.round_title, report.erase_on or "", m.name, m.fingerprint,
        "yes" if m.withdrawn else "no", "yes" if erased else "no", m.erased_at, *counts, m.received_at,
        _erased_words(m, "en"), _erased_words(m, "cy"),
    ]  # fmt: skip


def render_retention_csv(report: RetentionReport) -> bytes:
    """One row per member; UTF-8 with a byte-order mark, as every CSV the app writes."""
    return csv_text(COLUMNS, (_row(report, m) for m in report.members)).encode("utf-8-sig")
