"""A process killed at any moment during set-up leaves a complete profile or none.

Before, a kill between the tables and the profile row left a database with no profile:
every later start hung on "Unlocking…" and set-up was never offered again.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.paths import database_path
from desktop.services import profile
from desktop.services.profile import ProfileState
from desktop.storage.files import leftovers_of_creation
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
KILLS = 6


def start_child(folder: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.services.create_driver", str(folder), PASSPHRASE],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "creating"
    return child


def creation_seconds(folder: Path) -> float:
    """How long one creation takes here, so the kills spread over all of it."""
    child = start_child(folder)
    started = time.monotonic()
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "created"
    took = time.monotonic() - started
    child.wait(timeout=30)
    return took


def assert_complete_or_offered_again(folder: Path) -> str:
    """Either the profile opens whole, or set-up is offered (and then succeeds)."""
    state = profile.profile_state(folder)
    if state is ProfileState.PRESENT:
        db = profile.unlock(folder, PASSPHRASE)
        assert profile.profile_info(db).display_name == "Killed Member"
        db.close()
        return "complete"
    assert state is ProfileState.MISSING, state
    profile.create_profile(folder, "Killed Member", PASSPHRASE, "en").close()
    assert leftovers_of_creation(database_path(folder)) == []
    return "none"


@pytest.mark.slow
def test_sigkill_during_creation_leaves_a_whole_profile_or_none(tmp_path: Path) -> None:
    took = creation_seconds(tmp_path / "timing")
    chooser = random.Random(5)
    outcomes = []
    # The first kill comes as creation starts, so one surely lands before the rename
    # whatever the load on the machine; the others at random moments during it.
    delays = [0.0] + [chooser.uniform(0.0, took * 1.2) for _ in range(KILLS - 1)]
    for attempt, delay in enumerate(delays):
        folder = tmp_path / f"kill-{attempt}"
        child = start_child(folder)
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        outcomes.append(assert_complete_or_offered_again(folder))
    assert "none" in outcomes, outcomes  # at least one kill landed before the rename


def test_set_up_removes_only_its_own_leftovers(profile_dir: Path) -> None:
    profile_dir.mkdir()
    ours = [
        profile_dir / "panel-review.db.creating-1a2b3c4d",
        profile_dir / "panel-review.db.creating-1a2b3c4d-journal",
    ]
    others = [profile_dir / "panel-review.lock", profile_dir / "notes.txt"]
    for path in ours + others:
        path.write_bytes(b"left behind")
    profile.create_profile(profile_dir, "Ann Jones", PASSPHRASE, "en").close()
    assert not any(p.exists() for p in ours)
    assert all(p.read_bytes() == b"left behind" for p in others)
    assert sorted(p.name for p in profile_dir.iterdir()) == [
        "notes.txt",
        "panel-review.db",
        "panel-review.lock",
    ]
