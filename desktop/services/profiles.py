"""Several profiles on one computer: finding them, and what the start screen may show.

Profiles live in `<user data>/profiles/<folder>/`, one encrypted database each with
its own passphrase. A profile made before there could be several sits in the user data
folder itself; it stays there (moving an encrypted database and its backups is a risk
with nothing to gain) and is listed like the others.

The chooser must name each profile before any passphrase is typed, so every profile
folder made here has a small, deliberately *unencrypted* `profile.json`: the role and a
label the person chose, nothing else (no display name, nothing from the database).
A missing or unreadable card is not an error: the profile is listed by its folder name.

Like `profile_files`, this module loads no database code: the start screen uses it.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from desktop.core.atomic_files import atomic_write
from desktop.core.words import say
from desktop.paths import profile_card_path, profiles_dir
from desktop.services.profile_files import ProfileState, profile_state
from desktop.storage.profile_lock import ProfileInUse, ProfileLock, lock_profile

__all__ = [
    "CARD_FORMAT", "ROLES", "ProfileEntry", "claim_new_profile", "default_label", "list_profiles",
    "read_card", "write_card",
]  # fmt: skip

log = logging.getLogger(__name__)

CARD_FORMAT = 1
ROLES = ("member", "coordinator")
MAX_LABEL = 80  # characters: a name for a list row, not a description
MAX_CARD_BYTES = 4096  # a card is a few dozen bytes; anything bigger is not ours
FOLDER_PREFIX = "profile-"


@dataclass(frozen=True)
class ProfileEntry:
    """One profile as the chooser lists it: where it is, and what its card says.

    `role` and `label` are None when the folder has no readable card (older layout).
    """

    folder: Path
    role: str | None = None
    label: str | None = None


def default_label(role: str, language: str) -> str:
    """The label offered at set-up, in the set-up language. Not the person's name: the card
    is readable without the passphrase, so what it says is chosen, never copied."""
    return say(f"role.{role}", language)


def read_card(folder: Path) -> tuple[str, str] | None:
    """The (role, label) in `folder`'s card, or None if it is missing or not one of ours."""
    try:
        with open(profile_card_path(folder), "rb") as card:
            raw = card.read(MAX_CARD_BYTES + 1)
    except OSError:
        return None
    if len(raw) > MAX_CARD_BYTES:
        return None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != CARD_FORMAT:
        return None
    role, label = data.get("role"), data.get("label")
    if role not in ROLES or not isinstance(label, str) or not label.strip():
        return None
    return role, label.strip()[:MAX_LABEL]


def write_card(folder: Path, role: str, label: str) -> None:
    """Write `folder`'s card atomically: the old card or the new one, never half of one.

    The label is what the person typed (trimmed; the role's default if blank) and is
    readable by anyone using the computer: the set-up page says so.
    """
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    label = " ".join(label.split())[:MAX_LABEL] or default_label(role, "en")
    body = json.dumps({"format": CARD_FORMAT, "role": role, "label": label}, ensure_ascii=False, indent=2)
    with atomic_write(profile_card_path(folder)) as out:
        out.write(body.encode("utf-8") + b"\n")


def _has_profile(folder: Path) -> bool:
    """A database is there, complete or left empty by an interrupted set-up."""
    return profile_state(folder) is not ProfileState.MISSING


def _entry(folder: Path) -> ProfileEntry:
    card = read_card(folder)
    return ProfileEntry(folder) if card is None else ProfileEntry(folder, *card)


def _folder_number(folder: Path) -> tuple[int, str]:
    """Sort profile-2 before profile-10; any other name after them, by name."""
    match = re.fullmatch(rf"{FOLDER_PREFIX}(\d+)", folder.name)
    return (int(match.group(1)), "") if match else (1 << 30, folder.name.casefold())


def list_profiles(user_data: Path) -> list[ProfileEntry]:
    """Every profile on this computer: the older one in `user_data` first, then by folder.

    A folder counts once it holds a database, even an empty one (set-up is then offered
    again); a folder whose set-up was abandoned before anything was written does not.
    """
    found = [_entry(user_data)] if _has_profile(user_data) else []
    root = profiles_dir(user_data)
    try:
        folders = sorted((f for f in root.iterdir() if f.is_dir()), key=_folder_number)
    except OSError:  # no profiles folder yet
        folders = []
    found.extend(_entry(f) for f in folders if _has_profile(f))
    return found


def claim_new_profile(user_data: Path) -> tuple[Path, ProfileLock]:
    """A fresh profile folder, created and held by this process for its set-up.

    Another copy may be setting up a new profile at the same moment: a folder it holds
    is skipped, so two set-ups never share a folder.
    """
    root = profiles_dir(user_data)
    number = 1
    while True:
        folder = root / f"{FOLDER_PREFIX}{number}"
        number += 1
        if _has_profile(folder):
            continue
        try:
            lock = lock_profile(folder)
        except ProfileInUse:
            continue
        if not _has_profile(folder):  # made by another copy between the look and the lock
            return folder, lock
        lock.release()
