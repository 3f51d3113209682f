"""A screen reader's view of every screen, read through AT-SPI as Orca reads it.

Three processes under a private session bus (`dbus-run-session`) and an Xvfb display:

- the APP (the project's Python) shows one screen at a time in a real window, waits
  until it is idle, then writes `screen-N.json` (its pid, the window's title and a name
  that only this screen shows) and waits for `read-N.json` before the next screen;
- the READER (Debian's `/usr/bin/python3`, which has `pyatspi`) reads the app's window
  through the accessibility bus until the screen's name is there and two readings in a
  row are the same, then writes `read-N.json` (every showing object: role, name, states);
- the DRIVER (this file with `--session`) starts Xvfb and both sides, in that order: the
  reader first reaches the accessibility registry (which starts the bus), then the app.

Nothing waits a fixed time: each side waits for the other's file, with a deadline.

    .venv/bin/python tests/ui/atspi_walk.py [--language en cy] [--report walk.json]

Needs Debian's `xvfb xauth dbus at-spi2-core python3-pyatspi` (`./dev test` installs them).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
READER_PYTHON = "/usr/bin/python3"
NEEDED = {  # program: Debian package
    "dbus-run-session": "dbus",
    "Xvfb": "xvfb",
    READER_PYTHON: "python3",
    "/usr/libexec/at-spi-bus-launcher": "at-spi2-core",
}
INTERACTIVE_ROLES = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text",
    "password text", "spin button", "table", "tree table", "list", "page tab", "menu item",
    "slider", "check menu item", "radio menu item",
}  # fmt: skip
ANSWER_ROLES = {"radio button", "check box"}
SCREEN_S = 15  # longest wait for one screen, either side


def missing_tools() -> list[str]:
    """What this machine lacks to run the walk, as Debian package names."""
    missing = [package for tool, package in NEEDED.items() if shutil.which(tool) is None]
    if shutil.which(READER_PYTHON) is not None:
        probe = subprocess.run([READER_PYTHON, "-c", "import pyatspi"], capture_output=True)
        if probe.returncode != 0:
            missing.append("python3-pyatspi")
    return missing


# --- the app side ----------------------------------------------------------------------------
def _office(root: Path):  # type: ignore[no-untyped-def]
    """A coordinator with three members (one not confirmed), a round, packs and one review back."""
    from desktop.services import (
        assignment_packs,
        coordinator_rounds,
        identity,
        review_packages,
        roster,
        rounds,
    )
    from tests.services.exchange_world import make_profile, write_case_list

    office = make_profile(root / "office", "Olwen Price (OPCC)", "coordinator")
    members = {}
    for name in ("Aled Jones", "Bethan Evans", "Ceri Hughes"):
        short = name.split()[0].lower()
        db = make_profile(root / short, name, "member")
        identity.export_card(db, root / f"{short}.prcard")
        roster.enrol(office, root / f"{short}.prcard", confirmed=name != "Ceri Hughes")
        members[name] = db
    csv_path, docs = write_case_list(root / "input", 3)
    round_id = coordinator_rounds.create_round(office, csv_path, docs, title="Q3 hate crime",
                                               template_id="hate-crime").round_id  # fmt: skip
    coordinator_rounds.auto_assign(office, round_id, 2)
    packs = root / "packs"
    packs.mkdir()
    written = assignment_packs.export_packs(office, round_id, packs)
    pack = next(p.path for p in written.packs if p.member == "Aled Jones")
    preview = assignment_packs.preview_pack(members["Aled Jones"], pack)
    assignment_packs.import_pack(members["Aled Jones"], pack, confirmed_fingerprint=preview.fingerprint)
    member_round = max(r.id for r in rounds.list_rounds(members["Aled Jones"]))
    sent = review_packages.export_review(members["Aled Jones"], member_round, root / "out")
    return office, sent.path, preview


def _two_profiles(user_data: Path) -> None:
    """Two profiles, as "New profile…" makes them, so the app starts on the chooser."""
    from desktop.services import profiles
    from desktop.services.session import create_session
    from tests.conftest import PASSPHRASE

    for role, label in (("coordinator", "OPCC hate crime panel"), ("member", "My own reviews")):
        folder, lock = profiles.claim_new_profile(user_data)
        try:
            create_session(folder, "Olwen Pryce", PASSPHRASE, "en", role=role, label=label).close()
        finally:
            lock.release()


def run_app(work: Path, languages: list[str]) -> int:
    """Show every screen in turn, in each language; wait for the reader after each."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QApplication, QWidget

    from desktop.services.demo import create_demo_profile
    from desktop.services.inbox_flow import Step
    from desktop.services.session import ProfileSession
    from desktop.ui import i18n
    from desktop.ui.app import make_application
    from desktop.ui.coordinator.briefing_dialog import BriefingDialog
    from desktop.ui.coordinator.card_dialog import CardDialog
    from desktop.ui.coordinator.letterhead_dialog import LetterheadDialog
    from desktop.ui.coordinator.new_round_dialog import NewRoundDialog
    from desktop.ui.dialogs import DialogService
    from desktop.ui.member.fingerprint_dialog import coordinator_dialog
    from desktop.ui.shell.main_window import MainWindow
    from desktop.ui.shell.profile_home import ProfileHome
    from desktop.ui.worker import active_jobs
    from tests.ui.fakes import FakeDialogs

    app = make_application(["panel-review"])
    world = work / "world"
    office, review_file, preview = _office(world)
    office.close()  # each language opens it again, as the app does after a lock
    _two_profiles(world / "PanelReview")
    tick = QTimer()  # wakes the waiting loops below
    tick.start(20)
    count = 0

    def wait(until, what: str) -> None:  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + SCREEN_S
        while not until():
            if time.monotonic() > deadline:
                raise TimeoutError(what)
            # Block in Qt's loop (the tick wakes it): the reader's questions are answered at once.
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)

    def name_of(widget: QWidget) -> str:
        face = QAccessible.queryAccessibleInterface(widget)
        return "" if face is None else face.text(QAccessible.Text.Name)

    def marker(root: QWidget) -> str:
        """A name only this screen shows: its first named, visible button or field."""
        for child in root.findChildren(QWidget):
            if child.isVisible() and child.focusPolicy() != 0 and name_of(child).strip():
                return name_of(child)
        return name_of(root)

    def show(screen: str, root: QWidget) -> None:
        """Tell the reader `root` is on screen and idle; wait until it has been read."""
        nonlocal count
        wait(lambda: root.isVisible() and active_jobs() == 0, f"{screen} did not settle")
        app.processEvents()
        count += 1
        note = {"screen": screen, "pid": os.getpid(), "title": root.window().windowTitle(),
                "expect": marker(root)}  # fmt: skip
        (work / f"screen-{count}.json.part").write_text(json.dumps(note, ensure_ascii=False))
        (work / f"screen-{count}.json.part").rename(work / f"screen-{count}.json")
        wait((work / f"read-{count}.json").exists, f"the reader did not read {screen}")

    def window(folder: Path | None, session=None, dialogs=None, home=None) -> MainWindow:  # type: ignore[no-untyped-def]
        made = MainWindow(folder, dialogs or FakeDialogs(), session=session, home=home)
        opened: list[bool] = []
        made.opened.connect(lambda: opened.append(True))
        made.resize(1366, 768)
        made.show()
        if session is not None:  # who the profile is for is read off the GUI thread
            wait(lambda: bool(opened), "the profile did not open")
        return made

    def close(widget: QWidget) -> None:
        widget.close()
        widget.deleteLater()
        app.processEvents()

    demo_db = {lang: create_demo_profile(world / f"demo-{lang}", lang) for lang in languages}

    def read_language(lang: str) -> None:
        i18n.set_language(lang)
        first = window(world / f"new-{lang}")
        show(f"{lang} set-up", first.setup_page)
        close(first)

        locked = window(world / "office")
        show(f"{lang} unlock", locked.unlock_page)
        close(locked)

        home = ProfileHome(world / "PanelReview", FakeDialogs())
        chooser = window(home.start(), home=home)
        show(f"{lang} profile chooser", chooser.chooser_page)
        close(chooser)
        home.release()

        session = ProfileSession(demo_db[lang])
        member = window(world / f"demo-{lang}", session=session, dialogs=DialogService())
        show(f"{lang} rounds", member.rounds_page)
        member.open_round(member.rounds_page.current_round_id() or 1)
        wait(lambda: member.workspace is not None and member.workspace.case_id is not None, "no case opened")
        show(f"{lang} workspace", member.workspace)

        def read_defer_dialog(screen: str = f"{lang} defer dialog") -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(20, read_defer_dialog)
                return
            show(screen, dialog)
            dialog.reject()

        QTimer.singleShot(0, read_defer_dialog)
        member.workspace.defer_case()
        close(member)

        # Closing a window closes its profile and forgets the key: each language opens the office anew.
        from desktop.services import profile
        from tests.services.exchange_world import PASSPHRASE

        office = profile.open_profile(world / "office", PASSPHRASE).db
        coordinator = window(world / "office", session=ProfileSession(office))
        tabs = coordinator.coordinator_home
        tabs.inbox_page.import_files([review_file])  # imported as a drop is, off the GUI thread
        wait(lambda: tabs.inbox_page.flow.state.step is Step.DONE, "the review was not imported")
        for index in range(tabs.tabs.count()):
            tabs.tabs.setCurrentIndex(index)
            show(f"{lang} coordinator tab {index + 1}", tabs.tabs.currentWidget())
        fingerprint = preview.fingerprint
        for name, make in (
            ("new round dialog", lambda: NewRoundDialog(tabs.rounds_page.session, coordinator)),
            ("card dialog", lambda: CardDialog("Ceri Hughes", fingerprint, coordinator)),
            ("fingerprint dialog", lambda: coordinator_dialog(preview.coordinator, fingerprint, coordinator)),
            (
                "briefing dialog",
                lambda: BriefingDialog(tabs.report_page.session, FakeDialogs(), None, coordinator),
            ),
            (
                "letterhead dialog",
                lambda: LetterheadDialog(tabs.report_page.session, FakeDialogs(), coordinator),
            ),
        ):
            dialog = make()
            dialog.open()
            show(f"{lang} {name}", dialog)
            close(dialog)
        close(coordinator)

    for lang in languages:
        read_language(lang)
    (work / "done").write_text(str(count))
    return 0


