"""Sending a round's texts to a translator and taking the translations back.

Export writes the units still wanted in the other language (`translations`) as XLIFF
1.2 or as a two-column Word table (`desktop.exchange`): nothing in the file names a
case or a person; each unit has an opaque id (`unit_id`), the note says where its text
stands in the publication's words ("Case 3 · panel's comment"), and the file carries
the round's uid and a manifest of the units sent.

Import is two steps, so the coordinator sees what a file would do before it does it:
`plan_import` reads and checks the file and sorts its filled units into those that
apply, those whose source text changed in the round since export (shown, applied only
if the coordinator chooses), and those no longer in the round; `apply_import` stores
the chosen ones in one transaction. A file that cannot be trusted (too big, a document
type, not ours, another round's, units added or removed) is refused whole, before
anything is written.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.core.words import say
from desktop.exchange.translation_docx import read_docx, write_docx
from desktop.exchange.translation_sheet import (
    Refusal,
    Sheet,
    SheetUnit,
    TranslationFileRefused,
    id_secret,
    unit_id,
)
from desktop.exchange.xliff_file import read_xliff, write_xliff
from desktop.reports.content import PanelReport
from desktop.reports.languages import other
from desktop.reports.redaction import Place, describe
from desktop.services.identity import me_in
from desktop.services.operations import Changes
from desktop.services.publication import text_sha256
from desktop.services.report import gather_in
from desktop.services.translations import State, Translations, Unit, store_version_in, translations_in
from desktop.storage.database import Database

FORMATS = ("xliff", "docx")


@dataclass(frozen=True)
class PlannedUnit:
    """A filled unit of the file, beside the round's text it translates (None if gone)."""

    id: str
    target: str  # the translation in the file
    source: str  # the text as it was exported
    where_en: str  # where the text stands, in words (the file's note if it is gone)
    where_cy: str
    unit: Unit | None = None  # the round's unit now

    def where(self, language: str) -> str:
        """ "Case 3 · panel's comment", in English or Welsh."""
        return self.where_cy if language == "cy" else self.where_en

    @property
    def now(self) -> str:
        """The text as it stands in the round now ("" when it is gone)."""
        return self.unit.text if self.unit else ""


@dataclass(frozen=True)
class ImportPlan:
    """What importing a file would do; nothing has been stored yet."""

    round_id: int
    origin: str  # "xliff" or "docx"
    applies: tuple[PlannedUnit, ...]  # filled, and the text is as it was exported
    changed: tuple[PlannedUnit, ...]  # filled, but the text changed since: the coordinator chooses
    unknown: tuple[PlannedUnit, ...]  # filled, but the text is no longer in the round
    unfilled: int  # units left empty, or holding the source itself (they change nothing)


def where_it_stands(report: PanelReport, place: Place, language: str) -> str:
    """Where a text stands, as the published report names it: "Case 3 · panel's comment",
    never a force's case reference."""
    numbers = {case.case.reference: n for n, case in enumerate(report.findings.cases, start=1)}
    if place.subject in numbers:
        case = say("report.case_plain", language, n=numbers[place.subject])
        return describe(replace(place, subject=case), language)
    return describe(place, language)


def wanted_units(state: Translations, include_offered: bool, include_members: bool) -> tuple[Unit, ...]:
    """The units an export sends: not yet translated as they read now; those the memory
    covers only if asked (the memory can fill them); members' own words only if asked."""
    return tuple(
        u
        for u in state.units
        if u.state is not State.DONE
        and (include_offered or u.state is not State.OFFERED)
        and (include_members or not u.optional)
    )


def _ids(session: Session, report: PanelReport, state: Translations) -> dict[str, Unit]:
    """The round's units by the id a file gives them."""
    secret = id_secret(me_in(session).keys.signing_private)
    return {unit_id(secret, report.round_uid, u.key): u for u in state.units}


def _sheet(session: Session, round_id: int, include_offered: bool, include_members: bool) -> Sheet:
    report = gather_in(session, round_id)
    state = translations_in(session, round_id, report)
    wanted = set(wanted_units(state, include_offered, include_members))
    return Sheet(
        round_uid=report.round_uid,
        source_language=state.written_in,
        target_language=other(state.written_in),
        units=tuple(
            SheetUnit(
                key,
                u.text,
                note=where_it_stands(report, u.place, state.written_in),
                source_sha256=u.sha256,
            )
            for key, u in _ids(session, report, state).items()
            if u in wanted
        ),
    )


