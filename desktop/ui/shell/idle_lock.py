"""Locking the app after a spell with no keyboard or mouse input."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QWidget

from desktop.ui.i18n import tr

if TYPE_CHECKING:
    from desktop.services.session import ProfileSession
    from desktop.ui.dialogs import DialogService
    from desktop.ui.shell.main_window import MainWindow

_INPUT_EVENTS = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin,
}  # fmt: skip


class IdleLock(QObject):
    """Emits `idle` once the given minutes pass with no input anywhere in the app.

    It listens on the app's windows, not on the app: keyboard and mouse input reach a
    window before its widgets, while a filter on the app is handed every event of every
    widget -- hundreds of paints a frame -- each one a call into Python that waits its
    turn while a worker merges a round or writes a report. Each window is watched from
    the moment it first takes the keyboard (a dialog, a second window).
    """

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.idle)
        self._watching = False
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(max(1, minutes) * 60_000)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def quiet_ms(self) -> int:
        """How long since the last input, in milliseconds (0 while not counting)."""
        if not self.timer.isActive():
            return 0
        return self.timer.interval() - self.timer.remainingTime()

    def watch(self) -> None:
        """Count input in every window of the app, now and as windows come."""
        if self._watching:
            return
        self._watching = True
        app = _gui_app()
        for window in app.topLevelWindows():
            window.installEventFilter(self)
        app.focusWindowChanged.connect(self._watch_window)

    def unwatch(self) -> None:
        if not self._watching:
            return
        self._watching = False
        app = _gui_app()
        app.focusWindowChanged.disconnect(self._watch_window)
        for window in app.topLevelWindows():
            window.removeEventFilter(self)

    def _watch_window(self, window: QWindow | None) -> None:
        if window is not None:
            window.installEventFilter(self)  # Qt keeps one filter per object, however often

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self.timer.isActive():
            self.timer.start()
        return False


def _gui_app() -> QGuiApplication:
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    return app


def choose_window_idle_minutes(window: MainWindow) -> None:
    """Settings → Lock after idle time, for the open profile; the window keeps the answer."""
    from dataclasses import replace

    if window.session is not None and window.profile is not None:
        current = window.profile.idle_lock_minutes
        minutes = choose_idle_minutes(window.session, window.dialogs, current, window.idle_lock, window)
        if minutes is not None and window.profile is not None:
            window.profile = replace(window.profile, idle_lock_minutes=minutes)


def choose_idle_minutes(
    session: ProfileSession, dialogs: DialogService, current: int, idle_lock: IdleLock, parent: QWidget
) -> int | None:
    """Ask how many idle minutes lock the app, count afresh with them and store them.

    The timer takes the new minutes at once; the store runs as a change, which a lock
    waits for. Returns the minutes chosen, or None if the question was cancelled.
    """
    from desktop.ui.ops import profile

    minutes = dialogs.ask_number(
        parent, tr("Lock after idle time"), tr("Lock Panel Review after this many minutes without use:"),
        current, 1, 240,
    )  # fmt: skip
    if minutes is not None:
        idle_lock.set_minutes(minutes)
        idle_lock.start()
        profile.set_idle_lock_minutes(session, minutes).run(origin=parent)
    return minutes
