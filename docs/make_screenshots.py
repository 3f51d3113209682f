"""Regenerate the screenshots in docs/screenshots/ from the demo round.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py

Real widgets, grabbed after rendering: the workspace (English and Welsh), the round
list, the first-run screen with its strength meter, a save the database refused
(SQLite's `query_only` makes the demo database refuse writes for that picture), and
the unlock screen meeting a really damaged file.
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
from desktop.services.session import ProfileSession
from desktop.storage.database import Database
from desktop.ui import i18n
from desktop.ui.app import make_application
from desktop.ui.shell.main_window import MainWindow

OUT = Path(__file__).resolve().parent / "screenshots"


def settle(app: QApplication, rounds: int = 30) -> None:
    for _ in range(rounds):
        app.processEvents()


def refused_save(app: QApplication, window: MainWindow, db: Database) -> None:
    """The banner and the "Not saved" mark, from a write the database really refused."""
    workspace = window.workspace
    assert workspace is not None
    for conn in [db.engine.connect() for _ in range(2)]:  # every connection the pool keeps
        conn.exec_driver_sql("PRAGMA query_only = ON")
        conn.close()
    question = workspace.checklist.questions["risk_identified"]
    question.choose(1)
    question.note_edit.setPlainText("No record of contact in the log.")
    question.flush()
    workspace.checklist.focus_question("risk_identified")
    settle(app, 60)
    window.grab().save(str(OUT / "save-failed.png"))
    for conn in [db.engine.connect() for _ in range(2)]:
        conn.exec_driver_sql("PRAGMA query_only = OFF")
        conn.close()
    workspace.pending.retry()


def damaged_unlock(app: QApplication, folder: Path) -> None:
    """Back the demo profile up, damage its file mid-way, and try to unlock it."""
    from desktop.paths import database_path
    from desktop.services import profile
    from desktop.services.demo import DEMO_PASSPHRASE
    from desktop.ui.worker import active_jobs

    profile.open_profile(folder, DEMO_PASSPHRASE).db.close()  # makes the day's backup
    path = database_path(folder)
    data = bytearray(path.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 4096] = bytes(4096)
    path.write_bytes(bytes(data))
    window = MainWindow(folder)
    window.resize(1000, 700)
    window.show()
    settle(app)
    window.unlock_page.passphrase_edit.setText(DEMO_PASSPHRASE)
    window.unlock_page.submit()
    while active_jobs():
        settle(app, 5)
        app.thread().msleep(20)
    settle(app, 30)
    window.grab().save(str(OUT / "unlock-damaged.png"))
    window.close()


def wait_for_operations(app: QApplication) -> None:
    from desktop.ui.operations import active_jobs

    while active_jobs():
        settle(app, 5)
        app.thread().msleep(20)
    settle(app, 30)


def coordinator_screens(app: QApplication, root: Path) -> None:
    """The coordinator's roster, assignment grid and inbox, from real profiles and files."""
    from desktop.services import (
        assignment_packs,
        coordinator_rounds,
        identity,
        profile,
        review,
        review_packages,
        roster,
        rounds,
    )
    from desktop.services.demo import DEMO_PASSPHRASE

    def make(name: str, role: str):
        return profile.create_profile(root / name.split()[0].lower(), name, DEMO_PASSPHRASE, "en", role=role)

    office = make("Olwen Price (OPCC)", "coordinator")
    members = {}
    for name in ("Aled Jones", "Bethan Evans", "Ceri Hughes", "Dafydd Owen"):
        members[name] = make(name, "member")
        card = root / f"{name.split()[0].lower()}.prcard"
        identity.export_card(members[name], card)
        roster.enrol(office, card, confirmed=name != "Dafydd Owen")
    examples = Path(__file__).resolve().parent / "examples"
    csv_path = root / "cases.csv"
    text = (examples / "cases.csv").read_text(encoding="utf-8").replace("Jane Example", "Ceri Hughes")
    text = text.replace("04127 55290 81734 00961 37402 66518", "").rstrip() + "\n"
    for i in range(4, 9):  # a few more cases like the first, so the grid looks like a real round
        text += f"EX-{i:02d},hate_crime,disability,Abuse at a bus stop (case {i}).,EX-01 incident log.pdf,\n"
    csv_path.write_text(text, encoding="utf-8")
    created = coordinator_rounds.create_round(
        office, csv_path, examples / "documents", title="Hate crime scrutiny, Q3",
        template_id="hate-crime", panel="Hate crime scrutiny panel", due_date="2026-12-18",
    )  # fmt: skip
    coordinator_rounds.auto_assign(office, created.round_id, 2)
    packs = assignment_packs.export_packs(office, created.round_id, root / "packs")
    returned = []
    for pack in packs.packs:
        db = members[pack.member]
        preview = assignment_packs.preview_pack(db, pack.path)
        assignment_packs.import_pack(db, pack.path, confirmed_fingerprint=preview.fingerprint)
        (round_row,) = rounds.list_rounds(db)
        first = rounds.list_cases(db, round_row.id)[0]
        review.save_answer(db, first.id, "hostility_recorded", "yes")
        returned.append(review_packages.export_review(db, round_row.id, root / "back").path)
    forged = root / "back" / "aled-jones-review-altered.prreview"
    forged.write_bytes(returned[0].read_bytes()[:-40] + bytes(40))
    window = MainWindow(root / "olwen", session=ProfileSession(office))
    window.resize(1280, 800)
    window.show()
    settle(app)
    home = window.coordinator_home
    home.roster_page.table.selectRow(3)
    settle(app, 30)
    window.grab().save(str(OUT / "coordinator-roster.png"))
    home.tabs.setCurrentWidget(home.assignment_page)
    home.assignment_page.view.resizeColumnsToContents()
    settle(app, 30)
    window.grab().save(str(OUT / "coordinator-assignment.png"))
    home.tabs.setCurrentWidget(home.inbox_page)
    home.inbox_page.import_files([*returned, forged])
    wait_for_operations(app)
    window.grab().save(str(OUT / "coordinator-inbox.png"))
    window.close()
    for db in members.values():
        db.close()


def main() -> None:
    app = make_application([])
    OUT.mkdir(exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="panel-review-shots-"))
    db = create_demo_profile(folder)
    window = MainWindow(folder, session=ProfileSession(db))
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
    refused_save(app, window, db)
    window.close()
    first = MainWindow(folder / "new")
    first.resize(1000, 700)
    first.show()
    settle(app)
    first.setup_page.name_edit.setText("Gwen Jones")
    first.setup_page.passphrase_edit.setText("gwen jones 1970")
    settle(app, 60)
    app.thread().msleep(300)  # the meter waits for a pause in typing
    settle(app, 60)
    first.grab().save(str(OUT / "first-run.png"))
    first.close()
    db.close()
    damaged_unlock(app, folder)
    coordinator_screens(app, folder / "office")
    shutil.rmtree(folder, ignore_errors=True)
    print(f"wrote {', '.join(sorted(p.name for p in OUT.glob('*.png')))}")


if __name__ == "__main__":
    main()
