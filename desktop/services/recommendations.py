"""The panel's recommendations, tracked across rounds until they are discharged.

Recommendations are numbered once across all rounds (the tracker in each report lists
them all, whichever round made them) and each keeps a dated history of updates with
the commissioner's team's assessment; the latest update's status is the
recommendation's status. When two recommendations come to say the same thing, one is
amalgamated into the other (the tracker's "to be amalgamated into one …
recommendation"): it keeps its history, gains an update recording the merge, is
discharged, and points at the one it went into. It takes no further updates.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.clock import utc_now
from desktop.core.recommendation_status import STATUSES, Status
from desktop.services import audit
from desktop.services.entry_problems import Entry, EntryRefused, checked_date, checked_text
from desktop.services.identity import require_coordinator
from desktop.services.observation_rows import round_of
from desktop.services.operations import Changes
from desktop.storage.database import Database
from desktop.storage.models import Recommendation, RecommendationUpdate, Round

RECOMMENDATIONS_CHANGED = Changes(recommendations=True)


class Keep(Enum):
    """Passed for a field `edit_recommendation` should leave as it is (None clears a date)."""

    KEEP = "keep"


KEEP = Keep.KEEP


@dataclass(frozen=True)
class UpdateRow:
    update_id: int
    dated: str
    update_text: str
    assessment: str
    status: str
    recorded_at: datetime


@dataclass(frozen=True)
class RecommendationRow:
    recommendation_id: int
    number: int
    uid: str
    text: str
    theme: str
    round_id: int | None
    round_title: str  # of the round that made it; "" if that round was deleted
    owner: str
    due_date: str | None
    status: str
    merged_into: int | None  # the number of the recommendation it was amalgamated into
    updates: tuple[UpdateRow, ...]  # oldest first, newest last


@dataclass(frozen=True)
class RecommendationSaved:
    recommendation_id: int
    number: int
    changes: Changes


def list_recommendations(db: Database) -> list[RecommendationRow]:
    """Every recommendation of every round, in number order, each with its history."""
    with db.session() as session:
        return recommendation_rows(session)


def recommendation_rows(session: Session) -> list[RecommendationRow]:
    """`list_recommendations` inside the caller's unit of work."""
    require_coordinator(session)
    titles: dict[int, str] = {row[0]: row[1] for row in session.execute(select(Round.id, Round.title))}
    recs = list(session.scalars(select(Recommendation).order_by(Recommendation.number)))
    numbers = {r.id: r.number for r in recs}
    history: dict[int, list[UpdateRow]] = {}
    ordered = select(RecommendationUpdate).order_by(
        RecommendationUpdate.dated, RecommendationUpdate.recorded_at, RecommendationUpdate.id
    )
    for u in session.scalars(ordered):
        history.setdefault(u.recommendation_id, []).append(
            UpdateRow(u.id, u.dated, u.update_text, u.assessment, u.status, u.recorded_at)
        )
    return [
        RecommendationRow(
            r.id,
            r.number,
            r.uid,
            r.text,
            r.theme,
            r.round_id,
            titles.get(r.round_id or 0, ""),
            r.owner,
            r.due_date,
            r.status,
            numbers.get(r.merged_into_id or 0),
            tuple(history.get(r.id, [])),
        )
        for r in recs
    ]


def add_recommendation(
    db: Database, text: str, theme: str, round_id: int | None, owner: str, due_date: str | None
) -> RecommendationSaved:
    """Add a recommendation, numbered after every existing one, with status open."""
    text, due_date = checked_text(text), checked_date(due_date)
    with db.session() as session:
        require_coordinator(session)
        if round_id is not None:
            round_of(session, round_id)
        number = (session.scalar(select(func.max(Recommendation.number))) or 0) + 1
        row = Recommendation(
            uid=uuid.uuid4().hex, number=number, text=text, theme=theme.strip(), round_id=round_id,
            owner=owner.strip(), due_date=due_date, status=Status.OPEN.value, created_at=utc_now(),
        )  # fmt: skip
        session.add(row)
        session.flush()
        _audit(session, "recommendation_added", row)
        return RecommendationSaved(row.id, number, RECOMMENDATIONS_CHANGED)


