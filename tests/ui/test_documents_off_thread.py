"""A case switch shows the checklist at once; the documents arrive from a background read."""

from __future__ import annotations

from desktop.ui.worker import active_jobs
from tests.ui.fakes import FakeDialogs
from tests.ui.harness import open_round, open_window, wait_for_documents


def test_the_checklist_is_shown_before_the_documents_are_read(qtbot, db, round_id, profile_dir) -> None:
    window = open_window(qtbot, profile_dir, FakeDialogs(), db=db)
    ws = open_round(qtbot, window, round_id)
    first = ws.case_id
    ws.step_case(1)  # returns without reading a single document
    assert ws.case_id != first
    assert ws.viewer.tabs.count() == 0 and active_jobs() >= 1
    assert ws.viewer.placeholder_label.text() == "Opening the case documents…"
    assert ws.checklist.questions["assessed"].isEnabled()
    wait_for_documents(qtbot)
    assert ws.viewer.tabs.count() >= 1


def test_documents_of_a_case_left_behind_are_dropped(qtbot, db, round_id, profile_dir) -> None:
    window = open_window(qtbot, profile_dir, FakeDialogs(), db=db)
    ws = open_round(qtbot, window, round_id)
    ws.step_case(1)
    ws.step_case(1)  # moved on before the second case's documents arrived
    wait_for_documents(qtbot)
    shown = [ws.viewer.tabs.tabToolTip(i) for i in range(ws.viewer.tabs.count())]
    assert all(title.endswith(str(ws.current_case().position + 1)) for title in shown), shown
