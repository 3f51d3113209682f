"""The demo round arrives as real rounds do: a signed, encrypted pack, imported and pinned."""

from __future__ import annotations

from datetime import date, timedelta

from desktop.services import review_packages, rounds
from desktop.services.demo import DEMO_COORDINATOR, DEMO_ROUND_UID, create_demo_profile


def test_the_demo_round_is_imported_from_a_pack_and_can_be_sent_back(tmp_path) -> None:
    db = create_demo_profile(tmp_path / "demo")
    try:
        (row,) = rounds.list_rounds(db)
        assert rounds.round_id_by_uid(db, DEMO_ROUND_UID) == row.id and row.cases_total == 16
        # the OPCC's erasure date came with the signed pack: nine weeks out, six past due
        assert row.erase_on == (date.today() + timedelta(weeks=9)).isoformat()
        summary = review_packages.review_to_send(db, row.id)
        assert summary.coordinator == DEMO_COORDINATOR and len(summary.incomplete) == 16
        sent = review_packages.export_review(db, row.id, tmp_path / "out")
        assert sent.path.read_bytes().startswith(b"age-encryption.org/v1\n")
    finally:
        db.close()
