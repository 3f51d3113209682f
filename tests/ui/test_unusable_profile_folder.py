"""A profile folder that cannot be written gives a plain message in a window, not no window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.ui import app, i18n

ROOT = Path(__file__).resolve().parents[2]


def test_the_app_shows_a_message_window_for_a_folder_it_cannot_write(qtbot, tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("in the way")
    folder = tmp_path / "a-file" / "profile"
    shown: list[tuple[str, str]] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, read_and_close)
            return
        shown.append((box.windowTitle(), box.text()))
        box.accept()

    QTimer.singleShot(50, read_and_close)
    try:
        code = app.main(["--profile", str(folder), "--language", "cy"])
    finally:
        i18n.set_language("en")
    assert code == app.PROFILE_UNUSABLE_EXIT
    ((title, text),) = shown
    assert "Ni all Adolygiad Panel ddefnyddio ffolder y proffil" in text and str(folder) in text
    assert title and title != "Panel Review cannot open this profile", "the title is in Welsh too"
    assert (tmp_path / "a-file").read_text() == "in the way"


def test_an_unusable_user_data_folder_is_said_without_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("in the way")
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen", PANEL_REVIEW_UNATTENDED="1",
               XDG_DATA_HOME=str(tmp_path / "a-file" / "data"))  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-m", "desktop.ui.app", "--language", "en"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == app.PROFILE_UNUSABLE_EXIT, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    assert "Panel Review cannot use the profile folder" in result.stderr
