"""Observations on a round: numbering, validation, and the force's response table both ways."""

from __future__ import annotations

import codecs
import csv
import random
import shutil
import subprocess
import warnings
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from desktop.core.force_response_format import CSV_COLUMNS
from desktop.exchange.response_refusals import FileRefusal
from desktop.services import observations
from desktop.services.entry_problems import Entry, EntryRefused
from desktop.services.force_responses import ResponseFileRefused, ResponsesRefused
from desktop.services.identity import NotACoordinator
from desktop.services.response_problems import RowIssue
from tests.services.exchange_world import PDF, make_profile
from tests.services.report_world import Coordinator, another_round, coordinator_with_round, dump

TEXTS = (
    "Risk assessments were not always recorded.",
    "Victims were not always told the outcome.",
    "Hate crime flags were applied consistently.",
)


@pytest.fixture
def world(tmp_path: Path) -> Coordinator:
    world = coordinator_with_round(tmp_path)
    for i, text in enumerate(TEXTS):
        observations.add_observation(world.db, world.round_id, text, world.case_ids[i : i + 2])
    return world


def _numbers_and_texts(world: Coordinator) -> list[tuple[int, str]]:
    return [(r.number, r.text) for r in observations.list_observations(world.db, world.round_id)]


def test_observations_are_listed_in_number_order_with_their_cases(world: Coordinator) -> None:
    rows = observations.list_observations(world.db, world.round_id)
    assert [(r.number, r.text) for r in rows] == list(enumerate(TEXTS, start=1))
    assert rows[0].cases == tuple(world.references[0:2])
    assert rows[0].case_ids == tuple(world.case_ids[0:2])
    assert len({r.uid for r in rows}) == 3 and rows[0].response == "" and rows[0].response_date is None


def test_delete_closes_the_gap_and_move_keeps_the_others_in_order(world: Coordinator) -> None:
    rows = observations.list_observations(world.db, world.round_id)
    changes = observations.delete_observation(world.db, rows[0].observation_id)
    assert changes.observations
    assert _numbers_and_texts(world) == [(1, TEXTS[1]), (2, TEXTS[2])]
    observations.add_observation(world.db, world.round_id, "Fourth", [])
    fourth = observations.list_observations(world.db, world.round_id)[-1]
    observations.move_observation(world.db, fourth.observation_id, 1)
    assert _numbers_and_texts(world) == [(1, "Fourth"), (2, TEXTS[1]), (3, TEXTS[2])]
    observations.move_observation(world.db, fourth.observation_id, 3)
    assert _numbers_and_texts(world) == [(1, TEXTS[1]), (2, TEXTS[2]), (3, "Fourth")]


def test_edit_changes_only_what_is_given(world: Coordinator) -> None:
    first = observations.list_observations(world.db, world.round_id)[0]
    observations.edit_observation(world.db, first.observation_id, case_ids=[world.case_ids[3]])
    observations.edit_observation(world.db, first.observation_id, text="  Reworded.  ")
    again = observations.list_observations(world.db, world.round_id)[0]
    assert (again.text, again.cases) == ("Reworded.", (world.references[3],))


def test_wrong_entries_are_refused_and_change_nothing(world: Coordinator, tmp_path: Path) -> None:
    first = observations.list_observations(world.db, world.round_id)[0]
    other_round, other_cases, _ = another_round(world.db, tmp_path, "Stop and search Q4")
    before = dump(world.db)
    attempts = [
        (lambda: observations.add_observation(world.db, world.round_id, "   ", []), Entry.EMPTY_TEXT),
        (
            lambda: observations.add_observation(world.db, world.round_id, "x", other_cases[:1]),
            Entry.CASE_NOT_IN_ROUND,
        ),
        (
            lambda: observations.edit_observation(world.db, first.observation_id, case_ids=[99999]),
            Entry.CASE_NOT_IN_ROUND,
        ),
        (
            lambda: observations.set_response(world.db, first.observation_id, "Agreed", "31/13/2026"),
            Entry.BAD_DATE,
        ),
        (
            lambda: observations.set_response(world.db, first.observation_id, "Agreed", "2026-02-30"),
            Entry.BAD_DATE,
        ),
        (lambda: observations.move_observation(world.db, first.observation_id, 4), Entry.BAD_NUMBER),
        (lambda: observations.delete_observation(world.db, 99999), Entry.NO_SUCH_OBSERVATION),
        (lambda: observations.list_observations(world.db, 99999), Entry.NO_SUCH_ROUND),
    ]
    for attempt, entry in attempts:
        with pytest.raises(EntryRefused) as refused:
            attempt()
        assert refused.value.entry is entry
        assert refused.value.explain("en") != refused.value.explain("cy")
    assert dump(world.db) == before
    assert other_round != world.round_id


