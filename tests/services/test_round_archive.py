"""The coordinator's archive of a published round, and the purge of its case material.

Real profiles on both sides (a member sends a real review package with a note), a real
publication, the archive decrypted with the reference `age` command (its passphrase
typed on a pseudo-terminal, as age reads it from the terminal only) and unpacked with
`tar`; after the purge the database and every backup are opened with the key and every
page decrypted, looking for a phrase planted in a document, a case summary and a note.
"""

from __future__ import annotations

import json
import os
import pty
import subprocess
import tarfile
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core.citations import Citation
from desktop.paths import backups_dir
from desktop.reports.content import ReportOptions
from desktop.services import (
    assignment_packs,
    audit,
    citations,
    coordinator_rounds,
    profile,
    recommendations,
    report,
    review,
    review_differences,
    review_packages,
    round_archive,
    rounds,
)
from desktop.services.round_archive import ArchiveRefused
from desktop.services.user_faults import describe
from desktop.storage.models import AuditEntry, RoundPurge
from tests.fs_faults import fill
from tests.services.exchange_world import enrolled_world
from tests.services.publication_world import confirm_every_text
from tests.services.report_world import dump
from tests.services.test_retention import (
    CITED,
    DOCUMENT,
    NOTE,
    REASON,
    STEM,
    SUMMARY,
    _case_list,
    _every_page,
    _raw_key,
    _rows_hold,
)

ARCHIVE_PASSPHRASE = "quarry lantern violet hedgehog"
NOW = datetime(2026, 6, 1, 10, 0)
LATER = datetime(2026, 6, 2, 10, 0)


@pytest.fixture
def world(tmp_path):
    w = enrolled_world(tmp_path, ("Aled Jones",))
    yield w
    w.close()


def _reviewed_round(world) -> int:
    """A round whose one member answered the first case with a note and sent it back."""
    csv_path, docs = _case_list(world.root / "input")
    created = coordinator_rounds.create_round(
        world.coordinator, csv_path, docs, title="Spring scrutiny", template_id="hate-crime"
    )
    coordinator_rounds.auto_assign(world.coordinator, created.round_id, 1)
    exported = assignment_packs.export_packs(world.coordinator, created.round_id, world.root / "packs")
    (pack,) = [p.path for p in exported.packs if p.path.exists()]
    member = world.members["Aled Jones"]
    preview = assignment_packs.preview_pack(member, pack)
    round_id = assignment_packs.import_pack(member, pack, confirmed_fingerprint=preview.fingerprint).round_id
    first = rounds.list_cases(member, round_id)[0]
    review.save_answer(member, first.id, "hostility_recorded", "no")
    review.save_note(member, first.id, "hostility_recorded", NOTE, "en")
    citations.add_citation(member, first.id, "hostility_recorded", Citation(1, 1, CITED))
    package = review_packages.export_review(member, round_id, world.root / "outbox").path
    (fate,) = review_packages.import_packages(world.coordinator, [package]).fates
    assert fate.fate is review_packages.Fate.ACCEPTED
    return created.round_id


def _changed_with_a_reason(world, round_id: int) -> None:
    """The member defers the case, sends, reopens it with a reason and changes its answer;
    the coordinator takes the new revision, and with it the member's reason."""
    member = world.members["Aled Jones"]
    (member_round,) = rounds.list_rounds(member)
    first = rounds.list_cases(member, member_round.id)[0]
    review.defer(member, first.id, "Waiting for the log.")
    review_packages.export_review(member, member_round.id, world.root / "outbox")
    review.reopen(member, first.id, REASON)
    review.save_answer(member, first.id, "hostility_recorded", "yes")
    package = review_packages.export_review(member, member_round.id, world.root / "outbox").path
    (fate,) = review_packages.import_packages(world.coordinator, [package]).fates
    (waiting,) = review_differences.pending_reviews(world.coordinator, round_id, "en")
    assert fate.fate is review_packages.Fate.PENDING and REASON in waiting.lines[0]
    review_differences.accept(world.coordinator, waiting.package_id)


