"""Every page and dialog on a real laptop screen: does it fit, can every control be reached?

Qt's offscreen platform lets a window be larger than any screen; a real X server with a
window manager does not. This walk starts Xvfb at a laptop's size with openbox, runs the
app there (the real window, real demo profiles, the real text-size and display-scaling
paths) and, for each page and dialog, in English and Welsh, records from inside the app:

- the window's frame (title bar included) against the screen's free area, and the
  smallest size the window can take (a minimum larger than the screen cannot be fitted);
- every visible control cut off inside its window (tests/ui/fit.py);
- each named key control, scrolled into view as a member would scroll to it, against
  the screen;
- the document's zoom and the height of its text, the size of check-box indicators and
  fingerprints against the interface text;

and saves a screenshot of the whole screen. One process per screen setting:

    .venv/bin/python tests/ui/screen_fit_walk.py --size 1366x768 --scale 1.5 --out shots/

Needs Debian's `xvfb openbox` (`./dev test` installs them).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
NEEDED = {"Xvfb": "xvfb", "openbox": "openbox", "xdpyinfo": "x11-utils"}
SCREEN_S = 30  # longest wait for one screen to settle
FRAME_S = 5  # longest wait for the window manager to frame a window

# Controls that must be reachable on each screen, by object name ("" = the screen's own check only).
KEY_CONTROLS = {
    "rounds": ["round_table", "open_round"],
    "workspace": ["case_table", "back_to_rounds", "mark_complete", "defer_case", "document_tabs"],
    "roster": ["roster_table", "add_card", "confirm_member", "withdraw_member", "restore_member"],
    "round list": ["new_round", "archive_round", "purge_round"],
    "assignment": ["assignment_grid", "auto_assign"],
    "packs": ["export_packs"],
    "inbox": ["import_reviews", "accept_changes", "keep_earlier", "retention_report"],
    "findings": ["findings_grid", "next_split", "previous_split"],
    "observations": ["add_observation", "export_response_table", "import_responses"],
    "recommendations": ["add_recommendation", "add_update"],
    "report": ["save_background", "write_report"],
    "translation": ["next_untranslated"],
}


def missing_tools() -> list[str]:
    """What this machine lacks to run the walk, as Debian package names."""
    return sorted({package for tool, package in NEEDED.items() if shutil.which(tool) is None})


# --- the app side ----------------------------------------------------------------------------
class Walker:
    """Shows each screen in the real window and records how it sits on the screen."""

    def __init__(self, out: Path, setting: str) -> None:
        from PySide6.QtCore import QTimer

        from desktop.ui.app import make_application

        self.app = make_application(["panel-review"])
        self.out = out
        self.setting = setting
        self.records: list[dict[str, Any]] = []
        self._tick = QTimer()  # wakes the waiting loops
        self._tick.start(20)

    def wait(self, until: Any, what: str, seconds: float = SCREEN_S) -> None:
        from PySide6.QtCore import QEventLoop

        deadline = time.monotonic() + seconds
        while not until():
            if time.monotonic() > deadline:
                raise TimeoutError(what)
            self.app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)

    def settle(self, window: Any) -> None:
        """Wait until the window manager has placed the window and nothing is running."""
        from desktop.ui.worker import active_jobs

        seen: list[tuple[int, int, int, int]] = []
        started = time.monotonic()

        def steady() -> bool:
            frame = window.frameGeometry()
            seen.append((frame.x(), frame.y(), frame.width(), frame.height()))
            return (
                window.isVisible()
                and active_jobs() == 0
                and len(seen) > 8
                and len(set(seen[-6:])) == 1
                # the frame is known once the window manager framed it (a few ms; seconds when busy)
                and (frame != window.geometry() or time.monotonic() > started + FRAME_S)
            )

        try:
            self.wait(steady, "")
        except TimeoutError:
            geometry = window.geometry()
            raise TimeoutError(
                f"{window.windowTitle()} did not settle: frames {seen[-4:]}, jobs {active_jobs()}, "
                f"geometry {geometry.getRect()}, visible {window.isVisible()}"
            ) from None

    def record(self, screen: str, root: Any, keys: list[str] | None = None) -> None:
        """How `root` (a page or a dialog) sits on the screen, and a screenshot of it."""
        from PySide6.QtCore import QRect
        from PySide6.QtWidgets import QAbstractScrollArea, QScrollArea, QWidget

        from desktop.ui.text_size import current_text_size
        from tests.ui.fit import cut_off_controls

        window = root.window()
        self.settle(window)
        self.app.sendPostedEvents()  # a dialog that grows to its words once shown (WrappedTextDialog)
        self.settle(window)
        screen_obj = window.screen()
        free = screen_obj.availableGeometry()
        frame = window.frameGeometry()
        reach = []
        for name in keys or []:
            control = window.findChild(QWidget, name)
            if control is None or not control.isVisibleTo(window):
                reach.append({"name": name, "problem": "not on this screen"})
                continue
            area = control.parentWidget()
            while area is not None and not isinstance(area, QScrollArea):
                area = area.parentWidget()
            if isinstance(area, QScrollArea):
                area.ensureWidgetVisible(control)
                self.app.processEvents()
            top_left = control.mapToGlobal(control.rect().topLeft())
            bottom_right = control.mapToGlobal(control.rect().bottomRight())
            inside = free.contains(top_left) and free.contains(bottom_right)
            if isinstance(control, QAbstractScrollArea) and not inside:
                # A list taller than the screen scrolls inside itself: enough of it must show.
                shown = free.intersected(QRect(top_left, bottom_right))
                lines = 4 * control.fontMetrics().height()
                inside = shown.width() == control.width() and shown.height() >= min(control.height(), lines)
            at = [top_left.x(), top_left.y(), bottom_right.x(), bottom_right.y()]
            reach.append({"name": name, "at": at,
                          "problem": "" if inside else "outside the screen"})  # fmt: skip
        shot = self.out / f"{len(self.records) + 1:02d} {screen}.png"
        screen_obj.grabWindow(0).save(str(shot))
        minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
        self.records.append({
            "setting": self.setting,
            "screen": screen,
            "free": [free.x(), free.y(), free.width(), free.height()],
            "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
            "frame_extra": [frame.width() - window.width(), frame.height() - window.height()],
            "minimum": [minimum.width(), minimum.height()],
            "cut": cut_off_controls(window),
            "reach": reach,
            "sideways": [
                area.objectName() or type(area.widget() if isinstance(area, QScrollArea) else area).__name__
                for area in window.findChildren(QScrollArea)
                if area.isVisibleTo(window) and area.horizontalScrollBar().isVisible()
                and area.objectName() not in ("document_pages", "page_text")
            ],
            "shot": shot.name,
            "text_percent": current_text_size(),
            **self.sizes(window),
        })  # fmt: skip

    def sizes(self, window: Any) -> dict[str, Any]:
        """Interface text, check-box indicator, fingerprint and document text heights, in pixels."""
        from PySide6.QtGui import QFontMetrics
        from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QRadioButton, QStyle, QWidget

        found: dict[str, Any] = {"text_px": QFontMetrics(QApplication.font()).height()}
        for kind, metric in ((QCheckBox, QStyle.PixelMetric.PM_IndicatorWidth),
                             (QRadioButton, QStyle.PixelMetric.PM_ExclusiveIndicatorWidth)):  # fmt: skip
            boxes = [b for b in window.findChildren(kind) if b.isVisibleTo(window)]
            if boxes:
                found[f"{kind.__name__}_indicator_px"] = boxes[0].style().pixelMetric(metric, None, boxes[0])
        prints = [
            w
            for w in window.findChildren(QLabel)
            if w.objectName() == "fingerprint" and w.isVisibleTo(window)
        ]
        if prints:
            found["fingerprint_px"] = QFontMetrics(prints[0].font()).height()
        notice = window.findChild(QLabel, "complete_notice")
        if notice is not None and notice.isVisibleTo(window) and notice.text():
            words = max(len(line.split()) for line in notice.text().splitlines())
            lines = notice.height() // notice.fontMetrics().lineSpacing()
            found["notice_words_per_line"] = round(words / max(lines, 1), 1)
        reason = window.findChild(QWidget, "rationale_edit")
        if reason is not None and reason.isVisibleTo(window):
            found["reason_lines"] = round(reason.viewport().height() / reason.fontMetrics().lineSpacing(), 1)
        viewer = getattr(window, "workspace", None)
        if viewer is not None and viewer.viewer.current_tab() is not None:
            found["document_zoom"] = viewer.viewer.zoom_factor()
        return found

    def save(self) -> None:
        (self.out / "records.json").write_text(json.dumps(self.records, indent=1, ensure_ascii=False))


def open_window(walker: Walker, folder: Path, db: Any) -> Any:
    """The main window on a demo profile, as `panel-review --demo` opens it."""
    from desktop.services.demo import DEMO_PASSPHRASE
    from desktop.services.session import ProfileSession
    from desktop.ui.dialogs import DialogService
    from desktop.ui.shell.main_window import MainWindow

    made = MainWindow(folder, DialogService(), demo_hint=DEMO_PASSPHRASE, session=ProfileSession(db))
    opened: list[bool] = []
    made.opened.connect(lambda: opened.append(True))
    made.show()
    walker.wait(lambda: bool(opened), "the profile did not open")
    return made


def record_dialog(walker: Walker, screen: str) -> None:
    """The modal dialog just opened, then closed."""
    from PySide6.QtWidgets import QApplication

    walker.wait(lambda: QApplication.activeModalWidget() is not None, f"no {screen}")
    dialog = QApplication.activeModalWidget()
    walker.record(screen, dialog)
    dialog.reject()


def record_unfolded_controls(walker: Walker, workspace: Any, tag: str) -> None:
    """The workspace with the document's folded controls unfolded, as after pressing
    "Page, zoom and find": folded, the walk never saw them, and unfolded in the short
    panel of display scaling 2 they were cut off."""
    controls = workspace.viewer.current_tab().controls
    if not controls.folded:
        return  # already on show in the workspace's own record
    controls.tools_button.setChecked(True)
    walker.record(f"{tag} member workspace controls unfolded", workspace, ["search_field"])
    controls.tools_button.setChecked(False)


def walk_first_run(walker: Walker, folder: Path, tag: str) -> None:
    """The first screen a new member sees: no profile yet, no session to open."""
    from desktop.ui.dialogs import DialogService
    from desktop.ui.shell.main_window import MainWindow

    first = MainWindow(folder, DialogService())
    first.show()
    walker.wait(lambda: first.setup_page.isVisible(), "no first-run screen")
    walker.record(f"{tag} first run", first.setup_page)
    first.hide()
    walker.app.processEvents()


def walk_member(walker: Walker, folder: Path, db: Any, tag: str) -> None:
    """The rounds, the workspace on the first case, and the member's dialogs."""
    from PySide6.QtCore import QTimer

    from desktop.ui.member.fingerprint_dialog import card_dialog

    member = open_window(walker, folder, db)
    walker.record(f"{tag} member rounds", member.rounds_page, KEY_CONTROLS["rounds"])
    member.open_round(member.rounds_page.current_round_id() or 1)
    walker.wait(lambda: member.workspace is not None and member.workspace.case_id is not None, "no case")
    walker.wait(lambda: member.workspace.viewer.current_tab() is not None, "no document shown")
    walker.record(f"{tag} member workspace", member.workspace, KEY_CONTROLS["workspace"])
    record_unfolded_controls(walker, member.workspace, tag)
    record_cited(walker, member.workspace, tag)
    finishing = member.workspace.finishing  # as just after Mark complete, with a case still open
    finishing.next_open_id = member.workspace.case_model.row_at(1).id
    finishing.show_complete_notice(True)
    walker.record(f"{tag} member marked complete", member.workspace, ["complete_notice", "next_open_case"])
    finishing.show_complete_notice(False)
    QTimer.singleShot(0, lambda: record_dialog(walker, f"{tag} member defer dialog"))
    member.workspace.defer_case()
    QTimer.singleShot(0, lambda: record_dialog(walker, f"{tag} member passphrase dialog"))
    member.change_passphrase()
    walk_member_erasure(walker, member, tag)
    card = card_dialog(
        Path("Documents") / "demo-member-card.prcard", "12345 67890 13579 24680 11223 34455", member
    )
    card.open()
    walker.record(f"{tag} member card dialog", card)
    card.reject()
    member.hide()  # the database stays open for the next text size's window
    walker.app.processEvents()


