"""A file double-clicked while Panel Review is open reaches the open window.

The open window is real (pytest-qt, over a real encrypted profile, holding the
profile's lock and listening as the app does); the second copy is the real app started
in a child process with the file, as a desktop's double-click starts it. Card and
review package go to a coordinator, a pack to a member; each must be offered exactly as
a file named at start would be, and the second copy must leave without a word.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.services import assignment_packs, identity, review_packages, rounds
from desktop.storage.profile_lock import lock_profile
from desktop.ui import i18n
from desktop.ui.app import PROFILE_IN_USE_EXIT
from desktop.ui.shell.profile_home import ProfileHome
from desktop.ui.shell.single_instance import OPEN_REQUEST, handed_file, open_request
from tests.services.exchange_world import enrolled_world, make_profile, round_with_packs
from tests.ui.coordinator_harness import table_texts, wait_operations
from tests.ui.fakes import FakeDialogs
from tests.ui.harness import open_window, press
from tests.ui.test_member_exchange import dialog_named
from tests.ui.test_one_copy_per_profile import ROOT, WAIT_S, RunningApp, app_env

# Offscreen Qt cannot raise a window or pass size hints to a window manager; it says so.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
WELSH_NOT_PASSED = "Nid agorwyd y ffeil lost.prcard."


@pytest.fixture(autouse=True)
def back_to_english():
    yield
    i18n.set_language("en")


@pytest.fixture
def world(tmp_path):
    w = enrolled_world(tmp_path, names=("Aled Jones",))
    yield w
    w.close()


def second_copy(profile_dir: Path, file: Path, *options: str) -> subprocess.Popen[str]:
    """The real app started on `profile_dir` with `file`, as a double-click starts it."""
    return subprocess.Popen(
        [sys.executable, "-m", "desktop.ui.app", "--profile", str(profile_dir), *options, str(file)],
        cwd=ROOT, env=app_env(PANEL_REVIEW_UNATTENDED="1"),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def hand_over_from_second_copy(qtbot, profile_dir: Path, file: Path) -> None:
    """Start the second copy and let this window's event loop answer it until it leaves."""
    process = second_copy(profile_dir, file)
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=WAIT_S * 1000)
    out, err = process.communicate()
    assert process.returncode == 0, err[-2000:]
    assert "already open" not in err and "Traceback" not in err, err[-2000:]
    assert "ready" not in out, "the second copy showed no window of its own"


def listening(window, profile_dir: Path, dialogs: FakeDialogs) -> ProfileHome:
    """Hold the profile and listen for later copies, exactly as the app does after its first screen."""
    home = ProfileHome(None, dialogs, lock=lock_profile(profile_dir))
    home.listen(window)
    assert home.listener is not None and home.listener.server.isListening()
    return home


@pytest.mark.slow
def test_a_card_and_a_review_package_reach_the_open_coordinator_window(qtbot, world, tmp_path) -> None:
    member = world.members["Aled Jones"]
    round_with_packs(world, cases=2, k=1)
    pack = world.packs["Aled Jones"]
    preview = assignment_packs.preview_pack(member, pack)
    assignment_packs.import_pack(member, pack, confirmed_fingerprint=preview.fingerprint)
    (round_row,) = rounds.list_rounds(member)
    package = review_packages.export_review(member, round_row.id, tmp_path / "back").path
    newcomer = make_profile(tmp_path / "dafydd", "Dafydd Rees", "member")
    card = tmp_path / "dafydd.prcard"
    identity.export_card(newcomer, card)

    dialogs = FakeDialogs()
    office = world.root / "coordinator"
    window = open_window(qtbot, office, dialogs, db=world.coordinator)
    wait_operations(qtbot)
    home = listening(window, office, dialogs)
    try:
        hand_over_from_second_copy(qtbot, office, card)
        roster = window.coordinator_home.roster_page
        qtbot.waitUntil(lambda: roster.card_dialog is not None and roster.card_dialog.isVisible())
        assert window.coordinator_home.tabs.currentWidget() is roster
        assert roster.card_dialog.name_label.text() == "Dafydd Rees"
        qtbot.mouseClick(roster.card_dialog.cancel_button, Qt.MouseButton.LeftButton)

        hand_over_from_second_copy(qtbot, office, package)
        inbox = window.coordinator_home.inbox_page
        qtbot.waitUntil(lambda: inbox.fate_table.model().rowCount() == 1, timeout=WAIT_S * 1000)
        wait_operations(qtbot)
        assert window.coordinator_home.tabs.currentWidget() is inbox
        assert [row[1] for row in table_texts(inbox.fate_table)] == ["Accepted"]
        assert dialogs.errors == []
    finally:
        home.release()
        window.close()
        newcomer.close()


