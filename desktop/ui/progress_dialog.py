"""A small window for an operation that takes long: what it is doing, how far, and Cancel.

    runner = OperationRunner(fn)
    ProgressDialog(runner, tr("Import a round"), parent)
    runner.start()

The window holds a `ProgressPanel`: it appears only if the operation is still running
after `SHOW_AFTER_MS`, so quick operations never flash a window. Cancel (or Escape, or
closing the window) asks the runner to stop; the window stays, saying it is
cancelling, until the operation has rolled back, then closes itself. It closes on any
outcome; the caller's own handlers say what happened.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from desktop.ui.i18n import tr
from desktop.ui.operations import OperationRunner
from desktop.ui.progress_panel import SHOW_AFTER_MS, ProgressPanel

__all__ = ["SHOW_AFTER_MS", "ProgressDialog"]


class ProgressDialog(QDialog):
    def __init__(self, runner: OperationRunner, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progress_dialog")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.runner = runner
        self.panel = ProgressPanel()
        panel = self.panel
        self.status, self.bar, self.cancel_button = panel.status, panel.bar, panel.cancel_button
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        self.setMinimumWidth(360)
        self._show_timer = self.panel.show_timer
        self.panel.due.connect(self._show_if_running)
        self.panel.ended.connect(self._ended)
        self.panel.follow(runner, tr("Starting…"))

    def _show_if_running(self) -> None:
        self.show()
        self.cancel_button.setFocus()

    def runner_cancelling(self) -> bool:
        return self.panel.cancelling

    def reject(self) -> None:
        """Cancel, Escape: ask the operation to stop; the dialog closes once it has."""
        self.panel.cancel()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.runner.running:  # the window's close button means Cancel
            self.reject()
            event.ignore()
            return
        super().closeEvent(event)

    def _ended(self) -> None:
        self.hide()
        self.deleteLater()