def record_cited(walker: Walker, workspace: Any, tag: str) -> None:
    """The workspace just after citing the page in view for the first question (what it
    said once cut the case's heading in half), then the citation taken back."""
    from desktop.ui.worker import active_jobs

    question = workspace.checklist.visible_ids()[0]
    evidence = workspace.checklist.questions[question].evidence
    workspace.citing.cite(question)
    walker.wait(lambda: evidence.list.count() > 0 and active_jobs() == 0, "no citation")
    evidence.list.setFocus()
    names = ["case_heading", evidence.list.objectName(), evidence.cite_button.objectName()]
    walker.record(f"{tag} member workspace cited", workspace, names)
    for cited in evidence.citations():
        workspace.citing.remove(question, cited.id)
    walker.wait(lambda: evidence.list.count() == 0 and active_jobs() == 0, "citation not removed")


def walk_member_erasure(walker: Walker, member: Any, tag: str) -> None:
    """Reopening a completed case asks why; removing a round's material early asks first
    (answered No here: the next text size walks the same round's cases)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.ui.member.reason_dialog import ReasonDialog

    reason = ReasonDialog("DEMO-HC-01", member)
    reason.open()
    reason._reopen()  # nothing typed: the message under the box shows too
    walker.record(f"{tag} member reopen reason dialog", reason, ["reopen_reason", "reopen_reason_ok"])
    reason.reject()
    member.show_rounds()
    QTimer.singleShot(0, lambda: record_modal(walker, f"{tag} member remove material question"))
    member.rounds_page.erase_button.click()
    screen = f"{tag} member remove material question"
    walker.wait(lambda: any(r["screen"] == screen for r in walker.records)
                and QApplication.activeModalWidget() is None, f"no {screen}")  # fmt: skip


def record_modal(walker: Walker, screen: str) -> None:
    """The modal dialog that opens once an operation off the GUI thread has answered:
    looked for again until it shows (waiting inside the event loop would run the operation
    there and open the dialog beneath this wait)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    dialog = QApplication.activeModalWidget()
    if dialog is None:
        QTimer.singleShot(50, lambda: record_modal(walker, screen))
        return
    walker.record(screen, dialog)
    dialog.reject()


