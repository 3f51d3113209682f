"""The self-test's window and libraries checks, and install-user.sh, which refuses to install without them.

A portable build once passed every self-test check on a computer without
libxcb-cursor0 and then aborted on its first start (exit code 134); on a minimal
Debian 12 without libsqlite3 the self-test itself stopped with a traceback. These tests break
the window system for real — a display that is not there, a copy of PySide6 with one of
Qt's libraries taken away, an `ldd` that reports a system library missing — and the
check must fail, name what is missing and how to get it, and never crash the self-test.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.words import say, words
from desktop.services import window_system
from desktop.services.selftest import CheckFailed, CheckNotRun

ENTRY = Path(sys.executable).parent / "panel-review"
CHECKOUT = Path(__file__).resolve().parents[2]
INSTALLER = CHECKOUT / "installer"
FAILED, NOT_TESTED = words("cli.failed"), words("cli.not_tested")
LABEL = words("cli.check.window")

LDD_OUTPUT = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /opt/panel-review/_internal/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f2f)
\tlibxcb-cursor.so.0 => not found
\tlibxkbcommon-x11.so.0 => not found
\tlibxcb-cursor.so.0 => not found
\tlibfrobnicate.so.3 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f2f)
"""


def window_check(
    *args: str, env: dict[str, str], path: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """`panel-review --selftest window` in a subprocess, with `env` instead of the display variables."""
    base = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    full = {**base, "PYTHONPATH": str(CHECKOUT), **env}
    if path is not None:
        full["PATH"] = f"{path}{os.pathsep}{full.get('PATH', '')}"
    return subprocess.run(
        [str(ENTRY), "--selftest", "window", *args], capture_output=True, text=True, env=full, timeout=120
    )


def pyside_without(tmp_path: Path, hidden: str) -> Path:
    """A folder holding a PySide6 whose Qt lacks the library `hidden`: links to the real files,
    and a copy of the xcb plugin, whose $ORIGIN then finds Qt's libraries in the copy."""
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    assert spec is not None and spec.submodule_search_locations
    real = Path(next(iter(spec.submodule_search_locations)))
    copy = tmp_path / "site" / "PySide6"
    (copy / "Qt" / "lib").mkdir(parents=True)
    (copy / "Qt" / "plugins" / "platforms").mkdir(parents=True)
    for entry in real.iterdir():
        if entry.name != "Qt":
            (copy / entry.name).symlink_to(entry)
    for entry in (real / "Qt").iterdir():
        if entry.name not in ("lib", "plugins"):
            (copy / "Qt" / entry.name).symlink_to(entry)
    for entry in (real / "Qt" / "lib").iterdir():
        if entry.name != hidden:
            (copy / "Qt" / "lib" / entry.name).symlink_to(entry)
    for entry in (real / "Qt" / "plugins").iterdir():
        if entry.name != "platforms":
            (copy / "Qt" / "plugins" / entry.name).symlink_to(entry)
    shutil.copy2(real / "Qt" / "plugins" / "platforms" / "libqxcb.so", copy / "Qt" / "plugins" / "platforms")
    return copy.parent


def fake_ldd(tmp_path: Path, output: str) -> Path:
    folder = tmp_path / "bin"
    folder.mkdir()
    script = folder / "ldd"
    script.write_text(f"#!/bin/sh\ncat <<'EOF'\n{output}EOF\n", encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return folder


def test_ldd_output_gives_each_missing_library_once_in_its_order() -> None:
    assert window_system.missing_libraries(LDD_OUTPUT) == [
        "libxcb-cursor.so.0", "libxkbcommon-x11.so.0", "libfrobnicate.so.3",
    ]  # fmt: skip
    assert window_system.missing_libraries("\tlibc.so.6 => /lib/libc.so.6 (0x1)\n") == []


@pytest.mark.parametrize("language", ["en", "cy"])
def test_missing_libraries_are_named_with_the_one_apt_line_and_unknown_ones_by_file(language: str) -> None:
    said = window_system.explain_missing(
        "xcb", ["libxcb-cursor.so.0", "libxkbcommon-x11.so.0", "libfrobnicate.so.3"]
    )
    text = said.in_language(language)
    assert (
        say("window.install", language, command="sudo apt install libxcb-cursor0 libxkbcommon-x11-0") in text
    )
    assert say("window.unknown", language, libraries="libfrobnicate.so.3") in text
    assert "libxcb-cursor.so.0, libxkbcommon-x11.so.0, libfrobnicate.so.3" in text


def test_a_missing_library_of_qt_itself_says_the_app_is_damaged_not_which_package_to_install() -> None:
    text = window_system.explain_missing("xcb", ["libQt6XcbQpa.so.6"]).in_language("en")
    assert text == say("window.damaged", "en", libraries="libQt6XcbQpa.so.6")
    assert "apt" not in text


@pytest.mark.parametrize(
    ("environ", "without"),
    [
        ({}, True),
        ({"DISPLAY": ":0"}, False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, False),
        ({"QT_QPA_PLATFORM": "offscreen"}, False),
        ({"QT_QPA_PLATFORM": "xcb"}, True),
        ({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0"}, False),
        ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":0"}, False),
    ],
)
def test_no_display_is_only_when_nothing_the_platform_needs_is_set(
    environ: dict[str, str], without: bool
) -> None:
    wanted = window_system.requested_platforms(environ)
    assert window_system.without_display(wanted, environ) is without


def test_without_a_display_the_check_is_not_tested_unless_a_library_is_missing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(window_system, "run_ldd", lambda files: "")
    with pytest.raises(CheckNotRun):
        window_system.check_window(Path(), {})
    monkeypatch.setattr(window_system, "run_ldd", lambda files: LDD_OUTPUT)
    with pytest.raises(CheckFailed) as failed:
        window_system.check_window(Path(), {})
    assert failed.value.said is not None and "libxcb-cursor0" in failed.value.said.in_language("en")


def test_qt_message_keeps_its_platform_lines_without_its_guess_about_xcb_cursor() -> None:
    stderr = (
        "qt.qpa.xcb: could not connect to display :9\n"
        "qt.qpa.plugin: From 6.5.0, xcb-cursor0 or libxcb-cursor0 is needed to load the Qt xcb platform "
        "plugin.\n"
        'qt.qpa.plugin: Could not load the Qt platform plugin "xcb" in "" even though it was found.\n'
        "Available platform plugins are: xcb.\n"
    )
    assert window_system.qt_message(stderr) == (
        "qt.qpa.xcb: could not connect to display :9 "
        'qt.qpa.plugin: Could not load the Qt platform plugin "xcb" in "" even though it was found.'
    )


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_display_that_is_not_there_aborts_the_child_and_fails_the_check_only(language: str) -> None:
    """Qt aborts when xcb cannot connect: the self-test reports it and exits 1, not 134."""
    result = window_check("--language", language, env={"DISPLAY": ":97531"})
    assert result.returncode == 1, result.stdout + result.stderr
    identity, line = result.stdout.splitlines()
    assert identity.startswith(("Panel Review ", "Adolygiad Panel "))
    prefix = f"{FAILED.in_language(language)}: {LABEL.in_language(language)} ("
    assert line.startswith(prefix), line
    assert "134" in line and "could not connect to display :97531" in line
    assert "libxcb-cursor0 is needed" not in line  # Qt's guess; ldd found every library present


def test_a_qt_library_taken_away_is_named_and_the_child_abort_is_caught(tmp_path: Path) -> None:
    site = pyside_without(tmp_path, "libQt6XcbQpa.so.6")
    env = {"DISPLAY": ":97531", "PYTHONPATH": f"{site}{os.pathsep}{CHECKOUT}"}
    # The child really aborts on this copy (the self-test must survive exactly this).
    child = subprocess.run(
        [sys.executable, "-m", "desktop.launcher", window_system.PROBE_OPTION],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, **env},
    )  # fmt: skip
    assert child.returncode == -6, child.stderr
    result = window_check(env=env)
    assert result.returncode == 1, result.stdout + result.stderr
    line = result.stdout.splitlines()[1]
    assert line == (
        f"{FAILED.en}: {LABEL.en} ({say('window.damaged', 'en', libraries='libQt6XcbQpa.so.6')})"
    ), line


def test_a_missing_system_library_reported_by_ldd_gets_its_apt_line(tmp_path: Path) -> None:
    """The child fails for real (no display there); `ldd` is a stand-in naming a missing library."""
    result = window_check(env={"DISPLAY": ":97531"}, path=fake_ldd(tmp_path, LDD_OUTPUT))
    assert result.returncode == 1, result.stdout + result.stderr
    line = result.stdout.splitlines()[1]
    assert "libxcb-cursor.so.0" in line and "sudo apt install libxcb-cursor0 libxkbcommon-x11-0" in line
    assert "libfrobnicate.so.3" in line


def test_without_a_display_the_line_says_so_and_the_run_passes() -> None:
    result = window_check(env={})
    assert result.returncode == 0, result.stdout + result.stderr
    line = result.stdout.splitlines()[1]
    assert line.startswith(f"{NOT_TESTED.en}: {LABEL.en} (") and "DISPLAY" in line


def test_a_system_library_missing_from_the_build_is_named_with_its_package(tmp_path: Path) -> None:
    output = "\tlibsqlite3.so.0 => not found\n\tlibQt6Core.so.6 => /somewhere/libQt6Core.so.6 (0x1)\n"
    path = f"{fake_ldd(tmp_path, output)}{os.pathsep}{os.environ['PATH']}"
    done = subprocess.run(
        [str(ENTRY), "--selftest", "libraries", "--language", "cy"],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(CHECKOUT), "PATH": path},
    )  # fmt: skip
    assert done.returncode == 1, done.stdout + done.stderr
    line = done.stdout.splitlines()[1]
    assert line.startswith(f"{FAILED.cy}: {words('cli.check.libraries').cy} (")
    assert say("window.install", "cy", command="sudo apt install libsqlite3-0") in line


