"""Full garbage collections wait for a quiet moment (`ui.collector`): the young
generations are collected as usual, and what has grown old is freed once nobody is
using the window -- never in the middle of the coordinator's work."""

from __future__ import annotations

import gc
import weakref

import pytest

from desktop.ui.collector import QUIET_MS, Collector


class Node:
    def __init__(self) -> None:
        self.partner: Node | None = None


def old_garbage() -> weakref.ref[Node]:
    """A cycle that has survived into the oldest generation, then was let go: only a
    full collection frees it."""
    a, b = Node(), Node()
    a.partner, b.partner = b, a
    gc.collect(1)  # still held: moved to the oldest generation
    gone = weakref.ref(a)
    del a, b
    return gone


def churn() -> None:
    """What a worker merging a round does: many new objects that live on. Python, left to
    itself, follows that with a full collection (more than a quarter of the old objects
    are new); the collector holds it back."""
    kept = [[i] for i in range(max(300_000, len(gc.get_objects(generation=2))))]
    assert kept


@pytest.fixture
def collector(qtbot):
    quiet = {"ms": 0}
    made = Collector(lambda: quiet["ms"])
    thresholds = gc.get_threshold()
    made.start()
    yield made, quiet
    made.stop()
    assert gc.get_threshold() == thresholds, "Python's own thresholds are put back"


def test_what_has_grown_old_waits_while_the_window_is_in_use(qtbot, collector) -> None:
    made, quiet = collector
    gone = old_garbage()
    quiet["ms"] = 200  # input a moment ago
    churn()
    made.check()
    assert gone() is not None, "a full collection ran while the window was in use"


def test_what_has_grown_old_is_freed_once_the_app_is_quiet(qtbot, collector) -> None:
    made, quiet = collector
    gone = old_garbage()
    churn()
    quiet["ms"] = QUIET_MS
    qtbot.waitUntil(lambda: gone() is None, timeout=5_000)  # the collector's own timer
    assert made.running