def walk_coordinator(walker: Walker, folder: Path, db: Any, tag: str) -> None:
    """Every page of the coordinator's window, and the New round dialog."""
    from PySide6.QtCore import QTimer

    from desktop.services import publication
    from desktop.ui.coordinator.archive_dialog import ArchivePassphraseDialog
    from desktop.ui.coordinator.card_dialog import CardDialog
    from desktop.ui.coordinator.new_round_dialog import NewRoundDialog
    from desktop.ui.coordinator.publication_review import PublicationReviewDialog

    coordinator = open_window(walker, folder, db)
    tabs = coordinator.coordinator_home
    for index in range(tabs.tabs.count()):
        tabs.tabs.setCurrentIndex(index)
        page = tabs.tabs.currentWidget()
        name = re.sub(r"(?<!^)([A-Z])", r" \1", type(page).__name__.removesuffix("Page")).lower()
        walker.record(f"{tag} coordinator {index + 1:02d} {name}", page, KEY_CONTROLS.get(name))
    dialog = NewRoundDialog(tabs.rounds_page.session, coordinator)
    dialog.open()
    walker.record(f"{tag} coordinator new round dialog", dialog)
    dialog.reject()
    archive = ArchivePassphraseDialog(coordinator)
    archive.open()
    walker.record(f"{tag} coordinator archive passphrase dialog", archive)
    archive.reject()
    tabs.tabs.setCurrentWidget(tabs.inbox_page)
    QTimer.singleShot(0, lambda: record_dialog(walker, f"{tag} coordinator retention report choice"))
    tabs.inbox_page.write_retention_report()
    member = tabs.roster_page.model.row_at(0)
    card = CardDialog(member.name, member.fingerprint, coordinator)
    card.open()
    walker.record(f"{tag} coordinator card dialog", card)
    card.reject()
    walk_briefing(walker, tabs, tag)
    findings = tabs.findings_page
    tabs.tabs.setCurrentWidget(findings)
    findings.go_to_split(1)
    findings.open_cell(findings.view.currentIndex())
    walker.wait(lambda: findings.cell_dialog is not None, "no split dialog")
    walker.record(f"{tag} coordinator split dialog", findings.cell_dialog,
                  ["decision_combo", "rationale_edit", "save_decision"])  # fmt: skip
    record_cited_page(walker, findings, tag)
    findings.cell_dialog.reject()
    findings.open_trends()
    walker.wait(lambda: findings.trends.trend is not None, "no trend")
    walker.record(f"{tag} coordinator trends", findings.trends_dialog, ["trend_table"])
    findings.trends_dialog.close()
    review = publication.publication_review(db, findings.round_id or 1)
    reading = PublicationReviewDialog(review, lambda *_a: None, coordinator)  # type: ignore[arg-type,return-value]
    reading.open()
    walker.record(f"{tag} coordinator publication review", reading, ["publish", "next_unconfirmed"])
    reading.reject()
    coordinator.hide()
    walker.app.processEvents()


