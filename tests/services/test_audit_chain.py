"""The audit log is a hash chain: every change is linked, and a rewritten row is named.

Real encrypted profiles throughout; a row is rewritten with SQLCipher and the key, the
trigger that keeps the log append-only dropped first, as someone holding the key could.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from desktop.services import audit, profile, review, rounds
from desktop.storage.models import AuditEntry, UnchainedAuditEntry
from tests.audit_tampering import audit_rows, rewrite_audit_row
from tests.conftest import PASSPHRASE

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"


def _review_a_case(db, round_id: int) -> int:
    """Every kind of change a member makes: answers, a note, each status."""
    case = rounds.list_cases(db, round_id)[0].id
    review.save_answer(db, case, "assessed", "yes")
    review.save_answer(db, case, "strands", ["race"])
    review.save_note(db, case, "assessed", "Seen on the log.", "en")
    review.save_answer(db, case, "assessed", "no")
    review.defer(db, case, "The log is missing a page.")
    review.reopen(db, case)
    review.save_answer(db, case, "assessed", None)
    return case


def test_every_change_of_a_real_review_is_chained_and_verifies(db, round_id: int) -> None:
    case = _review_a_case(db, round_id)
    check = audit.verify(db)
    assert check.whole and check.broken is None
    with db.session() as session:
        entries = session.query(AuditEntry).order_by(AuditEntry.id).all()
        assert check.entries == len(entries)
        about_case = [e for e in entries if e.case_id == case]
        assert [e.action for e in about_case] == [
            "answer_saved", "case_in_progress", "answer_saved", "note_saved", "answer_saved",
            "case_deferred", "case_in_progress", "answer_saved",
        ]  # fmt: skip
        assert {e.round_id for e in about_case} == {round_id}  # the round's own chain
        (added,) = [e for e in entries if e.action == "round_added"]
        assert added.round_id == round_id
        assert next(e.prev_hash for e in entries if e.round_id == round_id) == "0" * 64
        assert audit.round_chain(session, round_id) == [
            e.entry_hash for e in entries if e.round_id == round_id
        ]


def test_an_entry_added_without_the_chain_is_refused_and_nothing_is_kept(db, round_id: int) -> None:
    from datetime import datetime

    before = audit.verify(db).entries
    with pytest.raises(UnchainedAuditEntry), db.session() as session:
        session.add(AuditEntry(at=datetime(2026, 1, 1), action="sneaked_in", detail=""))
    assert audit.verify(db).entries == before and audit.verify(db).whole


def test_no_code_writes_an_audit_entry_except_through_the_chain() -> None:
    """`AuditEntry(...)` is made only in services/audit.py, and no SQL inserts into the
    log but the migrations that ran before the chain existed."""
    makers = []
    for path in DESKTOP.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "AuditEntry":
                makers.append(path.relative_to(DESKTOP).as_posix())
            inserted = isinstance(node, ast.Call) and getattr(node.func, "id", "") == "insert" and node.args
            if inserted and getattr(node.args[0], "id", None) == "AuditEntry":
                makers.append(path.relative_to(DESKTOP).as_posix())
        if "insert into audit_log" in source.lower():
            makers.append(path.relative_to(DESKTOP).as_posix())
    assert makers == ["services/audit.py"]


def test_a_row_rewritten_with_the_key_is_named_by_verify(db, round_id: int, profile_dir: Path) -> None:
    _review_a_case(db, round_id)
    db.close()
    rows = audit_rows(profile_dir)
    (target,) = [r for r in rows if r[1] == "case_deferred"]
    rewrite_audit_row(profile_dir, target[0], detail='{"reason": "never deferred"}')
    reopened = profile.unlock(profile_dir, PASSPHRASE)
    try:
        check = audit.verify(reopened)
    finally:
        reopened.close()
    assert check.broken is not None and check.broken.number == target[0]
    assert check.broken.action == "case_deferred"
    assert check.entries == [r[0] for r in rows].index(target[0]) + 1


def test_an_entry_moved_to_another_chain_is_named(db, round_id: int, profile_dir: Path) -> None:
    """Moving an entry to another chain breaks the link of the entry itself."""
    _review_a_case(db, round_id)
    db.close()
    target = [r for r in audit_rows(profile_dir) if r[1] == "answer_saved"][1]
    rewrite_audit_row(profile_dir, target[0], round_id=None)
    reopened = profile.unlock(profile_dir, PASSPHRASE)
    try:
        assert audit.verify(reopened).broken.number == target[0]
    finally:
        reopened.close()


def test_the_coordinators_changes_are_chained_the_same_way(tmp_path: Path) -> None:
    """On the coordinator's side: who reviews what, the panel's decisions and notes, the
    observations, the recommendations' statuses and the round's language."""
    from desktop.reports.content import CaseNotes
    from desktop.services import coordinator_rounds, findings, observations, recommendations, translations
    from tests.services.exchange_world import enrolled_world, round_with_packs

    world = enrolled_world(tmp_path, ("Aled Jones", "Bethan Evans"))
    try:
        round_with_packs(world, cases=3, k=1)
        db, round_id = world.coordinator, world.round_id
        grid = coordinator_rounds.assignment_grid(db, round_id)
        case, member = grid.cases[0][0], grid.members[0][0]
        coordinator_rounds.set_assigned(db, case, member, False)
        coordinator_rounds.set_conflict(db, case, member, True)
        findings.adjudicate(db, case, "hostility_recorded", "no", "Two of three said no.")
        findings.withdraw_adjudication(db, case, "hostility_recorded")
        findings.save_case_notes(db, case, CaseNotes("Good work.", ("Prompt contact.",), ()))
        findings.save_criteria_comments(db, round_id, {"hostility_recorded": "Often missing."})
        saved = observations.add_observation(db, round_id, "Logs are thin.", [case])
        observations.edit_observation(db, saved.observation_id, "Logs are often thin.")
        observations.set_response(db, saved.observation_id, "Accepted.", "2026-03-01")
        observations.delete_observation(db, saved.observation_id)
        first = recommendations.add_recommendation(db, "Train staff.", "", round_id, "Force", None)
        second = recommendations.add_recommendation(db, "Train all staff.", "", round_id, "Force", None)
        recommendations.add_update(db, first.recommendation_id, "2026-04-01", "Begun.", "", "ongoing")
        recommendations.edit_recommendation(db, second.recommendation_id, owner="Train the OPCC")
        recommendations.merge_recommendation(db, first.recommendation_id, second.recommendation_id,
                                             "2026-05-01", "Same aim.")  # fmt: skip
        translations.set_written_in(db, round_id, "cy")

        check = audit.verify(db)
        assert check.whole, check.broken
        with db.session() as session:
            rows = session.query(AuditEntry).filter(AuditEntry.round_id == round_id).order_by(AuditEntry.id)
            actions = [row.action for row in rows]
            details = " ".join(row.detail for row in rows)
        assert actions[actions.index("packs_exported") + 1 :] == [
            "assignment_set", "conflict_set", "adjudicated", "adjudication_withdrawn", "case_notes_saved",
            "criteria_comments_saved", "observation_added", "observation_edited", "observation_response_set",
            "observation_deleted", "recommendation_added", "recommendation_added", "recommendation_updated",
            "recommendation_edited", "recommendation_updated", "round_language_set",
        ]  # fmt: skip
        for words in ("Good work", "Logs are", "Train", "Two of three", "Often missing", "Accepted."):
            assert words not in details  # what people wrote is never in the log, only what changed
    finally:
        for open_db in (world.coordinator, *world.members.values()):
            open_db.close()
