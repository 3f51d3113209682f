"""Regenerate the screenshots in docs/screenshots/ from the demo round.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py

Real widgets, grabbed after rendering, every page and the main dialogs in English
(`workspace.png`) and Welsh (`workspace-cy.png`), a few at the largest text size on a
1366x768 screen (`workspace-200.png`): the round list, the workspace, the first-run
screen with its strength meter, the unlock screen, a save the database refused
(SQLite's `query_only` makes the demo database refuse writes for that picture), the
unlock screen meeting a really damaged file and an emptied one, the coordinator's six pages, and the
dialogs (`dialog-fingerprint.png`, `dialog-fingerprint-cy.png`, ...).

    ... make_screenshots.py trends      the trend window and the report pages on trends only
    ... make_screenshots.py citations   a member's answer citing two pages, made with
                                        Ctrl+Shift+C, and the coordinator's question showing
                                        each member's cited pages, only
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from desktop.services.demo import create_demo_profile
from desktop.services.session import ProfileSession
from desktop.storage.database import Database
from desktop.ui import i18n
from desktop.ui.app import make_application
from desktop.ui.coordinator.report_page import ReportPage
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.text_size import apply_text_size
from docs.briefing_shots import briefing_screens

OUT = Path(__file__).resolve().parent / "screenshots"
SMALL_LAPTOP = (1366, 768)
FINGERPRINT = "04127 55290 81734 00961 37402 66518"


def _large_offscreen_screen() -> None:
    """Off screen, Qt's one screen is 800x800 and windows are kept inside it: use a larger one."""
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") != "offscreen":
        return
    screen = {"name": "shots", "x": 0, "y": 0, "width": 1920, "height": 1200, "logicalDpi": 96}
    config = Path(tempfile.mkdtemp(prefix="panel-review-screen-")) / "screen.json"
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def settle(app: QApplication, rounds: int = 30) -> None:
    """Let the screens finish: every read runs off the GUI thread and fills its page when
    it arrives, so wait for those before the pending events."""
    from desktop.ui.operations import active_jobs

    while active_jobs():
        app.processEvents()
        app.thread().msleep(10)
    for _ in range(rounds):
        app.processEvents()


def save(app: QApplication, widget: QWidget, name: str, rounds: int = 30) -> None:
    settle(app, rounds)
    widget.grab().save(str(OUT / f"{name}.png"))


def in_both_languages(app: QApplication, widget: QWidget, name: str) -> None:
    """`name.png` in English and `name-cy.png` in Welsh, from the same live window."""
    save(app, widget, name, 60)
    i18n.set_language("cy")
    save(app, widget, f"{name}-cy", 60)
    i18n.set_language("en")
    settle(app)


def at_largest_text(app: QApplication, window: QWidget, name: str) -> None:
    """`name-200.png`: the member's largest text size on a 1366x768 laptop."""
    size = window.size()
    apply_text_size(200)
    window.resize(*SMALL_LAPTOP)
    settle(app, 60)
    app.thread().msleep(300)  # layouts that wait for a pause (the checklist's width)
    save(app, window, f"{name}-200", 60)
    apply_text_size(100)
    window.resize(size)
    settle(app)


def note_language_at_largest_text(app: QApplication, window: MainWindow) -> None:
    """`note-language-200.png`: a note marked Welsh, its language choice in focus, at the
    largest text size on a 1366x768 laptop."""
    checklist = window.workspace.checklist
    question = checklist.questions["hostility_recorded"]
    question.note_edit.setPlainText("Roedd y dioddefwr yn glir mai gelyniaeth oedd y cymhelliad.")
    question.flush()
    combo = question.note_language_combo
    combo.setCurrentIndex(combo.findData("cy"))
    combo.activated.emit(combo.currentIndex())  # as the member's choice is
    size = window.size()
    apply_text_size(200)
    window.resize(*SMALL_LAPTOP)
    settle(app, 60)
    app.thread().msleep(300)  # layouts that wait for a pause (the checklist's width)
    settle(app, 30)
    combo.setFocus()
    checklist.ensureWidgetVisible(question.note_edit, 0, 0)
    checklist.ensureWidgetVisible(combo, 0, 40)
    save(app, window, "note-language-200", 60)
    apply_text_size(100)
    window.resize(size)
    settle(app)


