"""The retention report for the OPCC's data-protection officer (`reports.retention_report`).

Read from the coordinator's profile: the round's erasure date as its packs carry it now
(`retention.pack_erase_on`) and, per member given cases in the round, the erasure
receipt taken from them (`erasure_receipts`), or none yet. Written as PDF (in one
language or both, Welsh first) or CSV (both), atomically; the writing is recorded in
the round's audit chain.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from desktop.core.atomic_files import atomic_write
from desktop.reports.retention_report import (
    MemberRetention,
    RetentionReport,
    render_retention_csv,
    render_retention_pdf,
)
from desktop.services import audit, identity
from desktop.services.erasure_receipts import COUNTED, MemberErasure, erasures_in
from desktop.services.retention import pack_erase_on
from desktop.storage.database import Database
from desktop.storage.models import Round

REPORT_FORMATS = ("pdf", "csv")


def _utc_text(when: datetime | None) -> str:
    return when.isoformat(sep=" ", timespec="minutes") if when else ""


def _row(m: MemberErasure) -> MemberRetention:
    cases, documents, answers, notes = (m.counts.get(name, 0) for name in COUNTED)
    return MemberRetention(
        m.member, m.fingerprint, m.withdrawn, _utc_text(m.erased_at), _utc_text(m.received_at),
        (cases, documents, answers, notes), m.copies_rewritten, m.copies_removed,
    )  # fmt: skip


def retention_report(db: Database, round_id: int, today: date) -> RetentionReport:
    """The round's retention report: its erasure date and each member's receipt, or none."""
    with db.session() as session:
        identity.require_coordinator(session)
        round_ = session.get_one(Round, round_id)
        members = tuple(_row(m) for m in erasures_in(session, round_id))
        return RetentionReport(
            round_.uid, round_.title, pack_erase_on(session, round_), today.isoformat(), members
        )


def write_retention_report(
    db: Database, round_id: int, path: Path, kind: str, languages: Sequence[str], today: date
) -> Path:
    """Write the report as `kind` ("pdf" or "csv") to `path`, atomically; PDF in each of
    `languages` in turn (the CSV carries both)."""
    if kind not in REPORT_FORMATS:
        raise ValueError(f"no retention report as {kind}")
    report = retention_report(db, round_id, today)
    data = render_retention_pdf(report, languages) if kind == "pdf" else render_retention_csv(report)
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write(path) as stream:
        stream.write(data)
    with db.session() as session:
        audit.append(session, "retention_report_written", round_id=round_id,
                     detail={"round": round_id, "format": kind})  # fmt: skip
    return path
