"""One running copy per profile: a second copy brings the first forward, says why, and stops.

The app-level tests start the real app in child processes. A message box there would
wait for a click nobody makes, so they set PANEL_REVIEW_UNATTENDED: the app then
prints its messages to stderr, and the copy holding the profile prints a line when it
starts listening for later copies and each time one asks it to come forward.
"""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalServer
from PySide6.QtWidgets import QMainWindow

from desktop.storage.profile_lock import lock_profile
from desktop.ui import i18n
from desktop.ui.app import PROFILE_IN_USE_EXIT
from desktop.ui.shell.single_instance import (
    InstanceListener,
    already_open_message,
    refuse_second_copy,
    server_name,
)
from tests.ui.fakes import FakeDialogs

ROOT = Path(__file__).resolve().parents[2]
WELSH_MESSAGE = "Mae Adolygiad Panel eisoes ar agor gyda'r proffil hwn mewn ffenestr arall."
ENGLISH_MESSAGE = "Panel Review is already open with this profile in another window."
WAIT_S = 60  # generous: only a broken build ever waits this long

ASK_TO_COME_FORWARD = """
import sys
from pathlib import Path
from desktop.ui.shell.single_instance import ask_to_come_forward
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
print(ask_to_come_forward(Path(sys.argv[1])), flush=True)
"""


@pytest.fixture(autouse=True)
def back_to_english():
    yield
    i18n.set_language("en")


def app_env(**extra: str) -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8",
                **extra)  # fmt: skip


def run_app(*args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop.ui.app", *args],
        cwd=ROOT, env=app_env(**extra), capture_output=True, text=True, timeout=WAIT_S,
    )  # fmt: skip


class RunningApp:
    """The real app in a child process, its stdout read line by line as it comes."""

    def __init__(self, profile_dir: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "desktop.ui.app", "--profile", str(profile_dir)],
            cwd=ROOT, env=app_env(PANEL_REVIEW_UNATTENDED="1"),
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )  # fmt: skip
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.strip())

    def wait_for_line(self, start: str) -> str:
        """The next line starting with `start` (raises queue.Empty if none comes)."""
        while not (line := self.lines.get(timeout=WAIT_S)).startswith(start):
            pass
        return line

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=WAIT_S)
        if self.process.stdout is not None:
            self.process.stdout.close()


@pytest.mark.slow
def test_a_second_copy_on_the_same_profile_brings_the_first_forward_and_stops(db, profile_dir, tmp_path):
    db.close()
    first = RunningApp(profile_dir)
    try:
        assert first.wait_for_line("listening ") == f"listening True {server_name(profile_dir)}"
        second = run_app("--profile", str(profile_dir), "--language", "cy", PANEL_REVIEW_UNATTENDED="1")
        assert second.returncode == PROFILE_IN_USE_EXIT, second.stderr[-2000:]
        assert WELSH_MESSAGE in second.stderr
        assert "ready" not in second.stdout
        assert first.wait_for_line("brought forward") == "brought forward"
        assert first.process.poll() is None, "the first copy keeps running"

        elsewhere = run_app("--profile", str(tmp_path / "other"), PANEL_REVIEW_QUIT_WHEN_READY="1")
        assert elsewhere.returncode == 0, elsewhere.stderr[-2000:]
        assert "ready" in elsewhere.stdout
    finally:
        first.stop()
    after = run_app("--profile", str(profile_dir), PANEL_REVIEW_QUIT_WHEN_READY="1")
    assert after.returncode == 0, "the profile opens again once the first copy has gone"


@pytest.mark.slow
def test_a_held_profile_whose_holder_does_not_answer_is_still_refused(db, profile_dir) -> None:
    db.close()
    with lock_profile(profile_dir):  # held, with nothing listening for later copies
        second = run_app("--profile", str(profile_dir), PANEL_REVIEW_UNATTENDED="1")
    assert second.returncode == PROFILE_IN_USE_EXIT
    assert ENGLISH_MESSAGE in second.stderr
    assert "Traceback" not in second.stderr


def test_the_refusal_is_told_in_the_interface_language(qapp, tmp_path) -> None:
    i18n.set_language("cy")
    dialogs = FakeDialogs()
    raised = refuse_second_copy(tmp_path / "profile", dialogs)
    assert not raised, "nothing was listening"
    assert dialogs.infos == [("Mae Adolygiad Panel eisoes ar agor", already_open_message())]
    assert dialogs.infos[0][1].startswith(WELSH_MESSAGE)


def test_a_copy_that_accepts_but_never_answers_is_not_waited_for(qapp, tmp_path) -> None:
    """A hung first copy: the OS accepts the connection, but no reply ever comes."""
    from desktop.ui.shell.single_instance import ask_to_come_forward

    profile_dir = tmp_path / "profile"
    hung = QLocalServer()
    QLocalServer.removeServer(server_name(profile_dir))
    assert hung.listen(server_name(profile_dir))
    try:
        assert not ask_to_come_forward(profile_dir, wait_ms=200)  # our own loop cannot answer
    finally:
        hung.close()


@pytest.mark.slow
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_the_listener_restores_a_minimised_window_when_asked(qtbot, tmp_path) -> None:
    profile_dir = tmp_path / "profile"
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    window.showMinimized()
    listener = InstanceListener(profile_dir, window)
    assert listener.listen()
    with qtbot.waitSignal(listener.broughtForward, timeout=WAIT_S * 1000):
        asker = subprocess.Popen(
            [sys.executable, "-c", ASK_TO_COME_FORWARD, str(profile_dir)],
            cwd=ROOT, env=app_env(), stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
    output, _ = asker.communicate(timeout=WAIT_S)
    listener.close()
    assert output.strip() == "True"
    assert not window.isMinimized()
    assert window.isVisible()
