"""A screen reader's view of the coordinator's home and the exchange dialogs (a script, not a test).

Shows each screen in a real window under Xvfb and reads it through AT-SPI, as Orca
would: every object's role, name and description, and what is wrong with them
(interactive objects without a name, names that are only a value, table cells without
text). It needs Debian's `xvfb at-spi2-core dbus python3-pyatspi` and takes about ten
seconds. It is not part of the suite: it needs a private session bus, the accessibility
bus and an X server on a free display started around the app, and the reader must
answer each screen before the app moves on; that was not shown to hold on every run.
The problems it found are pinned down by pytest-qt tests (test_coordinator_access.py).
Combo boxes are named by their value on Linux by Qt's design; their label is given
through the "labelled by" relation (the buddy), which Orca reads.

    .venv/bin/python tests/ui/atspi_walk.py [--display :57] [--language cy]

The app side runs in the project's Python; the reading side in Debian's
`/usr/bin/python3`, which has `pyatspi`.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
INTERACTIVE_ROLES = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text", "password text",
    "spin button", "table", "list", "page tab", "menu item", "slider", "tree table",
}  # fmt: skip


# --- the app side --------------------------------------------------------------------------
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
        db = make_profile(root / name.split()[0].lower(), name, "member")
        identity.export_card(db, root / f"{name.split()[0].lower()}.prcard")
        roster.enrol(office, root / f"{name.split()[0].lower()}.prcard", confirmed=name != "Ceri Hughes")
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


def run_app(work: Path, language: str) -> int:
    """Show each screen in turn; wait for the reader to say it has read it."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.services import review_packages
    from desktop.services.session import ProfileSession
    from desktop.ui import i18n
    from desktop.ui.app import make_application
    from desktop.ui.coordinator.card_dialog import CardDialog
    from desktop.ui.coordinator.new_round_dialog import NewRoundDialog
    from desktop.ui.member.fingerprint_dialog import coordinator_dialog
    from desktop.ui.shell.main_window import MainWindow
    from tests.ui.fakes import FakeDialogs

    app = make_application(["panel-review"])
    office, review_file, preview = _office(work / "world")
    i18n.set_language(language)
    window = MainWindow(work / "world" / "office", FakeDialogs(), session=ProfileSession(office))
    window.resize(1366, 768)
    window.show()
    home = window.coordinator_home
    home.inbox_page._imported(review_packages.import_packages(office, [review_file], language=language))

    tick = QTimer()
    tick.start(20)

    def step(name: str, widget) -> None:  # type: ignore[no-untyped-def]
        ready, read = work / "ready", work / "read"
        read.unlink(missing_ok=True)
        ready.write_text(name)
        deadline = time.monotonic() + 60
        while not read.exists() and time.monotonic() < deadline:
            # Block in Qt's loop (the tick wakes it), so the reader's questions are answered at once.
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        if widget is not None:
            widget.close()

    for index in range(home.tabs.count()):
        home.tabs.setCurrentIndex(index)
        step(f"tab {index}", None)
    for name, make in (
        ("new round", lambda: NewRoundDialog(home.rounds_page.session, window)),
        ("card", lambda: CardDialog("Ceri Hughes", preview.fingerprint, window)),
        ("fingerprint", lambda: coordinator_dialog(preview.coordinator, preview.fingerprint, window)),
    ):
        dialog = make()
        dialog.open()
        step(name, dialog)
    (work / "ready").write_text("end")
    window.close()
    QApplication.processEvents()
    return 0


# --- the reading side (Debian's python3 with pyatspi) ------------------------------------------
def read_tree() -> list[dict]:
    import pyatspi  # type: ignore[import-not-found]

    desktop = pyatspi.Registry.getDesktop(0)
    names = ("python", "panel")
    app = next(
        (a for a in desktop if a is not None and any(n in (a.name or "").lower() for n in names)), None
    )
    found: list[dict] = []

    def visit(node, depth: int) -> None:  # type: ignore[no-untyped-def]
        try:
            states = node.getState()
            if not states.contains(pyatspi.STATE_SHOWING):
                return
            role, name = node.getRoleName(), node.name or ""
            text = ""
            if role == "table cell" or role == "label":
                try:
                    iface = node.queryText()
                    text = iface.getText(0, -1)
                except NotImplementedError:
                    text = ""
            found.append({"depth": depth, "role": role, "name": name, "description": node.description or "",
                          "text": text, "focused": states.contains(pyatspi.STATE_FOCUSED)})  # fmt: skip
            for child in node:
                if child is not None:
                    visit(child, depth + 1)
        except Exception as exc:  # an object gone while reading
            found.append({"depth": depth, "role": "?", "name": f"<{exc}>", "description": "", "text": "",
                          "focused": False})  # fmt: skip

    if app is not None:
        for window in app:
            visit(window, 0)
    return found


def problems(tree: list[dict]) -> list[str]:
    found = []
    for node in tree:
        name = node["name"].strip()
        if node["role"] in INTERACTIVE_ROLES and not name and node["role"] not in ("text", "list"):
            found.append(f"unnamed {node['role']}")
        if node["role"] in INTERACTIVE_ROLES and name and name.replace(" ", "").replace(",", "").isdigit():
            found.append(f"{node['role']} named only by a value: {name!r}")
        if node["role"] == "table cell" and not (name or node["text"]).strip():
            found.append("table cell without text")
    return found


def run_reader(work: Path, report: Path) -> int:
    ready, read = work / "ready", work / "read"
    results: dict[str, dict] = {}
    last = ""
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        name = ready.read_text() if ready.exists() else ""
        if name == "end":
            break
        if name and name != last:
            time.sleep(0.8)  # let the bus catch up with the new window
            tree = read_tree()
            results[name] = {"tree": tree, "problems": problems(tree)}
            last = name
            read.write_text(name)
        time.sleep(0.05)
    report.write_text(json.dumps(results, indent=1, ensure_ascii=False))
    return 0


# --- both, under a private session bus and Xvfb ----------------------------------------------
def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--display", default=":57")
    parser.add_argument("--language", default="en")
    parser.add_argument("--report", type=Path, default=Path("atspi-walk.json"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        work = Path(temp)
        here = Path(__file__).resolve()
        script = (
            f"Xvfb {args.display} -screen 0 1366x768x24 >/dev/null 2>&1 & X=$!; sleep 0.5; "
            "/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 & B=$!; sleep 0.5; "
            f"/usr/bin/python3 {here} --read {work} {args.report.resolve()} & R=$!; "
            f"DISPLAY={args.display} QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 "
            f"QT_ACCESSIBILITY=1 {sys.executable} {here} --app {work} {args.language}; "
            "wait $R; kill $B $X"
        )
        done = subprocess.run(["dbus-run-session", "--", "bash", "-c", script], cwd=ROOT, timeout=300)
    report = json.loads(args.report.read_text())
    for screen, seen in report.items():
        print(f"== {screen}: {len(seen['tree'])} objects")
        for problem in seen["problems"]:
            print("   ", problem)
    return done.returncode


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--app":
        sys.path.insert(0, str(ROOT))
        sys.exit(run_app(Path(sys.argv[2]), sys.argv[3]))
    if len(sys.argv) > 1 and sys.argv[1] == "--read":
        sys.exit(run_reader(Path(sys.argv[2]), Path(sys.argv[3])))
    sys.exit(main())
