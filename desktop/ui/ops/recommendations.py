"""The Recommendations page's operations: the tracker, and each kind of entry made in it."""

from __future__ import annotations

from desktop.services import recommendations
from desktop.services.operations import Changes
from desktop.services.recommendations import RecommendationRow, RecommendationSaved
from desktop.services.session import ProfileSession
from desktop.ui import ops
from desktop.ui.ops import Op


def list_recommendations(session: ProfileSession) -> Op[list[RecommendationRow]]:
    return ops.read(session, recommendations.list_recommendations)


def add_recommendation(
    session: ProfileSession, text: str, theme: str, round_id: int | None, owner: str, due_date: str | None
) -> Op[RecommendationSaved]:
    return ops.change(session, recommendations.add_recommendation, text, theme, round_id, owner, due_date)


def edit_recommendation(
    session: ProfileSession, recommendation_id: int, text: str, theme: str, owner: str, due_date: str | None
) -> Op[Changes]:
    return ops.change(
        session, recommendations.edit_recommendation, recommendation_id,
        text=text, theme=theme, owner=owner, due_date=due_date,
    )  # fmt: skip


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
