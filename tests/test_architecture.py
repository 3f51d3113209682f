"""The layering of ARCHITECTURE.md is enforced, not hoped for."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_linter_contracts_hold() -> None:
    lint = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 2 kept, 0 broken" in result.stdout


def test_non_ui_tests_pass_where_pyside6_cannot_be_imported(tmp_path: Path) -> None:
    """Run the core, storage and services tests with PySide6 made unimportable."""
    blocker = tmp_path / "sitecustomize.py"
    blocker.write_text(
        "import sys\n"
        "class _NoQt:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
        "            raise ImportError('PySide6 is blocked for this test run')\n"
        "sys.meta_path.insert(0, _NoQt())\n"
    )
    env = dict(os.environ, PYTHONPATH=f"{tmp_path}{os.pathsep}{ROOT}")
    targets = [d for d in ("tests/core", "tests/storage", "tests/exchange", "tests/services", "tests/reports")
               if (ROOT / d).is_dir()]  # fmt: skip
    probe = subprocess.run([sys.executable, "-c", "import PySide6"], env=env, capture_output=True, text=True)
    assert probe.returncode != 0, "the PySide6 blocker did not take effect"
    result = subprocess.run(
        # Without pytest-qt its ini option is unknown, so --strict-config is left out here.
        [sys.executable, "-m", "pytest", "-q", "-p", "no:pytest-qt", "-p", "no:cacheprovider",
         "-o", "addopts=--strict-markers", "-W", "ignore::pytest.PytestConfigWarning", "-x", *targets],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert " passed" in result.stdout


# Every layer below desktop/ui, which alone is left out of the strict check.
STRICTLY_TYPED = [
    "desktop/core",
    "desktop/storage",
    "desktop/exchange",
    "desktop/services",
    "desktop/reports",
    "desktop/paths.py",
]


def test_every_layer_below_the_ui_is_type_checked_strictly() -> None:
    mypy = Path(sys.executable).parent / "mypy"
    result = subprocess.run(
        [str(mypy), "--strict", *STRICTLY_TYPED], cwd=ROOT, capture_output=True, text=True
    )
    checked = " ".join(STRICTLY_TYPED)
    assert result.returncode == 0, (
        f"mypy --strict {checked} found errors:\n{result.stdout[-3000:]}{result.stderr[-1000:]}"
    )


def test_code_passes_ruff() -> None:
    ruff = Path(sys.executable).parent / "ruff"
    result = subprocess.run([str(ruff), "check", "desktop", "tests", "bench", "installer", "docs"],
                            cwd=ROOT, capture_output=True, text=True)  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:]
