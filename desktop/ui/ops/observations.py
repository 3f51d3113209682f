"""The Observations page's operations: the round's observations, their order, and the force's
table out and back."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from desktop.services import finding_links, observations, rounds
from desktop.services.finding_links import LinkableQuestion, LinkedFinding
from desktop.services.force_responses import ResponsePreview, TableExported
from desktop.services.observation_rows import ObservationRow
from desktop.services.operations import CancelToken, Changes, Progress
from desktop.services.rows import CaseRow
from desktop.services.session import ProfileSession
from desktop.ui import ops
from desktop.ui.ops import Op


def list_observations(session: ProfileSession, round_id: int) -> Op[list[ObservationRow]]:
    return ops.read(session, observations.list_observations, round_id)


@dataclass(frozen=True)
class ObservationWritten:
    observation_id: int
    changes: Changes


def save_observation(
    session: ProfileSession,
    round_id: int,
    row: ObservationRow | None,
    text: str,
    case_ids: Sequence[int],
    response: str,
    response_date: str | None,
    question_ids: Sequence[str] | None = None,
) -> Op[ObservationWritten]:
    """What the editor's Save means: add the observation (`row` None) or change its text and
    cases, then record the force's response if it differs. One op, so the editor hears one
    answer and the other pages one announcement; the editor checks the date first, so the
    response is not refused after the text was kept."""

    def work(_progress: Progress, _cancel: CancelToken) -> ObservationWritten:
        if row is None:
            added = session.run(observations.add_observation, round_id, text, case_ids)
            observation_id, changes = added.observation_id, added.changes
        else:
            observation_id = row.observation_id
            changes = session.run(observations.edit_observation, observation_id, text, case_ids)
        if row is None or (response, response_date) != (row.response, row.response_date):
            answered = session.run(observations.set_response, observation_id, response, response_date)
            changes = changes.merged(answered)
        if question_ids is not None:  # the findings it answers, wherever they recur
            links = [LinkedFinding(q, None) for q in question_ids]
            changes = changes.merged(session.run(finding_links.link_observation, observation_id, links))
        return ObservationWritten(observation_id, changes)

    return Op(work)


def delete_observation(session: ProfileSession, observation_id: int) -> Op[Changes]:
    return ops.change(session, observations.delete_observation, observation_id)


def move_observation(session: ProfileSession, observation_id: int, new_number: int) -> Op[Changes]:
    return ops.change(session, observations.move_observation, observation_id, new_number)


def export_response_table(
    session: ProfileSession, round_id: int, path: Path, language: str
) -> Op[TableExported]:
    return ops.change(session, observations.export_response_table, round_id, path, language)


def export_response_csv(session: ProfileSession, round_id: int, path: Path) -> Op[TableExported]:
    return ops.change(session, observations.export_response_csv, round_id, path)


def preview_responses(session: ProfileSession, round_id: int, path: Path) -> Op[ResponsePreview]:
    return ops.read(session, observations.preview_responses, round_id, path)


def import_responses(session: ProfileSession, round_id: int, path: Path) -> Op[Changes]:
    return ops.change(session, observations.import_responses, round_id, path)


@dataclass(frozen=True)
class RoundObservations:
    """A round's observations, and its cases an observation may name (the editor lists them)."""

    round_id: int
    observations: list[ObservationRow]
    cases: list[CaseRow]
    questions: list[LinkableQuestion] = field(default_factory=list)  # findings an observation may answer
    links: dict[int, list[str]] = field(default_factory=dict)  # observation id -> question ids linked


def round_observations(session: ProfileSession, round_id: int) -> Op[RoundObservations]:
    """Both read together, so the editor opens at once, with the cases of the round shown."""

    def work(_progress: Progress, _cancel: CancelToken) -> RoundObservations:
        rows = session.run(observations.list_observations, round_id)
        cases = session.run(rounds.list_cases, round_id)
        questions = session.run(finding_links.linkable_questions, round_id)
        links = session.run(finding_links.round_observation_links, round_id)
        return RoundObservations(round_id, rows, cases, questions, links)

    return Op(work, holds_profile=False, session=session)
