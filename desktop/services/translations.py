"""Every typed text of a round in English and Welsh: what is missing, and saving a version.

The coordinator writes a round's texts in one language (`Round.written_in`); each text
wanted in the other language has a *unit*: where the text stands (`Place`), the text as
it is now and its hash, and its version in the other language if one still translates
it. A version holds the hash of the text it translates, so editing a text makes its
version "changed since": it stays shown to whoever updates it, and is not printed.

Members' notes and text answers are the members' own words, printed as written; a
translation of them is welcome but never missing. Every version saved is remembered by
its source text (`TranslationMemory`), so the same text in this round or a later one is
offered its translation again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.core.clock import utc_now
from desktop.core.explained import Explained
from desktop.core.words import say
from desktop.reports.content import PanelReport, TextVersions
from desktop.reports.languages import LANGUAGES, MEMBERS_WORDS, other
from desktop.reports.redaction import Place, free_texts
from desktop.services import audit
from desktop.services.identity import require_coordinator
from desktop.services.operations import Changes
from desktop.services.publication import LONGEST_EDIT, text_sha256
from desktop.storage.database import Database
from desktop.storage.models import Round, TextVersion, TranslationMemory

ORIGINS = ("typed", "drafted", "memory", "xliff", "docx")


class State(StrEnum):
    DONE = "done"  # a version translates the text as it is now
    MISSING = "missing"  # no version at all
    CHANGED = "changed"  # a version translates what the text said before
    OFFERED = "offered"  # none yet, but the memory has one for this very text


class Refused(StrEnum):
    UNKNOWN_TEXT = "unknown_text"
    SOURCE_CHANGED = "source_changed"
    TOO_LONG = "too_long"
    LANGUAGE = "language"


class TranslationRefused(Explained, ValueError):
    """Nothing was stored; `explain` says why in English or Welsh."""

    def __init__(self, reason: Refused, **values: object) -> None:
        self.reason, self.values = reason, values
        super().__init__(self.explain("en"))

    def explain(self, language: str) -> str:
        return say(f"translation.{self.reason.value}", language, **self.values)


@dataclass(frozen=True)
class Unit:
    """One typed text and its version in the other language."""

    place: Place
    text: str  # as written
    written_in: str
    sha256: str  # of `text`
    version: str  # the stored version ("" none), current or not
    state: State
    offered: str = ""  # the memory's translation of this very text, when there is one
    origin: str = ""  # how the stored version came: typed, drafted, memory, xliff, docx

    @property
    def key(self) -> str:
        return self.place.text_key

    @property
    def language(self) -> str:
        """The language this unit is wanted in."""
        return other(self.written_in)

    @property
    def optional(self) -> bool:
        """A member's own words: printed as written, a translation only added beside."""
        return self.place.part in MEMBERS_WORDS

    @property
    def wanted(self) -> bool:
        """Counts as missing from the report's `language` part until translated."""
        return not self.optional and self.state is not State.DONE


@dataclass(frozen=True)
class Translations:
    round_id: int
    written_in: str
    units: tuple[Unit, ...]  # in report order

    def missing(self, language: str) -> tuple[Unit, ...]:
        """The texts a report's `language` part would print in the other language."""
        return tuple(u for u in self.units if u.wanted and u.language == language)

    def offered(self) -> tuple[Unit, ...]:
        return tuple(u for u in self.units if u.state is State.OFFERED)

    def unit(self, key: str) -> Unit | None:
        return next((u for u in self.units if u.key == key), None)


def _stored(session: Session, round_id: int) -> dict[tuple[str, str], TextVersion]:
    rows = session.scalars(select(TextVersion).where(TextVersion.round_id == round_id))
    return {(r.place_key, r.language): r for r in rows}


