"""The coordinator's round list: archive a published round and purge its case material, by
the keyboard, in a real window over real profiles; and the Inbox's round progress says,
per member, when a package came from an audit log that was rewritten.

A member's real review package comes back and the round is published through the real
services first; the window then does the rest, off the GUI thread.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.services import audit, profile, review_packages, round_archive
from desktop.ui import i18n
from tests.audit_tampering import audit_rows, rewrite_audit_row
from tests.conftest import PASSPHRASE
from tests.services.exchange_world import enrolled_world, round_with_packs
from tests.services.report_world import dump
from tests.services.test_audit_packages import NAMES, _answer_and_send, _folder, _take_packs
from tests.services.test_round_archive import ARCHIVE_PASSPHRASE, _publish, _reviewed_round
from tests.ui.coordinator_harness import table_texts, wait_operations
from tests.ui.fakes import FakeDialogs
from tests.ui.harness import open_window


def _world(root, names):
    w = enrolled_world(root, names)
    yield w
    w.close()


@pytest.fixture
def world(tmp_path):
    yield from _world(tmp_path, NAMES)


@pytest.fixture
def one_member(tmp_path):
    yield from _world(tmp_path, ("Aled Jones",))


def _rounds_page(qtbot, world, dialogs: FakeDialogs):
    window = open_window(qtbot, world.coordinator.path.parent, dialogs, db=world.coordinator)
    home = window.coordinator_home
    home.tabs.setCurrentWidget(home.rounds_page)
    wait_operations(qtbot)
    page = home.rounds_page
    page.table.setFocus()
    page.table.selectRow(0)
    wait_operations(qtbot)
    return window, page


def _alt(qtbot, window, letter: Qt.Key) -> None:
    """Alt+letter on the window, once it is the active one again (a dialog closed)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, letter, Qt.KeyboardModifier.AltModifier)
    QApplication.processEvents()


def test_archive_then_purge_from_the_round_list_by_the_keyboard(qtbot, one_member) -> None:
    world = one_member
    round_id = _reviewed_round(world)
    dialogs = FakeDialogs()
    window, page = _rounds_page(qtbot, world, dialogs)
    archiving = page.archiving
    assert not archiving.archive_button.isEnabled() and not archiving.purge_button.isEnabled()
    assert archiving.status.text() == "Archive and purge come after the report is published."

    _publish(world, round_id)
    archiving.reader.request()
    wait_operations(qtbot)
    assert archiving.archive_button.isEnabled() and not archiving.purge_button.isEnabled()
    assert archiving.archive_button.accessibleName() == "Archive round"

    # a weak passphrase: said plainly, no file, nothing changed
    target = world.root / "spring.tar.age"
    before = dump(world.coordinator)
    _alt(qtbot, window, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: archiving.dialog is not None and archiving.dialog.isVisible())
    archiving.dialog.first.setText("password1")
    archiving.dialog.second.setText("password1")
    dialogs.files.append(str(target))
    archiving.dialog.accept()
    wait_operations(qtbot)
    ((title, message),) = dialogs.errors
    assert title == "Archive round" and "too weak" in message
    assert not target.exists() and dump(world.coordinator) == before
    assert window.focusWidget() is archiving.archive_button  # to try again

    _alt(qtbot, window, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: archiving.dialog is not None and archiving.dialog.isVisible())
    assert archiving.dialog.first.text() == ""  # the passphrase typed before is gone
    archiving.dialog.first.setText(ARCHIVE_PASSPHRASE)
    archiving.dialog.second.setText(ARCHIVE_PASSPHRASE)
    dialogs.files.append(str(target))
    archiving.dialog.accept()
    wait_operations(qtbot)
    qtbot.waitUntil(lambda: archiving.purge_button.isEnabled())
    assert target.exists() and "The archive was written to" in dialogs.infos[-1][1]
    assert archiving.status.text().startswith("Archived on ")
    qtbot.waitUntil(lambda: window.focusWidget() is archiving.purge_button)  # on to the next step

    dialogs.confirmations.append(False)  # asked, and No: nothing purged
    _alt(qtbot, window, Qt.Key.Key_U)
    qtbot.waitUntil(lambda: len(dialogs.asked) == 1)  # a button's Alt+letter clicks a moment later
    wait_operations(qtbot)
    assert (
        dialogs.defaults_no[-1] and round_archive.archive_state(world.coordinator, round_id).purged_at is None
    )

    dialogs.confirmations.append(True)
    _alt(qtbot, window, Qt.Key.Key_U)
    qtbot.waitUntil(lambda: len(dialogs.asked) == 2)
    wait_operations(qtbot)
    qtbot.waitUntil(lambda: archiving.status.text().startswith("Case material purged on "))
    assert "Documents: 3" in dialogs.infos[-1][1]
    assert not archiving.purge_button.isEnabled() and not archiving.archive_button.isEnabled()
    assert window.focusWidget() is page.table
    qtbot.waitUntil(lambda: table_texts(page.table)[0][-1].startswith("Case material purged on "))
    assert audit.verify(world.coordinator).whole

    i18n.set_language("cy")
    QApplication.processEvents()
    assert archiving.status.text().startswith("Glanhawyd deunydd yr achosion ar ")
    assert archiving.purge_button.accessibleName() == "Glanhau deunydd yr achosion"
    i18n.set_language("en")
    window.close()


def test_the_round_progress_names_a_member_whose_audit_log_was_rewritten(qtbot, world) -> None:
    """Built as the service test builds it (tests/services/test_audit_packages.py)."""
    _take_packs(world, round_with_packs(world, cases=4, k=2))
    first = [_answer_and_send(world, name, "yes") for name in NAMES]
    review_packages.import_packages(world.coordinator, first)
    aled = _folder(world, "Aled Jones")
    world.members["Aled Jones"].close()
    answered = next(r for r in audit_rows(aled) if r[1] == "answer_saved")
    rewrite_audit_row(aled, answered[0], detail='{"value": "no", "hours": null}', rehash=True)
    world.members["Aled Jones"] = profile.unlock(aled, PASSPHRASE)
    second = [_answer_and_send(world, name, "no") for name in NAMES]
    review_packages.import_packages(world.coordinator, second)

    window = open_window(qtbot, world.coordinator.path.parent, FakeDialogs(), db=world.coordinator)
    home = window.coordinator_home
    home.tabs.setCurrentWidget(home.inbox_page)
    home.choose_round(world.round_id)
    wait_operations(qtbot)
    inbox = home.inbox_page
    qtbot.waitUntil(lambda: len(table_texts(inbox.progress_table)) == 2)
    shown = {row[0]: row[6] for row in table_texts(inbox.progress_table)}
    assert shown == {
        "Aled Jones": "Check: log changed since an earlier package",
        "Bethan Evans": "No concern",
    }
    assert inbox.progress.headerData(6, Qt.Orientation.Horizontal) == "Audit log"
    model = inbox.progress
    rows = [model.index(r, 6) for r in range(model.rowCount())]
    spoken = [str(model.data(i, Qt.ItemDataRole.AccessibleTextRole)) for i in rows]
    assert any(s.startswith("Aled Jones: Check before relying on") for s in spoken)

    i18n.set_language("cy")
    QApplication.processEvents()
    welsh = {row[0]: row[6] for row in table_texts(inbox.progress_table)}
    assert welsh["Aled Jones"] != shown["Aled Jones"] and "log" in welsh["Aled Jones"]
    i18n.set_language("en")
    window.close()
