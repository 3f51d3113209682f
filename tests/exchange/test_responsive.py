"""Reading or writing a large pack in a worker thread leaves the main thread free.

The GUI runs imports and exports through its operation runner, in a worker thread; it
stays responsive only if neither pyrage nor our code holds the GIL for long. Here the
main thread stands in for Qt's event loop: it sleeps 5 ms at a time and records how
late it wakes. No Qt is needed to see a frozen GUI coming.
"""

from __future__ import annotations

import os
import random
import threading
import time
from collections.abc import Callable
from pathlib import Path

from desktop.exchange.container import read_container
from desktop.exchange.keys import KeyPair
from desktop.exchange.manifest import PACK
from tests.exchange.conftest import WritePack

WORST_GAP = 0.050  # seconds; a frame is 16 ms, so this allows for a loaded test machine
DOCUMENTS = {f"documents/c-{n // 5}/{n}-scan.pdf": os.urandom(2_000_000) for n in range(25)}  # 50 MB


def worst_gap_while(work: Callable[[], object]) -> tuple[float, int]:
    """The longest the main thread waited beyond its 5 ms sleep, and how many times it woke.

    The worker waits for the main thread's first sleep before it starts, so a worker
    that grabs the GIL at once cannot hide its pause inside `Thread.start()`.
    """
    failure: list[BaseException] = []
    go = threading.Event()

    def run() -> None:
        go.wait()
        try:
            work()
        except BaseException as error:
            failure.append(error)

    worker = threading.Thread(target=run)
    worker.start()
    worst, wakes = 0.0, 0
    while worker.is_alive():
        before = time.perf_counter()
        go.set()
        time.sleep(0.005)
        worst = max(worst, time.perf_counter() - before - 0.005)
        wakes += 1
    worker.join()
    assert not failure, failure
    return worst, wakes


def test_reading_a_50_mb_pack_never_blocks_the_main_thread(
    tmp_path: Path, write_pack: WritePack, member: KeyPair
) -> None:
    write_pack(tmp_path / "big.prpack", DOCUMENTS)
    sizes: list[int] = []

    def read() -> None:
        with read_container(tmp_path / "big.prpack", kind=PACK, identity=member) as reader:
            sizes.extend(len(data) for _, data in reader.entries())

    worst, wakes = worst_gap_while(read)
    assert sum(sizes) == 50_000_000
    assert wakes > 5
    assert worst < WORST_GAP, f"the main thread waited {worst * 1000:.0f} ms"


def test_writing_a_50_mb_pack_never_blocks_the_main_thread(tmp_path: Path, write_pack: WritePack) -> None:
    worst, wakes = worst_gap_while(lambda: write_pack(tmp_path / "big.prpack", DOCUMENTS))
    assert (tmp_path / "big.prpack").stat().st_size > 50_000_000
    assert wakes > 5
    assert worst < WORST_GAP, f"the main thread waited {worst * 1000:.0f} ms"


def test_the_probe_does_see_a_thread_that_holds_the_gil() -> None:
    """Without this, a broken probe would pass the two tests above whatever pyrage did."""
    numbers = list(range(1_000_000))
    random.Random(5).shuffle(numbers)
    worst, _ = worst_gap_while(lambda: sorted(numbers))  # one C call that holds the GIL throughout
    assert worst > WORST_GAP
