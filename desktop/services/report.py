"""The panel report for a round: gathered from the database, written as PDF, DOCX or CSV.

Writing is atomic (a half-written report never replaces a good one) and every report
written is recorded, with, in publication mode, who confirmed its texts and when and how
many were kept, edited or blanked, so what went out can be accounted for later.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.core.atomic_files import atomic_write
from desktop.core.clock import utc_now
from desktop.reports.content import (
    ObservationItem,
    PanelReport,
    RecommendationItem,
    RecommendationUpdateItem,
    ReportOptions,
)
from desktop.reports.members_languages import members_languages
from desktop.reports.themes import summary_text
from desktop.services import (
    background,
    citations,
    findings,
    publication,
    recommendations,
    review_progress,
    translations,
    trends,
)
from desktop.services.identity import require_coordinator
from desktop.services.observation_rows import observation_rows
from desktop.services.operations import Changes
from desktop.services.recommendations import RecommendationRow
from desktop.storage.database import Database
from desktop.storage.models import ReportExport, Round

FORMATS = ("pdf", "docx", "csv", "accessible-pdf")  # accessible-pdf: tagged, needs LibreOffice


@dataclass(frozen=True)
class ReportWritten:
    paths: tuple[Path, ...]
    sha256: str
    changes: Changes


def gather(db: Database, round_id: int) -> PanelReport:
    """Everything the report says about the round, read from the profile in one transaction."""
    with db.session() as session:
        return gather_in(session, round_id)


def summary_draft(db: Database, round_id: int, language: str) -> str:
    """The summary of themes drafted from the round as it is now, as the coordinator edits
    it. Drafted as the published report names cases ("Case 5"): the summary is written for
    publication, and a force's case numbers in it would have to be taken out again."""
    with db.session() as session:
        report = gather_in(session, round_id)
    return summary_text(report, ReportOptions(language=language, mode="publication"), language)


def gather_in(session: Session, round_id: int) -> PanelReport:
    """`gather` inside the caller's unit of work: one consistent read of the whole round,
    so a report never pairs one moment's findings with another moment's notes."""
    require_coordinator(session)
    round_ = session.get_one(Round, round_id)
    merged = findings.round_findings_in(session, round_id)
    report = PanelReport(
        round_uid=round_.uid,
        round_title=round_.title,
        panel=round_.panel,
        force="",
        findings=merged,
        progress=review_progress.case_progress_in(session, round_id, merged),
        background=background.round_background_in(session, round_id),
        notes=findings.all_case_notes_in(session, round_id),
        criteria_comments=findings.criteria_comments_in(session, round_id),
        observations=tuple(
            ObservationItem(o.number, o.text, tuple(o.cases), o.response, o.response_date)
            for o in observation_rows(session, round_id)
        ),
        recommendations=tuple(_recommendation(r) for r in recommendations.recommendation_rows(session)),
        generated_on=utc_now().date().isoformat(),
        document_titles=citations.titles_in(session, [c.case.case_id for c in merged.cases]),
        trend=trends.round_trend_in(session, round_id),
    )
    languages = members_languages(merged)
    return replace(report, versions=translations.versions_in(session, round_id, report, languages))


def _recommendation(r: RecommendationRow) -> RecommendationItem:
    updates = tuple(
        RecommendationUpdateItem(u.dated, u.update_text, u.assessment, u.status) for u in r.updates
    )
    return RecommendationItem(
        r.number, r.text, r.theme, r.round_title, r.owner, r.due_date, r.status, r.merged_into, updates
    )


def render(report: PanelReport, options: ReportOptions, fmt: str) -> dict[str, bytes]:
    """The report's files: {"": bytes} for PDF and DOCX; the three CSV tables by name."""
    if fmt == "pdf":
        from desktop.reports.panel_pdf import render_panel_pdf

        return {"": render_panel_pdf(report, options)}
    if fmt == "docx":
        from desktop.reports.panel_docx import render_panel_docx

        return {"": render_panel_docx(report, options)}
    if fmt == "accessible-pdf":
        from desktop.reports.panel_docx import render_panel_docx
        from desktop.services.tagged_pdf import tagged_pdf

        return {"": tagged_pdf(render_panel_docx(report, options))}
    if fmt == "csv":
        from desktop.reports.panel_csv import render_panel_csv

        return render_panel_csv(report, options)
    raise ValueError(f"unknown report format {fmt!r}")


def output_paths(path: Path, fmt: str) -> list[Path]:
    """Where the files go: `path` itself, or for CSV `<name>-answers.csv`, `<name>-findings.csv`
    and `<name>-agreement.csv`."""
    if fmt != "csv":
        return [path]
    return [path.with_name(f"{path.stem}-{table}.csv") for table in ("answers", "findings", "agreement")]


def write_report(db: Database, round_id: int, path: Path, options: ReportOptions, fmt: str) -> ReportWritten:
    """Write the report and record that it was written.

    In publication mode every text people typed is printed as the coordinator confirmed
    it (kept, edited or blanked: `desktop.services.publication`); while any text is
    unconfirmed nothing is written and `PublicationRefused` says so. Who confirmed and
    when is recorded with the export and printed, by key fingerprint, in the report.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown report format {fmt!r}")
    record: dict[str, object] = {}
    with db.session() as session:  # the round and its confirmations, as one moment
        report = gather_in(session, round_id)
        if options.mode == "publication":
            confirmed = publication.confirmed_report_in(session, round_id, report)
    if options.mode == "publication":
        report = replace(
            confirmed.report,
            confirmed_on=confirmed.at.strftime("%Y-%m-%d %H:%M"),
            confirmed_key=confirmed.fingerprint,
        )
        record = {
            "confirmed_by": confirmed.by,
            "fingerprint": confirmed.fingerprint,
            "confirmed_at": confirmed.at.isoformat(timespec="seconds"),
            **confirmed.decisions,
        }
    files = render(report, options, fmt)
    digest = hashlib.sha256()
    paths = output_paths(path, fmt)
    for target, data in zip(paths, files.values(), strict=True):
        with atomic_write(target) as out:
            out.write(data)
        digest.update(data)
    with db.session() as session:
        require_coordinator(session)
        session.add(
            ReportExport(
                round_id=round_id,
                exported_at=utc_now(),
                format=fmt,
                mode=options.mode,
                language=options.language,
                sha256=digest.hexdigest(),
                accepted_hits=json.dumps(record, ensure_ascii=False),
            )
        )
    return ReportWritten(tuple(paths), digest.hexdigest(), Changes(reports=True))
