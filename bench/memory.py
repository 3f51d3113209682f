"""Resident memory with a 200-case round open in the workspace, against a bare window.

Target (issue 2): under 250 MB resident with the round open (and its first case's
documents rendered). Reads VmRSS from /proc (Linux).

    python bench/memory.py
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from _round import PASSPHRASE, big_round_profile

ROOT = Path(__file__).resolve().parent.parent

MEASURE = """
import sys, re
from pathlib import Path
from PySide6.QtWidgets import QApplication, QMainWindow
def rss_mb():
    text = Path('/proc/self/status').read_text()
    return int(re.search(r'VmRSS:\\s+(\\d+)', text).group(1)) / 1024
app = QApplication([])
if sys.argv[1] == 'bare':
    w = QMainWindow(); w.show()
else:
    from desktop.services import profile
    from desktop.services.session import ProfileSession
    from desktop.ui.shell.main_window import MainWindow
    folder = Path(sys.argv[2])
    w = MainWindow(folder)
    w.show()
    w._unlocked(ProfileSession(profile.unlock(folder, sys.argv[3])))
    w.open_round(int(sys.argv[4]))
    ws = w.workspace
    for row in range(0, ws.case_model.rowCount(), 10):
        ws.select_row(row)
        app.processEvents()
for _ in range(20):
    app.processEvents()
print(f"{rss_mb():.1f}")
"""


def measure(*args: str) -> float:
    env = dict(
        os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen")
    )
    out = subprocess.run([sys.executable, "-c", MEASURE, *args], check=True, env=env, cwd=ROOT,
                         capture_output=True, text=True)  # fmt: skip
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    folder, round_id = big_round_profile()
    bare = measure("bare")
    app = measure("app", str(folder), PASSPHRASE, str(round_id))
    print("resident memory:")
    print(f"  bare PySide6 window:                 {bare:6.1f} MB")
    print(
        f"  200-case round open, 20 cases shown: {app:6.1f} MB  ratio {app / bare:.2f}x",
        "| target < 250 MB",
        "OK" if app < 250 else "OVER",
    )


if __name__ == "__main__":
    main()
