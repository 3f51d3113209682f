"""The Recommendations page's operations: the tracker, and each kind of entry made in it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop.services import finding_links, recommendations
from desktop.services.finding_links import LinkableQuestion, LinkedFinding
from desktop.services.operations import CancelToken, Changes, Progress
from desktop.services.recommendations import RecommendationRow, RecommendationSaved
from desktop.services.session import ProfileSession
from desktop.ui import ops
from desktop.ui.ops import Op


def list_recommendations(session: ProfileSession) -> Op[list[RecommendationRow]]:
    return ops.read(session, recommendations.list_recommendations)


@dataclass(frozen=True)
class FindingChoices:
    """The findings a recommendation may answer (its round's questions) and those it does."""

    questions: list[LinkableQuestion] = field(default_factory=list)
    linked: list[str] = field(default_factory=list)


def finding_choices(
    session: ProfileSession, round_id: int | None, recommendation_id: int | None
) -> Op[FindingChoices]:
    def work(_progress: Progress, _cancel: CancelToken) -> FindingChoices:
        questions = session.run(finding_links.linkable_questions, round_id) if round_id is not None else []
        links = (
            session.run(finding_links.recommendation_links, recommendation_id)
            if recommendation_id is not None
            else []
        )
        return FindingChoices(questions, list(dict.fromkeys(link.question_id for link in links)))

    return Op(work, holds_profile=False, session=session)


def _linked(session: ProfileSession, recommendation_id: int, question_ids: Sequence[str] | None) -> Changes:
    """The findings it answers, wherever they recur; nothing when they did not change."""
    if question_ids is None:
        return Changes()
    links = [LinkedFinding(q, None) for q in question_ids]
    return session.run(finding_links.link_recommendation, recommendation_id, links)


def add_recommendation(
    session: ProfileSession,
    text: str,
    theme: str,
    round_id: int | None,
    owner: str,
    due_date: str | None,
    question_ids: Sequence[str] | None = None,
) -> Op[RecommendationSaved]:
    """Add it and link the findings it answers, as one op (one answer, one announcement)."""

    def work(_progress: Progress, _cancel: CancelToken) -> RecommendationSaved:
        saved = session.run(recommendations.add_recommendation, text, theme, round_id, owner, due_date)
        linked = _linked(session, saved.recommendation_id, question_ids)
        return RecommendationSaved(saved.recommendation_id, saved.number, saved.changes.merged(linked))

    return Op(work)


def edit_recommendation(
    session: ProfileSession,
    recommendation_id: int,
    text: str,
    theme: str,
    owner: str,
    due_date: str | None,
    question_ids: Sequence[str] | None = None,
) -> Op[Changes]:
    def work(_progress: Progress, _cancel: CancelToken) -> Changes:
        edited = session.run(
            recommendations.edit_recommendation, recommendation_id,
            text=text, theme=theme, owner=owner, due_date=due_date,
        )  # fmt: skip
        return edited.merged(_linked(session, recommendation_id, question_ids))

    return Op(work)


def add_update(
    session: ProfileSession,
    recommendation_id: int,
    dated: str,
    update_text: str,
    assessment: str,
    status: str,
) -> Op[Changes]:
    return ops.change(
        session, recommendations.add_update, recommendation_id, dated, update_text, assessment, status
    )


def merge_recommendation(
    session: ProfileSession, recommendation_id: int, into_id: int, dated: str, note: str
) -> Op[Changes]:
    return ops.change(session, recommendations.merge_recommendation, recommendation_id, into_id, dated, note)
