"""Panel Review updated while open: the running copy says so and loads nothing more from it.

The watched "installation" here is a file of the test's own, replaced the way a package
manager replaces the program (a new file renamed into place). The window is real, over
a real profile; the module the print action loads is unloaded first, so that printing
has to load it, as it does the first time in a real session. The same path is walked on
a real installed .deb by installer/upgrade-check.sh.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from desktop import installation
from desktop.ui import i18n, updated
from desktop.ui.ops import read
from tests.ui.fakes import FakeDialogs
from tests.ui.harness import open_round, open_window

PRINTING = "desktop.ui.member.printing"
WELSH_TITLE = "Diweddarwyd Adolygiad Panel"


@pytest.fixture
def program(tmp_path):
    """A stand-in for the program file, watched as the app watches its own; unwatched after."""
    path = tmp_path / "panel-review"
    path.write_bytes(b"version N")
    yield path
    installation.unwatch()


@pytest.fixture
def welsh_then_english(qapp):
    i18n.set_language("cy")
    yield
    i18n.set_language("en")


def upgrade(path: Path) -> None:
    """What dpkg does: write the new version beside the old, then rename it over."""
    new = path.with_name(path.name + ".dpkg-new")
    new.write_bytes(b"version N+1")
    os.replace(new, path)


def test_a_replaced_file_is_noticed_and_a_read_is_not(program) -> None:
    watched = installation.Installation([program])
    program.read_bytes()  # reading the program is what a running copy does
    assert not watched.changed()
    upgrade(program)
    assert watched.changed()


def test_after_an_upgrade_no_module_is_loaded_from_the_new_files(program) -> None:
    assert installation.watch([program]) is not None
    saved = sys.modules.pop("colorsys", None)
    try:
        upgrade(program)
        with pytest.raises(installation.InstallationChanged):
            import colorsys
        assert installation.has_changed()
    finally:
        installation.unwatch()
        if saved is not None:
            sys.modules["colorsys"] = saved
    import colorsys  # noqa: F401 - unwatched: imports work again


def test_from_source_nothing_is_watched() -> None:
    assert installation.program_files() == []
    assert installation.watch() is None


@pytest.fixture
def printing_unloaded():
    """Printing's module not yet loaded, as before a member's first print of a session."""
    saved = sys.modules.pop(PRINTING, None)
    yield
    if saved is not None:
        sys.modules[PRINTING] = saved


def test_printing_after_an_upgrade_says_restart_in_welsh_and_nothing_else(
    qtbot, db, round_id, profile_dir, program, printing_unloaded, welsh_then_english
) -> None:
    dialogs = FakeDialogs(confirmations=[False])  # "Restart Panel Review now?" - not yet
    window = open_window(qtbot, profile_dir, dialogs, db=db)
    open_round(qtbot, window, round_id)
    updated.start_noticing(window, dialogs)
    i18n.set_language("cy")  # open_window chose English
    installation.watch([program])
    upgrade(program)
    window.print_action.trigger()
    qtbot.waitUntil(lambda: len(dialogs.asked) == 1)
    title, message = dialogs.asked[0]
    assert title == WELSH_TITLE
    assert "wedi'i gadw" in message, "the message promises that what was typed is kept"
    assert dialogs.errors == [] and dialogs.infos == []
    assert PRINTING not in sys.modules, "nothing was loaded from the replaced files"
    assert window.isVisible() and not updated.restart_wanted()


def test_a_background_operation_after_an_upgrade_asks_to_restart_and_restarting_closes_the_window(
    qtbot, db, profile_dir, program
) -> None:
    dialogs = FakeDialogs(confirmations=[True])  # restart now
    window = open_window(qtbot, profile_dir, dialogs, db=db)
    updated.start_noticing(window, dialogs)
    installation.watch([program])
    failures: list[Exception] = []

    def loads_a_module(_session) -> None:
        upgrade(program)  # the package manager finished while the work ran
        import colorsys  # noqa: F401

    saved = sys.modules.pop("colorsys", None)
    try:
        read(window.session, loads_a_module).failure(failures.append).run()
        qtbot.waitUntil(lambda: not window.isVisible())
    finally:
        if saved is not None:
            sys.modules["colorsys"] = saved
    assert [title for title, _ in dialogs.asked] == ["Panel Review was updated"]
    assert failures == [], "the operation's own failure message is not shown as well"
    assert updated.restart_wanted()
    assert window.session is None, "closed as any quit: the profile saved and locked"