@pytest.mark.slow
def test_a_pack_reaches_the_open_member_window_and_is_offered_for_import(qtbot, world) -> None:
    member = world.members["Aled Jones"]
    round_with_packs(world, cases=2, k=1)
    dialogs = FakeDialogs(confirmations=[True])  # "Import the cases in it now?"
    folder = world.root / "aled"
    window = open_window(qtbot, folder, dialogs, db=member)
    home = listening(window, folder, dialogs)
    try:
        hand_over_from_second_copy(qtbot, folder, world.packs["Aled Jones"])
        check = dialog_named(qtbot, "fingerprint_dialog")  # the coordinator's key, checked first
        assert dialogs.confirmations == [], "the member was asked, as for a pack named at start"
        press(qtbot, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not check.isVisible())
        assert rounds.list_rounds(member) == []
    finally:
        home.release()
        window.close()


@pytest.mark.slow
def test_a_file_nobody_takes_is_named_in_the_refusal_in_welsh(db, profile_dir, tmp_path) -> None:
    """The profile is held but nothing answers (a hung copy): the file must not vanish unmentioned."""
    db.close()
    lost = tmp_path / "lost.prcard"
    lost.write_bytes(b"not read by anyone")
    with lock_profile(profile_dir):
        process = second_copy(profile_dir, lost, "--language", "cy")
        _out, err = process.communicate(timeout=WAIT_S)
    assert process.returncode == PROFILE_IN_USE_EXIT
    assert WELSH_NOT_PASSED in err and "Traceback" not in err


def test_only_an_absolute_path_to_an_existing_file_is_taken(tmp_path) -> None:
    real = tmp_path / "card.prcard"
    real.write_bytes(b"x")
    assert handed_file(open_request(real)) == real.resolve()
    folder = tmp_path / "folder.prcard"
    folder.mkdir()
    for request in (
        open_request(folder),  # a folder
        open_request(tmp_path / "gone.prcard"),  # nothing there
        OPEN_REQUEST + b'"card.prcard"\n',  # relative: whose working folder?
        OPEN_REQUEST + b'"' + str(real).encode() + b'\\u0000"\n',  # a NUL inside the name
        OPEN_REQUEST + b"[1, 2]\n",  # not a string
        OPEN_REQUEST + b"not json\n",
        open_request(real)[:-1],  # no end of line
        OPEN_REQUEST + b'"' + b"/a" * 5000 + b'"\n',  # longer than any request we send
    ):
        assert handed_file(request) is None, request[:60]


@pytest.mark.slow
def test_picking_a_profile_open_elsewhere_hands_over_the_file_and_leaves(qapp, tmp_path, monkeypatch) -> None:
    """The chooser's path: a copy started with a file shows the profiles; the one picked
    is open in another copy, which takes the file; this copy then has nothing left to do."""
    from PySide6.QtWidgets import QApplication

    from desktop.services.profiles import profiles_dir

    user_data = tmp_path / "data"
    for number in (1, 2):
        make_profile(profiles_dir(user_data) / f"profile-{number}", f"Member {number}", "member").close()
    held = profiles_dir(user_data) / "profile-1"
    card = tmp_path / "aled.prcard"
    card.write_bytes(b"judged by the copy that opens it")
    first = RunningApp(held)
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    try:
        assert first.wait_for_line("listening True")
        dialogs = FakeDialogs()
        home = ProfileHome(user_data, dialogs)
        assert home.start() is None, "two profiles: the chooser"
        home.pending_file = card.resolve()
        assert not home.hold(held)
        assert first.wait_for_line("handed ") == "handed aled.prcard"
        assert quits == [True] and dialogs.infos == [], "handed over: nothing to say, this copy leaves"
        assert home.pending_file is None and home.held is None
    finally:
        first.stop()