def dialog_shot(app: QApplication, make: Callable[[], QWidget], name: str, suffix: str = "") -> None:
    """A dialog as it opens (made anew, in the language and text size now in force)."""
    dialog = make()
    dialog.show()
    settle(app, 30)
    dialog.grab().save(str(OUT / f"dialog-{name}{suffix}.png"))
    dialog.close()
    dialog.deleteLater()
    settle(app, 5)


def prompt_shot(app: QApplication, ask: Callable[[], object], name: str, suffix: str = "") -> None:
    """A DialogService prompt (it runs modal): grabbed while open, then cancelled."""

    def grab() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, grab)
            return
        settle(app, 30)
        dialog.grab().save(str(OUT / f"dialog-{name}{suffix}.png"))
        dialog.reject()

    QTimer.singleShot(0, grab)
    ask()


def dialogs_in_both_languages(app: QApplication, shots: dict[str, Callable[[], QWidget]]) -> None:
    for language, suffix in (("en", ""), ("cy", "-cy")):
        i18n.set_language(language)
        for name, make in shots.items():
            dialog_shot(app, make, name, suffix)
    i18n.set_language("en")


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
    window = MainWindow(folder)
    window.resize(1000, 700)
    window.show()
    in_both_languages(app, window, "unlock")
    window.close()
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
    in_both_languages(app, window, "unlock-damaged")
    window.close()
    path.write_bytes(b"")  # emptied (a full disk, a sync tool): the file is named, a backup offered
    window = MainWindow(folder)
    window.resize(1000, 700)
    window.show()
    settle(app, 30)
    in_both_languages(app, window, "unlock-empty")
    window.close()


def wait_for_operations(app: QApplication) -> None:
    settle(app, 30)


def coordinator_screens(app: QApplication, root: Path) -> None:
    """The coordinator's roster, assignment grid, inbox and findings, from real profiles and files."""
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
    text = (examples / "cases.csv").read_text(encoding="utf-8").rstrip() + "\n"
    # a conflict of interest on EX-02, so the grid shows one (the example leaves the column empty)
    text = text.replace("EX-02 officer note.txt,\n", "EX-02 officer note.txt,Ceri Hughes\n", 1)
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
    forged = returned[0].with_name(returned[0].stem.replace("-r1", "-r2") + ".prreview")  # altered
    forged.write_bytes(returned[0].read_bytes()[:-40] + bytes(40))
    window = MainWindow(root / "olwen", session=ProfileSession(office))
    window.resize(1280, 800)
    window.show()
    settle(app)
    home = window.coordinator_home
    home.roster_page.table.selectRow(3)
    in_both_languages(app, window, "coordinator-roster")
    home.tabs.setCurrentWidget(home.rounds_page)
    in_both_languages(app, window, "coordinator-rounds")
    home.tabs.setCurrentWidget(home.assignment_page)
    home.assignment_page.view.resizeColumnsToContents()
    in_both_languages(app, window, "coordinator-assignment")
    home.tabs.setCurrentWidget(home.packs_page)
    in_both_languages(app, window, "coordinator-packs")
    home.tabs.setCurrentWidget(home.inbox_page)
    home.inbox_page.import_files([*returned, forged])
    wait_for_operations(app)
    in_both_languages(app, window, "coordinator-inbox")
    window.close()
    coordinator_dialogs(app, ProfileSession(office))
    for db in members.values():
        db.close()


