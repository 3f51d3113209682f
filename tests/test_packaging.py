"""The installers and the frozen build agree with the code they package.

Nothing here builds anything (installer/ci-package-check.sh does, in CI): these are the
facts a build depends on, checked in a second.
"""

from __future__ import annotations

import configparser
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop import paths
from desktop.exchange import card
from desktop.services import assignment_packs, erasure_receipts, review_packages
from desktop.storage import schema

ROOT = Path(__file__).resolve().parents[1]
INSTALLER = ROOT / "installer"
SPEC = (INSTALLER / "panel-review.spec").read_text(encoding="utf-8")
EXTENSIONS = {
    card.EXTENSION,
    assignment_packs.EXTENSION,
    review_packages.EXTENSION,
    erasure_receipts.EXTENSION,
}
# The oldest macOS the Qt wheels the app bundles run on. PyPI's only PySide6-Pdf >= 6.8
# (pyproject.toml) is 6.12.0.140, which pins PySide6-Essentials 6.12.0; the three of them
# (with shiboken6) have macOS wheels tagged macosx_14_0_universal2 and nothing older.
# Measured by resolving the whole project for a Mac from Linux, without downloading:
#     pip install --dry-run --report - --only-binary=:all: --python-version 3.11 \
#         --platform macosx_<N>_0_<arm64|x86_64> --target <empty folder> .
# N = 14 resolves on both; N = 13 finds no PySide6-Pdf. Every other wheel needs macOS 11
# or less (on Intel, cryptography 48.0.1 is the newest with an x86_64 wheel). Measure
# again when PySide6 moves on.
QT_WHEELS_NEED_MACOS = (14, 0)
MIME_TYPES = {
    card.EXTENSION: "application/x-panel-review-card",
    assignment_packs.EXTENSION: "application/x-panel-review-pack",
    review_packages.EXTENSION: "application/x-panel-review-review",
    erasure_receipts.EXTENSION: "application/x-panel-review-receipt",
}


