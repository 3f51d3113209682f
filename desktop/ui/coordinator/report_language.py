"""Which language the Report page offers first: the one this profile chose last, else the
interface's own.

A Welsh-speaking coordinator who runs the interface in Welsh expects a Welsh report
without being asked, and one who chose "Welsh and English" once expects it again next
time. The choice is remembered per profile (two panels on one computer can publish in
different languages) in the interface settings, keyed by a digest of the profile's
folder so that the settings file names no folder and no person.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from desktop.ui import settings
from desktop.ui.i18n import current_language


def profile_key(folder: Path | None) -> str:
    """A short, stable name for the profile in `folder` ("" when there is none)."""
    if folder is None:
        return ""
    return hashlib.sha256(str(folder.resolve()).encode("utf-8")).hexdigest()[:16]


def _setting(profile: str) -> settings.Setting:
    return settings.for_profile(settings.REPORT_LANGUAGE, profile)


def remembered(profile: str, choices: Sequence[str]) -> str | None:
    """The language this profile last chose, if it is still one of `choices`."""
    chosen = settings.read(_setting(profile))
    return chosen if chosen in choices else None


def remember(profile: str, language: str) -> None:
    settings.write(_setting(profile), language)


def first_choice(profile: str, choices: Sequence[str]) -> str:
    """What the page selects: the remembered choice, else the interface language."""
    interface = current_language()
    return remembered(profile, choices) or (interface if interface in choices else choices[0])