def test_a_response_typed_by_the_coordinator_is_kept_with_its_date(world: Coordinator) -> None:
    first = observations.list_observations(world.db, world.round_id)[0]
    observations.set_response(world.db, first.observation_id, " The force agrees. ", "2026-03-31")
    again = observations.list_observations(world.db, world.round_id)[0]
    assert (again.response, again.response_date) == ("The force agrees.", "2026-03-31")


def test_a_members_profile_has_no_observations(tmp_path: Path) -> None:
    member = make_profile(tmp_path / "member", "Aled Jones", "member")
    with pytest.raises(NotACoordinator):
        observations.list_observations(member, 1)


# --- the Word table ---------------------------------------------------------------------------


def _export(world: Coordinator, folder: Path, language: str = "en") -> Path:
    path = folder / f"responses-{language}.docx"
    exported = observations.export_response_table(world.db, world.round_id, path, language)
    assert exported.observations == 3
    return path


def test_the_word_table_has_a_styled_repeated_heading_and_a_uid_in_every_row(
    world: Coordinator, tmp_path
) -> None:
    path = _export(world, tmp_path)
    document = docx.Document(str(path))
    assert "Hate crime scrutiny Q3" in document.paragraphs[0].text
    [table] = document.tables
    heading = table.rows[0]
    assert [c.text for c in heading.cells] == [
        "No.",
        "Observation",
        "Cases",
        "Force response",
        "Date of response",
    ]
    assert heading._tr.trPr.find(qn("w:tblHeader")) is not None
    assert heading.cells[0]._tc.tcPr.find(qn("w:shd")) is not None
    assert all(run.bold for cell in heading.cells for run in cell.paragraphs[0].runs)
    rows = observations.list_observations(world.db, world.round_id)
    for row, observation in zip(table.rows[1:], rows, strict=True):
        assert row.cells[0].paragraphs[0].text == str(observation.number)
        assert row.cells[0].paragraphs[1].text == observation.uid
        assert row.cells[1].text == observation.text
        assert row.cells[2].text == ", ".join(observation.cases)
    assert document.core_properties.title == "Hate crime scrutiny Q3"
    assert document.core_properties.identifier.startswith("PR-RESPONSES/1/")


def test_the_table_speaks_welsh_and_with_both_languages_welsh_comes_first(
    world: Coordinator, tmp_path
) -> None:
    welsh = docx.Document(str(_export(world, tmp_path, "cy")))
    assert welsh.paragraphs[0].text.startswith("Ymateb yr heddlu i arsylwadau'r panel")
    assert welsh.tables[0].rows[0].cells[3].text == "Ymateb yr heddlu"
    both = docx.Document(str(_export(world, tmp_path, "both")))
    assert both.paragraphs[0].text.startswith("Ymateb yr heddlu")
    assert both.paragraphs[1].text.startswith("Force response")
    assert both.tables[0].rows[0].cells[1].text == "Arsylwad / Observation"


def _officer_fills_in(path: Path, responses: dict[int, tuple[str, str]]) -> docx.document.Document:
    """As a force officer would: type responses and dates into the cells of rows by number."""
    document = docx.Document(str(path))
    for row in document.tables[0].rows[1:]:
        number = int(row.cells[0].paragraphs[0].text)
        if number in responses:
            row.cells[3].text, row.cells[4].text = responses[number]
    return document


def _reverse_rows(document: docx.document.Document) -> None:
    tbl = document.tables[0]._tbl
    rows = tbl.tr_lst[1:]
    for tr in rows:
        tbl.remove(tr)
    for tr in reversed(rows):
        tbl.append(tr)


