"""What Help → About and Help → Save diagnostics say about this copy of the app.

The version has one source of truth, `version` in pyproject.toml. An installed copy
reads it from its package metadata; a frozen build that carries no metadata falls back
to `desktop.__version__`, which a test keeps equal to pyproject's. The build's date and
source commit are written by the bundle build (`desktop.build_identity`); without them
the app is running from source.

The diagnostics report is for support, and support must never receive case content:
it is built only from versions, the platform, the interface settings (values shown only
for keys known to hold nothing private), and each profile's role and label from its
unencrypted card. No database is opened to write it.
"""

from __future__ import annotations

import platform
import sys
from collections.abc import Mapping
from datetime import datetime
from importlib import metadata
from pathlib import Path

from desktop.build_identity import built
from desktop.core.words import say
from desktop.services.profiles import list_profiles

DISTRIBUTION = "panel-review"
# Settings whose values are known to be harmless; any other key is listed without its value.
SHOWN_SETTINGS = frozenset({"interface/language", "interface/text_size", "viewer/zoom"})
LOG_FILE: Path | None = None  # the app keeps no log file (docs/decisions.md)


def app_version() -> str:
    """The installed package's version, else the one the package itself carries."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        from desktop import __version__

        return __version__


def build_date() -> str | None:
    """The date the bundle was built, or None when running from source."""
    identity = built()
    return identity.date if identity is not None else None


def build_commit() -> str | None:
    """The source commit the bundle was built from, or None when running from source."""
    identity = built()
    return identity.commit if identity is not None else None


def identity_line(language: str = "en") -> str:
    """One line saying which build this is (`--version`, the self-test's first line).

    The self-test speaks the member's language, so the line is the catalogue's; in English
    it is exactly what `--version` has always printed, which the package check matches.
    """
    identity = built()
    if identity is None:
        return say("cli.identity.source", language, version=app_version())
    return say(
        "cli.identity.built", language, version=app_version(), date=identity.date, commit=identity.commit
    )


def without_home(path: Path) -> str:
    """`path` with the home folder written as ~: the account name can be a person's name."""
    try:
        return str(Path("~") / path.resolve().relative_to(Path.home().resolve()))
    except ValueError:
        return str(path)


def _settings_lines(settings: Mapping[str, object]) -> list[str]:
    if not settings:
        return ["  (none stored)"]
    return [
        f"  {key} = {settings[key]!s}" if key in SHOWN_SETTINGS else f"  {key} = (stored, not shown)"
        for key in sorted(settings)
    ]


def _profile_lines(user_data: Path) -> list[str]:
    entries = list_profiles(user_data)
    if not entries:
        return ["  (none)"]
    return [
        f"  {entry.folder.name}: role {entry.role or 'unknown'}, label {entry.label or '(none)'}"
        for entry in entries
    ]


def _log_lines(log_file: Path | None, lines: int = 200) -> list[str]:
    if log_file is None or not log_file.is_file():
        return ["  This app keeps no log file; there is no log to include."]
    tail = log_file.read_text("utf-8", errors="replace").splitlines()[-lines:]
    return [f"  {line}" for line in tail]


def diagnostics_report(
    qt_versions: Mapping[str, str],
    settings: Mapping[str, object],
    user_data: Path,
    log_file: Path | None = LOG_FILE,
) -> str:
    """The plain-text report for support (English: it is read by whoever supports the app)."""
    lines = [
        "Panel Review diagnostics",
        f"Written: {datetime.now().astimezone().isoformat(timespec='seconds')}",
        f"Version: {app_version()}",
        f"Build date: {build_date() or 'running from source'}",
        f"Commit: {build_commit() or 'running from source'}",
        f"Python: {sys.version.split()[0]} ({platform.python_implementation()})",
        *(f"{name}: {value}" for name, value in qt_versions.items()),
        f"Platform: {platform.platform()} ({platform.machine()})",
        f"Frozen build: {'yes' if getattr(sys, 'frozen', False) else 'no'}",
        f"Data folder: {without_home(user_data)}",
        "",
        "Settings:",
        *_settings_lines(settings),
        "",
        "Profiles (role and label only):",
        *_profile_lines(user_data),
        "",
        "Log:",
        *_log_lines(log_file),
    ]
    return "\n".join(lines) + "\n"
