"""The "Print my review" PDF, rendered for real and read back with pypdf."""

from __future__ import annotations

from io import BytesIO

from pypdf import PdfReader

from desktop.core.answers import Answer
from desktop.core.template import parse_template
from desktop.reports.review_pdf import PrintedCase, ReviewLabels, ReviewPrintout, render_review_pdf
from tests.conftest import small_template

TEMPLATE = parse_template(small_template())


def printout(cases, language: str = "en") -> ReviewPrintout:
    return ReviewPrintout("Round Q3", "Gwen Jones", "2026-12-31", "2026-11-22", language, TEMPLATE, cases)


def case(reference: str, answers: dict[str, Answer], reason: str = "") -> PrintedCase:
    return PrintedCase(reference, "Hate crime · Race", "Deferred" if reason else "Complete", reason, answers)


def text_of(data: bytes) -> str:
    reader = PdfReader(BytesIO(data))
    return " ".join(" ".join(p.extract_text() for p in reader.pages).split())


ANSWERS = {
    "strands": Answer(("other", "race"), note="Also recorded as age."),
    "assessed": Answer("no", note="No risk assessment in the log."),
    "contact": Answer("partly", hours=72, note="Email only."),
    "learning": Answer("Check the HCSO rota."),
}


def test_contents_in_english() -> None:
    data = render_review_pdf(printout([case("HC-01", ANSWERS), case("HC-02", {}, "File incomplete")]),
                             ReviewLabels.english())  # fmt: skip
    text = text_of(data)
    expected_texts = (
        "My review", "Round Q3", "Gwen Jones", "2026-12-31", "HC-01", "HC-02", "Which strands?",
        "Race, Other", "Also recorded as age.", "No risk assessment in the log.", "Partly (72 hours)",
        "Check the HCSO rota.", "Not answered", "Deferred because: File incomplete", "Page 1 of",
        "Confidential",
    )  # fmt: skip
    for expected in expected_texts:
        assert expected in text, expected
    assert "Risk level?" not in text  # hidden by skip logic: "assessed" is No
    assert PdfReader(BytesIO(data)).metadata.title == "My review – Round Q3"


def test_welsh_text_and_letters_survive() -> None:
    answers = {**ANSWERS, "assessed": Answer("yes", note="Dŵr, tŷ a ŵyr – nodyn")}
    text = text_of(render_review_pdf(printout([case("HC-01", answers)], "cy"), ReviewLabels.english()))
    assert "A aseswyd y risg?" in text and "Lefel y risg?" in text
    assert "Dŵr, tŷ a ŵyr – nodyn" in text
    assert "Was risk assessed?" not in text


def test_user_text_is_printed_literally() -> None:
    answers = {"assessed": Answer("no", note="<b>bold?</b> & <script>x</script>")}
    text = text_of(render_review_pdf(printout([case("HC-01", answers)]), ReviewLabels.english()))
    assert "<b>bold?</b> & <script>x</script>" in text


def test_very_long_note_flows_over_pages() -> None:
    note = ("A long note about the case. " * 200).strip()
    data = render_review_pdf(
        printout([case("HC-01", {"assessed": Answer("no", note=note)})]), ReviewLabels.english()
    )
    reader = PdfReader(BytesIO(data))
    assert len(reader.pages) >= 3
    # Every word arrives, whichever page the note breaks on.
    assert text_of(data).split().count("long") == 200


def test_output_is_deterministic_and_many_cases_render() -> None:
    cases = [case(f"HC-{i:03d}", ANSWERS) for i in range(60)]
    first = render_review_pdf(printout(cases), ReviewLabels.english())
    assert first == render_review_pdf(printout(cases), ReviewLabels.english())
    assert "HC-059" in text_of(first)


def _lines_with_x(data: bytes, page: int) -> list[tuple[float, str]]:
    """(x, text) of each piece of text on one page, as pypdf draws it."""
    found: list[tuple[float, str]] = []

    def visit(text, _cm, tm, _font, _size) -> None:
        if text.strip():
            found.append((tm[4], text.strip()))

    PdfReader(BytesIO(data)).pages[page].extract_text(visitor_text=visit)
    return found


def test_each_case_on_its_own_page_with_points_skips_explained_and_free_text_full_width() -> None:
    words = "The HCSO rota had no cover that week, so nobody rang the victim back. " * 3
    answers = {**ANSWERS, "learning": Answer(words.strip())}
    data = render_review_pdf(printout([case("HC-01", answers), case("HC-02", {})]), ReviewLabels.english())
    reader = PdfReader(BytesIO(data))
    pages = [p.extract_text() for p in reader.pages]
    assert len(pages) == 3, "a cover, then one page per case"
    assert "HC-01" in pages[1] and "HC-02" not in pages[1] and "HC-02" in pages[2]
    one = " ".join(reader.pages[1].extract_text().split())
    assert "Points I flagged for the meeting" in one and "No risk assessment in the log." in one
    assert one.count("No risk assessment in the log.") == 1, "a flagged note prints once, in the points"
    assert "Not shown, because earlier answers meant they did not apply: questions 3." in one
    left = min(x for x, _ in _lines_with_x(data, 1))
    free = [x for x, t in _lines_with_x(data, 1) if t.startswith("The HCSO rota")]
    assert free and abs(free[0] - left) < 10, "a free-text answer starts at the left margin, across the page"
