"""The report page: the round's background and comments, the publication review, and
writing the report."""

from __future__ import annotations

from pathlib import Path

from desktop.reports.content import Background, ReportOptions, ReviewProgress
from desktop.services import background, publication, report, review_progress, unfinished_reviews
from desktop.services.background import ReportSetting
from desktop.services.operations import Changes
from desktop.services.publication import PublicationReview
from desktop.services.report import ReportWritten
from desktop.services.session import ProfileSession
from desktop.services.unfinished_reviews import UnfinishedReview
from desktop.ui.ops import Op, change, read


def report_setting(session: ProfileSession, round_id: int) -> Op[ReportSetting]:
    return read(session, background.report_setting, round_id)


def save_report_setting(
    session: ProfileSession, round_id: int, background_: Background, comments: dict[str, str]
) -> Op[Changes]:
    return change(session, background.save_report_setting, round_id, background_, comments)


def publication_review(session: ProfileSession, round_id: int) -> Op[PublicationReview]:
    return read(session, publication.publication_review, round_id)


def confirm_blocks(
    session: ProfileSession, round_id: int, blocks: tuple[tuple[str, str], ...], decision: str, text: str
) -> Op[Changes]:
    return change(session, publication.confirm_blocks, round_id, blocks, decision, text)


def write_report(
    session: ProfileSession, round_id: int, path: Path, options: ReportOptions, fmt: str
) -> Op[ReportWritten]:
    return change(session, report.write_report, round_id, path, options, fmt)


def summary_draft(session: ProfileSession, round_id: int, language: str) -> Op[str]:
    return read(session, report.summary_draft, round_id, language)


def round_progress(session: ProfileSession, round_id: int) -> Op[ReviewProgress]:
    return read(session, review_progress.round_progress, round_id)


def unfinished(session: ProfileSession, round_id: int) -> Op[tuple[UnfinishedReview, ...]]:
    return read(session, unfinished_reviews.unfinished_reviews, round_id)
