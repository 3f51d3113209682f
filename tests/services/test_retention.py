"""Retention: the OPCC's erasure date travels in the pack, and the member's laptop erases for real.

Real profiles on both sides, real signed and encrypted packs, and the clock in the
test's hands (`today`, `now`). The last tests open the database and every backup with
the key afterwards, and decrypt every page of every file, free pages and WAL frames
included, looking for phrases planted in a case summary, a document and a note.
"""

from __future__ import annotations

import csv
import hashlib
import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sqlalchemy import select

from desktop.core.citations import Citation
from desktop.exchange.payloads import parse_round, round_to_bytes
from desktop.paths import backups_dir
from desktop.services import (
    assignment_packs,
    background,
    citations,
    coordinator_rounds,
    profile,
    retention,
    review,
    review_packages,
    rounds,
)
from desktop.services.refusals import Refusal, Refused
from desktop.services.retention import RetentionRefused, Stage
from desktop.storage import keying
from desktop.storage.models import AuditEntry
from tests.conftest import PASSPHRASE
from tests.services.exchange_world import PDF, enrolled_world
from tests.storage.test_upgrade_0001 import keyed_connection

STEM = "QUINCEHERON"  # planted in the material; in nothing else the round has
SUMMARY = f"{STEM} summary: abuse shouted at a bus stop."
DOCUMENT = f"Incident log. {STEM} document: 09:14 call received."
NOTE = f"{STEM} note: the log never says who called back."
REASON = f"{STEM} reason: looked again at the log."  # kept in the change log with the notes
CITED = f"{STEM} cited: 09:14 call received"  # words the member selected in the document
ERASE_ON = date(2026, 3, 14)
NOW = datetime(2026, 3, 14, 9, 0)


@pytest.fixture
def world(tmp_path):
    w = enrolled_world(tmp_path, ("Aled Jones",))
    yield w
    w.close()


def _case_list(folder: Path) -> tuple[Path, Path]:
    docs = folder / "documents"
    docs.mkdir(parents=True)
    (docs / "log.txt").write_text(DOCUMENT, encoding="utf-8")
    (docs / "form.pdf").write_bytes(PDF)
    (docs / "other.txt").write_text("Incident log 2: nothing of note.", encoding="utf-8")
    path = folder / "cases.csv"
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["reference", "case_type", "strands", "summary", "documents"])
        writer.writerow(["HC-001", "hate_crime", "race", SUMMARY, "log.txt;form.pdf"])
        writer.writerow(["HC-002", "hate_crime", "religion", "Graffiti on a wall.", "other.txt"])
    return path, docs


def _export(world) -> Path:
    out = world.root / "packs"
    exported = assignment_packs.export_packs(world.coordinator, world.round_id, out)
    (pack,) = [p.path for p in exported.packs if p.path.exists()]
    return pack


def _take(db, pack: Path) -> int:
    preview = assignment_packs.preview_pack(db, pack)
    return assignment_packs.import_pack(db, pack, confirmed_fingerprint=preview.fingerprint).round_id


def _round_on_laptop(world, erase_on: date | None = ERASE_ON) -> tuple[object, int]:
    """A round with an erasure date, assigned, packed and taken in by the member, who has
    answered and written a note on the first case."""
    csv_path, docs = _case_list(world.root / "input")
    created = coordinator_rounds.create_round(
        world.coordinator, csv_path, docs, title="Spring scrutiny", template_id="hate-crime",
        erase_on=erase_on.isoformat() if erase_on else None,
    )  # fmt: skip
    world.round_id = created.round_id
    coordinator_rounds.auto_assign(world.coordinator, created.round_id, 1)
    db = world.members["Aled Jones"]
    round_id = _take(db, _export(world))
    first = rounds.list_cases(db, round_id)[0]
    review.save_answer(db, first.id, "hostility_recorded", "no")
    review.save_note(db, first.id, "hostility_recorded", NOTE, "en")
    return db, round_id


def _send(world, db, round_id: int) -> None:
    review_packages.export_review(db, round_id, world.root / "outbox")


def _check(db, today: date) -> retention.RetentionChecked:
    return retention.check_retention(db, today, datetime.combine(today, datetime.min.time()))


def _audit(db, action: str) -> list[dict]:
    with db.session() as session:
        rows = session.scalars(select(AuditEntry.detail).where(AuditEntry.action == action)).all()
    return [json.loads(r) for r in rows]


# The date, set by the coordinator and carried by the pack ---------------------------


def test_the_pack_carries_the_date_and_the_member_sees_it(world) -> None:
    db, _round_id = _round_on_laptop(world)
    (row,) = rounds.list_rounds(db)
    assert (row.erase_on, row.erased_on) == ("2026-03-14", None)
    assert rounds.list_rounds(world.coordinator)[0].erase_on == "2026-03-14"


