"""Start-up time of the real app against a bare PySide6 window, measured in the same run.

Three figures, each the median of several fresh processes, from spawning the process
to its first screen being shown with the event loop idle (interpreter start included,
teardown not):
- bare: a QMainWindow shown, event loop entered, quit on the first idle turn;
- to unlock screen: `panel-review` on a profile holding a 200-case round, until its
  window is shown and idle (the first interactive screen);
- to workspace: the same, then unlocking (key derivation included) and opening the
  200-case round in the workspace, until idle.
Target (issue 2): at most 2x bare for the first interactive window.

    python bench/startup.py [runs]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from _round import PASSPHRASE, big_round_profile

ROOT = Path(__file__).resolve().parent.parent

BARE = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1200, 800); w.show()
QTimer.singleShot(0, lambda: (print(f"ready {time.time():.6f}", flush=True), app.quit()))
app.exec()
"""

TO_UNLOCK = """
import os, sys
os.environ["PANEL_REVIEW_QUIT_WHEN_READY"] = "1"
from desktop.ui.app import main
sys.exit(main(["--profile", sys.argv[1]]))
"""

TO_WORKSPACE = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from desktop.ui.app import make_application
from desktop.ui.shell.main_window import MainWindow
app = make_application(sys.argv[:1])
folder = Path(sys.argv[1])
window = MainWindow(folder)
window.show()
opened = []
window.opened.connect(lambda: opened.append(True))
window.entrance.unlock(sys.argv[2])  # as the unlock page does: off the GUI thread
while not opened:
    app.processEvents()
window.open_round(int(sys.argv[3]))
QTimer.singleShot(0, lambda: (print(f"ready {time.time():.6f}", flush=True), app.quit()))
app.exec()
window.close()
"""


def timed(code: str, *args: str) -> float:
    """Milliseconds from spawning the process to its first screen being shown and idle."""
    platform = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM=platform)
    start = time.time()
    result = subprocess.run([sys.executable, "-c", code, *args], check=True, env=env, cwd=ROOT,
                            capture_output=True, text=True)  # fmt: skip
    ready = next(float(line.split()[1]) for line in result.stdout.splitlines() if line.startswith("ready "))
    return (ready - start) * 1000


def compile_sources() -> None:
    """Byte-compile the package first, as an installed build is.

    Where PYTHONDONTWRITEBYTECODE is set (it is on these machines), every start would
    otherwise compile our modules from source, about 20 ms the bare window never pays
    and no installed copy does either.
    """
    import compileall

    compileall.compile_dir(str(ROOT / "desktop"), quiet=1)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    compile_sources()
    folder, round_id = big_round_profile()
    timed(BARE)  # warm the file cache for both sides alike
    timed(TO_UNLOCK, str(folder))
    bare, unlock, workspace = [], [], []
    for _ in range(runs):
        bare.append(timed(BARE))
        unlock.append(timed(TO_UNLOCK, str(folder)))
        workspace.append(timed(TO_WORKSPACE, str(folder), PASSPHRASE, str(round_id)))
    b, u, w = (statistics.median(x) for x in (bare, unlock, workspace))
    print(f"start-up, median of {runs} fresh processes:")
    print(f"  bare PySide6 window:            {b:7.0f} ms")
    print(
        f"  Panel Review to unlock screen:  {u:7.0f} ms  ratio {u / b:.2f}x | target <= 2x",
        "OK" if u / b <= 2 else "OVER",
    )
    print(f"  ... unlocked, 200-case round:   {w:7.0f} ms  ratio {w / b:.2f}x (includes key derivation)")


if __name__ == "__main__":
    main()
