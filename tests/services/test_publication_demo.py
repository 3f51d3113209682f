"""The proof the issue asks for: in `panel-review --demo coordinator`, a member's note
names a victim's street address and, without a title, someone the app knows. The
coordinator reads every text, blanks that note and keeps the rest; neither the address
nor the name appears in any published file, read back as a reader would (pypdf,
python-docx, csv). Before every text is confirmed, publishing is refused and the
database is unchanged."""

from __future__ import annotations

import csv
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop.core.personal_data import Kind
from desktop.reports.content import ReportOptions
from desktop.services import merged_rounds, publication, report, rounds
from desktop.services.demo_coordinator import create_demo_coordinator
from desktop.services.publication import PublicationRefused
from desktop.storage.models import ReceivedAnswer
from tests.services.publication_world import confirm_every_text
from tests.services.report_world import dump

MEMBERS_NOTE = "The same man is both victim and witness."
ADDRESS = "12 Heol y Bont, Caerdydd"
NAME = "Bethan Evans"  # a roster member, written without a title in another member's note
PLANTED = f"{MEMBERS_NOTE} He lives at {ADDRESS}, next door to {NAME}."


def published_text(path: Path) -> str:
    """What a reader of the file sees, from its own reader."""
    if path.suffix == ".pdf":
        return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)
    if path.suffix == ".docx":
        document = docx.Document(str(path))
        cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
        return " ".join([p.text for p in document.paragraphs] + cells)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return " ".join(" ".join(row) for row in csv.reader(handle))


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    db = create_demo_coordinator(tmp_path_factory.mktemp("demo") / "office")
    with db.session() as session:
        # what the member wrote and sent, in each revision of their review that carries it
        rows = session.scalars(select(ReceivedAnswer).where(ReceivedAnswer.note == MEMBERS_NOTE)).all()
        assert rows
        for row in rows:
            row.note = PLANTED
    merged_rounds.forget(db.engine)  # the row changed behind the app's back: merge it again
    (round_row,) = rounds.list_rounds(db)
    yield db, round_row.id
    db.close()


def test_unconfirmed_texts_refuse_publication_and_change_nothing(demo, tmp_path) -> None:
    db, round_id = demo
    before = dump(db)
    for fmt in ("pdf", "docx", "csv"):
        with pytest.raises(PublicationRefused):
            report.write_report(db, round_id, tmp_path / f"r.{fmt}", ReportOptions("en", "publication"), fmt)
    assert dump(db) == before and not list(tmp_path.iterdir())


def test_the_planted_address_and_name_appear_in_no_published_file(demo, tmp_path) -> None:
    db, round_id = demo
    review = publication.publication_review(db, round_id)
    planted = next(b for b in review.blocks if b.text == PLANTED)
    assert planted.place.part == "note" and planted.place.member
    assert any(h.kind is Kind.NAME and h.text == NAME for h in planted.hits), planted.hits

    confirm_every_text(db, round_id)  # everything kept: the planted note is published as written
    kept = tmp_path / "kept.pdf"
    report.write_report(db, round_id, kept, ReportOptions("en", "publication"), "pdf")
    assert ADDRESS in published_text(kept) and NAME in published_text(kept), "the test reads what it must"

    def decide(block: publication.Block) -> tuple[str, str]:
        return ("blanked" if block.text == PLANTED else "kept"), ""

    confirmed = confirm_every_text(db, round_id, decide)
    assert confirmed.confirmed == confirmed.total == review.total
    formats = {"pdf": "pdf", "docx": "docx", "csv": "csv", "accessible-pdf": "pdf"}
    for language in ("en", "cy"):
        for fmt, extension in formats.items():
            out = tmp_path / f"{language}-{fmt}.{extension}"
            written = report.write_report(db, round_id, out, ReportOptions(language, "publication"), fmt)
            for path in written.paths:
                text = published_text(path)
                assert text.strip(), path
                for word in (ADDRESS, "Heol y Bont", NAME, "Bethan"):
                    assert word not in text, (path.name, word)
            if fmt == "pdf":
                assert "The incident log records race only" in published_text(out) or language == "cy"