def _memory(session: Session, pairs: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """(source language, source hash) -> the remembered translation into the other language."""
    wanted = set(pairs)
    if not wanted:
        return {}
    hashes = {sha for _, sha in wanted}
    found = {}
    for row in session.scalars(select(TranslationMemory).where(TranslationMemory.source_sha256.in_(hashes))):
        pair = (row.source_language, row.source_sha256)
        if pair in wanted and row.target_language == other(row.source_language):
            found[pair] = row.target_text
    return found


def _typed_texts(report: PanelReport) -> list[tuple[Place, str]]:
    """Each typed text once: a note written alike by several members is still one text
    per place, but never one with nothing in it."""
    return [(place, text) for place, text in free_texts(report) if text.strip()]


def translations_in(session: Session, round_id: int, report: PanelReport) -> Translations:
    """The round's units, read in the caller's unit of work."""
    require_coordinator(session)
    stored = _stored(session, round_id)
    versions = report.versions
    texts = [(place, text, versions.language_of(place.text_key)) for place, text in _typed_texts(report)]
    memory = _memory(session, ((written, text_sha256(text)) for _, text, written in texts))
    units = []
    for place, text, written in texts:
        sha = text_sha256(text)
        row = stored.get((place.text_key, other(written)))
        offered = memory.get((written, sha), "")
        if row is not None and row.source_sha256 == sha and row.text.strip():
            state = State.DONE
        elif row is not None and row.text.strip():
            state = State.CHANGED
        else:
            state = State.OFFERED if offered else State.MISSING
        units.append(
            Unit(
                place, text, written, sha, row.text if row else "", state, offered, row.origin if row else ""
            )
        )
    return Translations(round_id, versions.written_in, tuple(units))


def translations(db: Database, round_id: int) -> Translations:
    from desktop.services.report import gather_in

    with db.session() as session:
        return translations_in(session, round_id, gather_in(session, round_id))


def versions_in(
    session: Session, round_id: int, report: PanelReport, languages: dict[str, str]
) -> TextVersions:
    """The round's versions that still translate their texts, for the report to print.
    `languages`: place key -> language for texts not written in the round's language."""
    written_in = session.get_one(Round, round_id).written_in
    current = {place.text_key: text_sha256(text) for place, text in free_texts(report)}
    texts: dict[str, dict[str, str]] = {}
    for (key, language), row in _stored(session, round_id).items():
        written = languages.get(key, written_in)
        if current.get(key) == row.source_sha256 and language != written and row.text.strip():
            texts.setdefault(key, {})[language] = row.text
    return TextVersions(written_in, dict(languages), texts)


def _remember(session: Session, written: str, source: str, target: str) -> None:
    sha = text_sha256(source)
    row = session.scalar(
        select(TranslationMemory).where(
            TranslationMemory.source_language == written,
            TranslationMemory.source_sha256 == sha,
            TranslationMemory.target_language == other(written),
        )
    )
    if row is None:
        row = TranslationMemory(
            source_language=written, source_sha256=sha, target_language=other(written), source_text=source
        )
        session.add(row)
    row.target_text, row.updated_at = target, utc_now()


def store_version_in(session: Session, round_id: int, unit: Unit, text: str, origin: str) -> None:
    """Store (or, with an empty text, remove) `unit`'s version, and remember it; the audit
    log records which text, in which language, from where and how long (never the words)."""
    if len(text) > LONGEST_EDIT:
        raise TranslationRefused(Refused.TOO_LONG, limit=f"{LONGEST_EDIT:,}")
    where = (
        TextVersion.round_id == round_id,
        TextVersion.place_key == unit.key,
        TextVersion.language == unit.language,
    )
    detail = {"round": round_id, "key": unit.key, "language": unit.language, "origin": origin,
              "length": len(text.strip())}  # fmt: skip
    audit.append(session, "translation_saved", round_id=round_id, detail=detail)
    if not text.strip():
        session.execute(delete(TextVersion).where(*where))
        return
    row = session.scalar(select(TextVersion).where(*where))
    if row is None:
        row = TextVersion(round_id=round_id, place_key=unit.key, language=unit.language)
        session.add(row)
    row.text, row.source_sha256, row.origin, row.updated_at = text.strip(), unit.sha256, origin, utc_now()
    _remember(session, unit.written_in, unit.text, text.strip())


def store_drafted_in(
    session: Session, round_id: int, place: Place, began_from: str, drafts: dict[str, str]
) -> None:
    """The app drafts in both languages at once: when a text began from the draft in the
    round's language (`began_from`), the draft in the other language is its version, as a
    translation of those very words. Once the coordinator edits the text, the version is
    "changed since" and shown to them to adjust; one they wrote themselves is kept."""
    written = session.get_one(Round, round_id).written_in
    if not began_from.strip() or drafts.get(written, "").strip() != began_from.strip():
        return
    language = other(written)
    row = session.scalar(
        select(TextVersion).where(
            TextVersion.round_id == round_id,
            TextVersion.place_key == place.text_key,
            TextVersion.language == language,
        )
    )
    if row is not None and row.origin != "drafted" and row.source_sha256 == text_sha256(began_from):
        return
    if row is None:
        row = TextVersion(round_id=round_id, place_key=place.text_key, language=language)
        session.add(row)
    row.text, row.source_sha256, row.origin = drafts[language].strip(), text_sha256(began_from), "drafted"
    row.updated_at = utc_now()


def save_version(
    db: Database, round_id: int, key: str, source_sha256: str, text: str, origin: str = "typed"
) -> Changes:
    """Store the version of the text at `key` that the coordinator (or a translator) wrote
    while reading the text whose hash was `source_sha256`.

    Refused, with nothing stored, when the round has no such text, or the text has
    changed since it was read (the version would translate words no longer there)."""
    from desktop.services.report import gather_in

    with db.session() as session:
        unit = translations_in(session, round_id, gather_in(session, round_id)).unit(key)
        if unit is None:
            raise TranslationRefused(Refused.UNKNOWN_TEXT)
        if unit.sha256 != source_sha256:
            raise TranslationRefused(Refused.SOURCE_CHANGED)
        store_version_in(session, round_id, unit, text, origin)
    return Changes(translations=True)


def use_offered(db: Database, round_id: int) -> tuple[int, Changes]:
    """Store the memory's translation for every text it covers; how many were stored."""
    from desktop.services.report import gather_in

    with db.session() as session:
        offered = translations_in(session, round_id, gather_in(session, round_id)).offered()
        for unit in offered:
            store_version_in(session, round_id, unit, unit.offered, "memory")
    return len(offered), Changes(translations=bool(offered))


def set_written_in(db: Database, round_id: int, language: str) -> Changes:
    """The language the round's texts are written in; a Welsh-first OPCC writes Welsh."""
    if language not in LANGUAGES:
        raise TranslationRefused(Refused.LANGUAGE)
    with db.session() as session:
        require_coordinator(session)
        session.get_one(Round, round_id).written_in = language
        audit.append(session, "round_language_set", round_id=round_id, detail={"language": language})
    return Changes(translations=True)
