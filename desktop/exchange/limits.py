"""The limits and name rules of format 1 (docs/formats.md, "Limits and safe names").

Kept in one place because both the writer (so we never produce a file we would
refuse) and the reader (before reading any data) apply them.
"""

from __future__ import annotations

import unicodedata

from desktop.exchange.errors import ExchangeError, Reason

KiB, MiB, GiB = 1024, 1024**2, 1024**3
MAX_FILE = 4 * GiB
MAX_MANIFEST = 1 * MiB
MAX_ENTRIES = 10_000
MAX_ENTRY = 512 * MiB
MAX_CARD_FILE = 64 * KiB
MAX_NAME = 200

MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"
RESERVED_NAMES = frozenset({MANIFEST_NAME, SIGNATURE_NAME})


def name_problem(name: str) -> str | None:
    """Why `name` may not name an entry, or None if it may.

    Entries are never written to disk as files, but a name is still shown to people and
    may one day be used as a path, so anything that could mean "elsewhere" is refused.
    """
    if not name or len(name) > MAX_NAME:
        return f"name length {len(name)} is not 1..{MAX_NAME}"
    if name.startswith("/") or ":" in name or "\\" in name:
        return "absolute name, drive or backslash"
    if ".." in name:
        return "name contains '..'"
    if any(unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co", "Cn") for char in name):
        return "control, formatting or unassigned character in name"
    if any(part in ("", ".") for part in name.split("/")):
        return "empty or '.' path component"
    if name in RESERVED_NAMES:
        return "name is reserved for the manifest"
    return None


def check_name(name: str) -> None:
    problem = name_problem(name)
    if problem is not None:
        raise ExchangeError(Reason.UNSAFE_ENTRY, f"{problem}: {name[:MAX_NAME]!r}")
