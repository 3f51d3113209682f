"""Every typed text of a round in English and Welsh, through the real encrypted profile:
what is missing, saving a version, a text changed since, the memory, and the report."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from desktop.reports.content import Background, CaseNotes, ReportOptions
from desktop.services import background, findings, rounds, translations
from desktop.services.demo_coordinator import WELSH, create_demo_coordinator
from desktop.services.report import gather, render, write_report
from desktop.services.translations import State, TranslationRefused
from tests.services.publication_world import confirm_every_text
from tests.services.report_world import Coordinator, another_round, coordinator_with_round, dump

DEFINITIONS = "A hate crime is any crime perceived by the victim to be motivated by hostility."
DIFFINIADAU = (
    "Trosedd casineb yw unrhyw drosedd y mae'r dioddefwr yn ei gweld fel un a gymhellwyd gan elyniaeth."
)
PERIOD = "Cases closed between April and June."
CYFNOD = "Achosion a gaewyd rhwng Ebrill a Mehefin."


def _written(tmp_path: Path) -> Coordinator:
    world = coordinator_with_round(tmp_path)
    background.save_background(
        world.db, world.round_id, Background(sample_period=PERIOD, definitions=DEFINITIONS)
    )
    findings.save_case_notes(world.db, world.case_ids[0], CaseNotes(comment="The victim was updated weekly."))
    return world


def _pdf(world: Coordinator, tmp_path: Path, language: str, mode: str = "internal") -> str:
    path = tmp_path / f"report-{language}-{mode}.pdf"
    write_report(world.db, world.round_id, path, ReportOptions(language=language, mode=mode), "pdf")
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)


def _unit(world: Coordinator, part: str) -> translations.Unit:
    found = [u for u in translations.translations(world.db, world.round_id).units if u.place.part == part]
    assert found, part
    return found[0]


def test_every_typed_text_is_missing_in_welsh_until_translated(tmp_path: Path) -> None:
    world = _written(tmp_path)
    state = translations.translations(world.db, world.round_id)
    parts = {u.place.part for u in state.missing("cy")}
    assert {"period", "definitions", "comment", "summary"} <= parts  # case summaries too
    assert state.missing("en") == ()
    assert all(u.state is State.MISSING and u.language == "cy" for u in state.units)


def test_a_welsh_version_prints_in_the_welsh_part_and_the_english_stays_english(tmp_path: Path) -> None:
    world = _written(tmp_path)
    for part, welsh in (("definitions", DIFFINIADAU), ("period", CYFNOD)):
        unit = _unit(world, part)
        translations.save_version(world.db, world.round_id, unit.key, unit.sha256, welsh)
    assert _unit(world, "definitions").state is State.DONE
    welsh_text = _pdf(world, tmp_path, "cy")
    assert "Trosedd casineb yw unrhyw drosedd" in welsh_text
    assert "perceived by the victim" not in welsh_text
    english = _pdf(world, tmp_path, "en")
    assert "perceived by the victim" in english and "gymhellwyd gan elyniaeth" not in english


def test_a_text_changed_since_it_was_translated_is_shown_and_not_printed(tmp_path: Path) -> None:
    world = _written(tmp_path)
    unit = _unit(world, "definitions")
    translations.save_version(world.db, world.round_id, unit.key, unit.sha256, DIFFINIADAU)
    edited = DEFINITIONS.replace("any crime", "any criminal offence")
    background.save_background(world.db, world.round_id, Background(sample_period=PERIOD, definitions=edited))
    changed = _unit(world, "definitions")
    assert changed.state is State.CHANGED and changed.version == DIFFINIADAU
    assert changed in translations.translations(world.db, world.round_id).missing("cy")
    welsh_text = _pdf(world, tmp_path, "cy")
    assert "gymhellwyd gan elyniaeth" not in welsh_text and "any criminal offence" in welsh_text


def test_a_translation_of_words_no_longer_there_is_refused_and_nothing_changes(tmp_path: Path) -> None:
    world = _written(tmp_path)
    unit = _unit(world, "definitions")
    before = dump(world.db)
    with pytest.raises(TranslationRefused) as refused:
        translations.save_version(world.db, world.round_id, unit.key, "0" * 64, DIFFINIADAU)
    assert "wedi newid" in refused.value.explain("cy")
    with pytest.raises(TranslationRefused):
        translations.save_version(world.db, world.round_id, "no|such|text|", unit.sha256, DIFFINIADAU)
    with pytest.raises(TranslationRefused):
        translations.save_version(world.db, world.round_id, unit.key, unit.sha256, "x" * 20_001)
    with pytest.raises(TranslationRefused):
        translations.set_written_in(world.db, world.round_id, "fr")
    assert dump(world.db) == before


def test_the_next_round_is_offered_what_was_translated_before(tmp_path: Path) -> None:
    world = _written(tmp_path)
    unit = _unit(world, "definitions")
    translations.save_version(world.db, world.round_id, unit.key, unit.sha256, DIFFINIADAU)
    later, _, _ = another_round(world.db, tmp_path, "Hate crime scrutiny Q4")
    background.save_background(
        world.db, later, Background(definitions=DEFINITIONS, sample_period="New period.")
    )
    state = translations.translations(world.db, later)
    offered = [u for u in state.units if u.state is State.OFFERED]
    assert [u.place.part for u in offered] == ["definitions"] and offered[0].offered == DIFFINIADAU
    stored, changes = translations.use_offered(world.db, later)
    assert stored == 1 and changes.translations
    after = translations.translations(world.db, later)
    assert next(u for u in after.units if u.place.part == "definitions").origin == "memory"
    assert [u.place.part for u in after.missing("cy")].count("definitions") == 0


def test_a_welsh_first_round_is_translated_into_english(tmp_path: Path) -> None:
    world = coordinator_with_round(tmp_path)
    translations.set_written_in(world.db, world.round_id, "cy")
    background.save_background(world.db, world.round_id, Background(definitions=DIFFINIADAU))
    state = translations.translations(world.db, world.round_id)
    assert state.written_in == "cy" and state.missing("cy") == ()
    unit = _unit(world, "definitions")
    assert unit.language == "en"
    translations.save_version(world.db, world.round_id, unit.key, unit.sha256, DEFINITIONS)
    assert "perceived by the victim" in _pdf(world, tmp_path, "en")
    assert "gymhellwyd gan elyniaeth" in _pdf(world, tmp_path, "cy")


def test_a_published_translation_is_read_and_confirmed_on_its_own(tmp_path: Path) -> None:
    world = _written(tmp_path)
    unit = _unit(world, "definitions")
    translations.save_version(world.db, world.round_id, unit.key, unit.sha256, DIFFINIADAU)

    def blank_the_welsh(block: object) -> tuple[str, str]:
        return ("blanked", "") if block.place.language == "cy" else ("kept", "")  # type: ignore[attr-defined]

    review = confirm_every_text(world.db, world.round_id, blank_the_welsh)
    assert review.confirmed == review.total
    assert any(b.place.language == "cy" and b.text == DIFFINIADAU for b in review.blocks)
    both = _pdf(world, tmp_path, "both", "publication")
    assert "gymhellwyd gan elyniaeth" not in both and "perceived by the victim" in both and "███" in both


def test_the_welsh_part_of_a_word_file_tags_an_untranslated_text_as_english(tmp_path: Path) -> None:
    world = _written(tmp_path)
    path = tmp_path / "report.docx"
    write_report(world.db, world.round_id, path, ReportOptions(language="cy"), "docx")
    runs = [r for p in docx.Document(BytesIO(path.read_bytes())).paragraphs for r in p.runs]
    tagged = {
        r.text: r._r.rPr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}lang")
        for r in runs
        if DEFINITIONS in r.text
    }
    assert tagged, "the definitions are printed"
    langs = {
        el.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val") for el in tagged.values()
    }
    assert langs == {"en-GB"}


def test_the_publication_review_names_a_version_by_its_language(tmp_path: Path) -> None:
    from desktop.reports.redaction import describe
    from desktop.services import publication

    world = _written(tmp_path)
    unit = _unit(world, "definitions")
    translations.save_version(world.db, world.round_id, unit.key, unit.sha256, DIFFINIADAU)
    blocks = publication.publication_review(world.db, world.round_id).blocks
    welsh = next(b for b in blocks if b.place.language == "cy")
    assert describe(welsh.place, "en").endswith("· in Welsh")
    assert describe(welsh.place, "cy").endswith("· yn Gymraeg")


def test_the_demo_round_is_translated_in_part_as_a_round_under_way(tmp_path: Path) -> None:
    db = create_demo_coordinator(tmp_path / "demo")
    try:
        round_id = rounds.list_rounds(db)[0].id
        state = translations.translations(db, round_id)
        assert {u.text for u in state.units if u.state is State.DONE} == set(WELSH)
        assert {u.place.part for u in state.missing("cy")} >= {"criteria", "recommendation", "summary"}
        pdf = render(gather(db, round_id), ReportOptions(language="cy"), "pdf")[""]
        text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(BytesIO(pdf)).pages)
        assert "Trosedd casineb yw unrhyw drosedd" in text and "Hydref i Ragfyr 2025" in text
    finally:
        db.close()


def test_the_panel_and_the_round_are_named_in_welsh_in_the_welsh_part(tmp_path: Path) -> None:
    world = _written(tmp_path)
    for part, welsh in (("title", "Craffu ar droseddau casineb, chwarter 3"),):
        unit = _unit(world, part)
        translations.save_version(world.db, world.round_id, unit.key, unit.sha256, welsh)
    path = tmp_path / "both.pdf"
    write_report(world.db, world.round_id, path, ReportOptions(language="both"), "pdf")
    reader = PdfReader(path)
    assert (
        reader.metadata is not None and reader.metadata.subject == "Craffu ar droseddau casineb, chwarter 3"
    )
    first, last = (" ".join((p.extract_text() or "").split()) for p in (reader.pages[0], reader.pages[-1]))
    assert "Adroddiad y panel Craffu ar droseddau casineb, chwarter 3 Fersiwn fewnol" in first  # the cover
    assert "Craffu ar droseddau casineb, chwarter 3 / Hate crime scrutiny Q3" in last  # every header
