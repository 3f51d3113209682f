"""A killed process loses at most the last second of typing, and the database is intact."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.services import profile, review
from desktop.services.rounds import list_cases
from tests.conftest import PASSPHRASE
from tests.ui.kill_driver import TEXT

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_sigkill_loses_at_most_the_last_second(db, round_id, profile_dir: Path) -> None:
    case_id = list_cases(db, round_id)[0].id
    db.close()
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.kill_driver", str(profile_dir), PASSPHRASE, str(round_id)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "answered"
    typed_at: list[tuple[int, float]] = []
    started = time.monotonic()
    while time.monotonic() - started < 4.0:
        line = child.stdout.readline()
        if line.startswith("typed "):
            typed_at.append((int(line.split()[1]), time.monotonic()))
    child.send_signal(signal.SIGKILL)
    killed_at = time.monotonic()
    child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL
    assert len(typed_at) > 50, "the child typed too little to judge"

    reopened = profile.unlock(profile_dir, PASSPHRASE)
    with reopened.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    answer = review.open_case(reopened, case_id).answers["assessed"]
    reopened.close()
    assert answer.value == "no"
    typed_a_second_before = max(n for n, at in typed_at if at <= killed_at - 1.0)
    saved = answer.note
    assert TEXT.startswith(saved) or (TEXT * 2).startswith(saved)
    assert len(saved) >= typed_a_second_before, (len(saved), typed_a_second_before, typed_at[-1][0])
