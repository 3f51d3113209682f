"""A member's note stays in the language they wrote it in: marked on the member's side,
carried in the review package, kept by the coordinator, and printed and tagged in that
language in the report (through real profiles, packages and files read back)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from desktop.core.answers import Answer
from desktop.reports.content import ReportOptions
from desktop.services import findings, report, review, rounds, translations
from tests.services.panel_world import GOOD, Panel, reviewed_panel, with_changes
from tests.services.report_world import dump

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WELSH_NOTE = "Ni chafodd y dioddefwr alwad gan y swyddog am dridiau."
WELSH_NOTE_IN_ENGLISH = "The victim had no call from the officer for three days."
ENGLISH_NOTE = "The officer's log of the call was thorough and clear."
UNMARKED_NOTE = "Checked against the incident log."


def plan(name: str, reference: str) -> dict[str, Answer]:
    first = name.split()[0]
    if reference != "HC-001":
        return dict(GOOD)
    if first == "Aled":  # writes Welsh, marked so
        return with_changes({"hcso_contact_in_time": Answer("no", 72, WELSH_NOTE, "cy")})
    if first == "Bethan":  # writes English, marked so
        return with_changes({"hostility_recorded": Answer("yes", note=ENGLISH_NOTE, note_language="en")})
    if first == "Ceri":  # a note never marked: read as the round's language
        return with_changes({"hostility_recorded": Answer("yes", note=UNMARKED_NOTE)})
    return dict(GOOD)


@pytest.fixture(scope="module")
def panel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Panel]:
    made = reviewed_panel(tmp_path_factory.mktemp("panel"), plan, cases=2, k=4)
    yield made
    made.world.coordinator.close()
    for member in made.world.members.values():
        member.close()


def _notes(panel: Panel) -> dict[str, tuple[str, str]]:
    """note -> (member letter, the language kept with it), as the coordinator holds them."""
    merged = findings.round_findings(panel.world.coordinator, panel.round_id)
    return {
        given.answer.note: (given.letter, given.answer.note_language)
        for case in merged.cases
        for cell in case.cells.values()
        for given in cell.answers
        if given.answer.note
    }


def test_the_mark_travels_with_the_note_to_the_coordinator(panel: Panel) -> None:
    notes = _notes(panel)
    assert notes[WELSH_NOTE][1] == "cy"
    assert notes[ENGLISH_NOTE][1] == "en"
    assert notes[UNMARKED_NOTE][1] == ""


def _docx_runs(panel: Panel, tmp_path: Path, language: str) -> list[tuple[str, str | None]]:
    """(text, w:lang) of every run of the Word report's `language` part."""
    path = tmp_path / f"report-{language}.docx"
    report.write_report(panel.world.coordinator, panel.round_id, path, ReportOptions(language), "docx")
    document = docx.Document(io.BytesIO(path.read_bytes()))
    paragraphs = [*document.paragraphs]
    for table in document.tables:
        paragraphs += [p for row in table.rows for cell in row.cells for p in cell.paragraphs]
    runs = []
    for paragraph in paragraphs:
        for run in paragraph.runs:
            tag = run._r.rPr.find(f"{W}lang") if run._r.rPr is not None else None
            runs.append((run.text, None if tag is None else tag.get(f"{W}val")))
    return runs


def _tags_of(runs: list[tuple[str, str | None]], text: str) -> set[str | None]:
    found = {lang for run, lang in runs if text in run}
    assert found, f"{text!r} is printed"
    return found


def test_a_welsh_note_in_the_english_report_is_tagged_welsh(panel: Panel, tmp_path: Path) -> None:
    runs = _docx_runs(panel, tmp_path, "en")
    assert _tags_of(runs, WELSH_NOTE) == {"cy-GB"}
    assert _tags_of(runs, ENGLISH_NOTE) <= {"en-GB", None}
    assert _tags_of(runs, UNMARKED_NOTE) <= {"en-GB", None}


def test_an_english_note_in_the_welsh_report_is_tagged_english(panel: Panel, tmp_path: Path) -> None:
    runs = _docx_runs(panel, tmp_path, "cy")
    assert _tags_of(runs, ENGLISH_NOTE) == {"en-GB"}
    assert _tags_of(runs, WELSH_NOTE) <= {"cy-GB", None}


