"""A round's texts out to a translator and back, through the real encrypted profile: XLIFF
1.2 written and read by translate-toolkit, the two-column Word table by python-docx, the
plan before import, and every refusal leaving the profile exactly as it was."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from io import BytesIO
from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree
from pypdf import PdfReader
from translate.storage import xliff
from translate.storage.pypo import pofile

from desktop.exchange.translation_sheet import Refusal, TranslationFileRefused
from desktop.reports.content import Background, CaseNotes
from desktop.services import background, findings, translation_exchange, translations
from desktop.services.tagged_pdf import office_program, tagged_pdf
from desktop.services.translation_exchange import apply_import, export_translations, plan_import
from desktop.services.translations import State
from tests.services.report_world import Coordinator, another_round, coordinator_with_round, dump

XLIFF = "urn:oasis:names:tc:xliff:document:1.2"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DEFINITIONS = "A hate crime is any crime perceived by the victim to be motivated by hostility."
COMMENT = "The victim was updated weekly."
TOOLS = Path(sys.executable).parent


def _written(tmp_path: Path) -> Coordinator:
    world = coordinator_with_round(tmp_path)
    background.save_background(world.db, world.round_id, Background(definitions=DEFINITIONS))
    findings.save_case_notes(world.db, world.case_ids[1], CaseNotes(comment=COMMENT))
    return world


def welsh_for(source: str) -> str:
    """A translation tool's stand-in: a Welsh sentence that names which text it was."""
    return f"Cyfieithiad Cymraeg o destun {len(source)} nod."


def fill_xliff(path: Path, translate=welsh_for) -> None:
    """Fill every target as a translation tool would: through translate-toolkit's store."""
    store = xliff.xlifffile.parsefile(str(path))
    for unit in store.units:
        unit.target = translate(str(unit.source))
    store.savefile(str(path))


def fill_docx(path: Path, translate=welsh_for) -> None:
    """Type each translation into the editable cell, as a translator in Word would."""
    document = docx.Document(str(path))
    for row in list(document.tables[0].rows)[1:]:
        source = "\n".join(p.text for p in row.cells[1].paragraphs[1:])
        row.cells[2].paragraphs[0].add_run(translate(source))
    document.save(str(path))


def fill_docx_tracked(path: Path) -> None:
    """Type each translation with Track Changes on: Word wraps the runs in `w:ins`, and
    a word typed and deleted again stays behind in `w:del`."""
    document = docx.Document(str(path))
    for n, row in enumerate(list(document.tables[0].rows)[1:], start=1):
        source = "\n".join(p.text for p in row.cells[1].paragraphs[1:])
        paragraph = row.cells[2].paragraphs[0]
        for tag, text in (("w:ins", welsh_for(source)), ("w:del", " Drafft.")):
            change = OxmlElement(tag)
            change.set(qn("w:id"), str(n * 10 + len(tag)))
            change.set(qn("w:author"), "Cyfieithydd")
            run = paragraph.add_run(text)._r
            if tag == "w:del":
                for t in run.findall(qn("w:t")):
                    t.tag = qn("w:delText")
            change.append(run)
            paragraph._p.append(change)
    document.save(str(path))


def _units(world: Coordinator) -> dict[str, translations.Unit]:
    return {u.place.part: u for u in translations.translations(world.db, world.round_id).units}