def test_a_pack_without_a_date_reads_as_before_and_an_older_pack_still_imports(world) -> None:
    db, round_id = _round_on_laptop(world, erase_on=None)
    assert rounds.list_rounds(db)[0].erase_on is None
    assert _check(db, date(2099, 1, 1)) == retention.RetentionChecked((), (), retention.Changes())
    assert len(rounds.list_cases(db, round_id)) == 2
    older = parse_round(round_to_bytes(parse_round(_round_json(world))))
    assert older.erase_on is None and b"erase_on" not in round_to_bytes(older)


def _round_json(world) -> bytes:
    """round.json of a pack written with no date: what an earlier version wrote."""
    from desktop.exchange.container import read_container
    from desktop.exchange.manifest import PACK
    from desktop.services import identity

    db = world.members["Aled Jones"]
    with db.session() as session:
        keys = identity.me_in(session).keys
    with read_container(_export(world), kind=PACK, identity=keys) as reader:
        entries = reader.entries()
        _info, data = next(entries)
        for _rest in entries:
            pass
    return data


def test_days_after_the_meeting_need_a_meeting_date_and_follow_it(world) -> None:
    _db, _round_id = _round_on_laptop(world)
    with pytest.raises(RetentionRefused) as refused:
        retention.set_retention(world.coordinator, world.round_id, days_after_meeting=30)
    assert refused.value.key == "no_meeting_date"
    assert "meeting date" in refused.value.explain("en") and "cyfarfod" in refused.value.explain("cy")
    with pytest.raises(RetentionRefused):
        retention.set_retention(world.coordinator, world.round_id, erase_on="14/03/2026")
    background.save_background(
        world.coordinator, world.round_id, background.Background(meeting_date="2026-04-01")
    )
    retention.set_retention(world.coordinator, world.round_id, days_after_meeting=30)
    assert retention.retention_setting(world.coordinator, world.round_id).erase_on == "2026-05-01"
    background.save_background(
        world.coordinator, world.round_id, background.Background(meeting_date="2026-04-08")
    )
    assert retention.retention_setting(world.coordinator, world.round_id).erase_on == "2026-05-08"


def test_a_new_pack_revision_moves_the_date_and_nothing_is_erased_at_the_old_one(world) -> None:
    db, round_id = _round_on_laptop(world)
    _send(world, db, round_id)
    week = _check(db, ERASE_ON - timedelta(days=7)).warnings
    retention.record_warnings(db, week, ERASE_ON - timedelta(days=7))
    retention.set_retention(world.coordinator, world.round_id, erase_on="2026-06-30")
    _take(db, _export(world))
    assert rounds.list_rounds(db)[0].erase_on == "2026-06-30"
    checked = _check(db, ERASE_ON)
    assert checked.erased == () and checked.warnings == ()
    assert len(rounds.list_cases(db, round_id)) == 2
    # the warning given for the old date does not count for the new one
    (again,) = _check(db, date(2026, 6, 23)).warnings
    assert again.stage is Stage.WEEK
    assert [e.round_id for e in _check(db, date(2026, 6, 30)).erased] == [round_id]


# Warnings and erasure ------------------------------------------------------------


def test_erased_at_the_date_once_the_review_was_sent(world) -> None:
    db, round_id = _round_on_laptop(world)
    _send(world, db, round_id)
    assert _check(db, ERASE_ON - timedelta(days=8)) == retention.RetentionChecked((), (), retention.Changes())
    checked = _check(db, ERASE_ON)  # no warning was ever shown: sent work needs none
    (erased,) = checked.erased
    assert (erased.round_id, erased.cases, erased.documents, erased.answers, erased.notes) == (
        round_id,
        2,
        3,
        1,
        1,
    )
    assert rounds.list_cases(db, round_id) == []
    (row,) = rounds.list_rounds(db)
    assert row.title == "Spring scrutiny" and row.erased_on is not None and row.cases_total == 0
    (audit,) = _audit(db, "round_material_erased")
    assert audit == {
        "round": round_id,
        "uid": audit["uid"],
        "by_hand": False,
        "cases": 2,
        "documents": 3,
        "answers": 1,
        "notes": 1,
    }
    assert _audit(db, "round_copies_cleared")[0]["round"] == round_id
    assert _check(db, ERASE_ON + timedelta(days=1)).erased == ()  # once
    for _ in range(3):  # every pooled connection keeps SQLCipher's secure_delete after the erasure
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
    with pytest.raises(Refused) as refused:  # a later pack cannot bring the material back
        _take(db, _export(world))
    assert refused.value.refusal is Refusal.ROUND_ERASED


