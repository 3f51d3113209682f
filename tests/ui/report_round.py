"""A round members really reviewed, with one observation, and the coordinator's Report
page open on it: shared by the report page and publication review tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from desktop.services import observations, profile
from tests.services.exchange_world import PASSPHRASE
from tests.services.panel_world import reviewed_panel
from tests.services.test_findings import plan
from tests.ui.fakes import FakeDialogs
from tests.ui.harness import open_window

OBSERVATION = "Sgt 218 did not endorse the log in HC-002."


def reviewed_round(folder: Path, cases: int, k: int) -> tuple[Path, int]:
    """(the coordinator's profile folder, the round) after `k` members reviewed `cases` cases."""
    made = reviewed_panel(folder, plan, cases=cases, k=k)
    db = made.world.coordinator
    observations.add_observation(db, made.round_id, OBSERVATION, [])
    db.close()
    for member in made.world.members.values():
        member.close()
    return made.world.root / "coordinator", made.round_id


def report_page_on(qtbot: Any, reviewed: tuple[Path, int]) -> Iterator[tuple[Any, Any, int]]:
    """The unlocked window on the Report page: yields (page, database, round id)."""
    folder, round_id = reviewed
    db = profile.open_profile(folder, PASSPHRASE).db
    window = open_window(qtbot, folder, FakeDialogs(), db=db)
    home = window.coordinator_home
    home.tabs.setCurrentWidget(home.report_page)
    qtbot.waitUntil(lambda: home.report_page.round_id == round_id)  # the rounds are read off the GUI thread
    qtbot.waitUntil(home.report_page.save_button.isEnabled)  # the round's background has arrived
    yield home.report_page, db, round_id
    window.close()
