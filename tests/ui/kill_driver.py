"""Run by test_kill.py in a child process: the real window, typing into a real note.

It opens the profile, answers a question, then types into a note one character every
20 ms, printing after each key how many characters have been typed, until killed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

from desktop.services import profile
from desktop.services.session import ProfileSession
from desktop.ui.app import make_application
from desktop.ui.dialogs import DialogService
from desktop.ui.shell.main_window import MainWindow

TEXT = "The victim was contacted by email only, which is not an approved method. " * 40


def main() -> None:
    folder, passphrase, round_id = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    app = make_application(sys.argv[:1])
    window = MainWindow(folder, DialogService(), session=ProfileSession(profile.unlock(folder, passphrase)))
    opened: list[bool] = []
    window.opened.connect(lambda: opened.append(True))
    window.show()
    while not opened:  # who the profile is for is read off the GUI thread
        app.processEvents()
    window.open_round(round_id)
    while window.workspace.case_id is None:  # the round and its first case are read off the GUI thread
        app.processEvents()
    checklist = window.workspace.checklist
    checklist.questions["assessed"].choose(1)
    note = checklist.questions["assessed"].note_edit
    note.setFocus()
    print("answered", flush=True)
    typed = 0

    def type_one() -> None:
        nonlocal typed
        ch = TEXT[typed % len(TEXT)]
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, note, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )
        typed += 1
        print(f"typed {typed}", flush=True)

    timer = QTimer()
    timer.timeout.connect(type_one)
    timer.start(20)
    app.exec()


if __name__ == "__main__":
    main()
