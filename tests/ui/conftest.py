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
