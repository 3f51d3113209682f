"""Which service calls may run on the GUI thread, and what happens to any other.

The window must never wait on the database: a read of a round or a merge can take
hundreds of milliseconds, and the coordinator's grid froze that long after every click.
So every call goes through an op (`desktop.ui.ops`) that runs off the GUI thread,
except the few below: single-row saves of what a member just typed or chose, each
measured under a millisecond (`bench/latency.py`), which must be on disk before the
next keystroke so that nothing typed is lost if the app is killed.

`watch()` installs the listener on the session. In the app a call outside the list is
logged with the service's name (so a report from the field says which); the GUI tests
install a strict listener (tests/ui/conftest.py) and fail on any.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from desktop.services import review
from desktop.services.session import watch_gui_thread

log = logging.getLogger(__name__)

ALLOWED: frozenset[Callable[..., object]] = frozenset(
    {
        review.save_answer,
        review.save_note,
        review.save_defer_draft,
    }
)

# Calls still made on the GUI thread while their screens move to ops. Each is a debt:
# the list must end empty, and the test of this module says how long it is.
NOT_YET_MOVED: frozenset[str] = frozenset(
    {
        "desktop.services.background.round_background",
        "desktop.services.background.save_background",
        "desktop.services.coordinator_rounds.assignment_grid",
        "desktop.services.coordinator_rounds.auto_assign",
        "desktop.services.coordinator_rounds.set_assigned",
        "desktop.services.coordinator_rounds.set_conflict",
        "desktop.services.findings.adjudicate",
        "desktop.services.findings.case_notes",
        "desktop.services.findings.criteria_comments",
        "desktop.services.findings.round_findings",
        "desktop.services.findings.save_case_notes",
        "desktop.services.findings.save_criteria_comments",
        "desktop.services.findings.withdraw_adjudication",
        "desktop.services.identity.export_card",
        "desktop.services.identity.me",
        "desktop.services.observations.add_observation",
        "desktop.services.observations.delete_observation",
        "desktop.services.observations.edit_observation",
        "desktop.services.observations.list_observations",
        "desktop.services.observations.move_observation",
        "desktop.services.observations.set_response",
        "desktop.services.printing.build_printout",
        "desktop.services.printing.started_count",
        "desktop.services.publication.confirm_block",
        "desktop.services.recommendations.add_recommendation",
        "desktop.services.recommendations.add_update",
        "desktop.services.recommendations.list_recommendations",
        "desktop.services.recommendations.merge_recommendation",
        "desktop.services.review.defer",
        "desktop.services.review.mark_complete",
        "desktop.services.review.open_case",
        "desktop.services.review.reopen",
        "desktop.services.review_packages.review_to_send",
        "desktop.services.review_packages.round_status",
        "desktop.services.roster.confirm",
        "desktop.services.roster.enrol",
        "desktop.services.roster.list_roster",
        "desktop.services.roster.lookalikes",
        "desktop.services.roster.reinstate",
        "desktop.services.roster.revoke",
        "desktop.services.rounds.list_cases",
        "desktop.services.rounds.list_rounds",
        "desktop.services.rounds.round_template",
    }
)


def allowed(service: Callable[..., object]) -> bool:
    name = f"{getattr(service, '__module__', '')}.{getattr(service, '__qualname__', '')}"
    return service in ALLOWED or name in NOT_YET_MOVED


def made_by_the_interface() -> bool:
    """Whether a screen (a frame of `desktop.ui`) is on the stack: tests and benchmarks
    call services directly on the main thread to set up their data, which is fine."""
    frame = sys._getframe(2)
    while frame is not None:
        if frame.f_globals.get("__name__", "").startswith("desktop.ui"):
            return True
        frame = frame.f_back  # type: ignore[assignment]
    return False


def _log(service: Callable[..., object]) -> None:
    if not allowed(service) and made_by_the_interface():
        log.warning("the GUI thread waited on %s", getattr(service, "__qualname__", service))


def watch(listener: Callable[[Callable[..., object]], None] = _log) -> None:
    """Listen to every service call the GUI thread makes (the app's default logs the others)."""
    watch_gui_thread(listener)