def test_the_xliff_names_the_round_and_each_text_by_opaque_ids_and_where_it_stands(tmp_path: Path) -> None:
    world = _written(tmp_path)
    path = tmp_path / "round.xlf"
    count = export_translations(world.db, world.round_id, path)
    wanted = [u for u in translations.translations(world.db, world.round_id).units if u.wanted]
    assert count == len(wanted) > 2
    root = etree.parse(str(path)).getroot()
    (file,) = root.findall(f"{{{XLIFF}}}file")
    with world.db.session() as session:
        from desktop.storage.models import Round

        uid = session.get_one(Round, world.round_id).uid
    assert root.get("version") == "1.2"
    assert (file.get("original"), file.get("source-language"), file.get("target-language")) == (
        uid,
        "en-GB",
        "cy-GB",
    )
    text = path.read_text(encoding="utf-8")
    assert not any(ref in text for ref in world.references), "no force case reference leaves the round"
    units = file.findall(f".//{{{XLIFF}}}trans-unit")
    assert [u.findtext(f"{{{XLIFF}}}source") for u in units] == [u.text for u in wanted]
    notes = [u.findtext(f"{{{XLIFF}}}note") for u in units]
    assert "Case 2 · panel's comment" in notes and "definitions" in notes
    assert all(len(u.get("id")) == 16 and u.get("extradata", "").startswith("sha256:") for u in units)
    guesses = {
        hashlib.sha256(f"{uid}\n{u.key}".encode()).hexdigest()[:16] for u in wanted
    }  # what anyone holding the file and a list of likely references could compute
    assert not guesses & {u.get("id") for u in units}, "ids are keyed with the profile's secret"


def test_the_xliff_has_every_element_and_attribute_xliff_1_2_strict_requires(tmp_path: Path) -> None:
    """No package on the registry ships the OASIS schema; this checks what
    xliff-core-1.2-strict.xsd requires of the parts we write."""
    world = _written(tmp_path)
    path = tmp_path / "round.xlf"
    export_translations(world.db, world.round_id, path)
    root = etree.parse(str(path)).getroot()
    assert root.tag == f"{{{XLIFF}}}xliff" and root.get("version") == "1.2"
    assert set(root.nsmap.values()) <= {XLIFF}, "no other namespace, which strict would reject"
    for file in root:
        assert {"original", "source-language", "datatype"} <= set(file.attrib)
        assert [c.tag for c in file] == [f"{{{XLIFF}}}header", f"{{{XLIFF}}}body"]
        for unit in file.iter(f"{{{XLIFF}}}trans-unit"):
            assert unit.get("id")
            tags = [c.tag.split("}")[1] for c in unit]
            assert tags[0] == "source" and set(tags) <= {"source", "target", "note"}
            assert set(unit.attrib) <= {"id", "extradata", "{http://www.w3.org/XML/1998/namespace}space"}
    ids = [u.get("id") for u in root.iter(f"{{{XLIFF}}}trans-unit")]
    assert len(ids) == len(set(ids))


def test_translate_toolkits_own_tools_read_the_exported_file(tmp_path: Path) -> None:
    world = _written(tmp_path)
    path = tmp_path / "round.xlf"
    count = export_translations(world.db, world.round_id, path)
    counted = subprocess.run(
        [str(TOOLS / "pocount"), "--csv", str(path)], capture_output=True, text=True, timeout=120
    )
    assert counted.returncode == 0, counted.stderr
    assert f",{count}," in counted.stdout.splitlines()[-1]  # untranslated strings: all of them
    po, back = tmp_path / "round.po", tmp_path / "back.xlf"
    for tool, source, target in (("xliff2po", path, po), ("po2xliff", po, back)):
        done = subprocess.run([str(TOOLS / tool), str(source), str(target)], capture_output=True, timeout=120)
        assert done.returncode == 0, done.stderr
    assert DEFINITIONS in {str(u.source) for u in pofile.parsefile(str(po)).units}
    sources = {str(u.source) for u in xliff.xlifffile.parsefile(str(back)).units if not u.isheader()}
    assert {DEFINITIONS, COMMENT} <= sources


def test_a_filled_xliff_is_planned_then_stored_and_the_texts_are_done(tmp_path: Path) -> None:
    world = _written(tmp_path)
    path = tmp_path / "round.xlf"
    count = export_translations(world.db, world.round_id, path)
    fill_xliff(path)
    before = dump(world.db)
    plan = plan_import(world.db, world.round_id, path)
    assert dump(world.db) == before, "a plan stores nothing"
    assert len(plan.applies) == count and not plan.changed and not plan.unknown and plan.origin == "xliff"
    changes = apply_import(world.db, world.round_id, plan)
    assert changes.translations
    units = _units(world)
    assert units["definitions"].state is State.DONE and units["definitions"].origin == "xliff"
    assert units["definitions"].version == welsh_for(DEFINITIONS)
    assert translations.translations(world.db, world.round_id).missing("cy") == ()
    assert export_translations(world.db, world.round_id, tmp_path / "again.xlf") == 0


