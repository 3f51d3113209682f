"""Where the member was in a round: kept across a lock so unlocking returns to the same
case, question and field (`Workspace.position`, `Workspace.return_to`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Position:
    round_id: int | None = None
    case_id: int | None = None
    question_id: str | None = None
    field: str | None = None
