"""The built bundle against the same code run from source: start-up and size on disk.

Start-up is timed as bench/startup.py times it: from spawning the process to its first
screen (the unlock screen of a profile holding a 200-case round) being shown with the
event loop idle, offscreen, median of several fresh processes. Three sides, in the same
run: a bare PySide6 window (the floor), `panel-review` from source (byte-compiled, as an
installed copy would be), and the PyInstaller bundle in dist/panel-review.
Size: the bundle folder (target under 150 MB unpacked) and, if built, the .deb and tarball.

    installer/build.sh && python bench/bundle.py [runs]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from _round import big_round_profile
from startup import BARE, TO_UNLOCK, compile_sources

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "panel-review"
EXECUTABLE = BUNDLE / ("panel-review.exe" if sys.platform == "win32" else "panel-review")
MIB = 1024 * 1024


def timed(command: list[str]) -> float:
    """Milliseconds from spawning `command` to its "ready" line (first screen shown and idle)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), PANEL_REVIEW_QUIT_WHEN_READY="1")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.time()
    result = subprocess.run(command, check=True, env=env, cwd=ROOT, capture_output=True, text=True)
    ready = next(float(line.split()[1]) for line in result.stdout.splitlines() if line.startswith("ready "))
    return (ready - start) * 1000


def size_on_disk(folder: Path) -> int:
    """Bytes of every file under `folder`, links counted as links (as `du -sb` does)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir() or p.is_symlink())


def largest_parts(folder: Path, count: int = 6) -> list[tuple[str, int]]:
    inside = folder / "_internal" if (folder / "_internal").is_dir() else folder
    sizes = [(p.name, size_on_disk(p) if p.is_dir() else p.lstat().st_size) for p in inside.iterdir()]
    qt = inside / "PySide6" / "Qt" / "lib"
    if qt.is_dir():
        sizes += [(f"PySide6/Qt/lib/{p.name}", p.stat().st_size) for p in qt.iterdir()]
    return sorted(sizes, key=lambda s: -s[1])[:count]


def main() -> None:
    if not EXECUTABLE.exists():
        sys.exit(f"no bundle at {EXECUTABLE.relative_to(ROOT)}: run installer/build.sh first")
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    compile_sources()
    folder, _round_id = big_round_profile()
    sides = {
        "bare PySide6 window": [sys.executable, "-c", BARE],
        "from source": [sys.executable, "-c", TO_UNLOCK, str(folder)],
        "bundle": [str(EXECUTABLE), "--profile", str(folder)],
    }
    for command in sides.values():
        timed(command)  # warm the file cache for every side alike
    figures: dict[str, list[float]] = {name: [] for name in sides}
    for _ in range(runs):
        for name, command in sides.items():
            figures[name].append(timed(command))
    bare, source, bundle = (statistics.median(figures[name]) for name in sides)
    print(f"start-up to the unlock screen, median of {runs} fresh processes:")
    print(f"  bare PySide6 window:   {bare:7.0f} ms")
    print(f"  from source:           {source:7.0f} ms  {source / bare:.2f}x bare")
    ratios = f"{bundle / bare:.2f}x bare, {bundle / source:.2f}x source"
    print(f"  bundle:                {bundle:7.0f} ms  {ratios}")

    total = size_on_disk(BUNDLE)
    verdict = "met" if total < 150 * MIB else "OVER"
    print(f"bundle on disk: {total / MIB:.1f} MiB (target under 150 MiB: {verdict})")
    for name, size in largest_parts(BUNDLE):
        print(f"  {size / MIB:6.1f} MiB  {name}")
    for pattern in ("panel-review_*.deb", "panel-review-*.tar.gz"):
        for package in sorted((ROOT / "dist").glob(pattern)):
            print(f"{package.name}: {package.stat().st_size / MIB:.1f} MiB")


if __name__ == "__main__":
    main()
