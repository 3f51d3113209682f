"""Databases each release really wrote open with this code, and keep everything.

The fixtures (tests/fixtures/*-<release>.db, see make_fixture_<release>.py) are a
coordinator's and a member's profile as that release left them. Each test opens a copy
through the real unlock path (`profile.open_profile`): whatever migrations this code has
that the release had not run there, after a backup, exactly as on a member's laptop after
an upgrade. The committed files are never opened read-write.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.paths import database_path
from desktop.services import findings, observations, profile, recommendations, review, roster, rounds
from desktop.storage import backup, schema
from tests.conftest import PASSPHRASE
from tests.fixtures import make_fixture_0_1_0 as made
from tests.fixtures import make_fixture_0_2_0
from tests.storage.test_upgrade_0001 import dump

RELEASES = {made.RELEASE: made.HEAD, make_fixture_0_2_0.RELEASE: make_fixture_0_2_0.HEAD}
KINDS = ("coordinator", "member")
EACH = [(release, kind) for release in RELEASES for kind in KINDS]


def fixture(release: str, kind: str) -> Path:
    return made.HERE / f"{kind}-{release}.db"


def _copy(release: str, kind: str, tmp_path: Path) -> Path:
    folder = tmp_path / kind
    folder.mkdir()
    shutil.copyfile(fixture(release, kind), database_path(folder))
    return folder


@pytest.mark.parametrize(("release", "kind"), EACH)
def test_the_fixture_is_at_its_releases_schema_and_closed_cleanly(release: str, kind: str) -> None:
    assert dump(fixture(release, kind))["alembic_version"][0]["version_num"] == RELEASES[release]
    assert not list(made.HERE.glob(f"*-{release}.db-*"))  # no -wal or -shm beside them


@pytest.mark.parametrize(("release", "kind"), EACH)
def test_opening_keeps_every_row_and_backs_up_first_if_it_migrates(
    release: str, kind: str, tmp_path: Path
) -> None:
    fixture_bytes = fixture(release, kind).read_bytes()
    folder = _copy(release, kind, tmp_path)
    before = dump(database_path(folder))
    opened = profile.open_profile(folder, PASSPHRASE)
    assert opened.backup_problem is None
    opened.db.close()
    after = dump(database_path(folder))

    assert after["alembic_version"][0]["version_num"] == schema.HEAD
    for table, rows in before.items():
        if table == "alembic_version":
            continue
        for key, old in rows.items():
            new = after[table][key]  # a later migration may add columns; it keeps every value
            assert {c: new[c] for c in old} == old, (table, key)
    migrated = [b for b in profile.list_backups(folder) if b.kind == backup.BEFORE_MIGRATION]
    if RELEASES[release] == schema.HEAD:
        assert migrated == []
    else:
        (first,) = migrated
        assert dump(first.path) == before
    assert fixture(release, kind).read_bytes() == fixture_bytes


@pytest.mark.parametrize("release", RELEASES)
def test_the_coordinators_round_roster_and_findings_read_back(release: str, tmp_path: Path) -> None:
    db = profile.open_profile(_copy(release, "coordinator", tmp_path), PASSPHRASE).db
    try:
        info = profile.profile_info(db)
        assert (info.role, info.display_name) == ("coordinator", "Demo coordinator (OPCC)")
        assert sorted(m.name for m in roster.list_roster(db)) == [
            "Aled Jones", "Bethan Evans", "Ceri Hughes", "Dafydd Owen",
        ]  # fmt: skip
        (round_row,) = rounds.list_rounds(db)
        cases = {c.reference: c.id for c in rounds.list_cases(db, round_row.id)}
        assert len(cases) == 16
        found = findings.round_findings(db, round_row.id)
        assert [len(c.reviewed_by) for c in found.cases] == [3] * 16
        assert findings.criteria_comments(db, round_row.id) == made.CRITERIA_COMMENTS
        ref, comment, good, learning = made.CASE_NOTES
        notes = findings.case_notes(db, cases[ref])
        assert (notes.comment, notes.good_practice, notes.learning) == (comment, good, learning)
        assert len(observations.list_observations(db, round_row.id)) == 2
        (carried,) = recommendations.list_recommendations(db)
        assert carried.text.startswith("Give HCSOs an alert")
    finally:
        db.close()


@pytest.mark.parametrize("release", RELEASES)
def test_the_members_answers_notes_and_deferral_read_back(release: str, tmp_path: Path) -> None:
    db = profile.open_profile(_copy(release, "member", tmp_path), PASSPHRASE).db
    try:
        (round_row,) = rounds.list_rounds(db)
        cases = {c.reference: c for c in rounds.list_cases(db, round_row.id)}
        for ref, question, value, hours in made.MEMBER_ANSWERS:
            answer = review.open_case(db, cases[ref].id).answers[question]
            assert (answer.value, answer.hours) == (value, hours), (ref, question)
        for ref, question, text in made.MEMBER_NOTES:
            assert review.open_case(db, cases[ref].id).answers[question].note == text
        ref, reason = made.DEFERRED
        assert (cases[ref].status, cases[ref].defer_reason) == ("deferred", reason)
    finally:
        db.close()


@pytest.mark.parametrize(("release", "kind"), EACH)
def test_older_audit_rows_are_chained_in_stored_order_the_same_way_every_time(
    release: str, kind: str, tmp_path: Path
) -> None:
    """Two copies migrated apart give the same hashes, every chain verifies, and an entry
    about a case is in its case's round's chain."""
    from desktop.services import audit

    before = dump(fixture(release, kind))["audit_log"]
    assert before, "the fixture has audit rows to chain"
    chained = []
    for copy in ("one", "two"):
        (tmp_path / copy).mkdir()
        folder = _copy(release, kind, tmp_path / copy)
        db = profile.open_profile(folder, PASSPHRASE).db
        try:
            check = audit.verify(db)
        finally:
            db.close()
        after = dump(database_path(folder))
        assert check.whole and check.entries == len(after["audit_log"])
        chained.append({k: after["audit_log"][k] for k in before})
    assert chained[0] == chained[1]
    rows = chained[0]
    rounds_of_cases = {k: v["round_id"] for k, v in dump(fixture(release, kind))["case_file"].items()}
    for key, row in rows.items():
        assert {c: row[c] for c in before[key]} == before[key]
        if row["case_id"] is not None:
            assert row["round_id"] == rounds_of_cases[row["case_id"]], row
    first_of = {}
    for key in sorted(rows):
        first_of.setdefault(rows[key]["round_id"], rows[key])
    assert {row["prev_hash"] for row in first_of.values()} == {"0" * 64}
    assert None in first_of and len(first_of) >= 2  # the profile's chain and a round's
