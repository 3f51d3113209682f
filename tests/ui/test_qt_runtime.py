"""PySide6 6.12 drops a reference to None on every void call; the guard must hold."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

LOOP = """
import sys
{guard}
from PySide6.QtWidgets import QApplication, QCheckBox
app = QApplication([])
box = QCheckBox()
for i in range(400_000):
    box.setChecked(i % 2 == 0)
    box.isChecked()
print("survived")
"""


def run(guard: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-c", LOOP.format(guard=guard)], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=300)  # fmt: skip


def test_many_qt_calls_do_not_abort_the_interpreter() -> None:
    result = run("import desktop.ui")
    assert result.returncode == 0 and "survived" in result.stdout, result.stderr[-500:]


def test_the_guard_is_what_saves_it_on_this_python() -> None:
    """Without the guard the same loop aborts (on Python 3.11 with PySide6 6.12)."""
    import PySide6

    result = run("")
    if sys.version_info < (3, 12) and PySide6.__version__.startswith("6.12"):
        assert result.returncode != 0 and "deallocating None" in result.stderr
    else:
        assert result.returncode == 0
