"""Case-switch and answer-save latency with 200 cases x 26 questions (real widgets, offscreen).

Targets: case switch p95 under 16 ms (one frame at 60 Hz), answer save p95 under 16 ms.
A case switch is measured as a member makes it (Alt+Page Down): from the request to
the next case's checklist shown with focus on its first unanswered question. The case
is read off the GUI thread, so the figure is the wait the member sees (the read and
the frame that shows it); its documents arrive afterwards from a background read and
are not part of the switch. The GUI thread's own share (the time it is busy, never
waiting on the database) is printed beside it.

A save runs off the GUI thread too (an op). "answer shown" is the GUI thread's time
from the member's choice to the answer shown with skip logic followed; "answer save"
is the service call itself, measured in the worker: what would block typing if saves
ran on the GUI thread (the allow-list needs under a millisecond).

    python bench/latency.py
"""

from __future__ import annotations

import time

from _round import PASSPHRASE, big_round_profile, describe, percentile
from PySide6.QtWidgets import QApplication

from desktop.services import profile, review
from desktop.services.session import ProfileSession
from desktop.ui.dialogs import DialogService
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.worker import active_jobs, wait_for_jobs


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

    def settle() -> None:
        while active_jobs():
            app.processEvents()

    window.open_round(round_id)
    workspace = window.workspace
    assert workspace is not None
    while workspace.case_id is None:  # the round, then its first case, are read off the GUI thread
        app.processEvents()
    rows = workspace.case_model.rowCount()

    def busy(fn: object) -> float:
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        return (time.perf_counter() - start) * 1000

    switches, gui_share = [], []
    for i in range(1, 201):
        if i % rows == 0:
            workspace.select_row(0)
            while workspace.case_id != workspace.case_model.row_at(0).id:
                app.processEvents()
            settle()
        target = workspace.case_model.row_at(workspace.case_model.row_of_case(workspace.case_id) + 1).id
        start = time.perf_counter()
        gui = busy(
            lambda: workspace.step_case(1)
        )  # Alt+Page Down: next case, focus on its first open question
        while workspace.case_id != target or workspace.checklist.loading:
            gui += busy(lambda: app.processEvents())
        switches.append((time.perf_counter() - start) * 1000)
        gui_share.append(gui)
        settle()  # its documents, before the next switch

    shown, service = [], []
    timed_save = review.save_answer

    def save_timed(*args: object, **kwargs: object) -> object:
        start = time.perf_counter()
        try:
            return timed_save(*args, **kwargs)  # type: ignore[arg-type]
        finally:
            service.append((time.perf_counter() - start) * 1000)

    review.save_answer = save_timed  # type: ignore[assignment]  # the op looks the service up when made
    questions = [w for w in workspace.checklist.questions.values() if w.question.kind == "ynp"]
    for i in range(400):
        widget = questions[i % len(questions)]
        shown.append(busy(lambda widget=widget, i=i: widget.choose(i % 3)))
        settle()
    review.save_answer = timed_save  # type: ignore[assignment]

    print(f"round: {rows} cases x {len(workspace.checklist.questions)} questions")
    print(
        describe("case switch", switches),
        "| target p95 < 16 ms",
        "OK" if percentile(switches, 95) < 16 else "OVER",
    )
    print(describe("  of it, the GUI thread busy", gui_share))
    print(
        describe("answer shown", shown),
        "| target p95 < 16 ms",
        "OK" if percentile(shown, 95) < 16 else "OVER",
    )
    print(
        describe("answer save (service, off the GUI thread)", service),
        "| on the GUI thread only if p95 < 1 ms:",
        "yes" if percentile(service, 95) < 1 else "no",
    )
    window.close()
    wait_for_jobs()  # the backup made on close, before the profile folder is removed


if __name__ == "__main__":
    main()
