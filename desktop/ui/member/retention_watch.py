"""Checking, while a member's profile is open, whether a round's case material must go.

The check runs once as the profile opens and then every half hour (a laptop left open
overnight still erases on the day), always through an op, off the GUI thread: it may
VACUUM the database and rewrite every backup. Warnings it names are shown in one
message and only then recorded as shown, so a warning counts only once the member has
had it in front of them (`services.retention.record_warnings`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from desktop.core.words.dates import long_date
from desktop.services.operations import Changes
from desktop.services.retention import ErasureWarning, RetentionChecked, RetentionDue, Stage
from desktop.services.session import ProfileSession
from desktop.ui.dialogs import DialogService
from desktop.ui.i18n import current_language, tr

if TYPE_CHECKING:
    from desktop.ui.shell.main_window import MainWindow

CHECK_EVERY_MS = 30 * 60 * 1000


class RetentionWatch(QObject):
    """Runs the retention check on a timer for one open profile; `erased` carries the ids
    of rounds whose material was just removed, so a screen showing one can leave it."""

    erased = Signal(list)

    def __init__(self, session: ProfileSession, dialogs: DialogService, window: QWidget) -> None:
        super().__init__(window)
        self._session = session
        self._dialogs = dialogs
        self._window = window
        self._running = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(0, self.check)

    def dispose(self) -> None:
        """At a lock: no more checks, and the watch goes with the profile's screens."""
        self.stop()
        self.deleteLater()

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> None:
        from desktop.ui.ops import retention

        if self._running or not self._session.is_open:
            return
        self._running = True
        retention.due(self._session).success(self._read).failure(self._failed).run(origin=self)

    def _read(self, due: RetentionDue) -> None:
        """Most checks find nothing to erase: only then is the change (which a lock waits
        for) run; otherwise the warnings, if any, are shown at once."""
        from desktop.ui.ops import retention

        if due.writes and self._session.is_open:
            retention.check(self._session).success(self._checked).failure(self._failed).run(origin=self)
            return
        self._checked(RetentionChecked(due.warnings, (), Changes()))

    def _failed(self, exc: Exception) -> None:
        self._running = False
        if self._session.is_open:
            raise exc  # the app's error handler reports it; the next check tries again

    def _checked(self, result: RetentionChecked) -> None:
        from desktop.ui.ops import retention

        self._running = False
        if result.erased:
            self.erased.emit([e.round_id for e in result.erased])
        if not result.warnings or not self._session.is_open:
            return
        self._dialogs.info(self._window, tr("Case material will be removed"), warning_text(result.warnings))
        if self._session.is_open:
            retention.record_warnings(self._session, result.warnings).run(origin=self)


def warning_text(warnings: tuple[ErasureWarning, ...]) -> str:
    """One message for every warning due: what goes when, and what to do first."""
    language = current_language()
    parts = []
    for warning in warnings:
        when = long_date(warning.erase_on, language)
        if warning.stage is Stage.LATE:
            parts.append(
                tr(
                    "The commissioner's office asked for the case material of “{title}” to be removed "
                    "from this laptop on {date}. That date has passed."
                ).format(title=warning.title, date=when)
            )
        else:
            parts.append(
                tr("Case material of “{title}” will be removed from this laptop on {date}.").format(
                    title=warning.title, date=when
                )
            )
        if warning.unsent:
            parts.append(
                tr(
                    "Your review of it has not been sent, or has changed since you sent it. Send it now "
                    "(File → Send my review). If it is not sent, it will be removed anyway, at the next "
                    "check from tomorrow."
                )
                if warning.stage is Stage.LATE
                else tr(
                    "Your review of it has not been sent, or has changed since you sent it. Send it "
                    "before then."
                )
            )
    parts.append(
        tr(
            "Please also delete the pack file your coordinator sent you, and any review you printed: "
            "Panel Review cannot remove those."
        )
    )
    return "\n\n".join(parts)


def watch_retention(window: MainWindow, session: ProfileSession) -> RetentionWatch:
    """Start checking the open member profile's erasure dates over `window`; a round whose
    material is removed while its workspace is on screen gives way to the round list."""
    watch = RetentionWatch(session, window.dialogs, window)
    watch.erased.connect(lambda round_ids: _leave_erased(window, round_ids))
    watch.start()
    return watch


def _leave_erased(window: MainWindow, round_ids: list[int]) -> None:
    workspace = window.workspace
    if (
        workspace is not None
        and workspace.round_id in round_ids
        and window.stack.currentWidget() is workspace
    ):
        window.show_rounds(select=workspace.round_id)