# --- the reading side (Debian's python3 with pyatspi) ------------------------------------------
def _read_window(pid: int, title: str) -> list[dict] | None:
    """Every showing object of the app's showing top-level window called `title`, or None."""
    import pyatspi  # type: ignore[import-not-found]
    from gi.repository import Atspi  # type: ignore[import-not-found]

    desktop = pyatspi.Registry.getDesktop(0)
    desktop.set_cache_mask(Atspi.Cache.NONE)  # ask the app every time: nothing stale from a past screen
    app = None
    for candidate in desktop:
        try:
            if candidate is not None and candidate.get_process_id() == pid:
                app = candidate
                break
        except Exception:  # an application gone while listing
            continue
    if app is None:
        return None
    found: list[dict] = []

    def visit(node, depth: int) -> None:  # type: ignore[no-untyped-def]
        states = node.getState()
        if not states.contains(pyatspi.STATE_SHOWING):
            return
        found.append({"depth": depth, "role": node.getRoleName(), "name": node.name or "",
                      "focused": states.contains(pyatspi.STATE_FOCUSED)})  # fmt: skip
        for child in node:
            if child is not None:
                visit(child, depth + 1)

    for top in app:
        if top is None or (top.name or "") != title or not top.getState().contains(pyatspi.STATE_SHOWING):
            continue
        visit(top, 0)
        return found
    return None


