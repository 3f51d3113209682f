"""One running copy per profile: the OS lock beside the profile's database."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.paths import lock_path
from desktop.storage.profile_lock import ProfileInUse, ProfileLock, lock_profile

ROOT = Path(__file__).resolve().parents[2]

HOLDER = """
import sys
from pathlib import Path
from desktop.storage.profile_lock import lock_profile
lock = lock_profile(Path(sys.argv[1]))
print("held", flush=True)
sys.stdin.read()
"""


def test_a_second_lock_on_the_same_profile_fails_while_the_first_is_held(profile_dir: Path) -> None:
    first = lock_profile(profile_dir)
    with pytest.raises(ProfileInUse):
        lock_profile(profile_dir)
    assert first.held
    assert lock_path(profile_dir).parent == profile_dir
    first.release()


def test_the_profile_can_be_taken_again_once_released(profile_dir: Path) -> None:
    with ProfileLock(profile_dir):
        pass
    second = lock_profile(profile_dir)
    assert second.held
    second.release()
    second.release()  # harmless twice
    assert not second.held


def test_a_lock_on_another_profile_is_independent(tmp_path: Path) -> None:
    with ProfileLock(tmp_path / "one"), ProfileLock(tmp_path / "two") as two:
        assert two.held


@pytest.mark.slow
def test_the_os_frees_the_profile_when_the_holder_is_killed(profile_dir: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(profile_dir)],
        cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    ) as holder:  # fmt: skip
        try:
            assert holder.stdout is not None
            assert holder.stdout.readline().strip() == "held"
            with pytest.raises(ProfileInUse):
                lock_profile(profile_dir)
            holder.send_signal(signal.SIGKILL)
            assert holder.wait(timeout=30) == -signal.SIGKILL
        finally:
            if holder.poll() is None:
                holder.kill()
    assert lock_path(profile_dir).exists(), "the lock file stays; only the OS lock mattered"
    again = lock_profile(profile_dir)
    assert again.held
    again.release()


def test_a_profile_folder_that_cannot_be_made_is_said_not_raised_as_an_os_error(tmp_path: Path) -> None:
    """A path through a regular file fails for root too (permission bits would not)."""
    from desktop.storage.profile_lock import ProfileFolderUnusable

    (tmp_path / "a-file").write_text("in the way")
    for folder in (tmp_path / "a-file", tmp_path / "a-file" / "profile"):
        with pytest.raises(ProfileFolderUnusable) as caught:
            lock_profile(folder)
        assert caught.value.profile_dir == str(folder) and caught.value.errno is not None
    assert (tmp_path / "a-file").read_text() == "in the way"
