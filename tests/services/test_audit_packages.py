"""A review package carries the member's audit chain for the round, and the coordinator
can tell a later package made from a log that was rewritten in between.

Two members with their own real profiles; one member's log is rewritten with SQLCipher
and the key between two packages, the rest of the stored chain re-hashed so that the
member's own `audit verify` finds nothing; the coordinator's import still flags it.
"""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from sqlalchemy import select

from desktop.core.words import say
from desktop.services import (
    assignment_packs,
    audit,
    profile,
    review,
    review_differences,
    review_packages,
    rounds,
)
from desktop.services.review_packages import AuditFlag, Fate
from desktop.storage.models import AuditEntry, ReceivedPackage, RosterMember, Round
from tests.audit_tampering import audit_rows, rewrite_audit_row
from tests.conftest import PASSPHRASE
from tests.services.exchange_world import enrolled_world, round_with_packs

NAMES = ("Aled Jones", "Bethan Evans")


@pytest.fixture
def world(tmp_path):
    w = enrolled_world(tmp_path, NAMES)
    yield w
    w.close()


def _folder(world, name: str):
    return world.root / name.split()[0].lower()


def _answer_and_send(world, name: str, value: str):
    db = world.members[name]
    (round_row,) = rounds.list_rounds(db)
    first = rounds.list_cases(db, round_row.id)[0]
    review.save_answer(db, first.id, "hostility_recorded", value)
    return review_packages.export_review(db, round_row.id, world.root / "outbox").path


def _take_packs(world, packs) -> None:
    for name, db in world.members.items():
        path = next(p for p in packs.iterdir() if p.name == world.packs[name].name)
        preview = assignment_packs.preview_pack(db, path)
        assignment_packs.import_pack(db, path, confirmed_fingerprint=preview.fingerprint)


@pytest.mark.parametrize("rehash", [True, False], ids=["chain-made-to-look-whole", "row-only"])
def test_a_package_made_from_a_rewritten_log_is_flagged_in_both_languages(world, rehash: bool) -> None:
    _take_packs(world, round_with_packs(world, cases=4, k=2))
    first = [_answer_and_send(world, name, "yes") for name in NAMES]
    taken = review_packages.import_packages(world.coordinator, first).fates
    assert [(f.fate, f.flag, f.why) for f in taken] == [(Fate.ACCEPTED, None, "")] * 2

    aled = _folder(world, "Aled Jones")
    world.members["Aled Jones"].close()
    answered = next(r for r in audit_rows(aled) if r[1] == "answer_saved")
    rewrite_audit_row(aled, answered[0], detail='{"value": "no", "hours": null}', rehash=rehash)
    world.members["Aled Jones"] = profile.unlock(aled, PASSPHRASE)
    # made to look whole, the member's own check finds nothing; only the coordinator can tell
    assert audit.verify(world.members["Aled Jones"]).whole is rehash

    second = [_answer_and_send(world, name, "no") for name in NAMES]
    aled_fate = review_packages.import_packages(world.coordinator, second[:1], language="cy").fates[0]
    bethan_fate = review_packages.import_packages(world.coordinator, second[1:], language="en").fates[0]
    # the answers changed, so each waits for the coordinator's word; the flag is said as well
    assert (aled_fate.fate, aled_fate.flag) == (Fate.PENDING, AuditFlag.REWRITTEN)
    assert aled_fate.why == say("change.pending", "cy") + " " + say("audit_flag.rewritten", "cy")
    assert say("audit_flag.rewritten", "cy") != say("audit_flag.rewritten", "en")
    assert "log archwilio" in aled_fate.why
    assert (bethan_fate.fate, bethan_fate.flag) == (Fate.PENDING, None)
    assert bethan_fate.why == say("change.pending", "en")
    for pending in review_differences.pending_reviews(world.coordinator, world.round_id, "en"):
        review_differences.accept(world.coordinator, pending.package_id)

    with world.coordinator.session() as session:
        stored = {
            (p.member_id, p.revision): p.audit_flag
            for p in session.scalars(select(ReceivedPackage).where(ReceivedPackage.revision == 2))
        }
        assert sorted(stored.values()) == ["", "rewritten"]
        accepted = [
            json.loads(e.detail)
            for e in session.scalars(select(AuditEntry).where(AuditEntry.action == "review_accepted"))
        ]
        assert [d.get("audit_flag") for d in accepted] == [None, None, "rewritten", None]
    assert audit.verify(world.coordinator).whole  # the coordinator's own entries chain too


def test_each_package_carries_the_round_chain_as_it_stood_and_the_next_extends_it(world) -> None:
    _take_packs(world, round_with_packs(world, cases=4, k=2))
    name = "Bethan Evans"
    db = world.members[name]
    (round_row,) = rounds.list_rounds(db)
    carried = []
    for value in ("yes", "no"):
        path = _answer_and_send(world, name, value)
        with db.session() as session:
            chain = audit.round_chain(session, round_row.id)
        review_packages.import_packages(world.coordinator, [path])
        with world.coordinator.session() as session:
            head = session.scalars(
                select(ReceivedPackage.audit_head).order_by(ReceivedPackage.id.desc()).limit(1)
            ).one()
        carried.append((chain, head))
    (chain_1, head_1), (chain_2, head_2) = carried
    # the first package's head is the entry before its own "review_exported", which the second carries
    assert head_1 == chain_1[-2] and head_2 == chain_2[-2]
    assert chain_2[: len(chain_1)] == chain_1 and len(chain_2) > len(chain_1)


def test_a_package_without_a_chain_after_one_with_it_is_flagged(world) -> None:
    """What an older app, or someone making it look so, would send: no `audit` field."""
    _take_packs(world, round_with_packs(world, cases=4, k=2))
    name = "Aled Jones"
    review_packages.import_packages(world.coordinator, [_answer_and_send(world, name, "yes")])
    db = world.members[name]
    (round_row,) = rounds.list_rounds(db)
    with db.session() as session:
        payload = review_packages._review_payload(session, session.get_one(Round, round_row.id))
    later = replace(payload, revision=payload.revision + 1)
    with world.coordinator.session() as session:
        member = session.scalars(select(RosterMember).where(RosterMember.name == name)).one()
        coordinators_round = session.get_one(Round, world.round_id)
        flag = review_packages._audit_flag(session, coordinators_round, member, replace(later, audit=None))
        assert flag is AuditFlag.MISSING
        assert review_packages._audit_flag(session, coordinators_round, member, later) is None