def read_screen(note: dict) -> dict:
    """Read the screen until its name is there and two readings in a row agree."""
    deadline = time.monotonic() + SCREEN_S
    last: list[dict] | None = None
    readings = 0
    while time.monotonic() < deadline:
        readings += 1
        try:
            tree = _read_window(note["pid"], note["title"])
        except Exception as exc:  # an object gone while reading: read again
            tree, error = None, str(exc)
        else:
            error = ""
        has_marker = tree is not None and any(n["name"] == note["expect"] for n in tree)
        if has_marker and tree == last:
            return {"tree": tree, "readings": readings}
        last = tree if has_marker else None
        time.sleep(0.05 if has_marker else 0.1)
    return {"tree": last or [], "readings": readings, "timeout": True, "error": error}


def run_reader(work: Path) -> int:
    import pyatspi  # type: ignore[import-not-found]

    assert pyatspi.Registry.getDesktop(0) is not None  # reach the registry: this starts the bus
    (work / "reader-ready").write_text("1")
    count = 0
    deadline = time.monotonic() + SCREEN_S * 4
    while time.monotonic() < deadline:
        note_file = work / f"screen-{count + 1}.json"
        if note_file.exists():
            count += 1
            note = json.loads(note_file.read_text())
            seen = read_screen(note)
            seen.update(note)
            (work / f"read-{count}.json.part").write_text(json.dumps(seen, ensure_ascii=False))
            (work / f"read-{count}.json.part").rename(work / f"read-{count}.json")
            deadline = time.monotonic() + SCREEN_S * 2
        elif (work / "done").exists():
            return 0
        else:
            time.sleep(0.02)
    return 1


# --- the driver, inside dbus-run-session --------------------------------------------------------
def _wait_for(path: Path, process: subprocess.Popen, what: str, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not path.exists():
        if process.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"{what} (exit code {process.poll()})")
        time.sleep(0.02)


