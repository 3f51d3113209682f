"""The coordinator's own retention: archive a published round, then purge its case material.

After a round's report is published, the OPCC keeps the round under its records schedule
and the working profile need not keep the case material any longer:

- `write_archive` writes the round as an encrypted file the OPCC keeps: a tar archive
  (the standard library's `tarfile`, POSIX format) of plain files -- the round and its
  cases as JSON, the members' answers, notes and reasons for deferring as JSON, the
  round's audit entries, the internal report as PDF and CSV, and every case document as
  it was imported -- encrypted with age to a passphrase the coordinator chooses (scrypt
  recipient), so the reference `age` tool opens it years later with no Panel Review
  (`age -d archive.tar.age | tar -x`; docs/formats.md, "The round archive"). The
  passphrase is judged as strictly as a profile's. The file is written atomically: on a
  full disk nothing is left behind and nothing recorded. The archive's time and sha256
  are recorded on the round, with an audit entry.
- `purge_round`, once the round is published and archived, removes the case documents,
  the case summaries and the members' raw notes and reasons for deferring from the
  profile, with `secure_delete` on, then VACUUMs it and clears every backup the way the
  member's erasure does (`desktop.services.retention`, whose helpers it uses). It keeps
  the report's findings: members' answers (the criteria counts), the panel's comments
  and decisions, observations, recommendations and the tracker, the background, the
  records of reports written. A `round_purge` row and an audit entry record what was
  purged, when, and after which archive, in counts.
"""

from __future__ import annotations

import errno
import hashlib
import io
import json
import os
import re
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pyrage
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.atomic_files import atomic_write
from desktop.core.explained import Explained
from desktop.core.passphrase import passphrase_problems
from desktop.core.words import say
from desktop.reports.content import ReportOptions
from desktop.services import audit, report, retention
from desktop.services.identity import me_in, require_coordinator
from desktop.services.operations import Changes
from desktop.storage.database import Database
from desktop.storage.models import (
    AuditEntry,
    CaseFile,
    Document,
    ReceivedAnswer,
    ReceivedCase,
    ReceivedPackage,
    ReportExport,
    RosterMember,
    Round,
    RoundPurge,
)

ARCHIVE_SUFFIX = ".tar.age"
FORMAT = "panel-review-round-archive"
FORMAT_VERSION = 1


