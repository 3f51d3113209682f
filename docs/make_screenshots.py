"""Regenerate the screenshots in docs/screenshots/ from the demo round.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py

Real widgets, grabbed after rendering: the workspace (English and Welsh), the round
list and the first-run screen.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from desktop.services.demo import create_demo_profile
from desktop.ui import i18n
from desktop.ui.app import make_application
from desktop.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parent / "screenshots"


def settle(app: QApplication, rounds: int = 30) -> None:
    for _ in range(rounds):
        app.processEvents()


def main() -> None:
    app = make_application([])
    OUT.mkdir(exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="panel-review-shots-"))
    db = create_demo_profile(folder)
    window = MainWindow(folder, db=db)
    window.resize(1500, 940)
    window.show()
    settle(app)
    window.grab().save(str(OUT / "rounds.png"))
    round_id = window.rounds_page.model.row_at(0).id
    window.open_round(round_id)
    workspace = window.workspace
    checklist = workspace.checklist
    for qid, index in (("strands_recorded", 0), ("hostility_recorded", 0), ("classification_correct", 0),
                       ("flag_correct", 2)):  # fmt: skip
        checklist.questions[qid].choose(index)
    note = "Online flag missing although abuse was on social media."
    checklist.questions["flag_correct"].note_edit.setPlainText(note)
    checklist.questions["flag_correct"].flush()
    checklist.questions["hostility_recorded"].guidance_button.setChecked(True)
    settle(app, 60)
    window.grab().save(str(OUT / "workspace.png"))
    i18n.set_language("cy")
    settle(app, 60)
    window.grab().save(str(OUT / "workspace-cy.png"))
    i18n.set_language("en")
    window.close()
    first = MainWindow(folder / "new")
    first.resize(1000, 700)
    first.show()
    settle(app)
    first.grab().save(str(OUT / "first-run.png"))
    first.close()
    db.close()
    shutil.rmtree(folder, ignore_errors=True)
    print(f"wrote {', '.join(sorted(p.name for p in OUT.glob('*.png')))}")


if __name__ == "__main__":
    main()
