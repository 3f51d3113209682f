"""The main window's size and place, fitted to the screen, and the workspace's splitter."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication

from desktop.ui import settings

if TYPE_CHECKING:
    pass

MIN_SHARE = 0.5  # a window (or its visible part) under half the screen's free area is refitted
NORMAL_SHARE = 0.9  # the share of the screen's free area a refitted window takes


class WindowState:
    """Part of `MainWindow` (desktop/ui/shell/main_window.py); uses its attributes."""

    # window state ---------------------------------------------------------
    def _restore_geometry(self) -> None:
        """The last size and place, fitted to the screen as it is today.

        A geometry saved on another screen or at another scale can restore larger than
        the screen (buttons cut off below) or as a small box; the window is kept inside
        the screen's free area, and one that would be tiny or off-screen gets a normal size.
        """
        geometry = settings.read(settings.GEOMETRY)
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            self.resize(1400, 900)
        self.fit_to_screen()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted_shown:  # the frame's size is known only once the window is shown
            self._fitted_shown = True
            QTimer.singleShot(0, self.fit_to_screen)

    def fit_to_screen(self) -> None:
        """Keep the window inside the free area of its screen (taskbar excluded)."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            return
        free = screen.availableGeometry()
        if self.isMaximized() or self.isFullScreen():
            return
        frame = self.frameGeometry()
        extra_w, extra_h = frame.width() - self.width(), frame.height() - self.height()
        width, height = self.width(), self.height()
        tiny = width < free.width() * MIN_SHARE or height < free.height() * MIN_SHARE
        visible = frame.intersected(free)
        off_screen = (
            visible.width() < frame.width() * MIN_SHARE or visible.height() < frame.height() * MIN_SHARE
        )
        if tiny:
            width, height = round(free.width() * NORMAL_SHARE), round(free.height() * NORMAL_SHARE)
        width = min(width, free.width() - extra_w)
        height = min(height, free.height() - extra_h)
        self.resize(width, height)
        x, y = frame.x(), frame.y()
        if tiny or off_screen:
            x = free.x() + (free.width() - width - extra_w) // 2
            y = free.y() + (free.height() - height - extra_h) // 2
        x = max(free.x(), min(x, free.right() + 1 - width - extra_w))
        y = max(free.y(), min(y, free.bottom() + 1 - height - extra_h))
        self.move(x, y)

    def _restore_splitter(self) -> None:
        state = settings.read(settings.SPLITTER)
        if state and self.workspace is not None:
            self.workspace.splitter.restoreState(QByteArray(state))

    def _save_splitter(self) -> None:
        if self.workspace is not None:
            settings.write(settings.SPLITTER, bytes(self.workspace.splitter.saveState().data()))
