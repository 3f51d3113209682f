"""What a translation file holds, whether XLIFF or Word, and the checks made before reading one.

A round's texts go out to a translator and come back as a *sheet*: the round's uid, the
two languages, and one unit per text (an opaque id, the source text, the translation, a
note saying where the text stands, and the hash of the source as exported). The sheet
also carries a *manifest* (how many units, and a digest of their ids), so a file that
gained or lost units on its way can be told from one that only had its targets filled.

Translation files come from outside the profile, so they are checked before a parser
sees them: their size on disk, and for XML that it declares no document type at all (no
DTD, so no external entity and no entity expansion can ever be reached); for a Word file,
the sizes its zip says it unpacks to, before python-docx opens it.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import zipfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from lxml import etree

from desktop.core.explained import Explained
from desktop.core.words import say

LARGEST_FILE = 20 * 1024 * 1024  # far above any round's texts; checked before reading
LARGEST_UNPACKED = 100 * 1024 * 1024  # a Word file's parts together, as its zip declares them
MOST_ZIP_ENTRIES = 1000
ID_LENGTH = 16  # hex digits of a unit id


class Refusal(StrEnum):
    TOO_BIG = "too_big"
    NOT_XLIFF = "not_xliff"
    NOT_OURS = "not_ours"
    DOCTYPE = "doctype"
    UNPACKS_TOO_BIG = "unpacks_too_big"
    OTHER_ROUND = "other_round"
    UNITS_CHANGED = "units_changed"
    LANGUAGES = "languages"
    CHANGED_SINCE_PLAN = "changed_since_plan"


class TranslationFileRefused(Explained, ValueError):
    """A translation file was not taken, and nothing changed; `explain` says why."""

    def __init__(self, reason: Refusal, **values: object) -> None:
        self.reason, self.values = reason, values
        super().__init__(self.explain("en"))

    def explain(self, language: str) -> str:
        return say(f"translation_file.{self.reason.value}", language, **self.values)


@dataclass(frozen=True)
class SheetUnit:
    """One text to translate as it travels: nothing in it names a case or a person."""

    id: str
    source: str
    target: str = ""
    note: str = ""
    source_sha256: str = ""  # of the source as exported; "" when a tool dropped it


@dataclass(frozen=True)
class Manifest:
    """How many units a sheet was exported with, and a digest of their ids."""

    count: int
    digest: str

    @classmethod
    def of(cls, ids: list[str] | tuple[str, ...]) -> Manifest:
        joined = "\n".join(sorted(ids)).encode()
        return cls(len(ids), hashlib.sha256(joined).hexdigest()[:32])

    def text(self) -> str:
        return f"{self.count}:{self.digest}"

    @classmethod
    def parse(cls, text: str) -> Manifest | None:
        """The manifest in `text`; LibreOffice rewrites a Word file's keywords "2:ab…" as
        "2 ab…", so any separator of a keyword list is taken."""
        parts = [p for p in re.split(r"[\s:,;]+", text) if p]
        if len(parts) != 2 or not parts[0].isdigit():
            return None
        return cls(int(parts[0]), parts[1])


@dataclass(frozen=True)
class Sheet:
    round_uid: str
    source_language: str  # "en" or "cy"
    target_language: str
    units: tuple[SheetUnit, ...]
    manifest: Manifest | None = None  # as the file declares it (a written sheet: its own)

    def declared(self) -> Manifest:
        return self.manifest or Manifest.of([u.id for u in self.units])

    def intact(self) -> bool:
        """The file still holds exactly the units it was exported with."""
        ids = [u.id for u in self.units]
        return len(set(ids)) == len(ids) and self.manifest == Manifest.of(ids)


def unit_id(secret: bytes, round_uid: str, text_key: str) -> str:
    """An id for the text at `text_key` in the round `round_uid`, keyed with a secret the
    profile keeps (`id_secret`): the text key holds a force's case reference, and a plain
    hash of it could be recomputed from a list of likely references, as a case uid can."""
    message = f"{round_uid}\n{text_key}".encode()
    return hmac.new(secret, message, hashlib.sha256).hexdigest()[:ID_LENGTH]


def id_secret(signing_private: bytes) -> bytes:
    """The key for unit ids, derived from the profile's private signing key (HKDF-SHA256,
    its own `info`, so it can never be mistaken for the signing key or a signature)."""
    kdf = HKDF(algorithm=SHA256(), length=32, salt=None, info=b"panel-review translation unit ids")
    return kdf.derive(signing_private)


def language_code(language: str) -> str:
    """The tag a translation tool expects: en-GB, cy-GB."""
    return f"{language}-GB"


def language_of(tag: str | None) -> str:
    """ "en", "cy" or "" from a tag such as "cy", "cy-GB" or "CY_gb"."""
    primary = (tag or "").replace("_", "-").split("-")[0].casefold()
    return primary if primary in ("en", "cy") else ""


def read_limited(path: Path) -> bytes:
    """The file's bytes, refused unread when it is larger than any translation file."""
    if path.stat().st_size > LARGEST_FILE:
        raise TranslationFileRefused(Refusal.TOO_BIG, limit=LARGEST_FILE // (1024 * 1024))
    with path.open("rb") as handle:
        data = handle.read(LARGEST_FILE + 1)
    if len(data) > LARGEST_FILE:  # it grew while being read
        raise TranslationFileRefused(Refusal.TOO_BIG, limit=LARGEST_FILE // (1024 * 1024))
    return data


def _hardened_parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False, huge_tree=False
    )


def _declares(data: bytes) -> bool:
    """Whether XML that could not be parsed declares a document type or an entity: the
    choice of sentence only, the file is refused either way."""
    markers = ("<!DOCTYPE", "<!ENTITY")
    return any(m.encode(codec) in data for m in markers for codec in ("utf-8", "utf-16-le", "utf-16-be"))


def checked_xml(data: bytes, not_readable: Refusal) -> etree._Element:
    """Parse `data` with a parser that resolves no entity and loads nothing, and refuse it
    if it declares a document type at all: a translation file never needs one."""
    try:
        root = etree.fromstring(data, parser=_hardened_parser())
    except (etree.XMLSyntaxError, ValueError):
        # libxml2 itself stops an entity expansion (a "billion laughs"): say why it was refused.
        raise TranslationFileRefused(Refusal.DOCTYPE if _declares(data) else not_readable) from None
    info = root.getroottree().docinfo
    if info.doctype or info.internalDTD is not None or info.externalDTD is not None:
        raise TranslationFileRefused(Refusal.DOCTYPE)
    return root


def check_word_zip(path: Path) -> None:
    """Refuse a Word file whose zip would unpack to more than a translation table holds,
    or whose parts declare a document type, before python-docx opens it."""
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
            if len(entries) > MOST_ZIP_ENTRIES or sum(e.file_size for e in entries) > LARGEST_UNPACKED:
                raise TranslationFileRefused(Refusal.UNPACKS_TOO_BIG)
            for entry in entries:
                if entry.filename.endswith((".xml", ".rels")):
                    checked_xml(_read_entry(archive, entry), Refusal.NOT_OURS)
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError):
        raise TranslationFileRefused(Refusal.NOT_OURS) from None


def _read_entry(archive: zipfile.ZipFile, entry: zipfile.ZipInfo) -> bytes:
    """An entry's bytes, never more than its declared size (a zip may lie about it)."""
    with archive.open(entry) as handle:
        data = handle.read(entry.file_size + 1)
    if len(data) > entry.file_size:
        raise TranslationFileRefused(Refusal.UNPACKS_TOO_BIG)
    return data
