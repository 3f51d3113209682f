"""The report's background section for a round (seed 001, section 1): when and how the
panel met, who attended and whether it was quorate, the sample and the definitions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.round_codes import MeetingForm
from desktop.core.template import Template
from desktop.reports.content import Background
from desktop.services import audit
from desktop.services.findings import FindingsRefused, criteria_comments_in, save_criteria_comments_in
from desktop.services.identity import require_coordinator
from desktop.services.operations import Changes
from desktop.services.rounds import template_of
from desktop.storage.database import Database
from desktop.storage.models import Round, RoundBackground

MEETING_FORMS = tuple(f.value for f in MeetingForm)


def _checked(background: Background) -> Background:
    if background.meeting_date:
        try:
            date.fromisoformat(background.meeting_date)
        except ValueError as exc:
            raise FindingsRefused("The meeting date must be a date such as 2026-03-14.") from exc
    if background.meeting_form and background.meeting_form not in MEETING_FORMS:
        raise FindingsRefused("Choose how the panel met: in person, virtually or by written review.")
    return background


def round_background(db: Database, round_id: int) -> Background:
    with db.session() as session:
        return round_background_in(session, round_id)


def round_background_in(session: Session, round_id: int) -> Background:
    require_coordinator(session)
    row = session.scalar(select(RoundBackground).where(RoundBackground.round_id == round_id))
    if row is None:
        return Background()
    return Background(
        row.meeting_date,
        row.meeting_form,
        tuple(n for n in row.attendees.splitlines() if n.strip()),
        row.quorate,
        row.sample_period,
        row.sample_method,
        row.definitions,
        row.summary,
        row.summary_drafted_from,
    )


def save_background(db: Database, round_id: int, background: Background) -> Changes:
    with db.session() as session:
        return save_background_in(session, round_id, background)


def save_background_in(session: Session, round_id: int, background: Background) -> Changes:
    background = _checked(background)
    require_coordinator(session)
    if session.get(Round, round_id) is None:
        raise FindingsRefused("That round is no longer in this profile.")
    row = session.scalar(select(RoundBackground).where(RoundBackground.round_id == round_id))
    if row is None:
        row = RoundBackground(round_id=round_id)
        session.add(row)
    before = _fields(row)
    row.meeting_date = background.meeting_date or None
    row.meeting_form = background.meeting_form
    row.attendees = "\n".join(n.strip() for n in background.attendees if n.strip())
    row.quorate = background.quorate
    row.sample_period = background.sample_period.strip()
    row.sample_method = background.sample_method.strip()
    row.definitions = background.definitions.strip()
    row.summary = background.summary.strip()
    began_from = background.summary_drafted_from.strip() if row.summary else ""
    if began_from and began_from != row.summary_drafted_from:
        _summary_in_both_languages(session, round_id, began_from)
    row.summary_drafted_from = began_from
    changed = [name for name, value in _fields(row).items() if before.get(name) != value]
    if changed:  # the page saves on every report written: only a real edit is recorded
        audit.append(
            session, "background_saved", round_id=round_id, detail={"round": round_id, "fields": changed}
        )
    return Changes(background=True)


_FIELDS = ("meeting_date", "meeting_form", "attendees", "quorate", "sample_period", "sample_method",
           "definitions", "summary")  # fmt: skip


def _fields(row: RoundBackground) -> dict[str, object]:
    """The background as stored; an empty field reads "" whether a new row holds None or ""."""
    return {name: "" if (value := getattr(row, name)) is None else value for name in _FIELDS}


def _summary_in_both_languages(session: Session, round_id: int, began_from: str) -> None:
    """The summary just began from the draft: keep the draft's other language beside it."""
    from desktop.reports.content import ReportOptions
    from desktop.reports.redaction import Place
    from desktop.reports.themes import summary_text
    from desktop.services.report import gather_in
    from desktop.services.translations import store_drafted_in

    report = gather_in(session, round_id)
    drafts = {
        lang: summary_text(report, ReportOptions(language=lang, mode="publication"), lang)
        for lang in ("en", "cy")
    }
    store_drafted_in(session, round_id, Place("", "themes"), began_from, drafts)


@dataclass(frozen=True)
class ReportSetting:
    """What the report page shows for a round before the report is written."""

    background: Background
    template: Template
    comments: dict[str, str]  # question id -> the comment on the criteria-count table


def report_setting(db: Database, round_id: int) -> ReportSetting:
    """The round's background, checklist and criteria comments, in one read."""
    with db.session() as session:
        return ReportSetting(
            round_background_in(session, round_id),
            template_of(session, round_id),
            criteria_comments_in(session, round_id),
        )


def save_report_setting(
    db: Database, round_id: int, background: Background, comments: dict[str, str]
) -> Changes:
    """The page's one Save: the background and the criteria comments in one unit of work,
    so a refused comment leaves the background as it was too."""
    with db.session() as session:
        saved = save_background_in(session, round_id, background)
        return saved.merged(save_criteria_comments_in(session, round_id, comments))
