"""The frozen rows the round and case lists show.

Kept apart from the services that fill them, so the interface can name these types
without loading the database layer at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RoundRow:
    id: int
    title: str
    panel: str
    due_date: str | None
    cases_total: int
    cases_done: int
    # Retention: the date the round's material leaves this laptop ("YYYY-MM-DD"), and the
    # local date it was removed, once it has been (services/retention.py).
    erase_on: str | None = None
    erased_on: str | None = None
    # The coordinator's purge of the round's case material: the local date it was done.
    purged_on: str | None = None


@dataclass(frozen=True)
class CaseRow:
    id: int
    round_id: int
    position: int
    reference: str
    case_type: str
    strands: tuple[str, ...]
    status: str
    defer_reason: str
    answered: int
    required: int
    withdrawn: bool = False  # a later pack took it away: shown read-only, answers kept
    reason_to_reopen: bool = False  # reopening it asks why (complete, or finished and sent)
