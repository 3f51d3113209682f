"""What a long operation is doing, how far it has got, and Cancel: the parts of a
progress display, in a window of their own (`ProgressDialog`) or on the page that
started the work (`InlineProgress`).

Either appears only if the operation is still running after `SHOW_AFTER_MS`, so quick
operations never flash anything. Cancel asks the runner to stop; the display stays,
saying it is cancelling, until the operation has rolled back, then goes. It goes on any
outcome; the caller's own handlers say what happened.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from desktop.ui.announce import announce
from desktop.ui.i18n import tr
from desktop.ui.operations import OperationRunner

SHOW_AFTER_MS = 500


class ProgressPanel(QWidget):
    """The words, the bar and Cancel for one runner at a time.

    `due` is emitted once the runner has run for `SHOW_AFTER_MS` (whoever holds the panel
    shows it then); `ended` once the runner has finished, failed or been cancelled.
    """

    due = Signal()
    ended = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner: OperationRunner | None = None
        self.status = QLabel()
        self.status.setObjectName("progress_status")
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setObjectName("progress_bar")
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("progress_cancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.retranslate()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.status, self.bar, self.cancel_button):
            layout.addWidget(widget)
        self.show_timer = QTimer(self)
        self.show_timer.setSingleShot(True)
        self.show_timer.setInterval(SHOW_AFTER_MS)
        self.show_timer.timeout.connect(self._due_if_running)

    def retranslate(self) -> None:
        self.status.setAccessibleName(tr("What is happening"))
        self.bar.setAccessibleName(tr("Progress"))
        # Qt has no Welsh for its standard buttons: the panel names its own.
        self.cancel_button.setText(tr("Cancel"))
        self.cancel_button.setAccessibleName(tr("Cancel"))
        self.cancel_button.setAccessibleDescription(tr("Stop and keep nothing of this operation"))

    def follow(self, runner: OperationRunner, doing: str, cancellable: bool = True) -> None:
        """Show `runner`'s progress from now on; `doing` says what it does until it reports.

        Cancel is offered only for work that stops when asked and keeps nothing: a
        button that says "nothing will be kept" beside work that finishes regardless
        would not be true."""
        self.runner = runner
        self.status.setText(doing)
        self.bar.setRange(0, 0)  # busy until the first report says how many steps
        self.cancel_button.setEnabled(cancellable)
        self.cancel_button.setVisible(cancellable)
        runner.progress.connect(self._progress)
        for outcome in (runner.finished, runner.failed, runner.cancelled):
            outcome.connect(self._ended)
        self.show_timer.start()

    @property
    def cancelling(self) -> bool:
        return not self.cancel_button.isEnabled()

    def cancel(self) -> None:
        """Ask the operation to stop; the panel stays, saying so, until it has."""
        if self.runner is None or self.cancelling or not self.runner.running:
            return
        self.runner.cancel()
        self.cancel_button.setEnabled(False)
        self.status.setText(tr("Cancelling… nothing of this operation will be kept."))
        self.bar.setRange(0, 0)
        announce(self.status, self.status.text())

    def _due_if_running(self) -> None:
        if self.runner is not None and self.runner.running:
            self.due.emit()

    def _progress(self, done: int, total: int, what: str) -> None:
        if self.cancelling:
            return
        self.bar.setRange(0, max(total, 0))
        self.bar.setValue(done)
        if total > 0:
            self.status.setText(tr("{done} of {total}: {what}").format(done=done, total=total, what=what))
        else:
            self.status.setText(what)

    def _ended(self, *_outcome: object) -> None:
        self.show_timer.stop()
        self.runner = None
        self.ended.emit()


class InlineProgress(ProgressPanel):
    """Progress shown on the page that started the work, instead of in a window over it.

    A window-modal progress window blocks the main window: Qt tells every widget in it
    as the window opens and again as it closes, and that cost a frame or more of the
    GUI thread on the coordinator's pages while a report was being laid out beside it.
    On the page, the rest of the app stays in use; the page keeps its own buttons from
    starting the same work twice.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inline_progress")
        self.hide()
        self.due.connect(self._appear)
        self.ended.connect(self.hide)

    def _appear(self) -> None:
        self.show()
        announce(self.status, self.status.text())
