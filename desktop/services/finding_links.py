"""The findings an observation or a recommendation answers: checklist question ids, each
optionally tied to the round it was found in (revision 0018, table `finding_link`).

An observation's links name questions of its own round's checklist, that round by
default. A recommendation's name questions of the round given, or of its origin round;
with neither, any question of a template stored in the profile. Saving replaces the
whole set; a question id that is not in the checklist is refused with a plain message
and nothing changes. The trend (services/trends.py) maps questions across versions, so
a link made against an earlier version still finds the question it continues.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.services import audit
from desktop.services.entry_problems import Entry, EntryRefused
from desktop.services.identity import require_coordinator
from desktop.services.operations import Changes
from desktop.services.rounds import template_of
from desktop.storage.database import Database
from desktop.storage.models import FindingLink, Observation, Recommendation, Round, TemplateVersion


@dataclass(frozen=True)
class LinkedFinding:
    question_id: str
    round_id: int | None  # None: the question wherever it recurs


def _question_ids(session: Session, round_id: int | None) -> set[str]:
    if round_id is not None:
        return {q.id for q in template_of(session, round_id).questions}
    ids: set[str] = set()
    for (rid,) in session.execute(
        select(Round.id).join(TemplateVersion, TemplateVersion.id == Round.template_pk)
    ):
        ids |= {q.id for q in template_of(session, rid).questions}
    return ids


def _checked(
    session: Session, links: Sequence[LinkedFinding], default_round: int | None
) -> list[LinkedFinding]:
    checked = []
    for link in links:
        round_id = link.round_id if link.round_id is not None else default_round
        if round_id is not None and session.get(Round, round_id) is None:
            raise EntryRefused(Entry.NO_SUCH_ROUND)
        if link.question_id not in _question_ids(session, round_id):
            raise EntryRefused(Entry.NO_SUCH_QUESTION, value=link.question_id)
        checked.append(LinkedFinding(link.question_id, link.round_id))
    return list(dict.fromkeys(checked))


def link_observation(db: Database, observation_id: int, links: Sequence[LinkedFinding]) -> Changes:
    """The findings the observation answers, replacing those it had."""
    with db.session() as session:
        require_coordinator(session)
        row = session.get(Observation, observation_id)
        if row is None:
            raise EntryRefused(Entry.NO_SUCH_OBSERVATION)
        _replace(session, "observation", observation_id, row.uid, row.round_id, links)
        return Changes(observations=True)


def link_recommendation(db: Database, recommendation_id: int, links: Sequence[LinkedFinding]) -> Changes:
    """The findings the recommendation answers, replacing those it had."""
    with db.session() as session:
        require_coordinator(session)
        row = session.get(Recommendation, recommendation_id)
        if row is None:
            raise EntryRefused(Entry.NO_SUCH_RECOMMENDATION)
        _replace(session, "recommendation", recommendation_id, row.uid, row.round_id, links)
        return Changes(recommendations=True)


def _replace(
    session: Session,
    owner: str,
    owner_id: int,
    uid: str,
    round_id: int | None,
    links: Sequence[LinkedFinding],
) -> None:
    """Put `links` in place of the owner's (an "observation" or a "recommendation"), checked
    first, with one audit entry naming the questions."""
    checked = _checked(session, links, round_id)
    column = getattr(FindingLink, f"{owner}_id")
    session.execute(delete(FindingLink).where(column == owner_id))
    session.add_all(
        FindingLink(**{f"{owner}_id": owner_id}, question_id=k.question_id, round_id=k.round_id)
        for k in checked
    )
    detail = {owner: uid, "questions": sorted({k.question_id for k in checked})}
    audit.append(session, f"{owner}_findings_linked", round_id=round_id, detail=detail)


def observation_links(db: Database, observation_id: int) -> list[LinkedFinding]:
    return _links_of(db, "observation", observation_id)


def recommendation_links(db: Database, recommendation_id: int) -> list[LinkedFinding]:
    return _links_of(db, "recommendation", recommendation_id)


def _links_of(db: Database, owner: str, owner_id: int) -> list[LinkedFinding]:
    """The findings an "observation" or a "recommendation" answers, in the order linked."""
    column = getattr(FindingLink, f"{owner}_id")
    with db.session() as session:
        require_coordinator(session)
        rows = session.scalars(select(FindingLink).where(column == owner_id).order_by(FindingLink.id))
        return [LinkedFinding(r.question_id, r.round_id) for r in rows]


@dataclass(frozen=True)
class LinkableQuestion:
    """A question of the round's checklist that has findings to link: its criterion words."""

    question_id: str
    en: str
    cy: str


def linkable_questions(db: Database, round_id: int) -> list[LinkableQuestion]:
    """The round's counted questions (not free text), in checklist order."""
    with db.session() as session:
        require_coordinator(session)
        template = template_of(session, round_id)
        return [
            LinkableQuestion(q.id, q.criterion_label("en"), q.criterion_label("cy"))
            for q in template.questions
            if q.kind != "text"
        ]


def round_observation_links(db: Database, round_id: int) -> dict[int, list[str]]:
    """Observation id -> the question ids it answers, for every observation of the round."""
    with db.session() as session:
        require_coordinator(session)
        rows = session.execute(
            select(FindingLink.observation_id, FindingLink.question_id)
            .join(Observation, Observation.id == FindingLink.observation_id)
            .where(Observation.round_id == round_id)
            .order_by(FindingLink.id)
        )
        links: dict[int, list[str]] = {}
        for observation_id, question_id in rows:
            if observation_id is not None and question_id not in links.get(observation_id, []):
                links.setdefault(observation_id, []).append(question_id)
        return links
