"""Help → About (English and Welsh, selectable, named) and Help → Save diagnostics…,
whose report must carry no case content, names, passphrases or keys."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

from PySide6.QtCore import Qt

import desktop
from desktop import paths
from desktop.services import profile, profiles, review, rounds
from desktop.services.about import app_version
from desktop.services.session import ProfileSession
from desktop.ui import i18n, settings
from desktop.ui.shell.main_window import MainWindow
from tests.conftest import PASSPHRASE, make_cases, small_template_body
from tests.ui.fakes import FakeDialogs
from tests.ui.harness import open_window

ROOT = Path(__file__).resolve().parents[2]
NAME = "Zephaniah Quillfeather"
SECRETS = (NAME, "QUILL-CASE-4471", "Quillfeather summary of the incident", "QUILL-NOTE the officer said",
           "QUILL-TITLE round", "QUILL-FOLDER", PASSPHRASE, "SECRET-NOTE-1")  # fmt: skip


def test_the_package_version_is_pyprojects() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert desktop.__version__ == pyproject["project"]["version"] == app_version()


def about_texts(qtbot, window: MainWindow) -> dict[str, str]:
    window.about_action.trigger()
    dialog = window.about_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    for label in dialog.values.values():
        assert label.accessibleName()
        assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    texts = {key: label.text() for key, label in dialog.values.items()}
    texts["title"] = dialog.windowTitle()
    dialog.close()
    return texts


def test_about_shows_version_build_and_data_folder_in_english_and_welsh(qtbot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path / "profile", FakeDialogs())
    english = about_texts(qtbot, window)
    assert english == {
        "version": app_version(),
        "build_date": "Running from source",
        "commit": "Running from source",
        "data_folder": str(paths.user_data_dir()),
        "title": "About Panel Review",
    }
    assert window.about_action.text() == "&About Panel Review"
    try:
        window.set_language("cy")
        welsh = about_texts(qtbot, window)
        assert welsh["title"] == "Ynghylch Adolygiad Panel"
        assert welsh["build_date"] == "Yn rhedeg o'r cod ffynhonnell"
        assert welsh["version"] == app_version()
        assert window.diagnostics_action.text() == "Cadw &diagnosteg…"
    finally:
        window.set_language("en")


def test_a_built_copy_says_which_build_it_is_everywhere_support_looks(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    """The module the bundle build writes, loaded as a bundle loads it: About, diagnostics
    and --version all read the same date and commit (every installed copy once said
    "Running from source": About read a module of another name than the build wrote)."""
    import sys
    import types

    from desktop import build_identity
    from desktop.services.about import diagnostics_report, identity_line

    generated = types.ModuleType(build_identity.MODULE)
    exec(build_identity.render("2026-12-07", "0123456789abcdef0123456789abcdef01234567"), generated.__dict__)
    monkeypatch.setitem(sys.modules, build_identity.MODULE, generated)
    window = open_window(qtbot, tmp_path / "profile", FakeDialogs())
    shown = about_texts(qtbot, window)
    assert (shown["build_date"], shown["commit"]) == (
        "2026-12-07",
        "0123456789abcdef0123456789abcdef01234567",
    )
    report = diagnostics_report({}, {}, tmp_path)
    assert "Build date: 2026-12-07" in report and "Commit: 0123456789abcdef" in report
    assert identity_line() == (
        f"Panel Review {app_version()}, built 2026-12-07 from commit 0123456789abcdef0123456789abcdef01234567"
    )


def test_version_says_running_from_source_in_a_checkout() -> None:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "desktop.launcher", "--version"], capture_output=True, text=True
    )
    assert (
        done.returncode == 0 and done.stdout.strip() == f"Panel Review {app_version()}, running from source"
    )
    assert done.stderr == ""


def distinctive_profile(folder: Path):
    """A profile under the real data folder with a distinctive name, case, note and passphrase."""
    db = profile.create_profile(folder, NAME, PASSPHRASE, "en")
    profiles.write_card(folder, "member", "Panel member")
    case = rounds.NewCase("QUILL-CASE-4471", "hate_crime", ("race",), "Quillfeather summary of the incident",
                          make_cases(1)[0].documents)  # fmt: skip
    round_id = rounds.add_round(db, "QUILL-TITLE round", small_template_body(), [case], due_date="2026-12-31")
    case_id = rounds.list_cases(db, round_id)[0].id
    review.save_answer(db, case_id, "assessed", "no")
    review.save_note(db, case_id, "assessed", "QUILL-NOTE the officer said")
    return db


def test_diagnostics_hold_versions_settings_and_profiles_but_no_case_content(qtbot, tmp_path: Path) -> None:
    folder = paths.profiles_dir(paths.user_data_dir()) / "profile-9"
    db = distinctive_profile(folder)
    settings.write(settings.LAST_FOLDER, str(tmp_path / "QUILL-FOLDER"))
    settings.write(settings.TEXT_SIZE, 125)
    target = tmp_path / "diagnostics.txt"
    dialogs = FakeDialogs(files=[str(target)])
    i18n.set_language("en")
    window = MainWindow(folder, dialogs, session=ProfileSession(db))
    qtbot.addWidget(window)
    window.diagnostics_action.trigger()
    report = target.read_text("utf-8")
    assert dialogs.infos and str(target) in dialogs.infos[0][1]
    for expected in (f"Version: {app_version()}", "Build date: running from source", "Python: ",
                     "PySide6: ", "Qt: ", "Platform: ", "interface/text_size = 125",
                     "files/last_folder = (stored, not shown)", "profile-9: role member, label Panel member",
                     "keeps no log file"):  # fmt: skip
        assert expected in report, expected
    me = profile.profile_info(db)
    window.close()  # closes the profile; other tests must not find it in the data folder
    shutil.rmtree(folder)
    for secret in (*SECRETS, me.fingerprint, "AGE-SECRET-KEY", str(Path.home())):
        assert secret not in report, secret


def test_diagnostics_not_written_say_why(qtbot, tmp_path: Path) -> None:
    dialogs = FakeDialogs(files=[str(tmp_path / "no-such-folder" / "diagnostics.txt"), None])
    window = open_window(qtbot, tmp_path / "profile", dialogs)
    window.diagnostics_action.trigger()
    assert dialogs.errors and "could not be saved" in dialogs.errors[0][1]
    window.diagnostics_action.trigger()  # cancelled: nothing more said
    assert len(dialogs.errors) == 1 and not dialogs.infos
    window.close()