def test_when_the_self_test_itself_cannot_be_imported_it_still_names_the_missing_library(
    tmp_path: Path,
) -> None:
    """A minimal Debian 12 had no libsqlite3: importing the command line failed with a traceback."""
    code = (
        "import sys; sys.modules['_sqlite3'] = None; from desktop.launcher import main; "
        "sys.exit(main(['--selftest']))"
    )
    output = "\tlibsqlite3.so.0 => not found\n"
    bin_folder = fake_ldd(tmp_path, output)
    env = {**os.environ, "PYTHONPATH": str(CHECKOUT), "PATH": f"{bin_folder}{os.pathsep}{os.environ['PATH']}"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stdout.splitlines()
    assert (
        lines[1].startswith(f"{FAILED.en}: {words('cli.check.libraries').en} (")
        and "libsqlite3-0" in lines[1]
    )
    assert lines[-1].startswith(f"{FAILED.en}: {words('cli.check.start').en} (") and "_sqlite3" in lines[-1]


def unpacked_with(tmp_path: Path, program: str) -> Path:
    """The tarball's folder as install-user.sh sees it, its panel-review a stand-in running `program`."""
    folder = tmp_path / "panel-review-0.0.0"
    folder.mkdir()
    shutil.copy2(INSTALLER / "linux" / "install-user.sh", folder)
    for name in ("panel-review.desktop", "panel-review-mime.xml"):
        shutil.copy2(INSTALLER / "linux" / name, folder)
    shutil.copy2(INSTALLER / "panel-review.svg", folder)
    stand_in = folder / "panel-review"
    stand_in.write_text(f"#!/bin/sh\n{program}\n", encoding="utf-8")
    stand_in.chmod(0o755)
    return folder


def install_user(folder: Path, tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    home = tmp_path / "home"
    base = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    full = {**base, "HOME": str(home), "XDG_DATA_HOME": str(home / "data"), "LANG": "C.UTF-8", **env}
    return subprocess.run(
        [str(folder / "install-user.sh")], capture_output=True, text=True, env=full, timeout=120
    )


def test_install_user_refuses_and_installs_nothing_when_the_window_cannot_start(tmp_path: Path) -> None:
    site = pyside_without(tmp_path, "libQt6XcbQpa.so.6")
    program = f'PYTHONPATH="{site}{os.pathsep}{CHECKOUT}" DISPLAY=:97531 exec "{ENTRY}" "$@"'
    result = install_user(unpacked_with(tmp_path, program), tmp_path)
    assert result.returncode != 0
    assert "libQt6XcbQpa.so.6" in result.stdout and "was not added to your menu" in result.stderr
    assert not (tmp_path / "home" / "data").exists()


def test_install_user_installs_when_the_window_starts(tmp_path: Path) -> None:
    program = f'PYTHONPATH="{CHECKOUT}" QT_QPA_PLATFORM=offscreen exec "{ENTRY}" "$@"'
    result = install_user(unpacked_with(tmp_path, program), tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "home" / "data" / "applications" / "panel-review.desktop").is_file()


def test_install_user_refuses_a_c_library_older_than_the_build_needs(tmp_path: Path) -> None:
    """On an older glibc the program cannot start even to say why (a PyInstaller line about
    libpython on Ubuntu 20.04), so install-user.sh compares versions itself, first."""
    program = f'PYTHONPATH="{CHECKOUT}" QT_QPA_PLATFORM=offscreen exec "{ENTRY}" "$@"'
    folder = unpacked_with(tmp_path, program)
    script = folder / "install-user.sh"
    assert "GLIBC_NEEDED=@GLIBC_NEEDED@" in script.read_text(encoding="utf-8")  # build-deb.sh fills it in
    script.write_text(script.read_text(encoding="utf-8").replace("@GLIBC_NEEDED@", "99.1"), encoding="utf-8")
    result = install_user(folder, tmp_path)
    assert result.returncode == 1
    assert "needs glibc 99.1 or later" in result.stderr and "Nothing was added" in result.stderr
    assert not (tmp_path / "home" / "data").exists()


def test_the_tarball_gets_the_glibc_version_measured_from_the_bundle() -> None:
    build = (INSTALLER / "linux" / "build-deb.sh").read_text(encoding="utf-8")
    assert "objdump -T" in build and "s/@GLIBC_NEEDED@/$glibc/" in build
