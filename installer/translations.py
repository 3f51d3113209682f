"""Refresh the Welsh translation source from the code and compile it.

    python installer/translations.py          # lupdate + lrelease
    python installer/translations.py --check  # fail if the .ts is out of date or unfinished

`resources/translations/panel_review_cy.ts` is the source translators edit (Qt Linguist
opens it); the compiled `.qm` beside it is what the app loads and is committed too, so
a checkout runs without a build step.

`qtbase_cy.ts` beside it is Welsh for Qt's own widgets (standard buttons, the file
dialog, the text-edit context menu), which Qt does not ship. It is written by hand
with Qt's own contexts and source strings; this script compiles it and `--check`
checks it is finished and compiled.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "panel_review_cy.ts"
QM = TS.with_suffix(".qm")
QT_TS = TS.with_name("qtbase_cy.ts")
QT_QM = QT_TS.with_suffix(".qm")


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def sources() -> list[str]:
    """Every module of the interface, in sub-packages too, in a fixed order."""
    return sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "desktop" / "ui").rglob("*.py"))


def update(ts: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources(), "-locations", "none", "-no-obsolete", "-ts", str(ts)],
        cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip


def compile_qm(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)


def check() -> list[str]:
    """Problems with the committed translation; empty when it is current and complete."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / TS.name
        shutil.copy(TS, fresh)
        update(fresh)
        if fresh.read_text(encoding="utf-8") != TS.read_text(encoding="utf-8"):
            problems.append(f"{TS.name} is out of date: run python installer/translations.py")
    for ts, qm in ((TS, QM), (QT_TS, QT_QM)):
        text = ts.read_text(encoding="utf-8")
        if 'type="unfinished"' in text or "<translation></translation>" in text:
            problems.append(f"{ts.name} has unfinished translations")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime - 1:
            problems.append(f"{qm.name} is missing or older than the .ts")
        elif _compiled(ts) != qm.read_bytes():
            problems.append(f"{qm.name} does not match {ts.name}: run python installer/translations.py")
    return problems


def _compiled(ts: Path) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        qm = Path(tmp) / ts.with_suffix(".qm").name
        compile_qm(ts, qm)
        return qm.read_bytes()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    if parser.parse_args().check:
        problems = check()
        print("\n".join(problems) or "translations are current and complete")
        return 1 if problems else 0
    TS.parent.mkdir(parents=True, exist_ok=True)
    update(TS)
    compile_qm(TS, QM)
    compile_qm(QT_TS, QT_QM)
    print(f"updated {TS.relative_to(ROOT)}, {QM.relative_to(ROOT)} and {QT_QM.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
