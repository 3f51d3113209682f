"""The round's texts in the other language: reading what is missing, saving a version,
using the earlier translations the memory offers, and the language the round is written in.

Each op names one service call of `desktop.services.translations`; all run off the GUI
thread (`desktop.ui.ops`).
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from desktop.services import translation_exchange, translations
from desktop.services.operations import Changes
from desktop.services.session import ProfileSession
from desktop.services.translation_exchange import ImportPlan
from desktop.services.translations import Translations
from desktop.ui.ops import Op, change, read


def round_translations(session: ProfileSession, round_id: int) -> Op[Translations]:
    return read(session, translations.translations, round_id)


def save_version(
    session: ProfileSession, round_id: int, key: str, source_sha256: str, text: str
) -> Op[Changes]:
    """Refused with `TranslationRefused` (nothing stored) when the text changed since it
    was read as `source_sha256`, or the version is too long."""
    return change(session, translations.save_version, round_id, key, source_sha256, text, "typed")


class OffersUsed(NamedTuple):
    """How many earlier translations were stored; `changes` is announced to every screen."""

    stored: int
    changes: Changes


def use_offered(session: ProfileSession, round_id: int) -> Op[OffersUsed]:
    def work(_progress: object, _cancel: object) -> OffersUsed:
        return OffersUsed(*session.run(translations.use_offered, round_id))

    return Op(work)


def set_written_in(session: ProfileSession, round_id: int, language: str) -> Op[Changes]:
    return change(session, translations.set_written_in, round_id, language)


def export_for_translation(session: ProfileSession, round_id: int, path: Path, file_format: str) -> Op[int]:
    """Write the texts still to translate (not those the memory covers, nor members' own
    words) as XLIFF 1.2 or the two-column Word table; how many were written."""
    return read(session, translation_exchange.export_translations, round_id, path, file_format)


def plan_import(session: ProfileSession, round_id: int, path: Path) -> Op[ImportPlan]:
    """What a translated file would store; refused whole (`TranslationFileRefused`)."""
    return read(session, translation_exchange.plan_import, round_id, path)


def apply_import(
    session: ProfileSession, round_id: int, plan: ImportPlan, apply_changed: bool
) -> Op[Changes]:
    return change(session, translation_exchange.apply_import, round_id, plan, apply_changed)
