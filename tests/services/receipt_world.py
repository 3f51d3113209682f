"""A coordinator's round with an erasure date, packed and taken in by two members.

Real profiles, real keys, real signed and encrypted packs (tests/services/exchange_world.py).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.services import assignment_packs, coordinator_rounds, review, review_packages, rounds
from tests.services.exchange_world import World, enrolled_world
from tests.services.test_retention import ERASE_ON, NOTE, _case_list

MEMBERS = ("Aled Jones", "Bethan Evans")


def receipt_world(tmp_path: Path, erase_on: date = ERASE_ON) -> World:
    """`erase_on` far ahead for a window, whose retention check reads the real date."""
    w = enrolled_world(tmp_path, MEMBERS)
    csv_path, docs = _case_list(tmp_path / "input")
    created = coordinator_rounds.create_round(
        w.coordinator, csv_path, docs, title="Spring scrutiny", template_id="hate-crime",
        erase_on=erase_on.isoformat(),
    )  # fmt: skip
    w.round_id = created.round_id
    coordinator_rounds.auto_assign(w.coordinator, created.round_id, 1)
    exported = assignment_packs.export_packs(w.coordinator, w.round_id, tmp_path / "packs")
    w.member_rounds = {}  # type: ignore[attr-defined]
    for pack in exported.packs:
        db = w.members[pack.member]
        preview = assignment_packs.preview_pack(db, pack.path)
        taken = assignment_packs.import_pack(db, pack.path, confirmed_fingerprint=preview.fingerprint)
        w.member_rounds[pack.member] = taken.round_id  # type: ignore[attr-defined]
    return w


def member_of(world, name: str = "Aled Jones"):
    return world.members[name], world.member_rounds[name]


def answer_and_send(world, name: str = "Aled Jones") -> None:
    db, round_id = member_of(world, name)
    first = rounds.list_cases(db, round_id)[0]
    review.save_answer(db, first.id, "hostility_recorded", "no")
    review.save_note(db, first.id, "hostility_recorded", NOTE, "en")
    review_packages.export_review(db, round_id, world.root / "outbox")