def walk_briefing(walker: Walker, tabs: Any, tag: str) -> None:
    """The commissioner's briefing from the Report page, and its letterhead dialog."""
    tabs.tabs.setCurrentWidget(tabs.report_page)
    tabs.report_page.open_briefing()
    briefing = tabs.report_page.briefing_dialog
    walker.wait(lambda: bool(briefing.round_boxes), "no rounds in the briefing dialog")
    keys = ["briefing_language", "briefing_recipient", "letterhead_button", "write_briefing"]
    walker.record(f"{tag} coordinator briefing dialog", briefing, keys)
    briefing.edit_letterhead()
    head = briefing.letterhead_dialog
    walker.wait(lambda: head.fields["office_en"].isEnabled(), "the letterhead did not arrive")
    walker.record(f"{tag} coordinator letterhead dialog", head, ["letterhead_statement_cy"])
    head.reject()
    briefing.reject()


def record_cited_page(walker: Walker, findings: Any, tag: str) -> None:
    """The coordinator's copy of the case's documents as a member's citation opens it."""
    from desktop.ui.coordinator.evidence import EvidenceViewer

    dialog = findings.cell_dialog
    shown = EvidenceViewer(findings.session, dialog.case.case.case_id, 1, 1, dialog)
    shown.show()
    walker.wait(lambda: shown.viewer.page_count() > 0, "no cited document")
    walker.record(f"{tag} coordinator cited page", shown)
    shown.close()