def test_the_pdf_prints_each_note_as_the_member_wrote_it(panel: Panel, tmp_path: Path) -> None:
    for language in ("en", "cy"):
        path = tmp_path / f"report-{language}.pdf"
        report.write_report(panel.world.coordinator, panel.round_id, path, ReportOptions(language), "pdf")
        text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)
        assert WELSH_NOTE in text and ENGLISH_NOTE in text


def test_a_mark_other_than_english_or_welsh_is_refused_and_nothing_changes(panel: Panel) -> None:
    member = panel.world.members["Aled Jones"]
    case = rounds.list_cases(member, rounds.list_rounds(member)[0].id)[0]
    before = dump(member)
    for mark in ("fr", "EN", "cymraeg"):
        with pytest.raises(ValueError, match="English or Welsh"):
            review.save_note(member, case.id, "hcso_contact_in_time", "Trop tard.", mark)
    assert dump(member) == before


def test_a_note_keeps_its_mark_when_only_its_words_change(panel: Panel) -> None:
    """The workspace saves the words with the mark shown; a caller that gives none
    ("") leaves the mark the member chose."""
    member = panel.world.members["Dafydd Owen"]
    case = rounds.list_cases(member, rounds.list_rounds(member)[0].id)[1]
    review.save_note(member, case.id, "hostility_recorded", "Nodyn cyntaf.", "cy")
    review.save_note(member, case.id, "hostility_recorded", "Nodyn wedi'i newid.")
    answer = review.open_case(member, case.id).answers["hostility_recorded"]
    assert (answer.note, answer.note_language) == ("Nodyn wedi'i newid.", "cy")
    review.save_note(member, case.id, "hostility_recorded", "Now in English.", "en")
    assert review.open_case(member, case.id).answers["hostility_recorded"].note_language == "en"


def _span_languages(pdf: bytes) -> dict[str, set[str]]:
    """Language -> the kinds of structure element that say they are in it (a tagged PDF)."""
    found: dict[str, set[str]] = {}

    def walk(node: object, depth: int = 0) -> None:
        node = node.get_object()  # type: ignore[attr-defined]
        if depth > 60 or not hasattr(node, "get"):
            return
        if "/Lang" in node:
            found.setdefault(str(node["/Lang"]), set()).add(str(node.get("/S")))
        kids = node.get("/K")
        for kid in kids if isinstance(kids, list) else [kids] if kids is not None else []:
            if hasattr(kid, "get_object"):
                walk(kid, depth + 1)

    walk(PdfReader(io.BytesIO(pdf)).trailer["/Root"]["/StructTreeRoot"])
    return found


def test_the_accessible_pdf_says_a_note_is_in_the_other_language(panel: Panel, tmp_path: Path) -> None:
    """LibreOffice carries the Word run's language onto a tagged /Span with its /Lang."""
    for language, note_language in (("en", "cy-GB"), ("cy", "en-GB")):
        path = tmp_path / f"accessible-{language}.pdf"
        options = ReportOptions(language)
        report.write_report(panel.world.coordinator, panel.round_id, path, options, "accessible-pdf")
        assert "/Span" in _span_languages(path.read_bytes()).get(note_language, set()), language


def test_a_welsh_note_is_offered_for_english_and_printed_with_its_translation(
    panel: Panel, tmp_path: Path
) -> None:
    """Last in this file: it stores a translation in the round the tests above share."""
    db, round_id = panel.world.coordinator, panel.round_id
    units = translations.translations(db, round_id).units
    welsh = next(u for u in units if u.place.part == "note" and u.text == WELSH_NOTE)
    english = next(u for u in units if u.place.part == "note" and u.text == ENGLISH_NOTE)
    assert (welsh.written_in, welsh.language, welsh.optional) == ("cy", "en", True)
    assert (english.written_in, english.language) == ("en", "cy")
    translations.save_version(db, round_id, welsh.key, welsh.sha256, WELSH_NOTE_IN_ENGLISH)
    runs = _docx_runs(panel, tmp_path, "en")
    assert _tags_of(runs, WELSH_NOTE) == {"cy-GB"}  # the member's words, still theirs
    assert _tags_of(runs, WELSH_NOTE_IN_ENGLISH) <= {"en-GB", None}
    welsh_part = " ".join(text for text, _ in _docx_runs(panel, tmp_path, "cy"))
    assert WELSH_NOTE in welsh_part and WELSH_NOTE_IN_ENGLISH not in welsh_part
