"""The panel's observations on a round, numbered 1..n, and the force's response to each.

The coordinator writes the observations while making the report; each may name the
cases it comes from (only cases of its own round). Numbers are always 1..n with no
gaps: deleting or moving one renumbers the rest, because the published report and the
force's response table refer to observations by number. The force's responses usually
arrive in the returned response table (`force_responses`, re-exported here); the
coordinator can also type one in with `set_response`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.services import audit
from desktop.services.entry_problems import Entry, EntryRefused, checked_date, checked_text
from desktop.services.force_responses import ResponsePreview as ResponsePreview
from desktop.services.force_responses import export_response_csv as export_response_csv
from desktop.services.force_responses import export_response_table as export_response_table
from desktop.services.force_responses import import_responses as import_responses
from desktop.services.force_responses import preview_responses as preview_responses
from desktop.services.identity import require_coordinator
from desktop.services.observation_rows import ObservationRow, observation_rows, observations_of, round_of
from desktop.services.operations import Changes
from desktop.storage.database import Database
from desktop.storage.models import CaseFile, Observation, ObservationCase

__all__ = [
    "ObservationRow", "ObservationSaved", "ResponsePreview", "add_observation", "delete_observation",
    "edit_observation", "export_response_csv", "export_response_table", "import_responses",
    "list_observations", "move_observation", "preview_responses", "set_response",
]  # fmt: skip

OBSERVATIONS_CHANGED = Changes(observations=True)


@dataclass(frozen=True)
class ObservationSaved:
    observation_id: int
    number: int
    changes: Changes


def list_observations(db: Database, round_id: int) -> list[ObservationRow]:
    """The round's observations in number order, with the references of the cases they name."""
    with db.session() as session:
        require_coordinator(session)
        return observation_rows(session, round_id)


def add_observation(db: Database, round_id: int, text: str, case_ids: Iterable[int] = ()) -> ObservationSaved:
    """Add an observation at the end (number n+1)."""
    text = checked_text(text)
    with db.session() as session:
        require_coordinator(session)
        round_of(session, round_id)
        cases = _checked_cases(session, round_id, case_ids)
        number = len(observations_of(session, round_id)) + 1
        row = Observation(uid=uuid.uuid4().hex, round_id=round_id, number=number, text=text, response="")
        session.add(row)
        session.flush()
        _link(session, row.id, cases)
        _audit(session, "observation_added", row)
        return ObservationSaved(row.id, number, OBSERVATIONS_CHANGED)


def edit_observation(
    db: Database, observation_id: int, text: str | None = None, case_ids: Iterable[int] | None = None
) -> Changes:
    """Change the wording, the cases named, or both (None leaves that part as it is)."""
    with db.session() as session:
        require_coordinator(session)
        row = _observation(session, observation_id)
        if text is not None:
            row.text = checked_text(text)
        if case_ids is not None:
            cases = _checked_cases(session, row.round_id, case_ids)
            session.execute(delete(ObservationCase).where(ObservationCase.observation_id == row.id))
            _link(session, row.id, cases)
        _audit(session, "observation_edited", row)
        return OBSERVATIONS_CHANGED


def delete_observation(db: Database, observation_id: int) -> Changes:
    """Delete it and close the gap: the ones after it move up by one."""
    with db.session() as session:
        require_coordinator(session)
        row = _observation(session, observation_id)
        rest = [o for o in observations_of(session, row.round_id) if o.id != row.id]
        _audit(session, "observation_deleted", row)
        session.delete(row)
        session.flush()
        _renumber(session, rest)
        return OBSERVATIONS_CHANGED


def move_observation(db: Database, observation_id: int, new_number: int) -> Changes:
    """Put it at `new_number` (1..n); the others keep their order around it."""
    with db.session() as session:
        require_coordinator(session)
        row = _observation(session, observation_id)
        ordered = observations_of(session, row.round_id)
        if not 1 <= new_number <= len(ordered):
            raise EntryRefused(Entry.BAD_NUMBER, value=new_number, last=len(ordered))
        ordered.remove(row)
        ordered.insert(new_number - 1, row)
        _renumber(session, ordered)
        _audit(session, "observation_moved", row)
        return OBSERVATIONS_CHANGED


def set_response(db: Database, observation_id: int, response: str, response_date: str | None) -> Changes:
    """Record the force's response as the coordinator typed it (an empty response clears it)."""
    response = response.strip()
    if len(response) > 20_000:
        raise EntryRefused(Entry.TOO_LONG)
    response_date = checked_date(response_date)
    with db.session() as session:
        require_coordinator(session)
        row = _observation(session, observation_id)
        row.response, row.response_date = response, response_date
        _audit(session, "observation_response_set", row)
        return OBSERVATIONS_CHANGED


def _audit(session: Session, action: str, row: Observation) -> None:
    """Which observation changed and its number now; never its words."""
    audit.append(
        session, action, round_id=row.round_id, detail={"observation": row.uid, "number": row.number}
    )


def _observation(session: Session, observation_id: int) -> Observation:
    row = session.get(Observation, observation_id)
    if row is None:
        raise EntryRefused(Entry.NO_SUCH_OBSERVATION)
    return row


def _checked_cases(session: Session, round_id: int, case_ids: Iterable[int]) -> list[int]:
    """The distinct case ids in the order given; refused if any is not a case of the round."""
    wanted = list(dict.fromkeys(case_ids))
    found = set(
        session.scalars(select(CaseFile.id).where(CaseFile.round_id == round_id, CaseFile.id.in_(wanted)))
    )
    if len(found) != len(wanted):
        raise EntryRefused(Entry.CASE_NOT_IN_ROUND)
    return wanted


def _link(session: Session, observation_id: int, case_ids: Sequence[int]) -> None:
    session.add_all(ObservationCase(observation_id=observation_id, case_id=c) for c in case_ids)


def _renumber(session: Session, ordered: Sequence[Observation]) -> None:
    """Number `ordered` 1..n. Numbers are unique per round, so every row first takes a
    negative number that no row holds, then its final one: no moment has two alike."""
    for index, row in enumerate(ordered, start=1):
        row.number = -index
    session.flush()
    for index, row in enumerate(ordered, start=1):
        row.number = index
    session.flush()
