"""The main window's size and place, fitted to the screen, and the workspace's splitter."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from desktop.ui import settings

if TYPE_CHECKING:
    from desktop.ui.member.workspace import Workspace

MIN_SHARE = 0.5  # a window (or its visible part) under half the screen's free area is refitted
NORMAL_SHARE = 0.9  # the share of the screen's free area a refitted window takes


class WindowStateKeeper:
    """Remembers the window's geometry and the workspace's splitter, and keeps the window on screen."""

    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self._fitted_shown = False
        self._fitted_frame = (0, 0)  # the window manager's frame (width, height) last fitted with

    def restore_geometry(self) -> None:
        """The last size and place, fitted to the screen as it is today.

        A geometry saved on another screen or at another scale can restore larger than
        the screen (buttons cut off below) or as a small box; the window is kept inside
        the screen's free area, and one that would be tiny or off-screen gets a normal size.
        """
        geometry = settings.read(settings.GEOMETRY)
        if not geometry or not self.window.restoreGeometry(QByteArray(geometry)):
            self.window.resize(1400, 900)
        self.fit_to_screen()

    def save_geometry(self) -> None:
        settings.write(settings.GEOMETRY, bytes(self.window.saveGeometry().data()))

    def shown(self) -> None:
        """The window's showEvent: the frame's size is known only once the window is shown."""
        if not self._fitted_shown:
            self._fitted_shown = True
            QTimer.singleShot(0, self.fit_to_screen)

    def fit_to_screen(self) -> None:
        """Keep the window inside the free area of its screen (taskbar excluded)."""
        window = self.window
        screen = window.screen() or QApplication.primaryScreen()
        if screen is None or window.isMaximized() or window.isFullScreen():
            return
        free = screen.availableGeometry()
        frame = window.frameGeometry()
        extra_w, extra_h = frame.width() - window.width(), frame.height() - window.height()
        self._fitted_frame = (extra_w, extra_h)
        width, height = window.width(), window.height()
        tiny = width < free.width() * MIN_SHARE or height < free.height() * MIN_SHARE
        visible = frame.intersected(free)
        off_screen = (
            visible.width() < frame.width() * MIN_SHARE or visible.height() < frame.height() * MIN_SHARE
        )
        if tiny:
            width, height = round(free.width() * NORMAL_SHARE), round(free.height() * NORMAL_SHARE)
        width = min(width, free.width() - extra_w)
        height = min(height, free.height() - extra_h)
        window.resize(width, height)
        x, y = frame.x(), frame.y()
        if tiny or off_screen:
            x = free.x() + (free.width() - width - extra_w) // 2
            y = free.y() + (free.height() - height - extra_h) // 2
        x = max(free.x(), min(x, free.right() + 1 - width - extra_w))
        y = max(free.y(), min(y, free.bottom() + 1 - height - extra_h))
        window.move(x, y)

    def moved(self) -> None:
        """The window's moveEvent. A window manager frames a new window a moment after it
        shows, with a title bar the first fit could not know of: the first-run window,
        fitted to the whole screen, then lay 20 pixels below its foot. Fit again once the
        frame is there."""
        window = self.window
        frame = window.frameGeometry()
        extra = (frame.width() - window.width(), frame.height() - window.height())
        if self._fitted_shown and extra != self._fitted_frame and window.isVisible():
            self._fitted_frame = extra
            QTimer.singleShot(0, window, self.fit_to_screen)

    @staticmethod
    def restore_splitter(workspace: Workspace) -> None:
        state = settings.read(settings.SPLITTER)
        if state and workspace.splitter.restoreState(QByteArray(state)):
            workspace.panes.chosen_sizes = True  # the member's own shares, from last time

    @staticmethod
    def save_splitter(workspace: Workspace | None) -> None:
        if workspace is not None:
            settings.write(settings.SPLITTER, bytes(workspace.splitter.saveState().data()))
