"""A round's observations as frozen rows, read inside the caller's unit of work.

Shared by the observation list, the response table export and the import, so all
three see the same numbering and the same case references.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.services.entry_problems import Entry, EntryRefused
from desktop.storage.models import CaseFile, Observation, ObservationCase, Round


@dataclass(frozen=True)
class ObservationRow:
    """One observation as the coordinator's list shows it; `case_ids` and `cases` align."""

    observation_id: int
    number: int
    uid: str
    text: str
    response: str
    response_date: str | None
    case_ids: tuple[int, ...]
    cases: tuple[str, ...]  # the cases' references, in the round's case order


def round_of(session: Session, round_id: int) -> Round:
    round_ = session.get(Round, round_id)
    if round_ is None:
        raise EntryRefused(Entry.NO_SUCH_ROUND)
    return round_


def observations_of(session: Session, round_id: int) -> list[Observation]:
    """The round's observations in number order."""
    return list(
        session.scalars(
            select(Observation).where(Observation.round_id == round_id).order_by(Observation.number)
        )
    )


def observation_rows(session: Session, round_id: int) -> list[ObservationRow]:
    round_of(session, round_id)
    linked = session.execute(
        select(ObservationCase.observation_id, CaseFile.id, CaseFile.reference)
        .join(CaseFile, CaseFile.id == ObservationCase.case_id)
        .join(Observation, Observation.id == ObservationCase.observation_id)
        .where(Observation.round_id == round_id)
        .order_by(CaseFile.position, CaseFile.id)
    ).all()
    cases: dict[int, list[tuple[int, str]]] = {}
    for observation_id, case_id, reference in linked:
        cases.setdefault(observation_id, []).append((case_id, reference))
    return [
        ObservationRow(
            o.id,
            o.number,
            o.uid,
            o.text,
            o.response,
            o.response_date,
            tuple(c for c, _ in cases.get(o.id, [])),
            tuple(r for _, r in cases.get(o.id, [])),
        )
        for o in observations_of(session, round_id)
    ]