def run_app(out: Path, setting: str, languages: list[str], text_sizes: list[int], work: Path) -> int:
    """Every screen, in each language at each text size, recorded into `out`."""
    from desktop.services.demo import create_demo_profile
    from desktop.services.demo_coordinator import create_demo_coordinator
    from desktop.ui import i18n
    from desktop.ui.text_size import set_text_size

    walker = Walker(out, setting)
    for lang in languages:
        i18n.set_language(lang)
        member_db = create_demo_profile(work / f"member-{lang}", lang)
        # with the earlier quarter, as the app's demo: the Trends window then has rounds to compare
        office_db = create_demo_coordinator(work / f"office-{lang}", lang, earlier_quarter=True)
        for percent in text_sizes:
            set_text_size(percent)
            walk_first_run(walker, work / f"new-{lang}-{percent}", f"{lang} {percent}%")
            walk_member(walker, work / f"member-{lang}", member_db, f"{lang} {percent}%")
            walk_coordinator(walker, work / f"office-{lang}", office_db, f"{lang} {percent}%")
    walker.save()
    return 0


# --- judging what was seen ----------------------------------------------------------------------
# Readable: ten-point print at least 7 pixels high at normal text size, and as much larger
# as the member's text size (stated here, not read from the viewer).
LEGIBLE_ZOOM = 7 / (10 * 96 / 72)


def problems(record: dict[str, Any]) -> list[str]:
    """Everything wrong with one screen as recorded, in words."""
    found = []
    x, y, width, height = record["free"]
    fx, fy, fw, fh = record["frame"]
    if fx < x or fy < y or fx + fw > x + width or fy + fh > y + height:
        found.append(f"the window {fw}x{fh} at {fx},{fy} is not inside the screen's {width}x{height}")
    needs = [record["minimum"][0] + record["frame_extra"][0], record["minimum"][1] + record["frame_extra"][1]]
    if needs[0] > width or needs[1] > height:
        found.append(f"the window cannot be smaller than {needs[0]}x{needs[1]}")
    found += [f"cut off: {cut}" for cut in record["cut"]]
    found += [f"{r['name']}: {r['problem']}" for r in record["reach"] if r["problem"]]
    found += [f"{area} scrolls sideways" for area in record["sideways"]]
    text = record["text_px"]
    for kind in ("QCheckBox", "QRadioButton"):
        size = record.get(f"{kind}_indicator_px")
        if size is not None and size < 0.9 * text:
            found.append(f"{kind} indicators are {size} px beside {text} px text")
    if record.get("fingerprint_px", text) < text:
        found.append(f"fingerprints are {record['fingerprint_px']} px beside {text} px text")
    if record.get("notice_words_per_line", 2) < 2:  # a word or so a line: squeezed beside something
        found.append(f"a message shows {record['notice_words_per_line']} words a line")
    if record.get("reason_lines", 3) < 3:
        found.append(f"the reason box shows {record['reason_lines']} lines")
    zoom, least = record.get("document_zoom"), LEGIBLE_ZOOM * record["text_percent"] / 100
    if zoom is not None and zoom < least - 0.005:
        found.append(f"the document shows at {zoom:.0%}, below the readable {least:.0%}")
    return found


