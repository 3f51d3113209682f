"""The layering of ARCHITECTURE.md is enforced, not hoped for."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_import_linter_contracts_hold() -> None:
    lint = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 3 kept, 0 broken" in result.stdout


# Imports every module outside desktop.ui with PySide6 blocked, then runs the command
# line's everyday entry points (help, inspecting a file) the same way.
_IMPORT_ALL = """
import importlib, pkgutil, runpy, sys
import desktop
names = [m.name for m in pkgutil.walk_packages(desktop.__path__, "desktop.")
         if not m.name.startswith("desktop.ui")]
for name in names:
    importlib.import_module(name)
print(len(names), "modules")
"""


def test_everything_below_the_ui_runs_where_pyside6_cannot_be_imported(tmp_path: Path) -> None:
    """With PySide6 made unimportable: every module outside desktop.ui imports, and
    `panel-review --help` and `panel-review inspect FILE` work. The import-linter
    contract forbids Qt below the UI statically (imports inside functions included); this
    proves it at run time without running the lower layers' tests a second time."""
    blocker = tmp_path / "sitecustomize.py"
    blocker.write_text(
        "import sys\n"
        "class _NoQt:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
        "            raise ImportError('PySide6 is blocked for this test run')\n"
        "sys.meta_path.insert(0, _NoQt())\n"
    )
    env = dict(os.environ, PYTHONPATH=f"{tmp_path}{os.pathsep}{ROOT}", XDG_CONFIG_HOME=str(tmp_path),
               XDG_DATA_HOME=str(tmp_path))  # fmt: skip
    probe = subprocess.run([sys.executable, "-c", "import PySide6"], env=env, capture_output=True, text=True)
    assert probe.returncode != 0, "the PySide6 blocker did not take effect"
    imported = subprocess.run(
        [sys.executable, "-c", _IMPORT_ALL], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert imported.returncode == 0, imported.stderr[-3000:]
    assert int(imported.stdout.split()[0]) > 100, imported.stdout
    card = ROOT / "tests" / "hostile" / "files" / "card-member1.prcard"
    for args in (["--help"], ["inspect", str(card)]):
        ran = subprocess.run([sys.executable, "-m", "desktop.launcher", *args], cwd=ROOT, env=env,
                             capture_output=True, text=True, timeout=120)  # fmt: skip
        assert ran.returncode == 0 and ran.stdout.strip(), (args, ran.stderr[-2000:])


# The whole package, the interface included.
STRICTLY_TYPED = ["desktop"]


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_the_whole_package_is_type_checked_strictly(platform: str) -> None:
    """On Linux, and as Windows and macOS would run it: most members use Windows laptops,
    and a call that exists only on POSIX (os.getuid, fcntl, signal.SIGKILL) fails there
    before anyone could run it. Each platform keeps its own cache, so reruns are quick."""
    mypy = Path(sys.executable).parent / "mypy"
    options = ["--strict", "--platform", platform, "--cache-dir", f".mypy_cache/{platform}"]
    result = subprocess.run([str(mypy), *options, *STRICTLY_TYPED], cwd=ROOT, capture_output=True, text=True)
    checked = " ".join(STRICTLY_TYPED)
    assert result.returncode == 0, (
        f"mypy --strict --platform {platform} {checked} found errors:\n"
        f"{result.stdout[-3000:]}{result.stderr[-1000:]}"
    )


def test_code_passes_ruff() -> None:
    ruff = Path(sys.executable).parent / "ruff"
    result = subprocess.run([str(ruff), "check", "desktop", "tests", "bench", "installer", "docs"],
                            cwd=ROOT, capture_output=True, text=True)  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:]


def _session_calls(path: Path) -> list[int]:
    """Lines of `path` that call `.run(` on something named session (`session.run`,
    `self.session.run`)."""
    tree = ast.parse(path.read_text("utf-8"))
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "run":
            target = node.func.value
            name = target.id if isinstance(target, ast.Name) else getattr(target, "attr", "")
            if name == "session":
                lines.append(node.lineno)
    return lines


def test_screens_reach_the_profile_only_through_ops() -> None:
    """Widgets ask `desktop.ui.ops` for every read and change; only the ops call the session."""
    ui = ROOT / "desktop" / "ui"
    found = {
        str(path.relative_to(ROOT)): lines
        for path in sorted(ui.rglob("*.py"))
        if "ops" not in path.relative_to(ui).parts and (lines := _session_calls(path))
    }
    assert found == {}, f"screens calling the session themselves (file: lines): {found}"


def test_the_first_screen_does_not_load_the_database_layer() -> None:
    """The window shows before SQLAlchemy and SQLCipher load (they load in the background).
    Installing the GUI-thread watch at start once pulled them in with it."""
    code = (
        "import sys, desktop.ui.app; "
        "heavy = [m for m in ('sqlalchemy', 'sqlcipher3', 'desktop.storage.database') if m in sys.modules]; "
        "assert not heavy, heavy"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    ran = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    assert ran.returncode == 0, ran.stderr[-2000:]
