"""Locking the app after a spell with no keyboard or mouse input."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from desktop.ui.i18n import tr

if TYPE_CHECKING:
    from desktop.services.session import ProfileSession
    from desktop.ui.dialogs import DialogService

_INPUT_EVENTS = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin,
}  # fmt: skip


class IdleLock(QObject):
    """Emits `idle` once the given minutes pass with no input anywhere in the app."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(max(1, minutes) * 60_000)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self.timer.isActive():
            self.timer.start()
        return False


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
