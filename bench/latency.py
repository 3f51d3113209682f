"""Case-switch and answer-save latency with 200 cases x 26 questions (real widgets, offscreen).

Targets: case switch p95 under 16 ms (one frame at 60 Hz), answer save p95 under 16 ms.
A save is measured from the member's choice to the committed row, including the widget
update. A case switch is measured as a member makes it (Alt+Page Down): from the request
to the next case's checklist shown with focus on its first unanswered question, with
Qt's pending events processed. Its documents arrive afterwards from a background read
and are not part of the switch.

    python bench/latency.py
"""

from __future__ import annotations

import time

from _round import PASSPHRASE, big_round_profile, describe, percentile
from PySide6.QtWidgets import QApplication

from desktop.services import profile
from desktop.services.session import ProfileSession
from desktop.ui.dialogs import DialogService
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.worker import wait_for_jobs


def main() -> None:
    app = QApplication.instance() or QApplication([])
    folder, round_id = big_round_profile()
    db = profile.unlock(folder, PASSPHRASE)
    window = MainWindow(folder, DialogService(), session=ProfileSession(db))
    opened: list[bool] = []
    window.opened.connect(lambda: opened.append(True))
    window.show()
    while not opened:  # who the profile is for is read off the GUI thread
        app.processEvents()
    window.open_round(round_id)
    app.processEvents()
    workspace = window.workspace
    assert workspace is not None
    rows = workspace.case_model.rowCount()

    switches = []
    for i in range(1, 201):
        if i % rows == 0:
            workspace.select_row(0)
            app.processEvents()
        start = time.perf_counter()
        workspace.step_case(1)  # what Alt+Page Down does: next case, focus on its first open question
        app.processEvents()
        switches.append((time.perf_counter() - start) * 1000)

    saves = []
    questions = [w for w in workspace.checklist.questions.values() if w.question.kind == "ynp"]
    for i in range(400):
        widget = questions[i % len(questions)]
        start = time.perf_counter()
        widget.choose(i % 3)
        saves.append((time.perf_counter() - start) * 1000)
        app.processEvents()

    print(f"round: {rows} cases x {len(workspace.checklist.questions)} questions")
    print(
        describe("case switch", switches),
        "| target p95 < 16 ms",
        "OK" if percentile(switches, 95) < 16 else "OVER",
    )
    print(
        describe("answer save", saves), "| target p95 < 16 ms", "OK" if percentile(saves, 95) < 16 else "OVER"
    )
    window.close()
    wait_for_jobs()  # the backup made on close, before the profile folder is removed


if __name__ == "__main__":
    main()
