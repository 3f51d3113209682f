"""The proof of the round trip on the coordinator's demo round, coordinated only through
files: exported as XLIFF, filled the way a translation tool fills it (every target, by a
small deterministic "translator" that writes Welsh sentences from a word list), one text
edited in the round meanwhile, imported: the edited one is listed and not stored, every
other text is done, and the Welsh report (PDF read with pypdf, Word with python-docx)
prints no English sentence apart from that one and the members' own words. A second
export then holds only that text; once it is back, no English sentence is left at all."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import docx
from pypdf import PdfReader
from translate.storage import xliff

from desktop.reports.content import ReportOptions
from desktop.services import findings, report, rounds, translations
from desktop.services.demo_coordinator import create_demo_coordinator
from desktop.services.translation_exchange import apply_import, export_translations, plan_import
from desktop.services.translations import State
from desktop.storage.database import Database

OPENINGS = (
    "Mae'r panel wedi nodi",
    "Cytunodd yr aelodau ar",
    "Dylai'r heddlu ystyried",
    "Cofnodwyd yn y ffeil",
)
SUBJECTS = (
    "gyswllt hwyr gyda'r dioddefwr.",
    "asesiad risg y dioddefwr.",
    "cofnodi'r drosedd yn gywir.",
    "penderfyniad y swyddog.",
    "amseroedd y cyswllt cyntaf.",
)
# Common English words that are not also Welsh words (so not "a", "i", "at", "dan", "is").
ENGLISH = frozenset((
    "the", "was", "and", "were", "members", "with", "that", "this", "which", "have", "been", "their",
    "they", "from", "should", "would", "not", "for", "of", "to", "after", "before", "only", "but", "by",
    "on", "are", "case", "cases", "when", "where",
))  # fmt: skip
EDITED = "Both late contacts followed allocation on a Friday; the force is testing an alert at 24 hours."
EDITED_QUESTION = "hcso_contact_in_time"  # the criteria comment edited while the file is with the translator


def translator(source: str) -> str:
    """A Welsh sentence chosen from the word list by the source's hash: the same every run."""
    digest = hashlib.sha256(source.encode()).digest()
    return f"{OPENINGS[digest[0] % len(OPENINGS)]} {SUBJECTS[digest[1] % len(SUBJECTS)]}"


def fill(path: Path) -> int:
    store = xliff.xlifffile.parsefile(str(path))
    for unit in store.units:
        unit.target = translator(str(unit.source))
    store.savefile(str(path))
    return len(store.units)


def english_sentences(text: str, allowed: list[str]) -> list[str]:
    """Sentences with two or more common English words, once the texts `allowed` in
    English are taken out: the members' own words (printed as written, never "missing";
    the summary of themes quotes them with a case reference before the full stop)."""
    text = " ".join(text.split())
    for words in sorted(allowed, key=len, reverse=True):
        plain = " ".join(words.split())
        text = text.replace(plain, " ").replace(plain.rstrip(".!?"), " ")
    sentences = re.split(r"(?<=[.!?;:•])\s+", text)
    return [s for s in sentences if sum(w in ENGLISH for w in re.findall(r"[a-z]+", s.lower())) >= 2]


def welsh_report(db: Database, round_id: int, folder: Path) -> tuple[str, str]:
    pdf, word = folder / "adroddiad.pdf", folder / "adroddiad.docx"
    options = ReportOptions(language="cy", mode="internal")
    report.write_report(db, round_id, pdf, options, "pdf")
    report.write_report(db, round_id, word, options, "docx")
    pdf_text = " ".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
    document = docx.Document(str(word))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return pdf_text, "\n".join([p.text for p in document.paragraphs] + cells)


def test_the_demo_round_goes_to_a_translator_and_comes_back_welsh(tmp_path: Path) -> None:
    db = create_demo_coordinator(tmp_path / "office", "en")
    try:
        (row,) = rounds.list_rounds(db)
        round_id = row.id
        units = translations.translations(db, round_id).units
        members_words = [u.text for u in units if u.optional]
        # and the words members quoted from the case documents, cited as evidence: the
        # documents' own words, printed as quoted in the internal report whatever its language
        merged = findings.round_findings(db, round_id)
        quoted = [
            c.quote for case in merged.cases for cell in case.cells.values() for a in cell.answers
            for c in a.answer.citations if c.quote
        ]  # fmt: skip
        already = {u.key for u in units if u.state is State.DONE}  # the demo's Welsh so far
        path = tmp_path / "round.xlf"
        sent = export_translations(db, round_id, path)
        assert sent == len([u for u in units if u.wanted]) and fill(path) == sent

        comments = findings.criteria_comments(db, round_id)
        findings.save_criteria_comments(db, round_id, {**comments, EDITED_QUESTION: EDITED})
        plan = plan_import(db, round_id, path)
        changed = [p.unit.place for p in plan.changed if p.unit is not None]
        assert [(c.part, c.item) for c in changed] == [("criteria", EDITED_QUESTION)] and not plan.unknown
        assert len(plan.applies) == sent - 1
        apply_import(db, round_id, plan)
        state = translations.translations(db, round_id)
        assert [(u.place.part, u.place.item) for u in state.missing("cy")] == [("criteria", EDITED_QUESTION)]
        done = [
            u for u in state.units if not u.optional and u.key not in already and u.key != changed[0].text_key
        ]
        assert len(done) == sent - 1 and all(u.state is State.DONE and u.origin == "xliff" for u in done)
        for text in welsh_report(db, round_id, tmp_path):
            assert EDITED in " ".join(text.split()), "the edited text is printed as written until translated"
            assert english_sentences(text, [*members_words, *quoted, EDITED]) == []

        again = tmp_path / "again.xlf"
        assert export_translations(db, round_id, again) == 1 and fill(again) == 1
        apply_import(db, round_id, plan_import(db, round_id, again))
        assert translations.translations(db, round_id).missing("cy") == ()
        for text in welsh_report(db, round_id, tmp_path):
            assert english_sentences(text, [*members_words, *quoted]) == []
            assert translator(EDITED) in " ".join(text.split())

        members = tmp_path / "members.xlf"
        assert export_translations(db, round_id, members) == 0
        assert export_translations(db, round_id, members, include_members=True) == len(members_words)
        notes = [str(u.getnotes()) for u in xliff.xlifffile.parsefile(str(members)).units]
        assert all(re.fullmatch(r"Case \d+ · (note|answer) \(Member [A-Z]\)", n) for n in notes), notes
        assert not any("DEMO-HC" in n for n in notes), "the notes name cases by number only"
    finally:
        db.close()