def export_translations(
    db: Database,
    round_id: int,
    path: Path,
    file_format: str = "xliff",
    include_offered: bool = False,
    include_members: bool = False,
) -> int:
    """Write the round's texts still to translate to `path`; how many were written."""
    if file_format not in FORMATS:
        raise ValueError(file_format)
    with db.session() as session:
        sheet = _sheet(session, round_id, include_offered, include_members)
    (write_xliff if file_format == "xliff" else write_docx)(sheet, path)
    return len(sheet.units)


def export_xliff(
    db: Database, round_id: int, path: Path, include_offered: bool = False, include_members: bool = False
) -> int:
    """The round's texts still to translate as XLIFF 1.2; how many were written."""
    return export_translations(db, round_id, path, "xliff", include_offered, include_members)


def export_docx(
    db: Database, round_id: int, path: Path, include_offered: bool = False, include_members: bool = False
) -> int:
    """The round's texts still to translate as the protected two-column Word table."""
    return export_translations(db, round_id, path, "docx", include_offered, include_members)


def read_sheet(path: Path) -> tuple[Sheet, str]:
    """The file's sheet and its origin: a Word file by its zip signature, else XLIFF."""
    with path.open("rb") as handle:
        word = handle.read(4) == b"PK\x03\x04"
    return (read_docx(path), "docx") if word else (read_xliff(path), "xliff")


def plan_import(db: Database, round_id: int, path: Path) -> ImportPlan:
    """Read and check the file at `path` and say what importing it would do.

    Refused (`TranslationFileRefused`, nothing read into the profile) when the file is
    not one of ours, belongs to another round, translates between other languages
    than the round now needs, or gained or lost units since it was exported."""
    sheet, origin = read_sheet(path)
    with db.session() as session:
        report = gather_in(session, round_id)
        state = translations_in(session, round_id, report)
        by_id = _ids(session, report, state)
    if sheet.round_uid != report.round_uid:
        raise TranslationFileRefused(Refusal.OTHER_ROUND)
    if not sheet.intact():
        raise TranslationFileRefused(Refusal.UNITS_CHANGED)
    if (sheet.source_language, sheet.target_language) != (state.written_in, other(state.written_in)):
        raise TranslationFileRefused(Refusal.LANGUAGES)
    applies, changed, unknown = [], [], []
    # Translation tools often copy the source into a target not yet translated: the
    # source's own words are no translation, and stored they would print as "Welsh".
    filled = [u for u in sheet.units if u.target.strip() and u.target.strip() != u.source.strip()]
    for sent in filled:
        unit = by_id.get(sent.id)
        en, cy = (where_it_stands(report, unit.place, lang) if unit else sent.note for lang in ("en", "cy"))
        planned = PlannedUnit(sent.id, sent.target.strip(), sent.source, en, cy, unit)
        exported_sha = sent.source_sha256 or text_sha256(sent.source)
        if unit is None:
            unknown.append(planned)
        elif unit.sha256 != exported_sha:
            changed.append(planned)
        else:
            applies.append(planned)
    return ImportPlan(
        round_id, origin, tuple(applies), tuple(changed), tuple(unknown), len(sheet.units) - len(filled)
    )


def apply_import(db: Database, round_id: int, plan: ImportPlan, apply_changed: bool = False) -> Changes:
    """Store the plan's translations in one transaction (with `apply_changed`, also those
    whose text changed since export: the coordinator read them and chose so).

    Refused whole (`TranslationFileRefused`) if a text changed again after the plan was
    made; a translation too long is refused by `store_version_in`. Either way nothing
    is stored."""
    chosen = plan.applies + (plan.changed if apply_changed else ())
    if not chosen:
        return Changes()
    with db.session() as session:
        report = gather_in(session, round_id)
        state = translations_in(session, round_id, report)
        now = _ids(session, report, state)
        for planned in chosen:
            unit = now.get(planned.id)
            if unit is None or planned.unit is None or unit.sha256 != planned.unit.sha256:
                raise TranslationFileRefused(Refusal.CHANGED_SINCE_PLAN)
            store_version_in(session, round_id, unit, planned.target, plan.origin)
    return Changes(translations=True)
