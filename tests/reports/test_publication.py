"""Publication: the coordinator confirms every text (kept, edited or blanked) before a
report is published; unconfirmed texts refuse publication and change nothing; the export
records who confirmed, and the report says when and by which key, naming no one."""

from __future__ import annotations

import io
import json

import pytest
from pypdf import PdfReader

from desktop.reports.content import CaseNotes, ReportOptions
from desktop.reports.redaction import MARK, free_texts, rewritten
from desktop.services import findings, identity, publication, report
from desktop.services.publication import PublicationRefused
from desktop.storage.models import ReportExport
from tests.services.publication_world import confirm_every_text
from tests.services.report_world import dump


def pdf_text(data: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages)


def test_every_text_the_report_prints_is_a_block_the_rewrite_reaches(panel) -> None:
    gathered = report.gather(panel.world.coordinator, panel.round_id)
    places = [place.key for place, text in free_texts(gathered) if text.strip()]
    assert len(places) == len(set(places)), "each text has its own key"
    changed = rewritten(gathered, lambda place, text: f"<{place.key}>" if text.strip() else text)
    for place, text in free_texts(changed):
        assert not text.strip() or text == f"<{place.key}>", place
    blocks = publication.publication_review(panel.world.coordinator, panel.round_id).blocks
    assert [b.key for b in blocks] == places
    parts = {b.place.part for b in blocks}
    assert {"note", "observation", "response", "recommendation", "owner", "update", "assessment"} <= parts


def test_publishing_is_refused_while_a_text_is_unconfirmed_and_nothing_changes(panel, tmp_path) -> None:
    db = panel.world.coordinator
    first = findings.round_findings(db, panel.round_id).cases[0].case.case_id
    seen = CaseNotes("Seen by the panel in March.", ("Prompt HCSO contact",), ())
    findings.save_case_notes(db, first, seen)
    try:
        review = publication.publication_review(db, panel.round_id)
        assert review.total - review.confirmed == 1
        before = dump(db)
        out = tmp_path / "published.pdf"
        with pytest.raises(PublicationRefused) as refused:
            report.write_report(db, panel.round_id, out, ReportOptions("en", "publication"), "pdf")
        assert "1 of the report's" in refused.value.explain("en")
        assert "Heb ei gyhoeddi" in refused.value.explain("cy")
        assert dump(db) == before and not out.exists()
        with pytest.raises(PublicationRefused) as empty:
            comment = next(b for b in review.blocks if b.confirmation is None)
            publication.confirm_block(db, panel.round_id, comment.key, comment.sha256, "edited", "  ")
        assert "choose Blank" in empty.value.explain("en") and dump(db) == before
    finally:
        findings.save_case_notes(db, first, CaseNotes("", ("Prompt HCSO contact",), ()))
    assert publication.publication_review(db, panel.round_id).confirmed == review.total - 1


def test_a_text_that_changes_after_confirming_needs_reading_again(panel) -> None:
    db = panel.world.coordinator
    first = findings.round_findings(db, panel.round_id).cases[0].case.case_id
    try:
        findings.save_case_notes(db, first, CaseNotes("", ("Prompt HCSO contact within a day",), ()))
        tag = next(
            b for b in publication.publication_review(db, panel.round_id).blocks if b.place.part == "tag"
        )
        assert tag.confirmation is None, "the tag was confirmed with other words"
        publication.confirm_block(db, panel.round_id, tag.key, tag.sha256, "kept")
        again = publication.publication_review(db, panel.round_id)
        assert again.confirmed == again.total
    finally:
        findings.save_case_notes(db, first, CaseNotes("", ("Prompt HCSO contact",), ()))
        confirm_every_text(db, panel.round_id)


def test_blanked_and_edited_texts_are_published_so_and_the_export_says_who_and_when(panel, tmp_path) -> None:
    db = panel.world.coordinator

    def decide(block: publication.Block) -> tuple[str, str]:
        if block.place.part == "observation":
            return "blanked", ""
        if block.place.part == "response":
            return "edited", "The force now alerts its HCSOs after a day."
        return "kept", ""

    try:
        review = confirm_every_text(db, panel.round_id, decide)
        observation = next(b for b in review.blocks if b.place.part == "observation")
        assert {h.text for h in observation.hits} >= {"PC 4471", "HC-004"}
        out = tmp_path / "published.pdf"
        report.write_report(db, panel.round_id, out, ReportOptions("en", "publication"), "pdf")
        text = pdf_text(out.read_bytes())
        assert "PC 4471" not in text and "recorded it" not in text and MARK in text
        assert "HCSOs now get an alert" not in text and "The force now alerts its HCSOs after a day." in text
        assert "Review MAVIS use at low risk." in text
        me = identity.me(db)
        assert me.fingerprint in text and me.name not in text
        assert "read every text that members and the panel wrote" in text
        with db.session() as session:
            record = session.query(ReportExport).order_by(ReportExport.id.desc()).first()
            assert record.mode == "publication" and record.format == "pdf"
            saved = json.loads(record.accepted_hits)
        assert saved["confirmed_by"] == me.name and saved["fingerprint"] == me.fingerprint
        assert (saved["blanked"], saved["edited"], saved["kept"]) == (1, 1, review.total - 2)
        assert saved["confirmed_at"].startswith(str(max(b.confirmation.at for b in review.blocks).date()))
    finally:
        confirm_every_text(db, panel.round_id)
