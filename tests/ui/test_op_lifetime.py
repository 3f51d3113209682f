"""An op done lets go of the screen that ran it: nothing may keep a locked profile's page alive."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtWidgets import QWidget

from desktop.services.operations import Changes
from desktop.ui.operations import active_jobs
from desktop.ui.ops import Op


def test_a_finished_op_holds_neither_its_runner_nor_its_screen(qtbot) -> None:
    page = QWidget()
    heard: list[object] = []
    page.got = heard.append  # the callback names the screen, as a page's method does
    runner = Op(lambda _progress, _cancel: Changes(roster=True)).success(page.got).run(origin=page)
    qtbot.waitUntil(lambda: active_jobs() == 0)
    assert heard == [Changes(roster=True)]
    gone_runner, gone_page = weakref.ref(runner), weakref.ref(page)
    runner = page = None
    gc.collect()
    assert gone_runner() is None, "the thread pool's job still holds the runner"
    assert gone_page() is None, "the runner's callbacks still hold the screen"
