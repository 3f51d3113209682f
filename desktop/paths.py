"""Where things live: the one module that knows folder locations.

Shipped resources (templates, translations, fonts, demo content) sit beside the package;
user data (the encrypted database) goes under the platformdirs user data folder unless
a profile folder is given (tests, `--demo`). Nothing else in the code builds paths.
"""

from __future__ import annotations

import sys
from pathlib import Path

APP_NAME = "PanelReview"
APP_AUTHOR = "PanelReview"


def resources_dir() -> Path:
    """The shipped resources folder, in a source checkout or a frozen build."""
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
    """The folder that holds this person's profile (created on first use)."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, APP_AUTHOR, ensure_exists=True)


def database_path(profile_dir: Path) -> Path:
    return profile_dir / "panel-review.db"


def lock_path(profile_dir: Path) -> Path:
    """The file a running copy holds an OS lock on, so only one copy opens the profile."""
    return profile_dir / "panel-review.lock"


def backups_dir(profile_dir: Path) -> Path:
    """The rolling encrypted backups of the profile's database, beside it."""
    return profile_dir / "backups"