def test_a_text_changed_since_export_is_listed_and_stored_only_when_chosen(tmp_path: Path) -> None:
    world = _written(tmp_path)
    path = tmp_path / "round.xlf"
    export_translations(world.db, world.round_id, path)
    fill_xliff(path)
    edited = DEFINITIONS.replace("any crime", "any criminal offence")
    background.save_background(world.db, world.round_id, Background(definitions=edited))
    plan = plan_import(world.db, world.round_id, path)
    assert [p.where("en") for p in plan.changed] == ["definitions"]
    assert plan.changed[0].source == DEFINITIONS and plan.changed[0].now == edited
    apply_import(world.db, world.round_id, plan)
    assert _units(world)["definitions"].state is State.MISSING
    assert _units(world)["comment"].state is State.DONE
    apply_import(world.db, world.round_id, plan_import(world.db, world.round_id, path), apply_changed=True)
    assert _units(world)["definitions"].state is State.DONE


def test_the_word_table_protects_the_source_and_comes_back_filled(tmp_path: Path) -> None:
    world = _written(tmp_path)
    path = tmp_path / "round.docx"
    count = export_translations(world.db, world.round_id, path, "docx")
    document = docx.Document(str(path))
    protection = document.settings.element.find(f"{W}documentProtection")
    assert protection.get(f"{W}edit") == "readOnly" and protection.get(f"{W}enforcement") == "1"
    rows = list(document.tables[0].rows)
    assert len(rows) == count + 1
    assert rows[0].cells[1].text == "English / Saesneg" and rows[0].cells[2].text == "Welsh / Cymraeg"
    for row in rows[1:]:
        starts = row.cells[2]._tc.findall(f".//{W}permStart")
        assert [s.get(f"{W}edGrp") for s in starts] == ["everyone"]
        assert not row.cells[1]._tc.findall(f".//{W}permStart"), "the source is not editable"
        assert all(r.font.hidden for p in row.cells[0].paragraphs for r in p.runs)
    body = "\n".join(p.text for p in document.paragraphs)
    assert "Write the translation" in body and "Ysgrifennwch gyfieithiad" in body
    text = "\n".join(c.text for r in rows for c in r.cells)
    assert not any(ref in text for ref in world.references)
    fill_docx(path)
    plan = plan_import(world.db, world.round_id, path)
    assert len(plan.applies) == count and plan.origin == "docx"
    apply_import(world.db, world.round_id, plan)
    assert _units(world)["comment"].origin == "docx"
    assert _units(world)["comment"].version == welsh_for(COMMENT)


def test_a_translation_typed_with_track_changes_on_is_read_as_it_now_reads(tmp_path: Path) -> None:
    world = _written(tmp_path)
    path = tmp_path / "round.docx"
    count = export_translations(world.db, world.round_id, path, "docx")
    fill_docx_tracked(path)
    plan = plan_import(world.db, world.round_id, path)
    assert len(plan.applies) == count
    assert {p.target for p in plan.applies} >= {welsh_for(COMMENT), welsh_for(DEFINITIONS)}


def test_a_target_a_tool_copied_from_its_source_is_no_translation(tmp_path: Path) -> None:
    world = _written(tmp_path)
    path = tmp_path / "round.xlf"
    count = export_translations(world.db, world.round_id, path)
    fill_xliff(path, lambda source: source if source == COMMENT else welsh_for(source))
    plan = plan_import(world.db, world.round_id, path)
    assert len(plan.applies) == count - 1 and plan.unfilled == 1
    apply_import(world.db, world.round_id, plan)
    assert _units(world)["comment"].state is State.MISSING


