"""The commissioner's briefing as a Word document the OPCC edits and signs.

Laid out as seed 004's letter is: the office's name and address at the head, the line
saying the document is in both languages, the date and the recipient, a subject, the
body under plain headings, space to sign with the signatory's name and title, and the
Welsh Language statement at the foot of every page. In both languages it is Welsh
first, each language starting a page with its own footer, or Welsh left and English
right (`side_by_side_docx`), as the panel report allows. Every run carries its
language, so Word's spelling checker and screen readers use the right one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from io import BytesIO

from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from docx.text.paragraph import Paragraph

from desktop.core.words import say
from desktop.core.words.dates import long_date
from desktop.reports.briefing_content import (
    BriefedRound,
    Briefing,
    concern_lines,
    good_practice_lines,
    recommendation_lines,
    review_heading,
    reviewed_lines,
    since_paragraphs,
    subject,
)
from desktop.reports.content import ReportOptions
from desktop.reports.docx_style import (
    add,
    bullets,
    document,
    new_language_section,
    page_number,
    texts_in_other_languages,
    write,
)
from desktop.reports.languages import in_language
from desktop.reports.side_by_side_docx import SideBySide, Writer, written_parts
from desktop.reports.words import word

Part = Callable[[Document, Briefing, str], None]


def _lines(doc: Document, text: str, language: str, right: bool = False, kind: str = "body") -> Paragraph:
    """A block of lines (an address) as one paragraph, its lines kept as typed."""
    paragraph = doc.add_paragraph()
    write(paragraph, "\n".join(line.rstrip() for line in text.strip().splitlines()), language, kind)
    if right:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return paragraph


def letterhead_part(doc: Document, briefing: Briefing, language: str) -> None:
    office = briefing.letterhead.office(language)
    if office.strip():
        _lines(doc, office, language, right=True, kind="small")
    add(doc, say("briefing.available", language), language, kind="muted")
    _lines(doc, long_date(briefing.dated, language), language, right=True)
    if briefing.recipient.strip():
        _lines(doc, briefing.recipient, language)


def subject_part(doc: Document, briefing: Briefing, language: str) -> None:
    add(doc, say("briefing.title", language), language, "Heading 1")
    add(doc, subject(briefing, language), language, kind="bold")
    add(doc, say("briefing.reviewed_heading", language), language, "Heading 2")
    for line in reviewed_lines(briefing, language):
        add(doc, line, language)


def findings_part(doc: Document, briefing: Briefing, language: str) -> None:
    """Concerns and good practice, under each round's own heading when there are several."""
    several = len(briefing.rounds) > 1
    for briefed in briefing.rounds:
        if several:
            add(doc, review_heading(briefed, language), language, "Heading 2")
        level = "Heading 3" if several else "Heading 2"
        add(doc, say("briefing.concerns", language), language, level)
        bullets(doc, concern_lines(briefed.report, language), language)
        add(doc, word("good_practice", language), language, level)
        bullets(doc, good_practice_lines(briefed.report, language), language)


def since_part(doc: Document, briefing: Briefing, language: str) -> None:
    intro, changes, recurring = since_paragraphs(briefing.latest, language)
    if not intro:
        return
    add(doc, word("since_last", language), language, "Heading 2")
    add(doc, intro, language)
    bullets(doc, changes, language)
    if recurring:
        add(doc, word("since_recurring", language), language, kind="bold")
        bullets(doc, recurring, language)


def recommendations_part(doc: Document, briefing: Briefing, language: str) -> None:
    add(doc, word("recommendations", language), language, "Heading 2")
    add(doc, say("briefing.recommendations_intro", language), language)
    bullets(doc, recommendation_lines(briefing.latest, language), language)


def signature_part(doc: Document, briefing: Briefing, language: str) -> None:
    """Room to sign, then who signs and their title (left for the OPCC to fill if unset)."""
    space = doc.add_paragraph()
    space.paragraph_format.space_before = Pt(36)
    head = briefing.letterhead
    if head.signatory.strip():
        add(doc, head.signatory.strip(), language, kind="bold")
    if head.role(language).strip():
        _lines(doc, head.role(language), language)


PARTS: tuple[Part, ...] = (
    letterhead_part,
    subject_part,
    findings_part,
    since_part,
    recommendations_part,
    signature_part,
)


def in_briefing_language(briefing: Briefing, language: str) -> Briefing:
    """The briefing with each round's texts as its `language` part prints them."""
    rounds = tuple(BriefedRound(in_language(b.report, language), b.held) for b in briefing.rounds)
    return replace(briefing, rounds=rounds)


def _foreign(briefing: Briefing) -> dict[str, str]:
    """Texts printed in a language other than their part's, from every round."""
    found: dict[str, str] = {}
    for b in briefing.rounds:
        found.update(b.report.text_languages)
    return found


def render_briefing_docx(briefing: Briefing, options: ReportOptions) -> bytes:
    """The briefing as DOCX bytes: one section per language (Welsh first in "both"), or
    Welsh and English side by side."""
    parts = {language: in_briefing_language(briefing, language) for language in options.languages}
    first = options.languages[0]
    title = say("briefing.title", first)
    doc = document(first, title, subject(parts[first], first), "", briefing.dated)
    if options.side_by_side:
        _side_by_side(doc, parts)
    for i, language in enumerate(() if options.side_by_side else options.languages):
        part = parts[language]
        section = new_language_section(doc) if i else doc.sections[0]
        _footer(section.footer.paragraphs[0], briefing, language)
        with texts_in_other_languages(_foreign(part)):
            for write_part in PARTS:
                write_part(doc, part, language)
    buffer = BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _footer(paragraph: Paragraph, briefing: Briefing, language: str) -> None:
    """The Welsh Language statement, then "Page n of m"."""
    write(paragraph, briefing.letterhead.statement(language) + "\n", language, "small")
    page_number(paragraph, word("page", language), language)


def _side_by_side(doc: Document, parts: dict[str, Briefing]) -> None:
    """Welsh left, English right, from each language's briefing; both statements below."""
    footer = doc.sections[0].footer.paragraphs[0]
    write(footer, parts["cy"].letterhead.statement("cy") + "\n", "cy", "small")
    _footer(footer, parts["en"], "en")
    halves = []
    for language in ("cy", "en"):
        part = parts[language]
        writers: list[Writer] = [_writer(p, part, language) for p in PARTS]
        halves.append(written_parts(language, _foreign(part), part.dated, writers))
    pairs = SideBySide(doc)
    for welsh, english in zip(*halves, strict=True):
        pairs.add(welsh, english)


def _writer(part: Part, briefing: Briefing, language: str) -> Writer:
    return lambda doc: part(doc, briefing, language)