def test_round_trip_reordered_reworded_and_an_added_row(world: Coordinator, tmp_path: Path) -> None:
    path = _export(world, tmp_path)
    document = _officer_fills_in(path, {1: ("Training is planned for May.", "2026-04-02"), 3: ("Noted.", "")})
    _reverse_rows(document)
    document.tables[0].rows[1].cells[
        1
    ].text = "Hate crime flags were mostly applied."  # observation 3, reworded
    added = document.tables[0].add_row().cells
    added[1].text, added[3].text = "Our own point", "A response with no observation"
    returned = tmp_path / "returned.docx"
    document.save(str(returned))

    before = dump(world.db)
    preview = observations.preview_responses(world.db, world.round_id, returned)
    assert not preview.can_import
    [problem] = preview.problems
    assert problem.issue is RowIssue.ADDED_ROW and problem.place == 4
    assert problem.explain("en").startswith("Row 4 of the table is not one of the panel’s observations")
    assert problem.explain("cy").startswith("Nid yw rhes 4 y tabl yn un o arsylwadau'r panel")
    with pytest.raises(ResponsesRefused):
        observations.import_responses(world.db, world.round_id, returned)
    assert dump(world.db) == before

    tbl = document.tables[0]._tbl
    tbl.remove(tbl.tr_lst[-1])  # the coordinator deletes the added row
    document.save(str(returned))
    preview = observations.preview_responses(world.db, world.round_id, returned)
    assert preview.can_import and preview.reordered and preview.text_changed == (3,)
    sentences = preview.explain("en")
    assert sentences[0] == "The rows were in a different order; responses were matched by observation."
    assert any("wording of observation 3 was changed" in s for s in sentences)
    assert [
        (c.number, c.new_response, c.new_date) for c in sorted(preview.changes, key=lambda c: c.number)
    ] == [
        (1, "Training is planned for May.", "2026-04-02"),
        (3, "Noted.", None),
    ]
    assert preview.unchanged == (2,)

    changes = observations.import_responses(world.db, world.round_id, returned)
    assert changes.observations
    rows = observations.list_observations(world.db, world.round_id)
    assert [(r.text, r.response, r.response_date) for r in rows] == [
        (TEXTS[0], "Training is planned for May.", "2026-04-02"),
        (TEXTS[1], "", None),
        (TEXTS[2], "Noted.", None),
    ]


def test_a_missing_row_leaves_its_response_alone(world: Coordinator, tmp_path: Path) -> None:
    second = observations.list_observations(world.db, world.round_id)[1]
    observations.set_response(world.db, second.observation_id, "Earlier response", "2026-01-10")
    document = _officer_fills_in(_export(world, tmp_path), {1: ("New", "10/04/2026")})
    tbl = document.tables[0]._tbl
    tbl.remove(tbl.tr_lst[2])  # observation 2's row is deleted
    returned = tmp_path / "returned.docx"
    document.save(str(returned))
    preview = observations.preview_responses(world.db, world.round_id, returned)
    assert preview.missing == (2,) and not preview.reordered
    observations.import_responses(world.db, world.round_id, returned)
    rows = observations.list_observations(world.db, world.round_id)
    assert [(r.response, r.response_date) for r in rows[:2]] == [
        ("New", "2026-04-10"),
        ("Earlier response", "2026-01-10"),
    ]


def test_a_response_date_that_is_not_a_date_is_refused_with_its_row(
    world: Coordinator, tmp_path: Path
) -> None:
    document = _officer_fills_in(_export(world, tmp_path), {2: ("Agreed", "next spring")})
    returned = tmp_path / "returned.docx"
    document.save(str(returned))
    before = dump(world.db)
    with pytest.raises(ResponsesRefused) as refused:
        observations.import_responses(world.db, world.round_id, returned)
    assert refused.value.explain("en") == (
        "Row 2 of the table: “next spring” is not a date. Write dates as 2026-03-31 or 31/03/2026."
    )
    assert refused.value.explain("cy").startswith("Rhes 2 y tabl: nid yw “next spring” yn ddyddiad.")
    assert dump(world.db) == before


def test_a_table_from_another_round_is_refused_naming_both(world: Coordinator, tmp_path: Path) -> None:
    other, _, _ = another_round(world.db, tmp_path, "Stop and search Q4")
    observations.add_observation(world.db, other, "Body-worn video was not always switched on.", [])
    path = tmp_path / "other.docx"
    observations.export_response_table(world.db, other, path, "en")
    csv_path = tmp_path / "other.csv"
    observations.export_response_csv(world.db, other, csv_path)
    before = dump(world.db)
    for returned in (path, csv_path):
        with pytest.raises(ResponseFileRefused) as refused:
            observations.preview_responses(world.db, world.round_id, returned)
        assert refused.value.explain("en") == (
            "This table is for the round “Stop and search Q4”, not for “Hate crime scrutiny Q3”."
        )
        assert "Stop and search Q4" in refused.value.explain("cy")
    assert dump(world.db) == before


# --- the CSV table ----------------------------------------------------------------------------


def test_csv_round_trip_keeps_welsh_letters_and_takes_a_day_first_date(
    world: Coordinator, tmp_path: Path
) -> None:
    path = tmp_path / "responses.csv"
    observations.export_response_csv(world.db, world.round_id, path)
    raw = path.read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    with path.open(encoding="utf-8-sig", newline="") as f:
        records = list(csv.DictReader(f))
    assert list(records[0]) == list(CSV_COLUMNS)
    assert [r["observation"] for r in records] == list(TEXTS)
    records.reverse()  # a spreadsheet sorted the other way
    records[0]["response"] = "Bydd yr heddlu’n adolygu’r ŵyl a’r tŷ.\nAil linell."
    records[0]["response_date"] = "02/04/2026"
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(CSV_COLUMNS))
        writer.writeheader()
        writer.writerows(records)
    preview = observations.preview_responses(world.db, world.round_id, path)
    assert preview.reordered and [c.number for c in preview.changes] == [3]
    observations.import_responses(world.db, world.round_id, path)
    third = observations.list_observations(world.db, world.round_id)[2]
    assert (third.response, third.response_date) == (
        "Bydd yr heddlu’n adolygu’r ŵyl a’r tŷ.\nAil linell.",
        "2026-04-02",
    )