def test_a_welsh_first_round_sends_welsh_and_takes_english_back(tmp_path: Path) -> None:
    world = coordinator_with_round(tmp_path)
    translations.set_written_in(world.db, world.round_id, "cy")
    background.save_background(world.db, world.round_id, Background(definitions="Diffiniad y panel."))
    path = tmp_path / "round.docx"
    export_translations(world.db, world.round_id, path, "docx")
    document = docx.Document(str(path))
    row = next(r for r in document.tables[0].rows if "Diffiniad y panel." in r.cells[2].text)
    assert row.cells[2]._tc.findall(f".//{W}permStart") == []
    assert row.cells[1]._tc.findall(f".//{W}permStart")
    row.cells[1].paragraphs[0].add_run("The panel's definition.")
    document.save(str(path))
    apply_import(world.db, world.round_id, plan_import(world.db, world.round_id, path))
    unit = _units(world)["definitions"]
    assert unit.language == "en" and unit.version == "The panel's definition." and unit.state is State.DONE


def test_the_memory_and_members_words_are_sent_only_when_asked(tmp_path: Path) -> None:
    world = _written(tmp_path)
    unit = _units(world)["definitions"]
    translations.save_version(world.db, world.round_id, unit.key, unit.sha256, "Diffiniadau.")
    later, _, _ = another_round(world.db, tmp_path, "Hate crime scrutiny Q4")
    background.save_background(world.db, later, Background(definitions=DEFINITIONS))
    plain, offered = tmp_path / "plain.xlf", tmp_path / "offered.xlf"
    without = export_translations(world.db, later, plain)
    with_offered = export_translations(world.db, later, offered, include_offered=True)
    assert with_offered == without + 1
    assert DEFINITIONS not in plain.read_text() and DEFINITIONS in offered.read_text()


def _refused(world: Coordinator, path: Path, reason: Refusal) -> None:
    before = dump(world.db)
    with pytest.raises(TranslationFileRefused) as refused:
        apply_import(world.db, world.round_id, plan_import(world.db, world.round_id, path))
    assert refused.value.reason is reason
    assert refused.value.explain("en") and refused.value.explain("cy") != refused.value.explain("en")
    assert dump(world.db) == before


def test_a_file_from_another_round_is_refused_and_nothing_changes(tmp_path: Path) -> None:
    world = _written(tmp_path)
    later, _, _ = another_round(world.db, tmp_path, "Hate crime scrutiny Q4")
    path = tmp_path / "other.xlf"
    export_translations(world.db, later, path)
    fill_xliff(path)
    _refused(world, path, Refusal.OTHER_ROUND)
    word = tmp_path / "other.docx"
    export_translations(world.db, later, word, "docx")
    _refused(world, word, Refusal.OTHER_ROUND)


def test_units_added_or_removed_after_export_are_refused_and_nothing_changes(tmp_path: Path) -> None:
    world = _written(tmp_path)
    path = tmp_path / "round.xlf"
    export_translations(world.db, world.round_id, path)
    fill_xliff(path)
    store = xliff.xlifffile.parsefile(str(path))
    store.removeunit(store.units[0])
    removed = tmp_path / "removed.xlf"
    store.savefile(str(removed))
    _refused(world, removed, Refusal.UNITS_CHANGED)
    store = xliff.xlifffile.parsefile(str(path))
    extra = store.addsourceunit("An extra text.", filename=store.getfilenames()[0])
    extra.setid("0123456789abcdef")
    extra.target = "Testun ychwanegol."
    added = tmp_path / "added.xlf"
    store.savefile(str(added))
    _refused(world, added, Refusal.UNITS_CHANGED)
    word = tmp_path / "round.docx"
    export_translations(world.db, world.round_id, word, "docx")
    document = docx.Document(str(word))
    table = document.tables[0]
    table._tbl.remove(table.rows[-1]._tr)
    document.save(str(word))
    _refused(world, word, Refusal.UNITS_CHANGED)


def test_a_round_now_written_in_welsh_refuses_an_english_export(tmp_path: Path) -> None:
    world = _written(tmp_path)
    path = tmp_path / "round.xlf"
    export_translations(world.db, world.round_id, path)
    fill_xliff(path)
    translations.set_written_in(world.db, world.round_id, "cy")
    _refused(world, path, Refusal.LANGUAGES)