class ArchiveRefused(Explained):
    """An archive or purge the coordinator cannot make now; nothing was changed."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key

    def explain(self, language: str) -> str:
        return say(f"archive.{self.key}", language)


@dataclass(frozen=True)
class ArchiveState:
    """Where the round stands: published, archived (when, the file's hash), purged."""

    published: bool
    archived_at: datetime | None
    archive_sha256: str | None
    purged_at: datetime | None

    @property
    def may_archive(self) -> bool:
        return self.published and self.purged_at is None

    @property
    def may_purge(self) -> bool:
        return self.published and self.archived_at is not None and self.purged_at is None


def _published(session: Session, round_id: int) -> bool:
    found = session.scalar(
        select(func.count())
        .select_from(ReportExport)
        .where(ReportExport.round_id == round_id, ReportExport.mode == "publication")
    )
    return bool(found)


def archive_state(db: Database, round_id: int) -> ArchiveState:
    with db.session() as session:
        round_ = session.get_one(Round, round_id)
        return ArchiveState(
            _published(session, round_id),
            round_.archived_at,
            round_.archive_sha256,
            round_.material_purged_at,
        )


# The archive ------------------------------------------------------------------------


@dataclass(frozen=True)
class ArchiveWritten:
    path: Path
    sha256: str
    files: int
    changes: Changes


def check_passphrase(passphrase: str, repeat: str, display_name: str = "") -> None:
    """ArchiveRefused unless the passphrase is the same twice and strong enough."""
    problems = {p.value for p in passphrase_problems(passphrase, repeat, display_name)}
    if "mismatch" in problems:
        raise ArchiveRefused("mismatch")
    if problems:
        raise ArchiveRefused("weak_passphrase")


def write_archive(
    db: Database, round_id: int, path: Path, passphrase: str, repeat: str, now: datetime
) -> ArchiveWritten:
    """Write the round's archive to `path`, encrypted to `passphrase`, and record it."""
    with db.session() as session:
        require_coordinator(session)
        check_passphrase(passphrase, repeat, me_in(session).name)
        round_ = session.get_one(Round, round_id)
        if not _published(session, round_id):
            raise ArchiveRefused("not_published")
        if round_.material_purged_at is not None:
            raise ArchiveRefused("purged")
        members = _round_files(session, round_, now)
    plain = _tar(members)
    sealed = pyrage.passphrase.encrypt(plain, passphrase)
    _write(path, sealed)
    digest = hashlib.sha256(sealed).hexdigest()
    with db.session() as session:
        round_ = session.get_one(Round, round_id)
        round_.archived_at, round_.archive_sha256 = now, digest
        audit.append(
            session,
            "round_archived",
            round_id=round_id,
            detail={"round": round_id, "sha256": digest, "files": len(members), "bytes": len(sealed)},
            at=now,
        )
    return ArchiveWritten(path, digest, len(members), Changes(rounds=True))


def _write(path: Path, data: bytes) -> None:
    """Atomically (a full disk is named with the archive's own path), then read back."""
    with atomic_write(path) as out:
        out.write(data)
    if hashlib.sha256(path.read_bytes()).digest() != hashlib.sha256(data).digest():
        path.unlink()  # the disk did not keep what was written: no archive to rely on
        raise OSError(errno.EIO, os.strerror(errno.EIO), str(path))


def _tar(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size, info.mode = len(data), 0o600
            tar.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def _json(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=2, default=str).encode("utf-8") + b"\n"


def _round_files(session: Session, round_: Round, now: datetime) -> dict[str, bytes]:
    """Every file of the archive, by its name inside it."""
    documents = dict(_documents(session, round_.id))
    files = {
        "round.json": _json(_round_record(session, round_, now, sorted(documents))),
        "reviews.json": _json(_reviews(session, round_.id)),
        "audit.json": _json(_audit_entries(session, round_.id)),
    }
    gathered = report.gather_in(session, round_.id)
    options = ReportOptions(mode="internal")
    files["report/report.pdf"] = report.render(gathered, options, "pdf")[""]
    for table, data in report.render(gathered, options, "csv").items():
        files[f"report/report-{table}.csv" if table else "report/report.csv"] = data
    files.update(documents)
    return files


def _round_record(session: Session, round_: Round, now: datetime, documents: list[str]) -> dict[str, Any]:
    cases = session.scalars(
        select(CaseFile).where(CaseFile.round_id == round_.id).order_by(CaseFile.position)
    )
    exports = session.scalars(select(ReportExport).where(ReportExport.round_id == round_.id))
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "archived_at": now.isoformat(timespec="seconds") + "Z",
        "round": {
            "uid": round_.uid, "code": round_.code, "title": round_.title, "panel": round_.panel,
            "due_date": round_.due_date, "written_in": round_.written_in, "erase_on": round_.erase_on,
        },
        "cases": [
            {
                "position": c.position, "reference": c.reference, "case_type": c.case_type,
                "strands": json.loads(c.strands or "[]"), "summary": c.summary, "withdrawn": c.withdrawn,
            }
            for c in cases
        ],
        "documents": documents,
        "reports_written": [
            {"at": e.exported_at.isoformat(timespec="seconds") + "Z", "format": e.format, "mode": e.mode,
             "language": e.language, "sha256": e.sha256}
            for e in exports
        ],
    }  # fmt: skip


def _reviews(session: Session, round_id: int) -> list[dict[str, Any]]:
    rows = session.execute(select(CaseFile.id, CaseFile.reference).where(CaseFile.round_id == round_id))
    reference = {case_id: ref for case_id, ref in rows}
    packages = session.execute(
        select(ReceivedPackage, RosterMember)
        .join(RosterMember, RosterMember.id == ReceivedPackage.member_id)
        .where(ReceivedPackage.round_id == round_id)
        .order_by(ReceivedPackage.id)
    ).all()
    out = []
    for package, member in packages:
        cases = session.scalars(select(ReceivedCase).where(ReceivedCase.package_id == package.id))
        answers = session.scalars(select(ReceivedAnswer).where(ReceivedAnswer.package_id == package.id))
        out.append({
            "member": member.name, "fingerprint": member.fingerprint, "revision": package.revision,
            "state": package.state, "received_at": package.received_at.isoformat(timespec="seconds") + "Z",
            "sha256": package.sha256, "audit_flag": package.audit_flag,
            "cases": [{"reference": reference.get(c.case_id, ""), "status": c.status,
                       "defer_reason": c.defer_reason} for c in cases],
            "answers": [{"reference": reference.get(a.case_id, ""), "question": a.question_id,
                         "value": json.loads(a.value) if a.value else None, "hours": a.hours,
                         "note": a.note, "note_language": a.note_language} for a in answers],
        })  # fmt: skip
    return out


def _audit_entries(session: Session, round_id: int) -> list[dict[str, Any]]:
    rows = session.scalars(select(AuditEntry).where(AuditEntry.round_id == round_id).order_by(AuditEntry.id))
    return [
        {"at": r.at.isoformat() + "Z", "action": r.action, "question": r.question_id, "detail": r.detail,
         "prev_hash": r.prev_hash, "entry_hash": r.entry_hash}
        for r in rows
    ]  # fmt: skip


_UNSAFE = re.compile(r"[^A-Za-z0-9._ -]+")
_EXTENSIONS = {"application/pdf": ".pdf", "text/plain": ".txt"}


def _documents(session: Session, round_id: int) -> Iterator[tuple[str, bytes]]:
    rows = session.execute(
        select(CaseFile.position, Document)
        .join(Document, Document.case_id == CaseFile.id)
        .where(CaseFile.round_id == round_id)
        .order_by(CaseFile.position, Document.position)
    )
    for case_position, document in rows:
        title = _UNSAFE.sub("_", Path(document.title).name).strip(" .") or "document"
        extension = _EXTENSIONS.get(document.media_type.split(";")[0].strip().lower(), "")
        if extension and not title.lower().endswith(extension):
            title += extension
        yield f"documents/case-{case_position + 1:03d}/{document.position + 1:02d}-{title}", document.data


# The purge --------------------------------------------------------------------------


@dataclass(frozen=True)
class Purged:
    round_id: int
    documents: int
    summaries: int
    notes: int
    copies_rewritten: int
    copies_removed: int
    changes: Changes


_CASES_OF = "SELECT id FROM case_file WHERE round_id = :round"
_PACKAGES_OF = "SELECT id FROM received_package WHERE round_id = :round"
# Plain SQL, each with one :round, so the same statements clear a backup of any revision
# since the coordinator's received packages came (0003); a copy they fail on is removed.
PURGE = retention.CopyClearing(
    (
        f"DELETE FROM document WHERE case_id IN ({_CASES_OF})",
        "UPDATE case_file SET summary = '' WHERE round_id = :round AND summary != ''",
        f"UPDATE received_answer SET note = '' WHERE package_id IN ({_PACKAGES_OF}) AND note != ''",
        f"UPDATE received_case SET defer_reason = '' WHERE package_id IN ({_PACKAGES_OF})"
        " AND defer_reason != ''",
        f"DELETE FROM note WHERE case_id IN ({_CASES_OF})",
    ),
    "material_purged_at",
    # members' reasons for changes after completion (revision 0014) are their words too, and
    # their citations (revision 0017) may quote the case's documents
    (
        ("received_change", f"UPDATE received_change SET reason = '' WHERE package_id IN ({_PACKAGES_OF})"),
        ("received_citation", f"DELETE FROM received_citation WHERE package_id IN ({_PACKAGES_OF})"),
        ("citation", f"DELETE FROM citation WHERE case_id IN ({_CASES_OF})"),
    ),
)


def _counts(session: Session, round_id: int) -> dict[str, int]:
    cases = select(CaseFile.id).where(CaseFile.round_id == round_id)
    packages = select(ReceivedPackage.id).where(ReceivedPackage.round_id == round_id)

    def count(query: Any) -> int:
        return int(session.scalar(query) or 0)

    return {
        "documents": count(select(func.count()).select_from(Document).where(Document.case_id.in_(cases))),
        "summaries": count(
            select(func.count())
            .select_from(CaseFile)
            .where(CaseFile.round_id == round_id, CaseFile.summary != "")
        ),
        "notes": count(
            select(func.count())
            .select_from(ReceivedAnswer)
            .where(ReceivedAnswer.package_id.in_(packages), ReceivedAnswer.note != "")
        )
        + count(
            select(func.count())
            .select_from(ReceivedCase)
            .where(ReceivedCase.package_id.in_(packages), ReceivedCase.defer_reason != "")
        ),
    }


def purge_round(db: Database, round_id: int, now: datetime) -> Purged:
    """Remove the round's case material from the profile and from every copy of it.

    Refused (nothing changed) before publication, before an archive, or once purged;
    a purge whose copies were not all cleared (the app stopped half-way) is finished."""
    with db.session() as session, retention.secure_deleting(session):
        require_coordinator(session)
        round_ = session.get_one(Round, round_id)
        if round_.material_purged_at is not None:
            if round_.backups_cleared_at is not None:
                raise ArchiveRefused("already_purged")
            resuming = True
        else:
            resuming = False
            if not _published(session, round_id):
                raise ArchiveRefused("not_published")
            if round_.archived_at is None or round_.archive_sha256 is None:
                raise ArchiveRefused("not_archived")
            counts = _counts(session, round_id)
            for statement in PURGE.for_tables({"received_change", "received_citation", "citation"}):
                session.connection().exec_driver_sql(statement.replace(":round", "?"), (round_id,))
            round_.material_purged_at, round_.backups_cleared_at = now, None
            session.add(RoundPurge(
                round_id=round_id, purged_at=now, archive_sha256=round_.archive_sha256,
                archived_at=round_.archived_at, copies_rewritten=0, copies_removed=0, **counts,
            ))  # fmt: skip
            audit.append(
                session,
                "round_material_purged",
                round_id=round_id,
                detail={
                    "round": round_id,
                    "uid": round_.uid,
                    "archive_sha256": round_.archive_sha256,
                    **counts,
                },
                at=now,
            )
    if not resuming:
        retention.compact(db)
    rewritten, removed = retention.clear_copies_of(db, round_id, now, PURGE)
    with db.session() as session:
        row = session.scalars(
            select(RoundPurge).where(RoundPurge.round_id == round_id).order_by(RoundPurge.id.desc())
        ).first()
        assert row is not None
        row.copies_rewritten += rewritten
        row.copies_removed += removed
        done = Purged(
            round_id, row.documents, row.summaries, row.notes, row.copies_rewritten, row.copies_removed,
            Changes(rounds=True, packages=True),
        )  # fmt: skip
    return done