def _publish(world, round_id: int) -> None:
    confirm_every_text(world.coordinator, round_id)
    options = ReportOptions(mode="publication")
    report.write_report(world.coordinator, round_id, world.root / "published.pdf", options, "pdf")


def _age_decrypt(archive: Path, out: Path, passphrase: str) -> None:
    """`age -d` with the passphrase typed at its terminal prompt."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: age, its terminal the pseudo-terminal
        os.execvp("age", ["age", "-d", "-o", str(out), str(archive)])
    typed = b""
    while b"passphrase" not in typed.lower():
        typed += os.read(fd, 1024)
    os.write(fd, passphrase.encode() + b"\n")
    with_output = b""
    try:
        while chunk := os.read(fd, 1024):
            with_output += chunk
    except OSError:  # the child closed the terminal
        pass
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    assert os.waitstatus_to_exitcode(status) == 0, with_output


def _archive(world, round_id: int, path: Path | None = None) -> round_archive.ArchiveWritten:
    target = path or world.root / "spring.tar.age"
    return round_archive.write_archive(
        world.coordinator, round_id, target, ARCHIVE_PASSPHRASE, ARCHIVE_PASSPHRASE, NOW
    )


def test_the_archive_opens_with_the_age_tool_and_holds_the_round(world) -> None:
    round_id = _reviewed_round(world)
    _publish(world, round_id)
    written = _archive(world, round_id)
    assert written.path.read_bytes().startswith(b"age-encryption.org/v1\n")
    assert STEM.encode() not in written.path.read_bytes()

    plain = world.root / "spring.tar"
    _age_decrypt(written.path, plain, ARCHIVE_PASSPHRASE)
    unpacked = world.root / "unpacked"
    unpacked.mkdir()
    subprocess.run(["tar", "-xf", str(plain), "-C", str(unpacked)], check=True)
    record = json.loads((unpacked / "round.json").read_text("utf-8"))
    assert record["round"]["title"] == "Spring scrutiny" and record["cases"][0]["summary"] == SUMMARY
    assert (unpacked / "documents/case-001/01-log.txt").read_text("utf-8") == DOCUMENT
    assert (unpacked / "documents/case-001/02-form.pdf").read_bytes().startswith(b"%PDF")
    (package,) = json.loads((unpacked / "reviews.json").read_text("utf-8"))
    assert package["member"] == "Aled Jones"
    assert [a["note"] for a in package["answers"] if a["note"]] == [NOTE]
    assert (unpacked / "report/report.pdf").read_bytes().startswith(b"%PDF")
    assert any(json.loads((unpacked / "audit.json").read_text("utf-8")))
    state = round_archive.archive_state(world.coordinator, round_id)
    assert (state.archived_at, state.archive_sha256, state.may_purge) == (NOW, written.sha256, True)
    assert audit.verify(world.coordinator).whole


def test_no_archive_before_publication_nor_with_a_weak_passphrase(world) -> None:
    round_id = _reviewed_round(world)
    before = dump(world.coordinator)
    target = world.root / "early.tar.age"
    with pytest.raises(ArchiveRefused) as refused:
        _archive(world, round_id, target)
    assert refused.value.key == "not_published" and "gyhoeddi" in refused.value.explain("cy")
    _publish(world, round_id)
    before = dump(world.coordinator)
    for passphrase, repeat, key in (("password1", "password1", "weak_passphrase"),
                                    (ARCHIVE_PASSPHRASE, "something else", "mismatch")):  # fmt: skip
        with pytest.raises(ArchiveRefused) as refused:
            round_archive.write_archive(world.coordinator, round_id, target, passphrase, repeat, NOW)
        assert refused.value.key == key
    assert not target.exists() and dump(world.coordinator) == before
    with pytest.raises(ArchiveRefused) as refused:
        round_archive.purge_round(world.coordinator, round_id, NOW)
    assert refused.value.key == "not_archived" and dump(world.coordinator) == before


def test_a_full_disk_leaves_no_file_and_records_nothing(world, small_disk: Path) -> None:
    round_id = _reviewed_round(world)
    _publish(world, round_id)
    before = dump(world.coordinator)
    fill(small_disk, leave=4096)
    target = small_disk / "spring.tar.age"
    with pytest.raises(OSError) as failed:
        _archive(world, round_id, target)
    message = describe(failed.value, "en")
    assert message is not None and "disk is full" in message and str(target) in message
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler.bin"]
    assert dump(world.coordinator) == before


def test_purge_leaves_the_phrase_nowhere_and_the_report_still_writes(world) -> None:
    round_id = _reviewed_round(world)
    _changed_with_a_reason(world, round_id)
    db = world.coordinator
    folder = db.path.parent
    recommendations.add_recommendation(db, "Train call handlers.", "", round_id, "Force", None)
    _publish(world, round_id)
    profile.backup_now(db, datetime(2026, 5, 30, 18, 0))
    profile.backup_now(db, datetime(2026, 5, 31, 18, 0))
    key = _raw_key(db.path)
    planted = [s.encode() for s in (SUMMARY, DOCUMENT, NOTE, REASON, CITED)]
    databases = [db.path, *sorted(backups_dir(folder).glob("*.db"))]
    assert len(databases) == 3
    for path in databases:  # the control: the scan sees every phrase before
        assert all(_rows_hold(path, s) for s in planted), path
    _archive(world, round_id)

    purged = round_archive.purge_round(db, round_id, LATER)

    assert (purged.documents, purged.summaries, purged.notes) == (3, 2, 2)  # the note, in both revisions
    assert (purged.copies_rewritten, purged.copies_removed) == (2, 0)
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        assert STEM.encode() not in path.read_bytes(), path
        if path.suffix == ".db":
            assert not _rows_hold(path, STEM.encode()), path
            assert not any(STEM.encode() in page for page in _every_page(path, key)), path
    with db.session() as session:
        (row,) = session.scalars(select(RoundPurge)).all()
        assert (row.purged_at, row.documents, row.notes, row.copies_rewritten) == (LATER, 3, 2, 2)
        actions = session.scalars(select(AuditEntry.action).where(AuditEntry.round_id == round_id)).all()
    assert "round_material_purged" in actions and audit.verify(db).whole
    assert round_archive.archive_state(db, round_id).purged_at == LATER
    assert [r.purged_on for r in rounds.list_rounds(db)] == [LATER.date().isoformat()]
    # the findings and the published report are kept: it still writes, criteria counts and all
    again = report.write_report(
        db, round_id, world.root / "again.csv", ReportOptions(mode="publication"), "csv"
    )
    assert all(p.stat().st_size for p in again.paths)
    (first, _second) = report.gather(db, round_id).findings.cases
    assert first.reviewed_by  # the member's answers (the criteria counts) are kept
    with db.session() as session:  # the tracker too
        assert [r.text for r in recommendations.recommendation_rows(session)] == ["Train call handlers."]
    with pytest.raises(ArchiveRefused) as refused:
        round_archive.purge_round(db, round_id, LATER)
    assert refused.value.key == "already_purged"
    with pytest.raises(ArchiveRefused):
        _archive(world, round_id, world.root / "after.tar.age")


def test_the_archive_written_by_the_service_holds_what_a_tar_reader_expects(world) -> None:
    """The tar is a standard one: Python's own reader lists the same names as `tar -t`."""
    round_id = _reviewed_round(world)
    _publish(world, round_id)
    written = _archive(world, round_id)
    plain = world.root / "plain.tar"
    _age_decrypt(written.path, plain, ARCHIVE_PASSPHRASE)
    listed = subprocess.run(["tar", "-tf", str(plain)], check=True, capture_output=True, text=True)
    with tarfile.open(plain) as tar:
        assert sorted(tar.getnames()) == sorted(listed.stdout.split())
    assert written.files == len(listed.stdout.split())