def test_files_that_are_not_ours_are_refused_and_nothing_changes(tmp_path: Path) -> None:
    world = _written(tmp_path)
    older = tmp_path / "older.xlf"
    export_translations(world.db, world.round_id, older)
    older.write_text(older.read_text().replace("document:1.2", "document:1.1").replace('"1.2"', '"1.1"'))
    _refused(world, older, Refusal.NOT_XLIFF)
    text = tmp_path / "notes.xlf"
    text.write_text("Just some notes, not XML at all.")
    _refused(world, text, Refusal.NOT_XLIFF)
    letter = tmp_path / "letter.docx"
    document = docx.Document()
    document.add_paragraph("Dear panel,")
    document.save(str(letter))
    _refused(world, letter, Refusal.NOT_OURS)
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    _refused(world, broken, Refusal.NOT_OURS)


def test_a_translation_too_long_refuses_the_whole_import(tmp_path: Path) -> None:
    world = _written(tmp_path)
    path = tmp_path / "round.xlf"
    export_translations(world.db, world.round_id, path)
    fill_xliff(path, lambda source: "y" * 20_001 if source == COMMENT else welsh_for(source))
    plan = plan_import(world.db, world.round_id, path)
    before = dump(world.db)
    with pytest.raises(translations.TranslationRefused):
        apply_import(world.db, world.round_id, plan)
    assert dump(world.db) == before


def test_a_text_changed_between_plan_and_apply_refuses_the_whole_import(tmp_path: Path) -> None:
    world = _written(tmp_path)
    path = tmp_path / "round.xlf"
    export_translations(world.db, world.round_id, path)
    fill_xliff(path)
    plan = plan_import(world.db, world.round_id, path)
    findings.save_case_notes(world.db, world.case_ids[1], CaseNotes(comment="Changed meanwhile."))
    before = dump(world.db)
    with pytest.raises(TranslationFileRefused) as refused:
        apply_import(world.db, world.round_id, plan)
    assert refused.value.reason is Refusal.CHANGED_SINCE_PLAN and dump(world.db) == before


def test_the_api_the_translation_page_uses(tmp_path: Path) -> None:
    world = _written(tmp_path)
    path = tmp_path / "round.xlf"
    sent = translation_exchange.export_xliff(world.db, world.round_id, path)
    assert sent == 7  # the round's title, the definitions, the comment and four case summaries
    shutil.copy(path, tmp_path / "kept.xlf")
    assert translation_exchange.export_docx(world.db, world.round_id, tmp_path / "round.docx") > 0
    findings.save_case_notes(world.db, world.case_ids[0], CaseNotes(comment="Another comment."))
    plan = translation_exchange.plan_import(world.db, world.round_id, tmp_path / "kept.xlf")
    assert (plan.applies, plan.changed, plan.unknown, plan.unfilled) == ((), (), (), sent)


def test_the_word_table_prints_without_its_ids_and_survives_a_libreoffice_save(tmp_path: Path) -> None:
    """LibreOffice (installed where the tests run) lays the table out without the hidden
    ids, and a table filled and saved again by LibreOffice still imports whole."""
    world = _written(tmp_path)
    path = tmp_path / "round.docx"
    count = export_translations(world.db, world.round_id, path, "docx")
    printed = PdfReader(BytesIO(tagged_pdf(path.read_bytes())))
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in printed.pages)
    assert DEFINITIONS in text and "Ysgrifennwch gyfieithiad" in text
    ids = [r.cells[0].text.split()[0] for r in list(docx.Document(str(path)).tables[0].rows)[1:]]
    assert not any(i in text for i in ids), "the ids are hidden"
    fill_docx(path)
    office = office_program()
    assert office is not None
    saved = tmp_path / "saved"
    subprocess.run(
        [office, "--headless", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
         "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(saved), str(path)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    resaved = docx.Document(str(saved / "round.docx"))
    kept = resaved.settings.element.find(f"{W}documentProtection")
    assert kept is not None and kept.get(f"{W}edit") == "readOnly", "LibreOffice keeps the protection"
    plan = plan_import(world.db, world.round_id, saved / "round.docx")
    assert len(plan.applies) == count and not plan.changed and not plan.unknown
