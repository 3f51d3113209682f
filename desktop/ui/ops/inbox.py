"""The Inbox page's operations: judge and take in review files, and where the round stands."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from desktop.core.clock import utc_now
from desktop.services import retention_reports, review_differences, review_packages
from desktop.services.operations import Changes
from desktop.services.review_differences import PendingReview
from desktop.services.review_packages import InboxImported, MemberProgress
from desktop.services.session import ProfileSession
from desktop.ui import ops
from desktop.ui.ops import Op


def import_reviews(session: ProfileSession, paths: Sequence[Path], language: str) -> Op[InboxImported]:
    """Each file judged and, if accepted, stored; the fates are worded in `language`."""
    return ops.long_change(session, review_packages.import_packages, list(paths), language=language)


def round_status(session: ProfileSession, round_id: int) -> Op[list[MemberProgress]]:
    return ops.read(session, review_packages.round_status, round_id)


def pending_reviews(session: ProfileSession, round_id: int, language: str) -> Op[list[PendingReview]]:
    """The round's new revisions waiting for the coordinator, their differences in `language`."""
    return ops.read(session, review_differences.pending_reviews, round_id, language)


def accept_revision(session: ProfileSession, package_id: int) -> Op[Changes]:
    return ops.change(session, review_differences.accept, package_id)


def keep_earlier(session: ProfileSession, package_id: int) -> Op[Changes]:
    return ops.change(session, review_differences.keep_earlier, package_id)


def retention_report(
    session: ProfileSession, round_id: int, path: Path, kind: str, languages: Sequence[str]
) -> Op[Path]:
    """The round's retention report as `kind` ("pdf", "csv"), prepared today (UTC)."""
    return ops.change(
        session, retention_reports.write_retention_report, round_id, path, kind, tuple(languages),
        utc_now().date(),
    )  # fmt: skip
