"""A case switch shows the checklist at once; the documents arrive from a background read."""

from __future__ import annotations

from desktop.ui.worker import active_jobs
from tests.ui.fakes import FakeDialogs
from tests.ui.harness import open_round, open_window, wait_for_documents


def test_the_checklist_is_shown_before_the_documents_are_read(qtbot, db, round_id, profile_dir) -> None:
    window = open_window(qtbot, profile_dir, FakeDialogs(), db=db)
    ws = open_round(qtbot, window, round_id)
    first = ws.case_id
    when_shown: list[tuple[int, int, str, bool]] = []
    ws.caseShown.connect(
        lambda _case_id: when_shown.append((
            ws.viewer.tabs.count(), active_jobs(), ws.viewer.placeholder_label.text(),
            ws.checklist.questions["assessed"].isEnabled(),
        ))
    )  # fmt: skip
    with qtbot.waitSignal(ws.caseShown):
        ws.step_case(1)  # returns without reading anything: the case, then its documents, are read after
    assert ws.case_id != first
    (tabs, jobs, placeholder, usable) = when_shown[0]
    assert tabs == 0 and jobs >= 1
    assert placeholder == "Opening the case documents…"
    assert usable
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