def test_the_week_and_day_warnings_are_each_recorded_once(world) -> None:
    db, round_id = _round_on_laptop(world)
    assert _check(db, ERASE_ON - timedelta(days=8)).warnings == ()
    (week,) = _check(db, ERASE_ON - timedelta(days=7)).warnings
    assert (week.stage, week.unsent, week.erase_on) == (Stage.WEEK, True, "2026-03-14")
    assert _check(db, ERASE_ON - timedelta(days=7)).warnings == (week,)  # not shown yet: still due
    retention.record_warnings(db, [week], ERASE_ON - timedelta(days=7))
    assert _check(db, ERASE_ON - timedelta(days=6)).warnings == ()
    assert _check(db, ERASE_ON - timedelta(days=2)).warnings == ()
    (day,) = _check(db, ERASE_ON - timedelta(days=1)).warnings
    assert day.stage is Stage.DAY
    retention.record_warnings(db, [day], ERASE_ON - timedelta(days=1))
    assert _check(db, ERASE_ON - timedelta(days=1)).warnings == ()
    assert [a["stage"] for a in _audit(db, "erasure_warning_shown")] == ["week", "day"]
    # unsent, but warned on earlier days: erased at the date
    assert [e.round_id for e in _check(db, ERASE_ON).erased] == [round_id]


def test_unsent_work_is_never_erased_without_a_warning_shown_a_day_before(world) -> None:
    db, round_id = _round_on_laptop(world)
    away = ERASE_ON + timedelta(days=3)  # the member opens the app only after the date
    (late,) = _check(db, away).warnings
    assert (late.stage, late.unsent) == (Stage.LATE, True)
    assert _check(db, away + timedelta(days=1)).erased == ()  # never shown: never erased
    retention.record_warnings(db, [late], away + timedelta(days=1))
    assert _check(db, away + timedelta(days=1)) == retention.RetentionChecked((), (), retention.Changes())
    assert len(rounds.list_cases(db, round_id)) == 2
    assert [e.round_id for e in _check(db, away + timedelta(days=2)).erased] == [round_id]


def test_work_changed_after_sending_counts_as_unsent(world) -> None:
    db, round_id = _round_on_laptop(world)
    _send(world, db, round_id)
    first = rounds.list_cases(db, round_id)[0]
    review.save_note(db, first.id, "hostility_recorded", NOTE + " And one more thing.", "en")
    (late,) = _check(db, ERASE_ON).warnings
    assert late.unsent and late.stage is Stage.LATE
    assert len(rounds.list_cases(db, round_id)) == 2
    _send(world, db, round_id)
    assert _check(db, ERASE_ON).erased[0].round_id == round_id


def test_a_coordinators_rounds_are_never_erased_by_the_check(world) -> None:
    _round_on_laptop(world)
    assert _check(world.coordinator, ERASE_ON + timedelta(days=400)).erased == ()
    assert len(rounds.list_cases(world.coordinator, world.round_id)) == 2


# No copy survives ------------------------------------------------------------------

PAGE = 4096
RESERVE = 80  # SQLCipher 4: a 16-byte IV and a 64-byte HMAC at the end of every page


def _raw_key(path: Path) -> bytes:
    """The file's key, derived here from the passphrase and the file's salt exactly as
    docs/formats.md says, independently of the app's own keying code."""
    salt = path.read_bytes()[: keying.SALT_BYTES]
    return hashlib.scrypt(
        PASSPHRASE.encode("utf-8"), salt=salt, n=keying.SCRYPT_N, r=keying.SCRYPT_R, p=keying.SCRYPT_P,
        maxmem=256 * 1024 * 1024, dklen=keying.KEY_BYTES,
    )  # fmt: skip


def _decrypt_page(key: bytes, page: bytes, first: bool) -> bytes:
    """One SQLCipher 4 page decrypted (AES-256-CBC, the IV stored at the page's end)."""
    start = keying.SALT_BYTES if first else 0
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[start : PAGE - RESERVE]) + decryptor.finalize()


def _every_page(path: Path, key: bytes) -> list[bytes]:
    """Every page of a database file, and every frame of its WAL, decrypted: free pages,
    pages of deleted rows and old WAL frames too, which no query would ever read."""
    data = path.read_bytes()
    pages = [_decrypt_page(key, data[i : i + PAGE], i == 0) for i in range(0, len(data) - PAGE + 1, PAGE)]
    wal = Path(str(path) + "-wal")
    if wal.exists():
        frames = wal.read_bytes()[32:]
        for at in range(0, len(frames) - 24 - PAGE + 1, 24 + PAGE):
            number = int.from_bytes(frames[at : at + 4], "big")
            pages.append(_decrypt_page(key, frames[at + 24 : at + 24 + PAGE], number == 1))
    return pages


