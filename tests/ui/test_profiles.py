"""Several profiles on one laptop: the chooser, a new profile beside the others, the
per-profile lock, and the unencrypted card that names each profile before unlocking.

Every profile here is a real encrypted one, made through the services; the windows
hold real OS locks through `ProfileHome`, as the app does.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.paths import profile_card_path
from desktop.services import profile, profiles
from desktop.services.profile_lock import ProfileInUse, lock_profile
from desktop.services.session import create_session
from desktop.ui import i18n
from desktop.ui.app import PROFILE_IN_USE_EXIT
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.profile_home import ProfileHome
from desktop.ui.shell.single_instance import already_open_message
from tests.conftest import PASSPHRASE
from tests.ui.fakes import FakeDialogs
from tests.ui.harness import press, wait_idle
from tests.ui.test_one_copy_per_profile import RunningApp, app_env

ROOT = Path(__file__).resolve().parents[2]
OTHER_PASSPHRASE = "a second quiet river at dusk"


def make_profile(user_data: Path, name: str, role: str, label: str, passphrase: str = PASSPHRASE) -> Path:
    """A profile made as "New profile…" makes one: a fresh folder, then the database and card."""
    folder, lock = profiles.claim_new_profile(user_data)
    try:
        create_session(folder, name, passphrase, "en", role=role, label=label).close()
    finally:
        lock.release()
    return folder


@pytest.fixture
def user_data(tmp_path: Path) -> Path:
    return tmp_path / "PanelReview"


@pytest.fixture
def two_profiles(user_data: Path) -> tuple[Path, Path]:
    coordinator = make_profile(user_data, "Olwen Pryce", "coordinator", "OPCC hate crime panel")
    member = make_profile(user_data, "Olwen Pryce", "member", "My own reviews", OTHER_PASSPHRASE)
    return coordinator, member


def open_home_window(qtbot, user_data: Path, dialogs: FakeDialogs | None = None) -> MainWindow:
    """The window as `panel-review` starts it on `user_data`: the profile lock taken by its home."""
    i18n.set_language("en")
    home = ProfileHome(user_data, dialogs or FakeDialogs())
    window = MainWindow(home.start(), dialogs or FakeDialogs(), home=home)
    window.destroyed.connect(home.release)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.waitUntil(window.isActiveWindow)
    return window


def list_texts(window: MainWindow) -> list[str]:
    plist = window.chooser_page.profile_list
    return [plist.item(row).text() for row in range(plist.count())]


def type_passphrase(qtbot, window: MainWindow, passphrase: str) -> None:
    field = window.unlock_page.passphrase_edit
    assert field.hasFocus(), "the unlock page gives the passphrase field the keyboard"
    QTest.keyClicks(field, passphrase)
    press(qtbot, Qt.Key.Key_Return)
    wait_idle(qtbot)


def test_the_chooser_lists_both_profiles_and_opens_each_by_keyboard(qtbot, user_data, two_profiles) -> None:
    coordinator, member = two_profiles
    window = open_home_window(qtbot, user_data)
    assert window.stack.currentWidget() is window.chooser_page
    assert window.home is not None and window.home.held is None, "nothing is held on the chooser"
    assert list_texts(window) == ["Coordinator: OPCC hate crime panel", "Member: My own reviews"]
    plist = window.chooser_page.profile_list
    assert plist.item(1).data(Qt.ItemDataRole.AccessibleTextRole) == "Member: My own reviews"
    assert plist.hasFocus() and plist.currentRow() == 0

    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.unlock_page
    assert window.unlock_page.profile_line.text() == "Profile: Member: My own reviews"
    assert window.unlock_page.choose_button.isVisibleTo(window)
    assert window.home.held == member
    type_passphrase(qtbot, window, OTHER_PASSPHRASE)
    assert window.stack.currentWidget() is window.rounds_page

    window.switch_action.trigger()  # File → Switch profile…: locks, then the chooser
    assert window.session is None and window.home.held is None
    assert window.stack.currentWidget() is window.chooser_page
    press(qtbot, Qt.Key.Key_Return)  # the first row: the coordinator's profile
    assert window.home.held == coordinator
    type_passphrase(qtbot, window, PASSPHRASE)
    assert window.coordinator_home is not None
    assert window.stack.currentWidget() is window.coordinator_home
    window.close()


def test_choose_another_profile_from_the_unlock_page(qtbot, user_data, two_profiles) -> None:
    window = open_home_window(qtbot, user_data)
    press(qtbot, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.unlock_page
    QTest.mouseClick(window.unlock_page.choose_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.chooser_page
    assert window.home is not None and window.home.held is None
    window.close()


def test_an_older_single_profile_still_opens_straight_to_unlock(qtbot, user_data) -> None:
    profile.create_profile(user_data, "Ann Jones", PASSPHRASE, "en").close()  # the layout until now
    assert profiles.list_profiles(user_data) == [profiles.ProfileEntry(user_data)]
    window = open_home_window(qtbot, user_data)
    assert window.stack.currentWidget() is window.unlock_page
    assert window.profile_dir == user_data and window.home is not None and window.home.held == user_data
    assert not window.unlock_page.choose_button.isVisibleTo(window), "nothing else to choose"
    assert not window.unlock_page.profile_line.isVisibleTo(window)
    with pytest.raises(ProfileInUse):
        lock_profile(user_data)
    type_passphrase(qtbot, window, PASSPHRASE)
    assert window.stack.currentWidget() is window.rounds_page
    window.close()


def test_an_older_profile_is_listed_beside_new_ones_and_never_moved(qtbot, user_data) -> None:
    profile.create_profile(user_data, "Ann Jones", PASSPHRASE, "en").close()
    before = [p.name for p in user_data.iterdir()]
    make_profile(user_data, "Ann Jones", "coordinator", "Panel coordinator")
    window = open_home_window(qtbot, user_data)
    assert list_texts(window) == [f"Profile ({user_data.name})", "Coordinator: Panel coordinator"]
    press(qtbot, Qt.Key.Key_Return)
    type_passphrase(qtbot, window, PASSPHRASE)
    assert window.stack.currentWidget() is window.rounds_page
    window.close()
    assert set(before) <= {p.name for p in user_data.iterdir()}, "the older profile stays where it was"
    assert profiles.list_profiles(user_data)[0].folder == user_data


def fill_setup(qtbot, window: MainWindow, name: str, passphrase: str) -> None:
    page = window.setup_page
    page.name_edit.setFocus()
    QTest.keyClicks(page.name_edit, name)
    QTest.keyClicks(page.passphrase_edit, passphrase)
    QTest.keyClicks(page.repeat_edit, passphrase)
    QTest.keyClick(page.repeat_edit, Qt.Key.Key_Return)


def test_a_coordinator_creates_a_member_profile_on_the_same_laptop(qtbot, user_data) -> None:
    coordinator = make_profile(user_data, "Olwen Pryce", "coordinator", "Panel coordinator")
    window = open_home_window(qtbot, user_data)
    type_passphrase(qtbot, window, PASSPHRASE)
    assert window.coordinator_home is not None

    window.new_profile_action.trigger()  # File → New profile…: locks first
    assert window.session is None and window.coordinator_home is None
    page = window.setup_page
    assert window.stack.currentWidget() is page
    assert page.heading.text() == "A new profile" and page.choose_button.isVisibleTo(window)
    assert page.role_choice.role() == "member" and page.label_edit.text() == "Panel member"
    new_folder = window.profile_dir
    assert new_folder is not None and new_folder != coordinator and window.home.held == new_folder
    fill_setup(qtbot, window, "Olwen Pryce", OTHER_PASSPHRASE)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.rounds_page, timeout=10_000)

    window.switch_action.trigger()
    assert list_texts(window) == ["Coordinator: Panel coordinator", "Member: Panel member"]
    window.close()
    unlocked = profile.unlock(new_folder, OTHER_PASSPHRASE)
    assert profile.profile_info(unlocked).role == "member"
    unlocked.close()


def test_the_label_follows_the_role_until_typed_and_the_help_says_it_is_visible(qtbot, user_data) -> None:
    make_profile(user_data, "Olwen Pryce", "member", "Panel member")
    make_profile(user_data, "Olwen Pryce", "member", "Second", OTHER_PASSPHRASE)
    window = open_home_window(qtbot, user_data)
    QTest.mouseClick(window.chooser_page.new_button, Qt.MouseButton.LeftButton)
    page = window.setup_page
    assert "without the passphrase" in page.label_help.text()
    assert page.label_edit.accessibleDescription() == page.label_help.text()
    page.role_choice.coordinator_radio.click()
    assert page.label_edit.text() == "Panel coordinator"
    page.label_edit.selectAll()
    QTest.keyClicks(page.label_edit, "Stop and search panel")
    page.role_choice.member_radio.click()
    assert page.label_edit.text() == "Stop and search panel", "a typed label is kept"
    page.role_choice.coordinator_radio.click()
    fill_setup(qtbot, window, "Olwen Pryce", "a third river in the hills")
    qtbot.waitUntil(lambda: window.coordinator_home is not None, timeout=10_000)
    assert profiles.read_card(window.profile_dir) == ("coordinator", "Stop and search panel")

    window.switch_action.trigger()  # back on the chooser: the new one is listed, the rest as before
    assert list_texts(window)[-1] == "Coordinator: Stop and search panel"
    QTest.mouseClick(window.chooser_page.new_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(window.setup_page.choose_button, Qt.MouseButton.LeftButton)  # changed my mind
    assert window.stack.currentWidget() is window.chooser_page and window.home.held is None
    assert len(list_texts(window)) == 3, "an abandoned set-up is not listed"
    window.close()


def test_the_card_holds_the_role_and_label_only(qtbot, tmp_path) -> None:
    """Set up the first profile as a person would; the card names nothing from the database."""
    user_data = tmp_path / "PanelReview"
    window = open_home_window(qtbot, user_data)
    assert window.stack.currentWidget() is window.setup_page
    assert not window.setup_page.choose_button.isVisibleTo(window), "no other profile to go back to"
    fill_setup(qtbot, window, "Annabelle Rhys-Jones", "a long enough sentence here")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.rounds_page, timeout=10_000)
    folder = window.profile_dir
    assert folder is not None and folder.parent == user_data / "profiles"
    window.close()

    raw = profile_card_path(folder).read_text(encoding="utf-8")
    assert json.loads(raw) == {"format": 1, "role": "member", "label": "Panel member"}
    db = profile.unlock(folder, "a long enough sentence here")
    info = profile.profile_info(db)
    db.close()
    for secret in (info.display_name, "Annabelle", "Rhys", info.fingerprint, info.fingerprint.split()[0]):
        assert secret not in raw
    assert not list(folder.glob("profile.json.partial-*")), "written atomically, nothing left over"


def test_a_damaged_card_lists_the_profile_by_its_folder(user_data) -> None:
    folder = make_profile(user_data, "Ann Jones", "member", "Panel member")
    profile_card_path(folder).write_text('{"format": 1, "role": "admin", "label": "x"}', encoding="utf-8")
    assert profiles.list_profiles(user_data) == [profiles.ProfileEntry(folder)]
    profile_card_path(folder).write_bytes(b"\xff" * 10)
    assert profiles.read_card(folder) is None


def test_two_windows_hold_two_profiles_but_never_the_same_one(qtbot, user_data, two_profiles) -> None:
    coordinator, member = two_profiles
    first = open_home_window(qtbot, user_data)
    press(qtbot, Qt.Key.Key_Return)
    assert first.home is not None and first.home.held == coordinator

    dialogs = FakeDialogs()
    second = open_home_window(qtbot, user_data, dialogs)
    second.chooser_page.profile_list.setCurrentRow(1)
    second.chooser_page.open_current()
    assert second.home is not None and second.home.held == member, "another profile opens"
    second.switch_action.trigger()
    with qtbot.waitSignal(second.profileInUse):
        second.chooser_page.profile_list.setCurrentRow(0)
        second.chooser_page.open_current()
    assert dialogs.infos == [("Panel Review is already open", already_open_message())]
    assert not second.isVisible() and second.home.held is None
    assert first.home.held == coordinator and first.isVisible()
    first.close()


@pytest.mark.slow
def test_a_second_copy_opens_another_profile_and_is_refused_the_same_one(qtbot, user_data, two_profiles):
    """Two real copies: one started on the coordinator's profile, this one choosing."""
    coordinator, member = two_profiles
    running = RunningApp(coordinator)
    try:
        assert running.wait_for_line("listening ").startswith("listening True")
        dialogs = FakeDialogs()
        window = open_home_window(qtbot, user_data, dialogs)
        window.chooser_page.profile_list.setCurrentRow(1)
        window.chooser_page.open_current()
        assert window.home is not None and window.home.held == member
        window.switch_action.trigger()
        window.chooser_page.profile_list.setCurrentRow(0)
        with qtbot.waitSignal(window.profileInUse):
            window.chooser_page.open_current()
        assert running.wait_for_line("brought forward") == "brought forward"
        assert dialogs.infos and dialogs.infos[0][1] == already_open_message()
        assert running.process.poll() is None, "the first copy keeps running"
    finally:
        running.stop()