def test_resources_are_found_inside_a_frozen_build(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == tmp_path / "resources"
    assert paths.templates_dir() == tmp_path / "resources" / "templates"
    assert paths.translations_dir() == tmp_path / "resources" / "translations"
    assert paths.fonts_dir() == tmp_path / "resources" / "fonts"
    assert paths.demo_dir() == tmp_path / "resources" / "demo"


def test_the_spec_ships_every_resource_folder_and_the_migrations_where_the_code_looks() -> None:
    shipped = dict(re.findall(r'tree\("([^"]+)", "([^"]+)"', SPEC))
    for folder in (paths.templates_dir(), paths.translations_dir(), paths.fonts_dir(), paths.demo_dir()):
        source = folder.relative_to(ROOT).as_posix()
        assert shipped.get(source) == source, f"{source} is not in the bundle at the same place"
    # schema.MIGRATIONS is found beside schema.py, in a checkout and in the bundle alike.
    migrations = schema.MIGRATIONS.relative_to(ROOT).as_posix()
    assert shipped.get(migrations) == migrations


def test_the_build_identity_module_exists_only_inside_a_build_under_the_name_the_app_reads() -> None:
    """The spec once packed `desktop.build_info` while About read `desktop._build`: every
    installed copy said "Running from source". One name, and one writer of its text."""
    from desktop import build_identity

    assert not (ROOT / "desktop" / "build_info.py").exists()
    assert f'a.pure.append(("{build_identity.MODULE}",' in SPEC
    assert "from desktop.build_identity import render" in SPEC and "render(build_day.isoformat()" in SPEC


def test_linux_desktop_entry_and_mime_types_cover_our_four_extensions() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(INSTALLER / "linux" / "panel-review.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == "panel-review %f"
    assert set(filter(None, desktop["MimeType"].split(";"))) == set(MIME_TYPES.values())

    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(INSTALLER / "linux" / "panel-review-mime.xml").getroot()
    declared = {
        glob.get("pattern", "").removeprefix("*"): mime.get("type")
        for mime in root.findall("m:mime-type", ns)
        for glob in mime.findall("m:glob", ns)
    }
    assert declared == MIME_TYPES


def test_windows_installer_associates_the_four_extensions_for_this_user_only() -> None:
    iss = (INSTALLER / "windows" / "panel-review.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in iss
    associated = set(re.findall(r'Subkey: "Software\\Classes\\(\.[a-z]+)"', iss))
    assert associated == EXTENSIONS
    assert not re.search(r"Root: HK(LM|CR)", iss)  # nothing machine-wide


ISS = INSTALLER / "windows" / "panel-review.iss"


def iss_sections() -> dict[str, str]:
    """The Inno Setup script's sections by name ("Setup", "Code"...), each its text."""
    parts = re.split(r"^\[(\w+)\]\s*$", ISS.read_text(encoding="utf-8"), flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def test_windows_installer_script_has_what_an_upgrade_depends_on() -> None:
    """Checked as text, here; compiled for real by installer/windows/compile-check.sh
    (Inno Setup under Wine) and on the Windows runner."""
    sections = iss_sections()
    assert {"Setup", "Languages", "Files", "InstallDelete", "Icons", "Registry", "Run", "Code"} <= set(
        sections
    )
    setup = dict(
        line.split("=", 1)
        for line in sections["Setup"].splitlines()
        if "=" in line and not line.startswith(";")
    )
    # An upgrade finds the installed copy by AppId: changing it installs a second copy.
    assert setup["AppId"] == "{{6F3C2B9E-8A41-4D5C-9E27-3B8F1A6D0C54}"
    # The version comes from the command line (/DAppVersion=, from pyproject.toml).
    assert "#ifndef AppVersion" in ISS.read_text(encoding="utf-8")
    assert setup["AppVersion"] == "{#AppVersion}" and "{#AppVersion}" in setup["OutputBaseFilename"]
    # One person's account, no administrator rights.
    assert setup["PrivilegesRequired"] == "lowest" and setup["DefaultDirName"].startswith("{autopf}")
    # A running copy is closed by the Restart Manager and not restarted behind the member's
    # back (docs/decisions.md, "A running copy during an upgrade"); no AppMutex, which the
    # app would have to create.
    assert setup["CloseApplications"] == "yes" and setup["RestartApplications"] == "no"
    assert "AppMutex" not in setup
    # The whole old program folder goes, so nothing of an older version lingers beside the new.
    assert 'Name: "{app}\\_internal"' in sections["InstallDelete"]


def test_windows_installer_code_has_no_brace_comments() -> None:
    """A { } comment in [Code] ends at the first closing brace, and Inno Setup's constants
    are in braces: one such comment holding {app} stopped the compiler ('BEGIN' expected)
    before anyone had compiled the script. Quoted strings may hold braces; nothing else may."""
    code = re.sub(r"'[^']*'", "''", iss_sections()["Code"])
    assert "{" not in code and "}" not in code


def test_macos_app_declares_the_three_document_types() -> None:
    sys.path.insert(0, str(INSTALLER / "macos"))
    try:
        from info_plist import info_plist
    finally:
        sys.path.remove(str(INSTALLER / "macos"))
    plist = info_plist()
    exported = {
        "." + ext
        for declaration in plist["UTExportedTypeDeclarations"]
        for ext in declaration["UTTypeTagSpecification"]["public.filename-extension"]
    }
    assert exported == EXTENSIONS
    handled = {uti for doc in plist["CFBundleDocumentTypes"] for uti in doc["LSItemContentTypes"]}
    assert handled == {d["UTTypeIdentifier"] for d in plist["UTExportedTypeDeclarations"]}


def test_macos_app_asks_for_no_older_macos_than_its_qt_wheels_run_on() -> None:
    """The plist said 11.0, where Qt 6.12 cannot load. With the right minimum, macOS itself
    tells the member the app needs a newer macOS instead of the app failing to start."""
    sys.path.insert(0, str(INSTALLER / "macos"))
    try:
        from info_plist import info_plist
    finally:
        sys.path.remove(str(INSTALLER / "macos"))
    declared = tuple(int(part) for part in info_plist()["LSMinimumSystemVersion"].split("."))
    assert declared >= QT_WHEELS_NEED_MACOS
    # What members and maintainers read says the same.
    stated = f"macOS {declared[0]}"
    release = (ROOT / "docs" / "release.md").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"| {stated} or later" in release
    assert stated in readme
    assert not re.search(r"macOS 1[0-3]\b|macOS 1[0-3]\+", release + readme)
