"""Telling the person that Panel Review was updated while open, instead of failing.

`desktop.installation` stops any further loading from a replaced installation; this
module says so in plain words, in the interface language, wherever that surfaces: an
exception on the GUI thread (`sys.excepthook`, where an import in a menu action lands),
a background operation that failed (`desktop.ui.ops`, where reports and printouts are
made), and the moment the window is used again after the upgrade (the application
becoming active). Everything a member types is saved as it is typed, so the message
can promise that nothing is lost; it offers to restart at once (the window closes as
usual, with its backup, and the new version starts) or later.
"""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop import installation
from desktop.ui.dialogs import DialogService
from desktop.ui.i18n import tr

_notice: list[UpdateNotice] = []


def updated_title() -> str:
    return tr("Panel Review was updated")


def updated_message() -> str:
    return tr(
        "A new version of Panel Review was installed while this window was open. It must "
        "restart before it can do anything more. Everything you typed is already saved: "
        "nothing will be lost. Restart Panel Review now?"
    )


class UpdateNotice(QObject):
    """Shows the restart message over `window`, one at a time, and remembers a restart asked for."""

    def __init__(self, window: QWidget, dialogs: DialogService) -> None:
        super().__init__(window)
        self.window = window
        self.dialogs = dialogs
        self.restart_wanted = False
        self._showing = False
        self._told_on_return = False

    def tell(self) -> None:
        if self._showing:
            return
        self._showing = True
        try:
            restart = self.dialogs.confirm(self.window, updated_title(), updated_message())
        finally:
            self._showing = False
        if restart:
            self.restart_wanted = True
            self.window.close()  # as any quit: the workspace saved, today's backup refreshed

    def on_return(self, state: Qt.ApplicationState) -> None:
        """The window used again: say it once, before the person tries something that would fail."""
        if (
            state == Qt.ApplicationState.ApplicationActive
            and not self._told_on_return
            and installation.has_changed()
        ):
            self._told_on_return = True
            self.tell()


def start_noticing(window: QWidget, dialogs: DialogService) -> UpdateNotice:
    """Tell the person over `window` when the watched program files change (see `desktop.installation`)."""
    notice = UpdateNotice(window, dialogs)
    _notice[:] = [notice]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.applicationStateChanged.connect(notice.on_return)
    if not isinstance(sys.excepthook, _UpdateAwareHook):
        sys.excepthook = _UpdateAwareHook(sys.excepthook)
    return notice


def intercepted(exc: BaseException) -> bool:
    """True (and the person told) when `exc` came from, or came after, an upgrade of this copy."""
    if not (isinstance(exc, installation.InstallationChanged) or installation.has_changed()):
        return False
    if _notice:
        _notice[0].tell()
    return True


def restart_wanted() -> bool:
    return bool(_notice) and _notice[0].restart_wanted


class _UpdateAwareHook:
    """`sys.excepthook` that turns a failure after an upgrade into the restart message."""

    def __init__(self, previous: object) -> None:
        self.previous = previous

    def __call__(self, kind: type[BaseException], exc: BaseException, trace: TracebackType | None) -> None:
        if intercepted(exc):
            return
        previous = self.previous
        if callable(previous):
            previous(kind, exc, trace)