def report_screens(app: QApplication, root: Path) -> None:
    """Findings, observations, recommendations and the report page on the coordinator's
    demo (a round four members really reviewed), sample pages of its report, and a page
    of it in Welsh and English side by side."""
    from desktop.reports.content import ReportOptions
    from desktop.services import report, rounds
    from desktop.services.demo_coordinator import create_demo_coordinator
    from desktop.services.retention_reports import write_retention_report

    office = create_demo_coordinator(root / "demo-office")
    window = MainWindow(root / "demo-office", session=ProfileSession(office))
    window.resize(1280, 800)
    window.show()
    settle(app)
    home = window.coordinator_home
    findings_page = home.findings_page
    home.tabs.setCurrentWidget(findings_page)
    findings_page.view.setCurrentIndex(findings_page.proxy.index(2, 2))
    in_both_languages(app, window, "coordinator-findings")
    pages = {"observations": home.observations_page, "recommendations": home.recommendations_page,
             "report": home.report_page}  # fmt: skip
    for name, page in pages.items():
        home.tabs.setCurrentWidget(page)
        in_both_languages(app, window, f"coordinator-{name}")
    waiting_changes(app, window)
    write_report_choices(app, window, home.report_page)
    translation_screens(app, window)
    round_id = rounds.list_rounds(office)[0].id
    publication_review(app, office, round_id)
    pdf = root / "sample-report.pdf"
    published = ReportOptions("en", "publication")
    gathered = report.gather(office, round_id)
    pdf.write_bytes(report.render(gathered, published, "pdf")[""])
    side = root / "side-by-side.pdf"
    side_by_side = ReportOptions("both", "publication", layout="side_by_side")
    side.write_bytes(report.render(gathered, side_by_side, "pdf")[""])
    kept = root / "retention.pdf"  # the data-protection officer's list, Welsh first
    write_retention_report(office, round_id, kept, "pdf", ("cy", "en"), date.today())
    window.close()  # closes the profile, and forgets its key
    samples = OUT.parent / "samples"
    samples.mkdir(exist_ok=True)
    data = pdf.read_bytes()
    sampled = (
        (page_with(data, "Findings case by case"), "report-case-page"),
        (page_with(data, "Recurring findings"), "report-summary-page"),
        (page_with(data, "Detailed findings"), "report-criteria-page"),
    )
    sampled += ((page_with(side.read_bytes(), "Findings case by case"), "report-side-by-side-page"),)
    sampled += ((page_with(kept.read_bytes(), "Retention report"), "retention-report-page"),)
    for page, name in sampled:
        source = {"report-side-by-side-page": side, "retention-report-page": kept}.get(name, pdf)
        subprocess.run(["pdftoppm", "-r", "70", "-png", "-singlefile", "-f", str(page), "-l", str(page),
                        str(source), str(samples / name)], check=True)  # fmt: skip


def trend_screens(app: QApplication, root: Path) -> None:
    """The coordinator's demo with both quarters: the trend window from Findings, in both
    languages, and the report page that says what changed since the last review."""
    from desktop.reports.content import ReportOptions
    from desktop.services import report, rounds
    from desktop.services.demo_coordinator import TITLE, create_demo_coordinator

    office = create_demo_coordinator(root / "demo-quarters", earlier_quarter=True)
    window = MainWindow(root / "demo-quarters", session=ProfileSession(office))
    window.resize(1280, 800)
    window.show()
    settle(app)
    home = window.coordinator_home
    home.tabs.setCurrentWidget(home.findings_page)
    settle(app)
    home.findings_page.open_trends()
    dialog = home.findings_page.trends_dialog
    dialog.resize(1240, 760)
    in_both_languages(app, dialog, "coordinator-trends")
    dialog.close()
    round_id = next(r.id for r in rounds.list_rounds(office) if r.title == TITLE)
    pdf = root / "quarters.pdf"
    pdf.write_bytes(
        report.render(report.gather(office, round_id), ReportOptions("en", "publication"), "pdf")[""]
    )
    window.close()
    samples = OUT.parent / "samples"
    samples.mkdir(exist_ok=True)
    for words, name in (
        ("Since the last review", "report-since-last-review-page"),
        ("Chart:", "report-trend-chart-page"),
    ):
        page = page_with(pdf.read_bytes(), words)
        subprocess.run(["pdftoppm", "-r", "70", "-png", "-singlefile", "-f", str(page), "-l", str(page),
                        str(pdf), str(samples / name)], check=True)  # fmt: skip


CITED_QUOTE = "Perceived hostility clear from the words used."


def citation_screens(app: QApplication, root: Path) -> None:
    """`laptop-citations`: on a 1366x768 laptop, the member's answer citing two pages, made
    with Ctrl+Shift+C as a member makes them (the risk assessment's page, then words
    selected in the incident log's page text); `dialog-cell-evidence`: the coordinator's
    question where two members cited pages, from the two-quarter demo."""
    db = create_demo_profile(root / "citing")
    window = MainWindow(root / "citing", session=ProfileSession(db))
    window.resize(*SMALL_LAPTOP)
    window.show()
    settle(app)
    window.open_round(window.rounds_page.model.row_at(0).id)
    workspace = window.workspace
    while workspace.case_id is None or workspace.viewer.page_count() == 0:
        settle(app, 5)
    question = workspace.checklist.questions["hostility_recorded"]
    question.choose(0)
    workspace.viewer.tabs.setCurrentIndex(1)
    settle(app)
    cite_by_keyboard(app, window, "hostility_recorded", 1)  # the risk assessment's page
    workspace.viewer.tabs.setCurrentIndex(0)
    settle(app)
    workspace.viewer.toggle_page_text()  # Ctrl+T: the page as text, to select words in
    settle(app)
    page_text = workspace.viewer.current_tab().page_text
    page_text.setTextCursor(page_text.document().find(CITED_QUOTE))
    cite_by_keyboard(app, window, "", 2)  # from the document: for the question last answered
    workspace.checklist.ensureWidgetVisible(question.evidence, 0, 10)  # the question is taller than the view
    in_both_languages(app, window, "laptop-citations")
    window.close()
    db.close()
    cell_evidence(app, root / "evidence")