# --- the driver ----------------------------------------------------------------------------------
def _start_screen(size: str, work: Path) -> tuple[list[subprocess.Popen], str]:
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        pass_fds=[write_fd], stdout=subprocess.DEVNULL, stderr=(work / "xvfb.log").open("w"),
    )  # fmt: skip
    os.close(write_fd)
    with os.fdopen(read_fd) as ready:  # Xvfb writes its display number once it accepts clients
        number = ready.readline().strip()
    if not number:
        xvfb.kill()
        raise RuntimeError("Xvfb did not start: " + (work / "xvfb.log").read_text()[-500:])
    display = f":{number}"
    env = dict(os.environ, DISPLAY=display)
    manager = subprocess.Popen(["openbox", "--sm-disable"], env=env, stdout=subprocess.DEVNULL,
                               stderr=(work / "openbox.log").open("w"))  # fmt: skip
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:  # openbox owns the screen's window-manager selection when ready
        probe = subprocess.run(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], env=env,
                               capture_output=True, text=True)  # fmt: skip
        if "window id" in probe.stdout:
            break
        time.sleep(0.05)
    return [manager, xvfb], display


def walk(out: Path, size: str = "1366x768", scale: str = "", languages: tuple[str, ...] = ("en", "cy"),
         text_sizes: tuple[int, ...] = (100,), timeout: float = 300) -> tuple[list[dict], str]:  # fmt: skip
    """Run one screen setting; the records, and the logs when something failed."""
    out.mkdir(parents=True, exist_ok=True)
    for old in (*out.glob("*.png"), out / "records.json"):  # nothing left from an earlier walk
        old.unlink(missing_ok=True)
    setting = f"{size}" + (f" scale {scale}" if scale else "")
    with tempfile.TemporaryDirectory(prefix="screen-fit-") as temp:
        work = Path(temp)
        started, display = _start_screen(size, work)
        try:
            env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT),
                       XDG_CONFIG_HOME=str(work / "config"), XDG_DATA_HOME=str(work / "data"))  # fmt: skip
            env.pop("QT_SCALE_FACTOR", None)
            if scale:
                env["QT_SCALE_FACTOR"] = scale
            done = subprocess.run(
                [sys.executable, str(Path(__file__).resolve()), "--app", str(out), setting,
                 ",".join(languages),
                 ",".join(map(str, text_sizes)), str(work)],
                env=env, cwd=ROOT, capture_output=True, text=True, timeout=timeout,
            )  # fmt: skip
        finally:
            for process in started:
                process.kill()
                process.wait()
        records = json.loads((out / "records.json").read_text()) if (out / "records.json").exists() else []
        logs = "" if done.returncode == 0 else done.stdout[-3000:] + done.stderr[-5000:]
        return records, logs


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--scale", default="")
    parser.add_argument("--text", nargs="+", type=int, default=[100])
    parser.add_argument("--language", nargs="+", default=["en", "cy"])
    parser.add_argument("--out", type=Path, default=ROOT / "artifacts" / "real-screen")
    args = parser.parse_args()
    missing = missing_tools()
    if missing:
        print("missing Debian packages: " + " ".join(missing))
        return 2
    start = time.monotonic()
    records, logs = walk(args.out, args.size, args.scale, tuple(args.language), tuple(args.text))
    for record in records:
        print(json.dumps(record, ensure_ascii=False))
    print(logs)
    print(f"{time.monotonic() - start:.1f} s")
    return 1 if logs else 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--app":
        sys.path.insert(0, str(ROOT))
        out, setting, langs, sizes, work = sys.argv[2:7]
        sys.exit(
            run_app(Path(out), setting, langs.split(","), [int(s) for s in sizes.split(",")], Path(work))
        )
    sys.exit(main())
