"""More of the coordinator's changes reach the audit chain: a translation saved, the
report's background edited, texts confirmed for publication. Each is appended in the
change's own unit of work, the chain verifies, and no words people wrote are logged."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from sqlalchemy import select

from desktop.reports.content import Background, CaseNotes
from desktop.services import audit, background, findings, publication, translations
from desktop.services.translations import TranslationRefused
from desktop.storage.models import AuditEntry
from tests.services.report_world import coordinator_with_round, dump

PERIOD = "Cases closed between April and June."
CYFNOD = "Achosion a gaewyd rhwng Ebrill a Mehefin."


def _entries(db, round_id: int, action: str) -> list[dict]:
    with db.session() as session:
        rows = session.scalars(
            select(AuditEntry.detail).where(AuditEntry.round_id == round_id, AuditEntry.action == action)
        ).all()
    return [json.loads(r) for r in rows]


def test_background_translation_and_confirmations_are_audited_and_the_chain_verifies(tmp_path: Path) -> None:
    world = coordinator_with_round(tmp_path)
    db, round_id = world.db, world.round_id
    try:
        background.save_background(db, round_id, Background(sample_period=PERIOD))
        background.save_background(db, round_id, Background(sample_period=PERIOD))  # no edit: not logged
        background.save_background(db, round_id, Background(sample_period=PERIOD, definitions="Hostility."))
        assert [e["fields"] for e in _entries(db, round_id, "background_saved")] == [
            ["sample_period"],
            ["definitions"],
        ]

        findings.save_case_notes(db, world.case_ids[0], CaseNotes(comment="The victim was updated weekly."))
        unit = next(u for u in translations.translations(db, round_id).units if u.place.part == "period")
        translations.save_version(db, round_id, unit.key, unit.sha256, CYFNOD)
        (saved,) = _entries(db, round_id, "translation_saved")
        assert saved == {"round": round_id, "key": unit.key, "language": "cy", "origin": "typed",
                         "length": len(CYFNOD)}  # fmt: skip

        before = dump(db)
        with contextlib.suppress(TranslationRefused):
            translations.save_version(db, round_id, unit.key, "0" * 64, "Rhywbeth arall.")
        assert dump(db) == before  # a refused translation logs nothing either

        blocks = publication.publication_review(db, round_id).blocks
        keys = [(b.key, b.sha256) for b in blocks[:2]]
        publication.confirm_blocks(db, round_id, keys, "kept")
        publication.confirm_block(db, round_id, blocks[2].key, blocks[2].sha256, "edited", "Shorter words.")
        confirmed = _entries(db, round_id, "publication_confirmed")
        assert [(e["decision"], [b["key"] for b in e["blocks"]]) for e in confirmed] == [
            ("kept", [k for k, _ in keys]),
            ("edited", [blocks[2].key]),
        ]
        assert confirmed[1]["blocks"][0]["sha256"] == blocks[2].sha256

        check = audit.verify(db)
        assert check.whole, check.broken
        with db.session() as session:
            details = " ".join(session.scalars(select(AuditEntry.detail)).all())
        for words in (PERIOD, CYFNOD, "Hostility.", "Shorter words.", "updated weekly"):
            assert words not in details
    finally:
        db.close()
