"""Why an exchange file was refused, in words a volunteer can act on.

Every problem a reader finds is an `ExchangeError` carrying one `Reason`: the app and the
CLI show `describe(reason, language)`, and `detail` (English, no file contents) goes to
the log for whoever investigates. The sentences are in the Qt-free catalogue
("exchange.…" in `desktop.core.words`) so that `panel-review inspect` prints the same
sentences in either language.
"""

from __future__ import annotations

from enum import Enum

from desktop.core.explained import Explained
from desktop.core.words import say


class Reason(Enum):
    NOT_OURS = "not-ours"  # not a Panel Review file at all
    NEWER_FORMAT = "newer-format"  # format_version above what this build reads
    WRONG_KIND = "wrong-kind"  # a card where a pack was expected, and so on
    NOT_FOR_YOU = "not-for-you"  # our identity cannot decrypt it, or it names someone else
    NOT_ENCRYPTED = "not-encrypted"  # a pack or package written without encryption
    CORRUPT = "corrupt"  # truncated or damaged container or ciphertext
    BAD_SIGNATURE = "bad-signature"  # manifest.sig missing or not valid for the manifest
    ALTERED = "altered"  # entries differ from the signed manifest; fingerprint not the keys'
    UNSAFE_ENTRY = "unsafe-entry"  # bad or repeated names, links, directories, devices
    TOO_LARGE = "too-large"  # over a size or count limit (checked before reading)
    MALFORMED = "malformed"  # manifest JSON or fields invalid, unknown fields


class ExchangeError(Explained):
    """A file could not be used; `reason` is for people, `detail` for the log."""

    def __init__(self, reason: Reason, detail: str) -> None:
        super().__init__(f"{reason.value}: {detail}")
        self.reason = reason
        self.detail = detail

    def explain(self, language: str) -> str:
        return describe(self.reason, language)


class ExportCancelled(Exception):
    """Writing stopped because the caller asked; no file was left behind.

    Not an `ExchangeError`: nothing is wrong with any file. Services turn it into their
    own `Cancelled` so the operation runner treats it like any other cancel.
    """


LANGUAGES = ("en", "cy")


def describe(reason: Reason, language: str) -> str:
    """The sentence to show for `reason`; any language but Welsh gets English."""
    return say(f"exchange.{reason.name.lower()}", language)
