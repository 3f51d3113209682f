"""Long notes and answers print in full, in order, and in work proportional to their length.

Printing a 20,000-line note took 163 s because each page break re-broke everything
still to print. Speed itself is measured by bench/print.py; here the work is counted
instead: how many lines ReportLab's line breaker produces while rendering, which
must stay a small multiple of the lines printed, however long the note.
"""

from __future__ import annotations

import re
from io import BytesIO
from xml.sax.saxutils import escape

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from desktop.core.answers import Answer
from desktop.core.template import parse_template
from desktop.reports.flowing_table import lines_paragraph, printed_lines
from desktop.reports.pdf_style import styles
from desktop.reports.review_pdf import PrintedCase, ReviewLabels, ReviewPrintout, render_review_pdf
from tests.conftest import small_template

TEMPLATE = parse_template(small_template())


def render(answers: dict[str, Answer], reason: str = "") -> bytes:
    case = PrintedCase("HC-01", "Hate crime · Race", "Deferred" if reason else "Complete", reason, answers)
    printout = ReviewPrintout("Round Q3", "Gwen Jones", "2026-12-31", "2026-11-22", "en", TEMPLATE, [case])
    return render_review_pdf(printout, ReviewLabels.english())


def text_of(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(data)).pages)


def numbered(prefix: str, count: int) -> str:
    return "\n".join(f"{prefix}{i:05d} Dŵr tŷ" for i in range(count))


def numbers_after(prefix: str, text: str) -> list[int]:
    return [int(n) for n in re.findall(rf"{prefix}(\d{{5}})", text)]


@pytest.fixture
def lines_broken(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A running count of the lines ReportLab's line breaker produces (calls through)."""
    count = [0]
    original = Paragraph.breakLines

    def counting(self: Paragraph, width: float):  # type: ignore[no-untyped-def]
        broken = original(self, width)
        count[0] += len(broken.lines)
        return broken

    monkeypatch.setattr(Paragraph, "breakLines", counting)
    return count


def test_every_line_of_a_long_note_prints_once_in_order(lines_broken: list[int]) -> None:
    lines = 3000
    data = render({"assessed": Answer("no", note=numbered("N", lines))})
    text = text_of(data)
    assert numbers_after("N", text) == list(range(lines))  # none lost or repeated at page breaks
    assert text.count("Dŵr tŷ") == lines  # Welsh letters survive
    assert len(PdfReader(BytesIO(data)).pages) > 40
    # Linear, not quadratic: before, each page re-broke the rest of the note
    # (about 100 lines broken per line printed at this length, growing with it).
    assert lines_broken[0] < 4 * lines


def test_work_per_printed_line_does_not_grow_with_the_note(lines_broken: list[int]) -> None:
    per_line = []
    for lines in (400, 1600):
        lines_broken[0] = 0
        render({"assessed": Answer("no", note=numbered("N", lines))})
        per_line.append(lines_broken[0] / lines)
    assert per_line[1] < per_line[0] * 1.1, per_line


def test_long_typed_answer_beside_long_note_both_print_in_full() -> None:
    answers = {
        "learning": Answer(numbered("A", 700), note=numbered("B", 500)),
        "assessed": Answer("no", note="Short note."),
    }
    text = text_of(render(answers))
    assert numbers_after("A", text) == list(range(700))
    assert numbers_after("B", text) == list(range(500))
    assert "Short note." in text


def test_long_unbroken_line_prints_whole() -> None:
    digits = "0123456789" * 500  # 5,000 characters, no space to break at
    text = text_of(render({"assessed": Answer("no", note=digits), "learning": Answer(digits)}))
    printed = "".join(token for token in text.split() if token.isdigit() and len(token) > 2)
    assert printed == digits * 2  # the note's row, then the answer's row


def test_long_defer_reason_prints_in_full() -> None:
    text = text_of(render({}, reason=numbered("R", 400)))
    assert "Deferred because: R00000" in text
    assert numbers_after("R", text) == list(range(400))


def test_blank_lines_between_typed_lines_are_kept() -> None:
    style = styles()["body"]
    lines = printed_lines("First\n\n\nSecond  & <third>\n", style, 150)
    assert lines == ["First", "", "", "Second & <third>"]
    assert len(lines_paragraph(lines, style).breakLines([150]).lines) == 4
    assert "Second & <third>" in text_of(
        render({"assessed": Answer("no", note="First\n\n\nSecond & <third>")})
    )


@pytest.mark.parametrize(
    "typed",
    ["word " * 300, "x" * 2000, "Dŵr, tŷ a ŵyr – & < > \" ' " * 40, "short", "a\n\nb\n", "  indented\tline "],
)
def test_printed_lines_print_again_as_the_same_lines(typed: str) -> None:
    """The premise of the fast layout: the lines found are the lines a whole paragraph prints."""
    style = styles()["body"]
    lines = printed_lines(typed, style, 150)
    whole = Paragraph(escape(typed).replace("\n", "<br/>"), style)
    assert len(lines) == len(whole.breakLines([150]).lines)
    for line in lines:
        assert len(lines_paragraph([line], style).breakLines([150]).lines) == 1, line
    assert len(lines_paragraph(lines, style).breakLines([150]).lines) == len(lines)
