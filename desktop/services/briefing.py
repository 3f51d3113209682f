"""The commissioner's briefing: drafted from one or more rounds' published reports, written
as a Word document the OPCC edits and signs (reports/briefing_docx.py).

Every round it draws on must have had every text confirmed in its publication review,
as a published report must: the briefing leaves the office just as the report does,
and prints the same confirmed texts, so it can name no more than the published report
could. It is read in one transaction (every round and the letterhead as one moment),
written atomically, and recorded against each round it drew on, as a report is.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.core.atomic_files import atomic_write
from desktop.core.clock import utc_now
from desktop.reports.briefing_content import BriefedRound, Briefing, Letterhead
from desktop.reports.content import ReportOptions
from desktop.services import publication
from desktop.services.briefing_settings import BriefingRefused, checked_text, letterhead_in
from desktop.services.identity import require_coordinator
from desktop.services.operations import Changes
from desktop.services.report import ReportWritten, gather_in
from desktop.storage.database import Database
from desktop.storage.models import ReportExport

MODE = "briefing"  # how the export is recorded, apart from the round's own reports


def gather_briefing(db: Database, round_ids: Sequence[int], recipient: str = "") -> Briefing:
    """The briefing's content; `BriefingRefused` when no round is chosen, a round's texts
    are not all confirmed for publication, or the recipient cannot be printed."""
    if not round_ids:
        raise BriefingRefused("no_rounds")
    to = checked_text(recipient, "recipient")
    with db.session() as session:
        head = letterhead_in(session)
        rounds = [_published(session, rid) for rid in dict.fromkeys(round_ids)]
    rounds.sort(key=lambda b: (b.held, b.report.round_uid))
    return Briefing(head, tuple(rounds), utc_now().date().isoformat(), to)


def _published(session: Session, round_id: int) -> BriefedRound:
    report = gather_in(session, round_id)
    try:
        confirmed = publication.confirmed_report_in(session, round_id, report).report
    except publication.PublicationRefused as exc:
        raise BriefingRefused("unconfirmed", title=report.round_title, **exc.values) from exc
    trend = report.trend
    held = trend.rounds[-1].held if trend is not None and trend.rounds else report.generated_on
    return BriefedRound(confirmed, held)


def untranslated_count(db: Database, round_ids: Sequence[int], language: str) -> int:
    """How many of the rounds' texts a briefing in `language` would print untranslated
    (as the report counts them), so the coordinator is asked before English fills Welsh."""
    from desktop.services.report_export_flow import untranslated
    from desktop.services.translations import translations

    return sum(len(untranslated(translations(db, rid), language)) for rid in dict.fromkeys(round_ids))


def render_briefing(briefing: Briefing, options: ReportOptions) -> bytes:
    from desktop.reports.briefing_docx import render_briefing_docx

    return render_briefing_docx(briefing, options)


def write_briefing(
    db: Database, round_ids: Sequence[int], path: Path, options: ReportOptions, recipient: str = ""
) -> ReportWritten:
    """Write the briefing as DOCX at `path` (atomically) and record it against each round."""
    briefing = gather_briefing(db, round_ids, recipient)
    data = render_briefing(briefing, options)
    with atomic_write(path) as out:
        out.write(data)
    digest = hashlib.sha256(data).hexdigest()
    with db.session() as session:
        require_coordinator(session)
        for round_id in dict.fromkeys(round_ids):  # the rounds it was drawn from, each once
            session.add(
                ReportExport(
                    round_id=round_id, exported_at=utc_now(), format="docx", mode=MODE,
                    language=options.language, sha256=digest, accepted_hits="",
                )
            )  # fmt: skip
    return ReportWritten((path,), digest, Changes(reports=True))


__all__ = ["Letterhead", "gather_briefing", "render_briefing", "write_briefing"]
