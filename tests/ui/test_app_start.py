"""The real entry point, in a child process: the demo opens and cleans up after itself."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.parametrize("role", [[], ["coordinator"]], ids=["member", "coordinator"])
def test_demo_starts_and_removes_its_profile_on_exit(tmp_path: Path, role: list[str]) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen",
               PANEL_REVIEW_QUIT_WHEN_READY="1", TMPDIR=str(tmp_path))  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-m", "desktop.ui.app", "--demo", *role],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    assert not list(tmp_path.glob("panel-review-demo-*")), "the demo profile was left behind"
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_app_opens_an_existing_profile_on_the_unlock_screen(db, profile_dir: Path) -> None:
    db.close()
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen",
               PANEL_REVIEW_QUIT_WHEN_READY="1")  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-m", "desktop.ui.app", "--profile", str(profile_dir), "--language", "cy"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