def cite_by_keyboard(app: QApplication, window: MainWindow, question_id: str, cited: int) -> None:
    """Ctrl+Shift+C in the question `question_id` (or wherever focus is, for ""), then wait
    until the answer lists `cited` pages."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    checklist = window.workspace.checklist
    if question_id:
        checklist.focus_question(question_id)
        settle(app)
    focus = QApplication.focusWidget()
    assert focus is not None
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(focus, Qt.Key.Key_C, ctrl_shift)
    while checklist.questions["hostility_recorded"].evidence.list.count() < cited:
        settle(app, 5)


def cell_evidence(app: QApplication, folder: Path) -> None:
    """The coordinator's demo: DEMO-HC-13's "risk identified", where the members split and
    two cited the pages their answers rest on (cited on their own laptops, sent in their
    signed packages), opened from the Findings grid."""
    from desktop.services.demo_coordinator import create_demo_coordinator

    office = create_demo_coordinator(folder, earlier_quarter=True)
    window = MainWindow(folder, session=ProfileSession(office))
    window.resize(1280, 800)
    window.show()
    settle(app)
    page = window.coordinator_home.findings_page
    window.coordinator_home.tabs.setCurrentWidget(page)
    while page.findings is None:
        settle(app, 5)
    model = page.model
    row = next(r for r in range(model.rowCount()) if model.case_at(r).case.reference == "DEMO-HC-13")
    column = next(c for c in range(model.columnCount()) if model.question_at(c).id == "risk_identified")
    page.open_cell(page.proxy.mapFromSource(model.index(row, column)))
    dialog = page.cell_dialog
    assert dialog is not None
    in_both_languages(app, dialog, "dialog-cell-evidence")
    dialog.reject()
    window.close()


def waiting_changes(app: QApplication, window: MainWindow) -> None:
    """The Inbox scrolled to "Changes waiting for you": a member's change in words, and
    the two answers to it (at the top of the page only the empty import list showed)."""
    from PySide6.QtWidgets import QScrollArea

    inbox = window.coordinator_home.inbox_page
    window.coordinator_home.tabs.setCurrentWidget(inbox)
    settle(app)
    scroller = inbox.pending.parentWidget()
    while scroller is not None and not isinstance(scroller, QScrollArea):
        scroller = scroller.parentWidget()
    if isinstance(scroller, QScrollArea):  # the heading at the top of the view
        top = inbox.pending.mapTo(scroller.widget(), inbox.pending.rect().topLeft()).y()
        scroller.verticalScrollBar().setValue(top)
    in_both_languages(app, window, "coordinator-inbox-waiting")


def write_report_choices(app: QApplication, window: MainWindow, page: ReportPage) -> None:
    """The foot of the Report page, scrolled to, with "Welsh and English, side by side" chosen.
    The page is brought to the front here: the Inbox, shot just before, stayed in front and
    was saved under this picture's name."""
    from PySide6.QtWidgets import QScrollArea

    window.coordinator_home.tabs.setCurrentWidget(page)
    settle(app)
    page.language_combo.setCurrentIndex(3)
    scroller = page.parentWidget()
    while scroller is not None and not isinstance(scroller, QScrollArea):
        scroller = scroller.parentWidget()
    if isinstance(scroller, QScrollArea):
        scroller.ensureWidgetVisible(page.done_label)
    in_both_languages(app, window, "coordinator-report-write")


