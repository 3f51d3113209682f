"""When a second copy starts on a profile that is already open: bring the first one forward.

The profile lock (`desktop.storage.profile_lock`) decides who owns a profile; this
module only makes the refusal friendly. The copy that holds the lock listens on a local
socket (`QLocalServer`: a Unix socket or a Windows named pipe) whose name is derived
from the profile folder. A second copy on that profile connects, sends one line asking
the first to raise its window, waits briefly for the reply, then tells the person, in
their language, that the profile is open in another window, and leaves.

The reply matters: a copy that is hung still accepts connections at the OS level but
never answers, and then the second copy refuses with its message alone instead of
waiting. Nothing here decides whether a copy may open the profile; a copy that cannot
listen, or a request that goes unanswered, changes only whether a window comes forward.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from desktop import platforms
from desktop.ui.dialogs import DialogService
from desktop.ui.i18n import tr

RAISE_REQUEST = b"raise\n"
RAISED_REPLY = b"raised\n"
ANSWER_WAIT_MS = 1000  # a live copy answers in a few ms; a hung one never does


def server_name(profile_dir: Path) -> str:
    """The socket name for a profile: a hash of its folder, valid on every platform.

    Folder paths can be long and hold characters a pipe or socket name may not, so the
    name is a fixed-length digest of the resolved folder (case-folded where the file
    system is, on Windows), the same in every copy that opens that folder.
    """
    folder = os.path.normcase(str(profile_dir.resolve()))
    digest = hashlib.sha256(folder.encode("utf-8")).hexdigest()[:32]
    return f"panel-review-{digest}"


def bring_forward(window: QWidget) -> None:
    """Show `window` un-minimised on top and give it the keyboard.

    A minimised window is restored to the state it had (maximised stays maximised).
    """
    state = window.windowState() & ~Qt.WindowState.WindowMinimized
    window.setWindowState(state | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()


class InstanceListener(QObject):
    """The first copy's ear: brings `window` forward when a later copy asks.

    `broughtForward` is emitted after each request is served, for whoever wants to
    know (the app's unattended mode prints it, so tests can see it happen).
    """

    broughtForward = Signal()

    def __init__(self, profile_dir: Path, window: QWidget) -> None:
        super().__init__(window)
        self.name = server_name(profile_dir)
        self.window = window
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Start answering; False if the name could not be taken (nothing then comes forward).

        Only the holder of the profile lock calls this, so a socket file left by a
        killed copy is stale by construction and is removed first.
        """
        QLocalServer.removeServer(self.name)
        return self.server.listen(self.name)

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.disconnected.connect(socket.deleteLater)
            socket.readyRead.connect(lambda socket=socket: self._answer(socket))
            if socket.canReadLine():
                self._answer(socket)

    def _answer(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        if bytes(socket.readLine().data()) == RAISE_REQUEST:
            bring_forward(self.window)
            socket.write(RAISED_REPLY)
            socket.flush()
            self.broughtForward.emit()
        socket.disconnectFromServer()


def ask_to_come_forward(profile_dir: Path, wait_ms: int = ANSWER_WAIT_MS) -> bool:
    """Ask the copy holding `profile_dir` to raise its window; True if it said it did.

    Blocks for at most about `wait_ms`: this runs before any window of ours exists.
    """
    platforms.current().allow_other_process_to_take_focus()  # ours, the newest, has the foreground
    deadline = QDeadlineTimer(wait_ms)
    socket = QLocalSocket()
    socket.connectToServer(server_name(profile_dir))
    try:
        if not socket.waitForConnected(deadline.remainingTime()):
            return False
        socket.write(RAISE_REQUEST)
        if not socket.waitForBytesWritten(deadline.remainingTime()):
            return False
        while not socket.canReadLine():
            if deadline.hasExpired() or not socket.waitForReadyRead(deadline.remainingTime()):
                return False
        return bytes(socket.readLine().data()) == RAISED_REPLY
    finally:
        socket.abort()


def already_open_title() -> str:
    return tr("Panel Review is already open")


def already_open_message() -> str:
    return tr(
        "Panel Review is already open with this profile in another window. "
        "Use that window, or close it before opening the profile again."
    )


def refuse_second_copy(profile_dir: Path, dialogs: DialogService) -> bool:
    """Bring the copy holding `profile_dir` forward if it answers, then say why we stop.

    Returns whether the other window came forward. The message is shown either way,
    with no window of ours as its parent (none exists yet).
    """
    raised = ask_to_come_forward(profile_dir)
    dialogs.info(None, already_open_title(), already_open_message())
    return raised
