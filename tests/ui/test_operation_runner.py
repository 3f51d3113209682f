"""The operation runner: long service calls off the GUI thread, with progress and cancel.

Real database, real services; every wait is on a signal or a condition, never a sleep.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QThread, QTimer

from desktop.services.operations import Changes
from desktop.services.rounds import NewCase, NewDocument, import_round, list_cases, list_rounds
from desktop.ui import i18n
from desktop.ui.operations import OperationRunner, active_jobs, changes_hub
from desktop.ui.progress_dialog import ProgressDialog
from tests.conftest import make_cases, small_template_body
from tests.storage.test_unit_of_work import dump
from tests.ui.fakes import FakeDialogs
from tests.ui.harness import open_window


def big_cases(count: int, size: int = 256 * 1024) -> list[NewCase]:
    """Cases whose documents are large enough that storing them takes a while."""
    return [
        NewCase(f"BIG-{i:03d}", "hate_crime", ("race",), "Large fictional case.",
                [NewDocument("Scan", "application/octet-stream", bytes([i % 251]) * size)])
        for i in range(count)
    ]  # fmt: skip


def importing(db, title: str, cases: list[NewCase]):
    return lambda progress, cancel: import_round(
        db, title, small_template_body(), cases, progress=progress, cancel=cancel
    )


def test_progress_arrives_in_order_on_the_gui_thread_then_the_result(qtbot, db) -> None:
    gui = QThread.currentThread()
    reports: list[tuple[int, int, str]] = []
    threads: list[bool] = []
    runner = OperationRunner(importing(db, "Round", make_cases(30)))

    def on_progress(done: int, total: int, what: str) -> None:
        reports.append((done, total, what))
        threads.append(QThread.currentThread() is gui)

    runner.progress.connect(on_progress)
    with qtbot.waitSignal(runner.finished, timeout=30_000) as outcome:
        runner.start()
    assert reports, "no progress was shown"
    assert all(threads)
    assert [r[0] for r in reports] == sorted(set(r[0] for r in reports))  # in order, none twice
    assert reports[-1] == (30, 30, "TEST-030")  # the last report is never coalesced away
    assert all(total == 30 for _d, total, _w in reports)
    assert outcome.args[0].round_id in [r.id for r in list_rounds(db)]
    assert active_jobs() == 0


def test_a_fast_loop_does_not_flood_the_event_queue(qtbot) -> None:
    """Reports made while the GUI is busy collapse into one event carrying the newest."""
    delivered: list[int] = []
    looped = threading.Event()

    def fast(progress, cancel):
        for i in range(1, 20_001):
            progress(i, 20_000, "step")
        looped.set()
        return "done"

    runner = OperationRunner(fast)
    runner.progress.connect(lambda done, _t, _w: delivered.append(done))
    with qtbot.waitSignal(runner.finished, timeout=30_000):
        runner.start()
        assert looped.wait(30)  # the GUI thread handles no events meanwhile
    assert delivered == [20_000]


def test_cancel_during_an_import_rolls_back_everything_and_says_cancelled(qtbot, db) -> None:
    import_round(db, "Kept round", small_template_body(), make_cases(2))
    before = dump(db)
    pressed = threading.Event()

    def import_waiting_for_cancel(progress, cancel):
        def report(done: int, total: int, what: str) -> None:
            progress(done, total, what)
            if done == 1:  # the first case and its document are written: wait for the click
                pressed.wait(30)

        return import_round(db, "Cancelled round", small_template_body(), big_cases(40),
                            progress=report, cancel=cancel)  # fmt: skip

    def press_cancel(*_report: object) -> None:
        runner.cancel()
        pressed.set()

    runner = OperationRunner(import_waiting_for_cancel)
    runner.progress.connect(press_cancel)  # from the first report, as a click would
    finished: list[object] = []
    runner.finished.connect(finished.append)
    try:
        with qtbot.waitSignal(runner.cancelled, timeout=60_000):
            runner.start()
    finally:
        pressed.set()
    assert finished == []
    assert not runner.running
    assert dump(db) == before
    assert [r.title for r in list_rounds(db)] == ["Kept round"]


def test_a_failing_operation_says_failed_and_changes_nothing(qtbot, db) -> None:
    before = dump(db)
    twice = NewCase("SAME-REF", "nchi", ("race",), "One.", [NewDocument("Log", "text/plain", b"x")])
    runner = OperationRunner(importing(db, "Broken round", [*make_cases(3), twice, twice]))
    with qtbot.waitSignal(runner.failed, timeout=30_000) as outcome:
        runner.start()
    assert "UNIQUE" in str(outcome.args[0])
    assert dump(db) == before


def test_changes_name_the_round_and_cases_added_and_reach_the_screens(qtbot, db) -> None:
    announced: list[tuple[Changes, object]] = []

    def heard(changes: Changes, origin: object) -> None:
        announced.append((changes, origin))

    changes_hub().changed.connect(heard)
    screen = object()
    try:
        runner = OperationRunner(importing(db, "Round", make_cases(3)), origin=screen)
        with qtbot.waitSignal(runner.finished, timeout=30_000) as outcome:
            runner.start()
    finally:
        changes_hub().changed.disconnect(heard)
    imported = outcome.args[0]
    added = frozenset(c.id for c in list_cases(db, imported.round_id))
    assert imported.changes == Changes(rounds=True, cases=added)
    assert announced == [(imported.changes, screen)]


def test_the_gui_thread_keeps_running_during_a_long_operation(qtbot) -> None:
    """While the worker is busy, timer ticks keep being handled here."""
    release = threading.Event()
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))

    def long_work(progress, cancel):
        release.wait(30)  # held until the GUI has shown it is alive; a timeout only on a hang
        cancel.check()
        return "done"

    def tick() -> None:
        if len(ticks) >= 20:
            release.set()

    timer.timeout.connect(tick)
    runner = OperationRunner(long_work)
    timer.start()
    with qtbot.waitSignal(runner.finished, timeout=40_000):
        runner.start()
    timer.stop()
    assert release.is_set(), "the timer stopped firing while the operation ran"
    assert len(ticks) >= 20


def test_a_runner_runs_one_operation_at_a_time(qtbot) -> None:
    release = threading.Event()
    runner = OperationRunner(lambda _p, _c: release.wait(30))
    runner.start()
    try:
        with pytest.raises(RuntimeError):
            runner.start()
    finally:
        release.set()
    qtbot.waitUntil(lambda: active_jobs() == 0)


# the progress dialog ----


def test_a_quick_operation_never_shows_the_progress_dialog(qtbot, db) -> None:
    runner = OperationRunner(importing(db, "Quick round", make_cases(1)))
    dialog = ProgressDialog(runner, "Import")
    seen: list[tuple[bool, bool]] = []
    runner.finished.connect(lambda _r: seen.append((dialog.isVisible(), dialog._show_timer.isActive())))
    with qtbot.waitSignal(runner.finished, timeout=30_000):
        runner.start()
    assert seen == [(False, False)]  # never shown, and the timer that would show it is stopped


def test_a_long_operation_shows_the_dialog_and_its_cancel_button_rolls_back(qtbot, db) -> None:
    before = dump(db)
    release = threading.Event()

    def held_import(progress, cancel):
        release.wait(30)  # still running when the dialog is due; a timeout only on a hang
        return import_round(
            db, "Round", small_template_body(), make_cases(5), progress=progress, cancel=cancel
        )

    runner = OperationRunner(held_import)
    dialog = ProgressDialog(runner, "Import a round")
    try:
        runner.start()
        qtbot.waitUntil(dialog.isVisible, timeout=5_000)
        assert runner.running
        assert dialog.cancel_button.accessibleName() == "Cancel"
        assert dialog.bar.accessibleName() and dialog.status.accessibleName()
        with qtbot.waitSignal(runner.cancelled, timeout=30_000):
            qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
            assert not dialog.cancel_button.isEnabled()
            release.set()
        assert not dialog.isVisible()
    finally:
        release.set()
    assert dump(db) == before


def test_the_progress_dialog_speaks_welsh(qtbot) -> None:
    release = threading.Event()
    i18n.set_language("cy")
    try:
        runner = OperationRunner(lambda progress, cancel: (release.wait(30), progress(1, 2, "A-1")))
        dialog = ProgressDialog(runner, "Mewnforio")
        with qtbot.waitSignal(runner.progress, timeout=30_000):
            runner.start()
            release.set()
        assert dialog.cancel_button.text() == "Canslo"
        assert dialog.status.text() == "1 o 2: A-1"
        qtbot.waitUntil(lambda: not runner.running)
    finally:
        release.set()
        i18n.set_language("en")


def test_the_round_list_refreshes_when_an_operation_adds_a_round(qtbot, db, round_id, profile_dir) -> None:
    window = open_window(qtbot, profile_dir, FakeDialogs(), db=db)
    assert window.stack.currentWidget() is window.rounds_page
    assert window.rounds_page.model.rowCount() == 1
    runner = OperationRunner(importing(db, "Another round", make_cases(2)))
    with qtbot.waitSignal(runner.finished, timeout=30_000):
        runner.start()
    qtbot.waitUntil(lambda: window.rounds_page.model.rowCount() == 2)  # the list is read off the GUI thread
