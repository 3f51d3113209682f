"""The report's language: the interface's until the coordinator chooses, then the choice,
remembered for that profile alone across a restart."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.services import profile
from desktop.ui import i18n
from desktop.ui.worker import active_jobs
from tests.services.exchange_world import PASSPHRASE
from tests.ui.fakes import FakeDialogs
from tests.ui.harness import open_window
from tests.ui.report_round import reviewed_round


@pytest.fixture(scope="module")
def two_profiles(tmp_path_factory):
    """A coordinator's profile with a reviewed round, and a copy of it in another folder."""
    folder, round_id = reviewed_round(tmp_path_factory.mktemp("language"), cases=2, k=2)
    other = folder.parent / "other-coordinator"
    shutil.copytree(folder, other)
    return folder, other, round_id


@pytest.fixture(autouse=True)
def back_to_english():
    yield
    i18n.set_language("en")


def report_page(qtbot, folder, round_id):
    """The window unlocked on `folder`, on its Report page: (window, page, database)."""
    db = profile.open_profile(folder, PASSPHRASE).db
    window = open_window(qtbot, folder, FakeDialogs(), db=db)
    home = window.coordinator_home
    home.tabs.setCurrentWidget(home.report_page)
    qtbot.waitUntil(lambda: home.report_page.round_id == round_id)
    qtbot.waitUntil(home.report_page.save_button.isEnabled)
    return window, home.report_page, db


def shown_language(page) -> tuple[str, str]:
    """What the combo shows and the language the report would be written in."""
    options, _format = page.options()
    return page.language_combo.currentText(), options.language


def close(window, db) -> None:
    """Close the window, then the database once the reads it started are over (the test
    closes the database behind the session's back, which a lock would not do)."""
    window.close()
    QTest.qWait(0)
    while active_jobs():
        QTest.qWait(10)
    db.close()


def test_the_report_language_follows_the_interface_until_chosen(qtbot, two_profiles) -> None:
    _folder, other, round_id = two_profiles
    window, page, db = report_page(qtbot, other, round_id)
    assert shown_language(page) == ("English", "en")
    window.language_actions["cy"].trigger()
    qtbot.wait(0)
    assert shown_language(page) == ("Cymraeg", "cy")
    window.language_actions["en"].trigger()
    qtbot.wait(0)
    assert shown_language(page) == ("English", "en")
    close(window, db)


def test_a_chosen_report_language_is_remembered_for_that_profile_only(qtbot, two_profiles) -> None:
    folder, other, round_id = two_profiles
    window, page, db = report_page(qtbot, folder, round_id)
    page.language_combo.setFocus()
    qtbot.keyClick(page.language_combo, Qt.Key.Key_Down)  # as a person picks: English → Welsh
    qtbot.keyClick(page.language_combo, Qt.Key.Key_Down)  # → Welsh and English
    assert shown_language(page)[1] == "both"
    window.language_actions["cy"].trigger()  # a chosen language is not overridden by a switch
    qtbot.wait(0)
    assert shown_language(page)[1] == "both"
    window.language_actions["en"].trigger()
    qtbot.wait(0)
    close(window, db)

    window, page, db = report_page(qtbot, folder, round_id)  # as after a restart
    assert shown_language(page) == ("Welsh and English (Welsh first)", "both")
    close(window, db)

    window, page, db = report_page(qtbot, other, round_id)  # another profile keeps its own
    assert shown_language(page) == ("English", "en")
    close(window, db)


def test_side_by_side_is_remembered_as_side_by_side(qtbot, two_profiles) -> None:
    folder, _other, round_id = two_profiles
    window, page, db = report_page(qtbot, folder, round_id)
    page.language_combo.setFocus()
    for _ in range(3):  # English → Welsh → Welsh first → side by side
        qtbot.keyClick(page.language_combo, Qt.Key.Key_Down)
    assert page.options()[0].side_by_side
    close(window, db)
    window, page, db = report_page(qtbot, folder, round_id)  # as after a restart
    assert page.options()[0].side_by_side and page.language_combo.currentText().endswith("side by side")
    close(window, db)
