"""A small window for an operation that takes long: what it is doing, how far, and Cancel.

    runner = OperationRunner(fn)
    ProgressDialog(runner, tr("Import a round"), parent)
    runner.start()

The dialog appears only if the operation is still running after `SHOW_AFTER_MS`, so
quick operations never flash a window. Cancel (or Escape, or closing the window) asks
the runner to stop; the dialog stays, saying it is cancelling, until the operation has
rolled back, then closes itself. It closes on any outcome; the caller's own handlers
say what happened.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from desktop.ui.i18n import tr
from desktop.ui.operations import OperationRunner

SHOW_AFTER_MS = 500


class ProgressDialog(QDialog):
    def __init__(self, runner: OperationRunner, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progress_dialog")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.runner = runner
        self.status = QLabel(tr("Starting…"))
        self.status.setObjectName("progress_status")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tr("What is happening"))
        self.bar = QProgressBar()
        self.bar.setObjectName("progress_bar")
        self.bar.setRange(0, 0)  # busy until the first report says how many steps
        self.bar.setAccessibleName(tr("Progress"))
        # Qt has no Welsh for its standard buttons: the dialog names its own.
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setObjectName("progress_cancel")
        self.cancel_button.setAccessibleName(tr("Cancel"))
        self.cancel_button.setAccessibleDescription(tr("Stop and keep nothing of this operation"))
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.status, self.bar, self.cancel_button):
            layout.addWidget(widget)
        self.setMinimumWidth(360)
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.setInterval(SHOW_AFTER_MS)
        self._show_timer.timeout.connect(self._show_if_running)
        self._show_timer.start()
        runner.progress.connect(self._progress)
        for ended in (runner.finished, runner.failed, runner.cancelled):
            ended.connect(self._ended)

    def _show_if_running(self) -> None:
        if self.runner.running:
            self.show()
            self.cancel_button.setFocus()

    def _progress(self, done: int, total: int, what: str) -> None:
        if self.runner_cancelling():
            return
        self.bar.setRange(0, max(total, 0))
        self.bar.setValue(done)
        if total > 0:
            self.status.setText(tr("{done} of {total}: {what}").format(done=done, total=total, what=what))
        else:
            self.status.setText(what)

    def runner_cancelling(self) -> bool:
        return not self.cancel_button.isEnabled()

    def reject(self) -> None:
        """Cancel, Escape: ask the operation to stop; the dialog closes once it has."""
        if self.runner_cancelling():
            return
        self.runner.cancel()
        self.cancel_button.setEnabled(False)
        self.status.setText(tr("Cancelling… nothing of this operation will be kept."))
        self.bar.setRange(0, 0)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.runner.running:  # the window's close button means Cancel
            self.reject()
            event.ignore()
            return
        super().closeEvent(event)

    def _ended(self, *_outcome: object) -> None:
        self._show_timer.stop()
        self.hide()
        self.deleteLater()
