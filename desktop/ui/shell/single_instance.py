"""When a second copy starts on a profile that is already open: bring the first one forward.

The profile lock (`desktop.storage.profile_lock`) decides who owns a profile; this
module only makes the refusal friendly. The copy that holds the lock listens on a local
socket (`QLocalServer`: a Unix socket or a Windows named pipe) whose name is derived
from the profile folder. A second copy on that profile connects, sends one line asking
the first to raise its window, waits briefly for the reply, then tells the person, in
their language, that the profile is open in another window, and leaves.

A second copy started with a file (a card, pack or review package double-clicked while
the app is open) asks instead for that file to be opened: the first copy comes forward
and offers the file exactly as it would have at start, and the second leaves without a
word, since the person's request was met. Only when nobody answers does the second copy
fall back to the refusal, naming the file so that it is not silently dropped.

The reply matters: a copy that is hung still accepts connections at the OS level but
never answers, and then the second copy refuses with its message alone instead of
waiting. Nothing here decides whether a copy may open the profile; a copy that cannot
listen, or a request that goes unanswered, changes only whether a window comes forward.
"""

from __future__ import annotations

import hashlib
import json
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
OPEN_REQUEST = b"open "  # followed by the file's absolute path as a JSON string, then a newline
OPENED_REPLY = b"opened\n"
REFUSED_REPLY = b"refused\n"
MAX_REQUEST_BYTES = 8192  # a path longer than any file system allows is not a request
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
    know (the app's unattended mode prints it, so tests can see it happen);
    `fileHandedOver` carries a file a later copy was started with, for the window to
    offer as it offers one named at its own start.
    """

    broughtForward = Signal()
    fileHandedOver = Signal(Path)

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
            if socket.bytesAvailable() > MAX_REQUEST_BYTES:  # no newline coming: not ours
                socket.abort()
            return
        request = bytes(socket.readLine(MAX_REQUEST_BYTES + 1).data())
        if request == RAISE_REQUEST:
            self._serve(socket, RAISED_REPLY)
        elif request.startswith(OPEN_REQUEST):
            path = handed_file(request)
            self._serve(socket, OPENED_REPLY if path is not None else REFUSED_REPLY)
            if path is not None:
                self.fileHandedOver.emit(path)
        socket.disconnectFromServer()

    def _serve(self, socket: QLocalSocket, reply: bytes) -> None:
        bring_forward(self.window)
        socket.write(reply)
        socket.flush()
        self.broughtForward.emit()


def open_request(file: Path) -> bytes:
    """The line asking the first copy to open `file` (absolute, so both copies mean one file)."""
    return OPEN_REQUEST + json.dumps(str(file.resolve())).encode("ascii") + b"\n"


def handed_file(request: bytes) -> Path | None:
    """The file an open request names, or None if the line is not one we would send.

    The socket admits only this user's processes, but the line is still judged: an
    absolute path to an existing regular file, nothing else. What the file holds is
    judged later, exactly as for a file named at start.
    """
    if len(request) > MAX_REQUEST_BYTES or not request.endswith(b"\n"):
        return None
    try:
        named = json.loads(request[len(OPEN_REQUEST) :])
    except ValueError:
        return None
    if not isinstance(named, str) or "\x00" in named:
        return None
    path = Path(named)
    try:
        return path if path.is_absolute() and path.is_file() else None
    except OSError:
        return None


def ask_to_come_forward(profile_dir: Path, wait_ms: int = ANSWER_WAIT_MS) -> bool:
    """Ask the copy holding `profile_dir` to raise its window; True if it said it did.

    Blocks for at most about `wait_ms`: this runs before any window of ours exists.
    """
    return _ask(profile_dir, RAISE_REQUEST, wait_ms) == RAISED_REPLY


def hand_over(profile_dir: Path, file: Path, wait_ms: int = ANSWER_WAIT_MS) -> bool:
    """Ask the copy holding `profile_dir` to offer `file`; True if it took it."""
    return _ask(profile_dir, open_request(file), wait_ms) == OPENED_REPLY


def _ask(profile_dir: Path, request: bytes, wait_ms: int) -> bytes | None:
    """Send one request line to the copy holding `profile_dir`; its one-line reply, if any comes."""
    platforms.current().allow_other_process_to_take_focus()  # ours, the newest, has the foreground
    deadline = QDeadlineTimer(wait_ms)
    socket = QLocalSocket()
    socket.connectToServer(server_name(profile_dir))
    try:
        if not socket.waitForConnected(deadline.remainingTime()):
            return None
        socket.write(request)
        if not socket.waitForBytesWritten(deadline.remainingTime()):
            return None
        while not socket.canReadLine():
            if deadline.hasExpired() or not socket.waitForReadyRead(deadline.remainingTime()):
                return None
        return bytes(socket.readLine().data())
    finally:
        socket.abort()


def already_open_title() -> str:
    return tr("Panel Review is already open")


def already_open_message() -> str:
    return tr(
        "Panel Review is already open with this profile in another window. "
        "Use that window, or close it before opening the profile again."
    )


def file_not_passed_message(file: Path) -> str:
    return tr("The file {file} was not opened. Close the other window, then open the file again.").format(
        file=file.name
    )


def refuse_second_copy(profile_dir: Path, dialogs: DialogService, file: Path | None = None) -> bool:
    """Hand `file` to the copy holding `profile_dir`, or bring it forward and say why we stop.

    Returns True when the file was handed over: the request was met, and nothing is
    said. Otherwise the message is shown (naming the file, so it is not silently
    dropped), with no window of ours as its parent (none exists yet), and False returned.
    """
    if file is not None and hand_over(profile_dir, file):
        return True
    ask_to_come_forward(profile_dir)
    message = already_open_message()
    if file is not None:
        message = f"{message}\n\n{file_not_passed_message(file)}"
    dialogs.info(None, already_open_title(), message)
    return False