# --- hostile files ----------------------------------------------------------------------------


def _zip_bomb(path: Path) -> None:
    """A small zip holding a Word document's parts and 40 MB of zeros."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * (40 * 1024 * 1024))


def _no_table(path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Thank you for the observations. We will reply in due course.")
    document.save(str(path))


def _columns_removed(source: Path, path: Path) -> None:
    document = docx.Document(str(source))
    for tr in document.tables[0]._tbl.tr_lst:
        tr.remove(tr.tc_lst[-1])
    document.save(str(path))


def _hostile_files(world: Coordinator, folder: Path) -> dict[str, tuple[Path, FileRefusal]]:
    good = _export(world, folder)
    files: dict[str, tuple[Path, FileRefusal]] = {}

    def add(name: str, refusal: FileRefusal, data: bytes | None = None) -> Path:
        path = folder / name
        if data is not None:
            path.write_bytes(data)
        files[name] = (path, refusal)
        return path

    add(
        "random.docx",
        FileRefusal.NOT_A_TABLE_FILE,
        bytes(random.Random(8).randrange(256) for _ in range(5000)),
    )
    add("renamed.docx", FileRefusal.PDF, PDF)
    add("truncated.docx", FileRefusal.DAMAGED, good.read_bytes()[: len(good.read_bytes()) // 2])
    _zip_bomb(add("bomb.docx", FileRefusal.UNPACKS_TOO_BIG))
    oversized = add("oversized.docx", FileRefusal.TOO_BIG)
    with oversized.open("wb") as f:
        f.truncate(21 * 1024 * 1024)
    add("empty.docx", FileRefusal.EMPTY, b"")
    _no_table(add("no-table.docx", FileRefusal.NO_TABLE))
    _columns_removed(good, add("four-columns.docx", FileRefusal.COLUMNS_CHANGED))
    add("columns.csv", FileRefusal.CSV_COLUMNS, b"uid,text,answer\nabc,Observation,Yes\n")
    add("latin1.csv", FileRefusal.CSV_ENCODING, ",".join(CSV_COLUMNS).encode() + b"\nx,1,caf\xe9,,Ymateb,\n")
    add("broken.csv", FileRefusal.CSV_BROKEN, ",".join(CSV_COLUMNS).encode() + b'\nx,1,"never closed\n')
    add("no-uids.csv", FileRefusal.NOT_OURS, ",".join(CSV_COLUMNS).encode() + b"\n,1,Text,,Reply,\n")
    add("table.xlsx", FileRefusal.NOT_A_TABLE_FILE, b"Just some text that is not a table file.")
    return files


def test_hostile_files_are_refused_in_both_languages_and_change_nothing(
    world: Coordinator, tmp_path: Path
) -> None:
    before = dump(world.db)
    for name, (path, refusal) in _hostile_files(world, tmp_path).items():
        for operation in (observations.preview_responses, observations.import_responses):
            with pytest.raises(ResponseFileRefused) as refused:
                operation(world.db, world.round_id, path)
            assert refused.value.refusal is refusal, name
            english, welsh = refused.value.explain("en"), refused.value.explain("cy")
            assert english and welsh and english != welsh and "{" not in english + welsh, name
    assert dump(world.db) == before


# --- LibreOffice ------------------------------------------------------------------------------


def test_the_word_table_converts_with_libreoffice_when_it_is_installed(
    world: Coordinator, tmp_path: Path
) -> None:
    """Where LibreOffice is installed the table must convert to PDF; where it is not, the
    test says so as a warning (and still checks the file is a sound Word document)."""
    path = _export(world, tmp_path, "both")
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        warnings.warn("LibreOffice is not installed: the Word table was not converted", stacklevel=1)
        with zipfile.ZipFile(path) as archive:
            assert archive.testzip() is None
        assert len(docx.Document(str(path)).tables[0].rows) == 4
        return
    out = tmp_path / "pdf"
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        [
            office,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(path),
        ],
        check=True,
        timeout=120,
        capture_output=True,
    )
    assert (out / "responses-both.pdf").read_bytes().startswith(b"%PDF")
