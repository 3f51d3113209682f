"""Where things live: the one module that knows folder locations.

Shipped resources (templates, translations, fonts, demo content) sit beside the package;
user data (one folder per profile, each with its encrypted database) goes under the
platformdirs user data folder unless a profile folder is given (tests, `--demo`).
Nothing else in the code builds paths.

`PANEL_REVIEW_RESOURCES`, when set, names another resources folder: support can point
`panel-review --selftest` at a copy of the shipped files, and the tests point it at a
damaged copy to see the self-test fail.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "PanelReview"
APP_AUTHOR = "PanelReview"
RESOURCES_OVERRIDE = "PANEL_REVIEW_RESOURCES"


def resources_dir() -> Path:
    """The shipped resources folder, in a source checkout or a frozen build (or the override)."""
    override = os.environ.get(RESOURCES_OVERRIDE)
    if override:
        return Path(override)
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def templates_dir() -> Path:
    return resources_dir() / "templates"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def demo_dir() -> Path:
    return resources_dir() / "demo"


def user_data_dir() -> Path:
    """The folder that holds this person's profiles (created on first use).

    A profile made before there could be several is this folder itself; newer ones are
    in `profiles_dir(user_data_dir())`.
    """
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, APP_AUTHOR, ensure_exists=True)


def profiles_dir(user_data: Path) -> Path:
    """Where each profile made on this computer has its own folder."""
    return user_data / "profiles"


def profile_card_path(profile_dir: Path) -> Path:
    """The unencrypted card naming a profile (role and label) for the start screen."""
    return profile_dir / "profile.json"


def database_path(profile_dir: Path) -> Path:
    return profile_dir / "panel-review.db"


def lock_path(profile_dir: Path) -> Path:
    """The file a running copy holds an OS lock on, so only one copy opens the profile."""
    return profile_dir / "panel-review.lock"


def backups_dir(profile_dir: Path) -> Path:
    """The rolling encrypted backups of the profile's database, beside it."""
    return profile_dir / "backups"