def translation_screens(app: QApplication, window: MainWindow) -> None:
    """On a 1366x768 laptop: the Report page listing the texts not yet in Welsh, and the
    Translation page at its first one."""
    home = window.coordinator_home
    size = window.size()
    window.resize(*SMALL_LAPTOP)
    report_page = home.report_page
    home.tabs.setCurrentWidget(report_page)
    settle(app)
    report_page.untranslated.list_button.setChecked(True)
    settle(app)
    scroll = report_page.parentWidget().parentWidget()  # the tab's scroll area
    assert isinstance(scroll, QScrollArea)
    scroll.ensureWidgetVisible(report_page.untranslated, 0, 240)
    in_both_languages(app, window, "coordinator-report-untranslated")
    home.go_to_translation()
    settle(app)
    in_both_languages(app, window, "coordinator-translation")
    window.resize(size)
    settle(app)


def page_with(pdf: bytes, words: str) -> int:
    """The first page (from 1) that prints `words`: where a part of the report starts."""
    import io

    from pypdf import PdfReader

    pages = PdfReader(io.BytesIO(pdf)).pages
    return next(n for n, page in enumerate(pages, start=1) if words in page.extract_text())


def publication_review(app: QApplication, office: Database, round_id: int) -> None:
    """The publication review over the demo round: every text, hits marked, none confirmed."""
    from desktop.services import publication
    from desktop.ui.coordinator.publication_review import PublicationReviewDialog

    review = publication.publication_review(office, round_id)
    dialogs_in_both_languages(app, {"publication-review": lambda: PublicationReviewDialog(review, print)})


def coordinator_dialogs(app: QApplication, session: ProfileSession) -> None:
    from desktop.ui.coordinator.card_dialog import CardDialog
    from desktop.ui.coordinator.new_round_dialog import NewRoundDialog

    def new_round() -> NewRoundDialog:
        dialog = NewRoundDialog(session)
        dialog.title_edit.setText("Hate crime scrutiny, Q4")
        dialog.panel_edit.setText("Hate crime scrutiny panel")
        dialog.csv_field.edit.setText("Q4/cases.csv")
        dialog.folder_field.edit.setText("Q4/documents")
        return dialog

    dialogs_in_both_languages(app, {
        "card": lambda: CardDialog("Bethan Evans", FINGERPRINT),
        "new-round": new_round,
    })  # fmt: skip


def member_dialogs(app: QApplication, session: ProfileSession) -> None:
    """The member's dialogs: fingerprint, sending a review, passphrase, backups, deferring."""
    from desktop.services.retention import ErasureWarning, Stage
    from desktop.services.review_packages import ReviewSummary
    from desktop.storage.backup import BEFORE_MIGRATION, DAILY, Backup
    from desktop.ui.dialogs import DialogService
    from desktop.ui.i18n import tr
    from desktop.ui.member.fingerprint_dialog import coordinator_dialog
    from desktop.ui.member.reason_dialog import ReasonDialog
    from desktop.ui.member.retention_watch import warning_text
    from desktop.ui.member.send_review_dialogs import ReviewSavedDialog, ReviewSummaryDialog
    from desktop.ui.shell.passphrase_dialog import ChangePassphraseDialog
    from desktop.ui.shell.restore_dialog import RestoreDialog

    summary = ReviewSummary(
        cases=6, complete=("HC-01", "HC-02", "HC-04", "HC-05"), incomplete=("HC-03",),
        deferred=("HC-06",), coordinator="Olwen Price (OPCC)",
    )  # fmt: skip
    saved = Path("/home/gwen/Documents/HC-2026Q3-review-M02-r1.prreview")
    backups = [
        Backup(Path(f"{day}.db"), datetime(2026, 11, day, 9, 30), kind)
        for day, kind in ((20, DAILY), (19, DAILY), (18, BEFORE_MIGRATION), (17, DAILY))
    ]
    dialogs_in_both_languages(app, {
        "fingerprint": lambda: coordinator_dialog("Olwen Price (OPCC)", FINGERPRINT),
        "send-review": lambda: ReviewSummaryDialog(summary),
        "review-saved": lambda: ReviewSavedDialog(saved),
        "passphrase": lambda: ChangePassphraseDialog(session, DialogService()),
        "restore": lambda: RestoreDialog(backups),
        "reopen-reason": lambda: ReasonDialog("HC-04"),
    })  # fmt: skip
    week_ahead = ErasureWarning(1, "Hate crime scrutiny, Q3 2026", "2026-12-14", Stage.WEEK, unsent=True)
    for language, suffix in (("en", ""), ("cy", "-cy")):
        i18n.set_language(language)
        ask = tr("What further information is needed to judge this case?")
        prompt_shot(app, lambda ask=ask: DialogService().ask_text(
            None, tr("Defer case"), ask, "The custody record for 12 May."
        ), "defer", suffix)  # fmt: skip
        prompt_shot(app, lambda: DialogService().info(
            None, tr("Case material will be removed"), warning_text((week_ahead,))
        ), "erasure-warning", suffix)  # fmt: skip
    i18n.set_language("en")
    apply_text_size(200)
    dialog_shot(app, lambda: coordinator_dialog("Olwen Price (OPCC)", FINGERPRINT), "fingerprint", "-200")
    apply_text_size(100)