def run_session(work: Path, languages: list[str]) -> int:
    here = Path(__file__).resolve()
    read_fd, write_fd = os.pipe()
    display = os.environ.get("PANEL_REVIEW_XVFB_DISPLAY")  # a fixed display, or the first free one
    xvfb = subprocess.Popen(
        ["Xvfb", *([display] if display else []), "-displayfd", str(write_fd), "-screen", "0", "1366x768x24",
         "-nolisten", "tcp"],
        pass_fds=[write_fd], stdout=subprocess.DEVNULL, stderr=(work / "xvfb.log").open("w"),
    )  # fmt: skip
    os.close(write_fd)
    started = []
    try:
        with os.fdopen(read_fd) as ready:  # Xvfb writes its display number once it accepts clients
            number = ready.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start: " + (work / "xvfb.log").read_text()[-500:])
        env = dict(os.environ, DISPLAY=f":{number}", QT_QPA_PLATFORM="xcb", QT_ACCESSIBILITY="1",
                   QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", PYTHONPATH=str(ROOT),
                   XDG_CONFIG_HOME=str(work / "config"), XDG_DATA_HOME=str(work / "data"))  # fmt: skip
        reader = subprocess.Popen([READER_PYTHON, str(here), "--read", str(work)], env=env,
                                  stderr=(work / "reader.log").open("w"))  # fmt: skip
        started.append(reader)
        _wait_for(work / "reader-ready", reader, "the reader did not reach the accessibility registry", 20)
        app = subprocess.Popen([sys.executable, str(here), "--app", str(work), *languages], env=env, cwd=ROOT,
                               stderr=(work / "app.log").open("w"))  # fmt: skip
        started.append(app)
        app_code = app.wait(timeout=SCREEN_S * 8)
        reader_code = reader.wait(timeout=SCREEN_S * 2)
        return app_code or reader_code
    finally:
        for process in (*started, xvfb):
            if process.poll() is None:
                process.kill()
                process.wait()


def walk(languages: list[str], timeout: float = 120) -> tuple[list[dict], str]:
    """Run the whole walk; the screens as read, and the logs when something failed."""
    with tempfile.TemporaryDirectory(prefix="atspi-walk-") as temp:
        work = Path(temp)
        done = subprocess.run(
            ["dbus-run-session", "--", sys.executable, str(Path(__file__).resolve()), "--session", str(work),
             *languages],
            cwd=ROOT, capture_output=True, text=True, timeout=timeout,
        )  # fmt: skip
        screens = []
        for index in range(1, 1000):
            read = work / f"read-{index}.json"
            if not read.exists():
                break
            screens.append(json.loads(read.read_text()))
        logs = ""
        if done.returncode != 0:
            logs = done.stdout[-2000:] + done.stderr[-2000:]
            for name in ("app.log", "reader.log", "xvfb.log"):
                if (work / name).exists():
                    logs += f"\n--- {name}\n" + (work / name).read_text()[-3000:]
        return screens, logs


def problems(screen: dict) -> list[str]:
    """Interactive objects without a name; answer buttons that share a name."""
    found = []
    if screen.get("timeout"):
        found.append(f"never read a stable screen showing {screen['expect']!r} ({screen.get('error', '')})")
    answers: dict[str, int] = {}
    for node in screen["tree"]:
        if node["role"] in INTERACTIVE_ROLES and not node["name"].strip():
            found.append(f"a {node['role']} without a name (depth {node['depth']})")
        if node["role"] in ANSWER_ROLES:
            answers[node["name"]] = answers.get(node["name"], 0) + 1
    if screen["screen"].endswith("workspace"):
        found += [f"{n} answer buttons called {name!r}" for name, n in answers.items() if n > 1]
    return found


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--language", nargs="+", default=["en", "cy"])
    parser.add_argument("--report", type=Path)
    args = parser.parse_args()
    missing = missing_tools()
    if missing:
        print("missing Debian packages: " + " ".join(missing))
        return 2
    start = time.monotonic()
    screens, logs = walk(args.language)
    for screen in screens:
        print(f"== {screen['screen']}: {len(screen['tree'])} objects, {screen['readings']} readings")
        for problem in problems(screen):
            print("   ", problem)
    print(logs)
    print(f"{time.monotonic() - start:.1f} s")
    if args.report:
        args.report.write_text(json.dumps(screens, indent=1, ensure_ascii=False))
    return 1 if logs else 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--app":
        sys.path.insert(0, str(ROOT))
        sys.exit(run_app(Path(sys.argv[2]), sys.argv[3:]))
    if len(sys.argv) > 1 and sys.argv[1] == "--read":
        sys.exit(run_reader(Path(sys.argv[2])))
    if len(sys.argv) > 1 and sys.argv[1] == "--session":
        sys.exit(run_session(Path(sys.argv[2]), sys.argv[3:]))
    sys.exit(main())
