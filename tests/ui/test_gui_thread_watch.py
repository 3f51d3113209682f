"""The GUI thread never waits on the database, and a screen that makes it wait is caught.

Every GUI test runs under the strict listener of tests/ui/conftest.py; this test shows
that listener at work on a real profile: a service called from interface code on the
GUI thread is recorded by name, the same op run as ops are (off the GUI thread) is not,
and a test's own set-up calls (not interface code) are not either.
"""

from __future__ import annotations

from desktop.services import profile, rounds
from desktop.services.session import ProfileSession
from desktop.ui import ops
from desktop.ui.ops import gui_thread


def test_a_service_call_from_a_screen_on_the_gui_thread_is_caught(
    qtbot, db, _no_waiting_on_the_database
) -> None:
    waited = _no_waiting_on_the_database
    session = ProfileSession(db)
    op = ops.read(session, rounds.list_rounds)

    done: list[object] = []
    with qtbot.waitSignal(op.success(done.append).run().finished, timeout=10_000):
        pass
    assert done == [[]] and waited == [], "an op runs off the GUI thread"

    session.run(profile.profile_info)  # the test's own call, not a screen's
    assert waited == []

    op._work(lambda *_: None, None)  # the op's own code, run on the GUI thread as a screen would
    assert waited == ["desktop.services.rounds.list_rounds"]
    waited.clear()  # caught as it should be: the test itself passes


def test_nothing_is_allowed_to_wait_and_nothing_is_left_to_move() -> None:
    """Even single-row saves take milliseconds (about 5 ms), so none may run on the GUI
    thread; and every screen has moved its reads and changes to ops."""
    assert frozenset() == gui_thread.ALLOWED
    assert frozenset() == gui_thread.NOT_YET_MOVED


def test_a_read_that_ends_after_a_lock_is_dropped_quietly(qtbot, db) -> None:
    """A lock does not wait for reads; one still running finds the key wiped. That is no
    error to show: the profile it belonged to is no longer on screen (it used to be
    raised on the GUI thread, where the app reports faults)."""
    import threading

    started, release = threading.Event(), threading.Event()

    def slow_read(database):  # a read the lock overtakes
        started.set()
        release.wait(10)
        return profile.profile_info(database)

    session = ProfileSession(db)
    seen: list[object] = []
    runner = ops.read(session, slow_read).success(seen.append).failure(seen.append).run()
    assert started.wait(10)
    session.close()  # the lock
    release.set()
    with qtbot.waitSignal(runner.failed, timeout=10_000):
        pass
    assert seen == [], "neither told as a result nor as a failure"