def run_without_profile(tmp_path: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    env = app_env(XDG_DATA_HOME=str(tmp_path), **extra)
    command = [sys.executable, "-m", "desktop.ui.app"]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)


@pytest.mark.slow
def test_the_app_starts_on_the_chooser_and_on_the_only_profile(tmp_path: Path) -> None:
    user_data = tmp_path / "PanelReview"  # where platformdirs puts it under XDG_DATA_HOME
    profile.create_profile(user_data, "Ann Jones", PASSPHRASE, "en").close()
    with lock_profile(user_data):  # the only profile is taken before the first screen, as before
        refused = run_without_profile(tmp_path, PANEL_REVIEW_UNATTENDED="1")
    assert refused.returncode == PROFILE_IN_USE_EXIT, refused.stderr[-2000:]
    make_profile(user_data, "Ann Jones", "coordinator", "Panel coordinator")
    with lock_profile(user_data):  # with a choice, nothing is taken until a profile is picked
        chooser = run_without_profile(tmp_path, PANEL_REVIEW_QUIT_WHEN_READY="1")
    assert chooser.returncode == 0, chooser.stderr[-2000:]
    assert "ready" in chooser.stdout and "Traceback" not in chooser.stderr
    assert os.environ.get("XDG_DATA_HOME") != str(tmp_path), "the run's own data folder is untouched"
