"""Settings every GUI test needs: no screen required."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item):
    """After each test: no background job still running, no window left open."""
    yield
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    assert QThreadPool.globalInstance().waitForDone(10_000), "a background job did not finish"
    app.processEvents()
    leftovers = [w for w in app.topLevelWidgets() if w.isVisible()]
    for widget in leftovers:
        widget.close()
    assert not leftovers, f"windows left open: {[type(w).__name__ for w in leftovers]}"


@pytest.fixture(autouse=True)
def _fresh_settings():
    """Every GUI test starts from no stored settings: a zoom, text size, splitter or window
    geometry one test chose (the app remembers them) must not change another's screens."""
    from desktop.ui import settings

    settings.clear_all()


@pytest.fixture(autouse=True)
def _no_waiting_on_the_database():
    """Every GUI test fails if a screen made the GUI thread wait on the database: any
    service call from `desktop.ui` on the main thread that `ops.gui_thread` does not allow."""
    from desktop.services.thread_watch import watch_gui_thread
    from desktop.ui.ops import gui_thread

    waited: list[str] = []

    def strict(service) -> None:
        if not gui_thread.allowed(service) and gui_thread.made_by_the_interface():
            waited.append(f"{service.__module__}.{service.__qualname__}")

    gui_thread.watch(strict)
    yield waited
    watch_gui_thread(None)
    assert not waited, f"the GUI thread waited on the database: {sorted(set(waited))}"


@pytest.fixture
def normal_text_afterwards():
    """Whatever text size a test chose, the next test starts at normal size."""
    from desktop.ui import settings
    from desktop.ui.text_size import apply_text_size

    yield
    apply_text_size(100)
    settings.write(settings.TEXT_SIZE, 100)


@pytest.fixture
def largest_text(qtbot, normal_text_afterwards):
    """The member's own largest text size, chosen as they would: from the View menu."""
    yield 200