def _rows_hold(path: Path, text: bytes) -> bool:
    """Whether any value in any table of the database holds `text`, read with the key."""
    conn = keyed_connection(path, "mode=ro")
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for row in conn.execute(f"SELECT * FROM {table}"):
                for value in row:
                    raw = value.encode() if isinstance(value, str) else value
                    if isinstance(raw, bytes) and text in raw:
                        return True
        return False
    finally:
        conn.close()


def _files(profile_dir: Path) -> list[Path]:
    return sorted(p for p in profile_dir.rglob("*") if p.is_file())


def _reopened_with_a_reason(world, db, round_id: int) -> None:
    """The member sends, reopens the case with a reason and changes the note: the change
    log then holds the reason and the note before and after."""
    first = rounds.list_cases(db, round_id)[0]
    citations.add_citation(db, first.id, "hostility_recorded", Citation(1, 1, CITED))
    review.defer(db, first.id, "Waiting for the log.")
    _send(world, db, round_id)
    review.reopen(db, first.id, REASON)
    review.save_note(db, first.id, "hostility_recorded", f"{NOTE} Checked again.", "en")


def test_no_copy_of_the_round_survives_in_the_database_the_wal_or_any_backup(world) -> None:
    db, round_id = _round_on_laptop(world)
    _reopened_with_a_reason(world, db, round_id)
    folder = db.path.parent
    profile.backup_now(db, datetime(2026, 3, 10, 18, 0))
    profile.backup_now(db, datetime(2026, 3, 11, 18, 0))
    unreadable = backups_dir(folder) / "panel-review-2026-03-09_180000-daily.db"
    unreadable.write_bytes(b"\x00" * 16 + bytes(range(256)) * 64)  # a backup the key cannot open
    aside = folder / "panel-review-set-aside-2026-03-12_080000.db"
    aside.write_bytes(sorted(backups_dir(folder).glob("*03-11*"))[0].read_bytes())  # kept by a restore
    stranger = backups_dir(folder) / "panel-review-notes.txt"  # not ours: never touched
    stranger.write_text("the member's own file")
    key = _raw_key(db.path)
    stems = [s.encode() for s in (SUMMARY, DOCUMENT, NOTE, REASON, CITED)]
    databases = [db.path, aside, *sorted(backups_dir(folder).glob("*03-1[01]*"))]

    # What the scan can see before: every phrase, in the rows and in the decrypted pages.
    for path in databases:
        assert all(_rows_hold(path, s) for s in stems), path
        assert all(any(s in page for page in _every_page(path, key)) for s in stems), path
    assert not any(STEM.encode() in p.read_bytes() for p in _files(folder))  # encrypted on disk

    _send(world, db, round_id)
    (erased,) = _check(db, ERASE_ON).erased
    assert (erased.copies_rewritten, erased.copies_removed) == (3, 1)
    assert not unreadable.exists() and stranger.read_text() == "the member's own file"
    remaining = _files(folder)
    assert db.path in remaining and aside in remaining
    for path in remaining:
        assert STEM.encode() not in path.read_bytes(), path  # the raw bytes, -wal included
        if path.suffix == ".db":
            assert not _rows_hold(path, STEM.encode()), path
            assert not any(STEM.encode() in page for page in _every_page(path, key)), path
    # both cases were the member's, so nothing of the round is left at all
    assert not _rows_hold(db.path, b"Graffiti on a wall.")


def test_a_deleted_text_is_found_by_the_page_scan_until_the_database_is_compacted(tmp_path) -> None:
    """The control, so that the scan finding nothing after erasure means something.

    SQLCipher turns `secure_delete` on for every keyed connection (the freed cells are
    zeroed in the page itself), but the WAL still holds the frames written before the
    delete: a plain DELETE leaves the text there, where the page scan finds it.
    `compact` (checkpoint, VACUUM, checkpoint, truncating the WAL) leaves it nowhere."""
    db = profile.create_profile(tmp_path / "p", "Dai Morgan", PASSPHRASE, "en")
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
        with db.session() as session:
            session.connection().exec_driver_sql("CREATE TABLE scratch (text TEXT)")
            session.connection().exec_driver_sql("INSERT INTO scratch VALUES (?)", (f"{STEM} " * 300,))
        with db.session() as session:
            session.connection().exec_driver_sql("DELETE FROM scratch")
        key = _raw_key(db.path)
        assert not _rows_hold(db.path, STEM.encode())
        assert any(STEM.encode() in page for page in _every_page(db.path, key))
        retention.compact(db)
        assert not any(STEM.encode() in page for page in _every_page(db.path, key))
        assert not Path(str(db.path) + "-wal").exists() or Path(str(db.path) + "-wal").stat().st_size == 0
    finally:
        db.close()
