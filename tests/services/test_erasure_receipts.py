"""Erasure receipts: the member's laptop signs what it erased, the coordinator records it.

Real profiles on both sides (a coordinator and two members, real keys, real signed and
encrypted packs, packages and receipts), and the clock in the test's hands. A refused
receipt leaves every row of the coordinator's database as it was.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.exchange.container import read_container
from desktop.exchange.manifest import RECEIPT
from desktop.exchange.receipt_payload import parse_receipt
from desktop.services import (
    erasure_receipts,
    identity,
    retention,
    review,
    review_packages,
    roster,
    rounds,
)
from desktop.services.retention import RetentionRefused
from desktop.services.review_packages import Fate
from desktop.services.user_faults import describe
from desktop.storage.models import AuditEntry, ErasureReceipt
from tests.fs_faults import fill
from tests.services.hostile_world import dump
from tests.services.receipt_world import answer_and_send as _answer_and_send
from tests.services.receipt_world import member_of as _member
from tests.services.receipt_world import receipt_world
from tests.services.test_retention import ERASE_ON, STEM, SUMMARY, _check

NOW = datetime(2026, 3, 14, 9, 30, 15)


@pytest.fixture
def world(tmp_path):
    w = receipt_world(tmp_path)
    yield w
    w.close()


def _import(world, path: Path, language: str = "en") -> review_packages.FileFate:
    return review_packages.import_packages(world.coordinator, [path], language=language).fates[0]


def _audit(db, action: str) -> list[dict]:
    with db.session() as session:
        rows = session.scalars(select(AuditEntry.detail).where(AuditEntry.action == action)).all()
    return [json.loads(r) for r in rows]


def test_erasure_at_the_date_makes_a_receipt_the_coordinator_records(world) -> None:
    _answer_and_send(world)
    db, round_id = _member(world)
    (erased,) = _check(db, ERASE_ON).erased
    kept = erasure_receipts.receipt_kept(db, round_id)
    assert kept is not None and kept.file_name.endswith(".prreceipt") and "Aled" not in kept.file_name
    assert kept.counts == {"cases": erased.cases, "documents": erased.documents, "answers": 1, "notes": 1}
    assert _audit(db, "erasure_receipt_made")[0]["round"] == round_id
    path = erasure_receipts.save_receipt(db, round_id, world.root / "out")
    again = erasure_receipts.save_receipt(db, round_id, world.root / "again")
    assert path.read_bytes() == again.read_bytes()  # kept, not made again: one file to the coordinator
    progress = {m.member: m for m in erasure_receipts.erasures(world.coordinator, world.round_id)}
    assert progress["Aled Jones"].erased_at is None and progress["Bethan Evans"].erased_at is None
    fate = _import(world, path)
    assert (fate.fate, fate.member, fate.receipt) == (Fate.ACCEPTED, "Aled Jones", True)
    progress = {m.member: m for m in erasure_receipts.erasures(world.coordinator, world.round_id)}
    aled = progress["Aled Jones"]
    assert aled.erased_at is not None and aled.erased_at.date() == ERASE_ON
    assert aled.counts == kept.counts and progress["Bethan Evans"].erased_at is None
    (received,) = _audit(world.coordinator, "erasure_receipt_received")
    assert received["sha256"] and received["round"] == world.round_id
    before = dump(world.coordinator)
    assert _import(world, again).fate is Fate.DUPLICATE  # the same bytes, saved twice
    assert dump(world.coordinator) == before


def test_the_receipt_holds_counts_only_never_case_text_references_or_names(world) -> None:
    _answer_and_send(world)
    db, round_id = _member(world)
    _check(db, ERASE_ON)
    path = erasure_receipts.save_receipt(db, round_id, world.root / "out")
    with world.coordinator.session() as session:
        keys = identity.me_in(session).keys
    with read_container(path, kind=RECEIPT, identity=keys) as reader:
        ((info, data),) = list(reader.entries())
        manifest = reader.manifest
    payload = parse_receipt(data)
    member_fingerprint = identity.me(db).fingerprint
    assert (info.name, payload.member_fingerprint, manifest.sender.keys.fingerprint()) == (
        "receipt.json", member_fingerprint, member_fingerprint,
    )  # fmt: skip
    assert set(json.loads(data)) == {"round_uid", "erased_at", "member_fingerprint", "erased", "copies"}
    for text in (STEM, SUMMARY, "HC-001", "HC-002", "Spring scrutiny", "Olwen"):
        assert text.encode() not in data, text


def test_a_member_erases_early_by_hand_with_the_same_receipt(world) -> None:
    _answer_and_send(world)
    db, round_id = _member(world)
    early = NOW - timedelta(days=30)
    erased = retention.erase_early(db, round_id, early)
    assert (erased.round_id, erased.answers, erased.notes) == (round_id, 1, 1)
    assert rounds.list_cases(db, round_id) == []
    assert _audit(db, "round_material_erased")[0]["by_hand"] is True
    fate = _import(world, erasure_receipts.save_receipt(db, round_id, world.root / "out"))
    assert fate.fate is Fate.ACCEPTED
    (aled,) = [m for m in erasure_receipts.erasures(world.coordinator, world.round_id) if m.erased_at]
    assert aled.erased_at == early.replace(microsecond=0)
    assert _check(db, ERASE_ON).erased == ()  # erased once, not again at the date
    with pytest.raises(RetentionRefused) as refused:
        retention.erase_early(db, round_id, NOW)
    assert refused.value.key == "already_erased"


def test_unsent_work_is_erased_early_only_when_the_member_said_they_understand(world) -> None:
    db, round_id = _member(world)
    first = rounds.list_cases(db, round_id)[0]
    review.save_answer(db, first.id, "hostility_recorded", "no")
    before = dump(db)
    with pytest.raises(RetentionRefused) as refused:
        retention.erase_early(db, round_id, NOW)
    assert refused.value.key == "unsent_not_confirmed"
    assert "not been sent" in refused.value.explain("en") and "anfon" in refused.value.explain("cy")
    assert dump(db) == before
    retention.erase_early(db, round_id, NOW, unsent_understood=True)
    assert rounds.list_cases(db, round_id) == []
    assert erasure_receipts.receipt_kept(db, round_id) is not None


def test_a_coordinator_profile_erases_nothing_by_hand(world) -> None:
    before = dump(world.coordinator)
    with pytest.raises(RetentionRefused) as refused:
        retention.erase_early(world.coordinator, world.round_id, NOW, unsent_understood=True)
    assert refused.value.key == "not_a_member"
    assert dump(world.coordinator) == before


def test_a_second_different_receipt_is_refused_and_the_first_kept(world) -> None:
    _answer_and_send(world)
    db, round_id = _member(world)
    _check(db, ERASE_ON)
    first = erasure_receipts.save_receipt(db, round_id, world.root / "first")
    assert _import(world, first).fate is Fate.ACCEPTED
    with db.session() as session:  # the laptop seals its receipt again: new bytes, same round
        session.scalars(select(ErasureReceipt)).one().file = None
    assert erasure_receipts.seal_receipt(db, round_id, 0, 0)
    second = erasure_receipts.save_receipt(db, round_id, world.root / "second")
    assert second.read_bytes() != first.read_bytes()
    before = dump(world.coordinator)
    english, welsh = _import(world, second), _import(world, second, "cy")
    assert (english.fate, english.refusal) == (Fate.REJECTED, "receipt_taken")
    assert "first one is kept" in english.why and "gyntaf" in welsh.why
    assert dump(world.coordinator) == before


def test_a_receipt_from_a_withdrawn_member_is_refused_and_changes_nothing(world) -> None:
    _answer_and_send(world)
    db, round_id = _member(world)
    _check(db, ERASE_ON)
    path = erasure_receipts.save_receipt(db, round_id, world.root / "out")
    (aled,) = [m for m in roster.list_roster(world.coordinator) if m.name == "Aled Jones"]
    roster.revoke(world.coordinator, aled.id)
    before = dump(world.coordinator)
    fate = _import(world, path)
    assert (fate.fate, fate.refusal) == (Fate.REJECTED, "revoked")
    assert dump(world.coordinator) == before


def test_a_member_profile_refuses_a_receipt(world) -> None:
    _answer_and_send(world)
    db, round_id = _member(world)
    _check(db, ERASE_ON)
    path = erasure_receipts.save_receipt(db, round_id, world.root / "out")
    other, _ = _member(world, "Bethan Evans")
    before = dump(other)
    fate = review_packages.import_packages(other, [path]).fates[0]
    assert (fate.fate, fate.refusal) == (Fate.REJECTED, "wrong_role")
    assert dump(other) == before


def test_erasure_before_any_date_is_still_due_only_at_the_date(world) -> None:
    _answer_and_send(world)
    db, round_id = _member(world)
    assert _check(db, ERASE_ON - timedelta(days=1)).erased == ()
    assert erasure_receipts.receipt_kept(db, round_id) is None
    with pytest.raises(erasure_receipts.NoReceipt):
        erasure_receipts.save_receipt(db, round_id, world.root / "out")
    assert not (world.root / "out").exists() or not list((world.root / "out").iterdir())
    assert date(2026, 3, 14) == ERASE_ON


def test_a_receipt_saved_onto_a_full_disk_leaves_no_file_and_can_be_saved_again(world, small_disk) -> None:
    """The member is told the disk is full, naming the file; the sealed receipt stays in
    the profile, so the next save (elsewhere) writes the very same bytes."""
    _answer_and_send(world)
    db, round_id = _member(world)
    retention.erase_early(db, round_id, NOW)
    fill(small_disk, leave=512)
    with pytest.raises(OSError) as failed:
        erasure_receipts.save_receipt(db, round_id, small_disk)
    message = describe(failed.value, "cy")
    assert message is not None and str(small_disk) in message
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler.bin"]
    saved = erasure_receipts.save_receipt(db, round_id, world.root / "elsewhere")
    with db.session() as session:
        (kept,) = session.scalars(select(ErasureReceipt)).all()
        assert saved.read_bytes() == kept.file and saved.name == kept.file_name
