"""Helpers for GUI tests: a real main window over a real encrypted profile."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from desktop.services import review
from desktop.services.session import ProfileSession
from desktop.storage.database import Database
from desktop.ui import i18n
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.worker import active_jobs
from tests.ui.fakes import FakeDialogs


def open_window(qtbot, profile_dir: Path, dialogs: FakeDialogs, db: Database | None = None) -> MainWindow:
    """The window as after an unlock of `db` (or on its first screen when None)."""
    i18n.set_language("en")
    window = MainWindow(profile_dir, dialogs, session=None if db is None else ProfileSession(db))
    opened = wait_opened(window)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.waitUntil(window.isActiveWindow)  # offscreen activation can arrive after waitActive
    if db is not None:
        qtbot.waitUntil(opened, timeout=10_000)  # who the profile is for is read off the GUI thread
    return window


def wait_opened(window: MainWindow):
    """A check, true once `window` shows the profile's first page (rounds, or the coordinator's home)."""
    shown: list[bool] = []
    window.opened.connect(lambda: shown.append(True))
    return lambda: bool(shown)


def open_round(qtbot, window: MainWindow, round_id: int):
    window.open_round(round_id)
    assert window.workspace is not None
    qtbot.waitUntil(lambda: window.workspace.case_id is not None)
    wait_for_documents(qtbot)
    return window.workspace


def wait_for_documents(qtbot) -> None:
    """The shown case's documents are read off the GUI thread: wait until they are in."""
    qtbot.waitUntil(lambda: active_jobs() == 0, timeout=10_000)


def stored(db: Database, case_id: int, question_id: str):
    return review.open_case(db, case_id).answers.get(question_id)


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key on whatever has focus, as a person would."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has keyboard focus"
    QTest.keyClick(target, key, modifier)


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type any text, Welsh letters included (keyClicks aborts on non-ASCII)."""
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def click_laid_out(qtbot, button: QWidget) -> None:
    """Click `button` once its layout has given it a size: a page that builds its rows a
    batch per turn of the event loop lays them out a turn later, and a click on a button
    of no height hits nothing (as a person could not click it either)."""
    qtbot.waitUntil(lambda: not button.rect().isEmpty())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def wait_idle(qtbot) -> None:
    qtbot.waitUntil(lambda: active_jobs() == 0)


def set_query_only(db: Database, on: bool) -> None:
    """Make every connection the pool keeps refuse (or accept again) writes: a real refusal."""
    from desktop.storage.database import KEPT_CONNECTIONS

    held = [db.engine.connect() for _ in range(KEPT_CONNECTIONS)]
    for conn in held:
        conn.exec_driver_sql(f"PRAGMA query_only = {'ON' if on else 'OFF'}")
        conn.close()
