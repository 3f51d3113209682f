"""The .deb's maintainer scripts, run for real: the preinst finds a running copy by
where its program was installed, and warns without stopping the upgrade."""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "installer" / "linux"
PREINST = LINUX / "preinst"
WARNING = "Panel Review is open now"


def preinst(install_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PANEL_REVIEW_DIR": str(install_dir)}
    return subprocess.run(["sh", str(PREINST), *args], env=env, capture_output=True, text=True, timeout=60)


@contextmanager
def running(program: Path) -> Iterator[subprocess.Popen[bytes]]:
    """`sleep`, copied to `program` and started there: to /proc it is a program run from
    that folder, as the installed app is."""
    program.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(shutil.which("sleep") or "/bin/sleep", program)
    process = subprocess.Popen([str(program), "120"])
    try:
        yield process
    finally:
        process.kill()
        process.wait()


def test_the_real_install_folder_is_the_one_watched_and_the_deb_carries_the_script() -> None:
    assert "DIR=${PANEL_REVIEW_DIR:-/opt/panel-review}" in PREINST.read_text(encoding="utf-8")
    build = (LINUX / "build-deb.sh").read_text(encoding="utf-8")
    assert 'cp -a "$BUNDLE" "$ROOT/opt/panel-review"' in build
    assert '"$HERE/preinst"' in build
    assert os.access(PREINST, os.X_OK)


@pytest.mark.parametrize("action", [("upgrade", "0.1.0"), ("install",)])
def test_an_upgrade_while_a_copy_runs_warns_and_goes_ahead(tmp_path: Path, action: tuple[str, ...]) -> None:
    install_dir = tmp_path / "opt dir" / "panel-review"  # a space, as any path may have
    with running(install_dir / "panel-review"):
        result = preinst(install_dir, *action)
    assert result.returncode == 0, result.stderr  # a warning, never a refusal
    assert WARNING in result.stderr
    me = pwd.getpwuid(os.getuid()).pw_name
    assert f"(for: {me})" in result.stderr
    assert "open it again" in result.stderr


def test_no_warning_when_no_copy_runs_from_the_install_folder(tmp_path: Path) -> None:
    """The same program running from somewhere else (a tarball, a build folder) is not
    the installed copy, and a folder with no running program gives no warning."""
    install_dir = tmp_path / "panel-review"
    install_dir.mkdir()
    with running(tmp_path / "elsewhere" / "panel-review"):
        result = preinst(install_dir, "upgrade", "0.1.0")
    assert result.returncode == 0
    assert result.stdout == "" and result.stderr == ""


def test_an_abandoned_upgrade_says_nothing(tmp_path: Path) -> None:
    """dpkg runs preinst abort-upgrade after a failed upgrade: the old version is back, so
    there is nothing to restart."""
    install_dir = tmp_path / "panel-review"
    with running(install_dir / "panel-review"):
        result = preinst(install_dir, "abort-upgrade", "0.1.0")
    assert result.returncode == 0 and result.stderr == ""


def test_the_maintainer_scripts_are_posix_sh() -> None:
    """They run before any dependency is installed, with /bin/sh (dash on Debian)."""
    for script in ("preinst", "postinst", "postrm"):
        text = (LINUX / script).read_text(encoding="utf-8")
        assert text.startswith("#!/bin/sh\n"), script
        checked = subprocess.run(["sh", "-n", str(LINUX / script)], capture_output=True, text=True)
        assert checked.returncode == 0, (script, checked.stderr)
