"""The panel report for a round: gathered from the database, written as PDF, DOCX or CSV.

Writing is atomic (a half-written report never replaces a good one) and every report
written is recorded, with, in publication mode, the personal-data hits the coordinator
accepted, so what went out can be accounted for later.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.core.atomic_files import atomic_write
from desktop.core.clock import utc_now
from desktop.reports.content import PanelReport, ReportOptions
from desktop.services import background, findings
from desktop.services.identity import require_coordinator
from desktop.services.operations import Changes
from desktop.storage.database import Database
from desktop.storage.models import ReportExport, Round

FORMATS = ("pdf", "docx", "csv")


@dataclass(frozen=True)
class ReportWritten:
    path: Path
    sha256: str
    changes: Changes


def gather(db: Database, round_id: int) -> PanelReport:
    """Everything the report says about the round, read from the profile."""
    with db.session() as session:
        require_coordinator(session)
        round_ = session.get_one(Round, round_id)
        title, panel = round_.title, round_.panel
    return PanelReport(
        round_title=title,
        panel=panel,
        force="",
        findings=findings.round_findings(db, round_id),
        background=background.round_background(db, round_id),
        notes=findings.all_case_notes(db, round_id),
        generated_on=utc_now().date().isoformat(),
    )


def render(report: PanelReport, options: ReportOptions, fmt: str) -> bytes:
    if fmt == "pdf":
        from desktop.reports.panel_pdf import render_panel_pdf

        return render_panel_pdf(report, options)
    if fmt == "docx":
        from desktop.reports.panel_docx import render_panel_docx

        return render_panel_docx(report, options)
    raise ValueError(f"unknown report format {fmt!r}")


def write_report(
    db: Database,
    round_id: int,
    path: Path,
    options: ReportOptions,
    fmt: str,
    accepted_hits: Sequence[str] = (),
) -> ReportWritten:
    """Write the report to `path` and record that it was written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown report format {fmt!r}")
    data = render(gather(db, round_id), options, fmt)
    with atomic_write(path) as out:
        out.write(data)
    digest = hashlib.sha256(data).hexdigest()
    with db.session() as session:
        require_coordinator(session)
        session.add(
            ReportExport(
                round_id=round_id,
                exported_at=utc_now(),
                format=fmt,
                mode=options.mode,
                language=options.language,
                sha256=digest,
                accepted_hits=json.dumps(list(accepted_hits), ensure_ascii=False),
            )
        )
    return ReportWritten(path, digest, Changes(report=True))