def erased_round(app: QApplication, folder: Path) -> None:
    """A round whose material was removed: the list says when, and offers the receipt."""
    from desktop.core.clock import utc_now
    from desktop.services import retention, review_packages, rounds

    db = create_demo_profile(folder)
    round_id = rounds.list_rounds(db)[0].id
    review_packages.export_review(db, round_id, folder / "sent")
    retention.erase_early(db, round_id, utc_now())
    window = MainWindow(folder, session=ProfileSession(db))
    window.resize(1500, 940)
    window.show()
    in_both_languages(app, window, "rounds-erased")
    window.close()
    db.close()


def shots_application() -> QApplication:
    """The application at 100% text, whatever size this machine's last session left
    remembered (the pictures came out at 150% when run one part at a time)."""
    _large_offscreen_screen()
    app = make_application([])
    apply_text_size(100)
    OUT.mkdir(exist_ok=True)
    return app


def main() -> None:
    app = shots_application()
    folder = Path(tempfile.mkdtemp(prefix="panel-review-shots-"))
    db = create_demo_profile(folder)
    window = MainWindow(folder, session=ProfileSession(db))
    window.resize(1500, 940)
    window.show()
    in_both_languages(app, window, "rounds")
    round_id = window.rounds_page.model.row_at(0).id
    window.open_round(round_id)
    workspace = window.workspace
    while workspace.case_id is None:  # the round, then its first case, are read off the GUI thread
        settle(app, 5)
    checklist = workspace.checklist
    for qid, index in (("strands_recorded", 0), ("hostility_recorded", 0), ("classification_correct", 0),
                       ("flag_correct", 2)):  # fmt: skip
        checklist.questions[qid].choose(index)
    note = "Online flag missing although abuse was on social media."
    checklist.questions["flag_correct"].note_edit.setPlainText(note)
    checklist.questions["flag_correct"].flush()
    checklist.questions["hostility_recorded"].guidance_button.setChecked(True)
    in_both_languages(app, window, "workspace")
    at_largest_text(app, window, "workspace")
    note_language_at_largest_text(app, window)
    member_dialogs(app, ProfileSession(db))
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
    in_both_languages(app, first, "first-run")
    at_largest_text(app, first, "first-run")
    first.close()
    db.close()
    erased_round(app, folder / "erased")
    damaged_unlock(app, folder)
    coordinator_screens(app, folder / "office")
    report_screens(app, folder)
    trend_screens(app, folder)
    citation_screens(app, folder)
    briefing_screens(app, folder, in_both_languages, settle)
    shutil.rmtree(folder, ignore_errors=True)
    print(f"wrote {', '.join(sorted(p.name for p in OUT.glob('*.png')))}")


def only_trends() -> None:
    """`make_screenshots.py trends`: the trend screens and report pages alone."""
    app = shots_application()
    trend_screens(app, Path(tempfile.mkdtemp(prefix="panel-review-shots-")))


def only_briefing() -> None:
    """`make_screenshots.py briefing`: the briefing's dialogs and its first pages."""
    app = shots_application()
    briefing_screens(app, Path(tempfile.mkdtemp(prefix="panel-review-shots-")), in_both_languages, settle)


def only_citations() -> None:
    """`make_screenshots.py citations`: the member citing pages, and the coordinator's evidence."""
    app = shots_application()
    citation_screens(app, Path(tempfile.mkdtemp(prefix="panel-review-shots-")))


if __name__ == "__main__":
    modes = {"trends": only_trends, "citations": only_citations, "briefing": only_briefing}
    modes[sys.argv[1]]() if sys.argv[1:] and sys.argv[1] in modes else main()