def _cli(*args: str | Path, language: str = "en", archive_passphrase: str = ARCHIVE_PASSPHRASE):
    from tests.conftest import PASSPHRASE
    from tests.services.test_cli import ENTRY

    env = {**os.environ, "PANEL_REVIEW_PASSPHRASE": PASSPHRASE,
           "PANEL_REVIEW_ARCHIVE_PASSPHRASE": archive_passphrase}  # fmt: skip
    return subprocess.run(
        [str(ENTRY), "--language", language, *map(str, args)], capture_output=True, text=True, env=env,
        timeout=120, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def test_the_command_line_archives_and_purges_and_words_mistakes_without_tracebacks(world) -> None:
    from tests.conftest import PASSPHRASE

    round_id = _reviewed_round(world)
    folder = world.coordinator.path.parent
    world.coordinator.close()
    early = _cli("--profile", folder, "round", "purge", str(round_id), "--yes", language="cy")
    assert early.returncode == 2 and "gyhoeddi" in early.stderr and "Traceback" not in early.stderr
    world.coordinator = profile.unlock(folder, PASSPHRASE)
    _publish(world, round_id)
    world.coordinator.close()
    target = world.root / "cli.tar.age"

    weak = _cli(
        "--profile", folder, "round", "archive", str(round_id), "--to", target, archive_passphrase="abc"
    )
    assert weak.returncode == 2 and "too weak" in weak.stderr and not target.exists()
    missing = _cli(
        "--profile", folder, "round", "archive", str(round_id), "--to", world.root / "no" / "a.age"
    )
    assert missing.returncode == 2 and "Traceback" not in missing.stderr
    asked = _cli("--profile", folder, "round", "purge", str(round_id))
    assert asked.returncode == 2 and "Archive this round first" in asked.stderr

    written = _cli("--profile", folder, "round", "archive", str(round_id), "--to", target)
    assert written.returncode == 0, written.stderr
    assert target.exists() and "Archive written" in written.stdout
    unconfirmed = _cli("--profile", folder, "round", "purge", str(round_id))
    assert unconfirmed.returncode == 1 and "--yes" in unconfirmed.stderr
    done = _cli("--profile", folder, "round", "purge", str(round_id), "--yes", language="cy")
    assert done.returncode == 0, done.stderr
    assert "Glanhawyd deunydd yr achosion" in done.stdout and "Dogfennau: 3" in done.stdout
    world.coordinator = profile.unlock(folder, PASSPHRASE)
    assert round_archive.archive_state(world.coordinator, round_id).purged_at is not None


def test_a_purge_cut_short_before_the_backups_were_cleared_is_finished_by_the_next(world) -> None:
    """The state a kill between the database and the copies leaves: the round purged in the
    database, `backups_cleared_at` not set, and a backup still holding the material."""
    round_id = _reviewed_round(world)
    db = world.coordinator
    _publish(world, round_id)
    profile.backup_now(db, datetime(2026, 5, 30, 18, 0))
    (backup,) = sorted(backups_dir(db.path.parent).glob("*.db"))
    kept = backup.read_bytes()
    _archive(world, round_id)
    round_archive.purge_round(db, round_id, LATER)
    backup.write_bytes(kept)  # as it was when the app stopped
    with db.session() as session:
        session.connection().exec_driver_sql(
            "UPDATE round SET backups_cleared_at = NULL WHERE id = ?", (round_id,)
        )
    assert _rows_hold(backup, STEM.encode())

    finished = round_archive.purge_round(db, round_id, LATER)

    assert finished.copies_rewritten == 2  # one at the purge, one now
    assert not _rows_hold(backup, STEM.encode())
    with db.session() as session:
        assert len(session.scalars(select(RoundPurge)).all()) == 1
    with pytest.raises(ArchiveRefused) as refused:
        round_archive.purge_round(db, round_id, LATER)
    assert refused.value.key == "already_purged"