def edit_recommendation(
    db: Database,
    recommendation_id: int,
    *,
    text: str | Keep = KEEP,
    theme: str | Keep = KEEP,
    owner: str | Keep = KEEP,
    due_date: str | Keep | None = KEEP,
) -> Changes:
    """Change what was given; its number, origin, status and history stay as they are."""
    with db.session() as session:
        require_coordinator(session)
        row = _recommendation(session, recommendation_id)
        if not isinstance(text, Keep):
            row.text = checked_text(text)
        if not isinstance(theme, Keep):
            row.theme = theme.strip()
        if not isinstance(owner, Keep):
            row.owner = owner.strip()
        if not isinstance(due_date, Keep):
            row.due_date = checked_date(due_date)
        _audit(session, "recommendation_edited", row)
        return RECOMMENDATIONS_CHANGED


def add_update(
    db: Database, recommendation_id: int, dated: str, update_text: str, assessment: str, status: str
) -> Changes:
    """Record a dated update and assessment; the recommendation takes the update's status."""
    if status not in STATUSES:
        raise EntryRefused(Entry.BAD_STATUS)
    dated = _required_date(dated)
    update_text, assessment = update_text.strip(), assessment.strip()
    if not update_text and not assessment:
        raise EntryRefused(Entry.EMPTY_TEXT)
    with db.session() as session:
        require_coordinator(session)
        row = _recommendation(session, recommendation_id)
        if row.merged_into_id is not None:
            raise EntryRefused(Entry.ALREADY_MERGED, value=row.number)
        _record(session, row, dated, update_text, assessment, status)
        return RECOMMENDATIONS_CHANGED


def merge_recommendation(
    db: Database, recommendation_id: int, into_id: int, dated: str, note: str
) -> Changes:
    """Amalgamate one recommendation into another: it is discharged and points at `into_id`.

    Refused into itself, into one that is itself merged, for one already merged, or
    when `into_id` already leads back to it (which would make a loop).
    """
    dated = _required_date(dated)
    if recommendation_id == into_id:
        raise EntryRefused(Entry.MERGE_INTO_ITSELF)
    with db.session() as session:
        require_coordinator(session)
        row, into = _recommendation(session, recommendation_id), _recommendation(session, into_id)
        if row.merged_into_id is not None:
            raise EntryRefused(Entry.ALREADY_MERGED, value=row.number)
        if into.merged_into_id is not None:
            raise EntryRefused(Entry.MERGE_INTO_MERGED, value=into.number)
        if _leads_to(session, into, row.id):
            raise EntryRefused(Entry.MERGE_CYCLE, value=into.number)
        row.merged_into_id = into.id
        _record(session, row, dated, note.strip(), "", Status.DISCHARGED.value)
        return RECOMMENDATIONS_CHANGED


def _record(
    session: Session, row: Recommendation, dated: str, text: str, assessment: str, status: str
) -> None:
    session.add(RecommendationUpdate(
        recommendation_id=row.id, dated=dated, update_text=text, assessment=assessment, status=status,
        recorded_at=utc_now(),
    ))  # fmt: skip
    row.status = status
    _audit(session, "recommendation_updated", row)


def _audit(session: Session, action: str, row: Recommendation) -> None:
    """Which recommendation changed, its status and what it was merged into; never its
    words. In the chain of the round it came from (the profile's for one from no round)."""
    detail = {"recommendation": row.uid, "number": row.number, "status": row.status,
              "merged_into": row.merged_into_id}  # fmt: skip
    audit.append(session, action, round_id=row.round_id, detail=detail)


def _leads_to(session: Session, start: Recommendation, target_id: int) -> bool:
    """Whether following `merged_into` from `start` reaches `target_id` (or loops)."""
    visited: set[int] = set()
    current: Recommendation | None = start
    while current is not None and current.id not in visited:
        if current.id == target_id:
            return True
        visited.add(current.id)
        nxt = current.merged_into_id
        current = session.get(Recommendation, nxt) if nxt is not None else None
    return current is not None


def _required_date(value: str) -> str:
    dated = checked_date(value)
    if dated is None:
        raise EntryRefused(Entry.BAD_DATE, value=value)
    return dated


def _recommendation(session: Session, recommendation_id: int) -> Recommendation:
    row = session.get(Recommendation, recommendation_id)
    if row is None:
        raise EntryRefused(Entry.NO_SUCH_RECOMMENDATION)
    return row
