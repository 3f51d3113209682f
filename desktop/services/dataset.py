"""`panel-review export dataset`: every round of a coordinator's profile as a tidy dataset.

Four tables (rounds, checklist_questions, findings, answers; desktop/reports/dataset_schema.py,
docs/formats.md "The dataset"), as CSV (Python's csv module, every cell spreadsheet-safe)
and, when pyarrow is installed (the optional `dataset` extra), Parquet, with a
`dataset.json` naming the schema version, the tables, their row counts and each file's
SHA-256. Published mode only: no names, no force references, no text anyone typed.

Every file is made in memory, written into a hidden folder inside the target and only
then moved into place, `dataset.json` last: a full or read-only disk leaves the target
as it was (a folder the command made is removed again).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import secrets
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import Enum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.atomic_files import fsync_folder
from desktop.core.clock import utc_now
from desktop.core.explained import Explained
from desktop.core.spreadsheet_cells import neutralised
from desktop.core.words import say
from desktop.reports import dataset_tables as tables
from desktop.reports.dataset_schema import FORMAT, SCHEMA_VERSION, TABLES, check_published, column_names
from desktop.services import findings
from desktop.services.coordinator_settings import read_settings, save_settings_in
from desktop.storage.database import Database
from desktop.storage.models import Profile, Round, RoundBackground

FORMATS = ("csv", "parquet", "both")
SETTINGS = "dataset."  # where the force and OPCC last named are remembered
MANIFEST = "dataset.json"
STAGING = ".dataset.partial-"


class Refused(Enum):
    NOT_COORDINATOR = "not_coordinator"
    NO_FORCE = "no_force"


class DatasetRefused(Explained, ValueError):
    """Nothing was written; `explain` says why in English or Welsh."""

    def __init__(self, reason: Refused) -> None:
        self.reason = reason
        super().__init__(self.explain("en"))

    def explain(self, language: str) -> str:
        return say(f"refusal.dataset.{self.reason.value}", language)


@dataclass(frozen=True)
class DatasetWritten:
    folder: Path
    files: tuple[str, ...]
    rows: dict[str, int]
    parquet_missing: bool  # Parquet was asked for but pyarrow is not installed: CSV only


Tables = dict[str, list[dict[str, object]]]


@dataclass(frozen=True)
class Gathered:
    dataset_id: str
    tables: Tables


def parquet_available() -> bool:
    try:
        import pyarrow
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        return False
    return True


def gather(db: Database, opcc: str, force: str) -> Gathered:
    """Every round's rows, read in one unit of work, under a fresh dataset id."""
    if not force.strip():
        raise DatasetRefused(Refused.NO_FORCE)
    who = tables.Identity(f"d{secrets.token_hex(8)}", " ".join(opcc.split()), " ".join(force.split()))
    out: Tables = {name: [] for name in TABLES}
    with db.session() as session:
        if session.get_one(Profile, 1).role != "coordinator":
            raise DatasetRefused(Refused.NOT_COORDINATOR)
        for round_ in session.scalars(select(Round).order_by(Round.created_at, Round.id)):
            _add_round(session, round_, who, out)
    return Gathered(who.dataset_id, out)


def _add_round(session: Session, round_: Round, who: tables.Identity, out: Tables) -> None:
    merged = findings.round_findings_in(session, round_.id)
    meeting = session.scalar(
        select(RoundBackground.meeting_date).where(RoundBackground.round_id == round_.id)
    )
    info = tables.RoundInfo(round_.uid, round_.title, round_.panel, meeting, round_.created_at.date())
    ids = tables.case_ids(merged)
    out["rounds"].append(tables.round_row(who, info, merged))
    out["checklist_questions"] += tables.question_rows(who, info, merged)
    out["findings"] += tables.finding_rows(who, info, merged, ids)
    out["answers"] += tables.answer_rows(who, info, merged, ids)


def csv_bytes(table: str, rows: Iterable[dict[str, object]]) -> bytes:
    """The table as CSV: the csv module, every cell spreadsheet-safe, UTF-8 without a BOM
    (so any engine reads the header as it is), an empty cell for no value."""
    names = column_names(table)
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(names)
    for row in rows:
        writer.writerow([neutralised("" if row[c] is None else str(row[c])) for c in names])
    return out.getvalue().encode("utf-8")


def parquet_bytes(table: str, rows: list[dict[str, object]]) -> bytes:
    """The table as Parquet, written by pyarrow with each column's type from the schema."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"string": pa.string(), "integer": pa.int64(), "date": pa.date32()}
    arrays = [
        pa.array([_typed(row[c.name], c.type) for row in rows], type=types[c.type]) for c in TABLES[table]
    ]
    sink = pa.BufferOutputStream()
    table_ = pa.Table.from_arrays(arrays, names=list(column_names(table)))
    pq.write_table(table_, sink)  # type: ignore[no-untyped-call]  # pyarrow leaves it untyped
    return bytes(sink.getvalue().to_pybytes())


def _typed(value: object, kind: str) -> object:
    if value is None or kind != "date":
        return value
    return date.fromisoformat(str(value))


def render(gathered: Gathered, fmt: str) -> tuple[dict[str, bytes], bool]:
    """File name -> bytes, `dataset.json` last; and whether Parquet was wanted but missing."""
    check_published()
    want_parquet = fmt in ("parquet", "both")
    missing = want_parquet and not parquet_available()
    files: dict[str, bytes] = {}
    for name, rows in gathered.tables.items():
        if fmt in ("csv", "both") or missing:
            files[f"{name}.csv"] = csv_bytes(name, rows)
        if want_parquet and not missing:
            files[f"{name}.parquet"] = parquet_bytes(name, rows)
    files[MANIFEST] = _manifest(gathered, files)
    return files, missing


def _manifest(gathered: Gathered, files: dict[str, bytes]) -> bytes:
    manifest = {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "dataset_id": gathered.dataset_id,
        "created": utc_now().isoformat(timespec="seconds"),
        "tables": {
            name: {
                "rows": len(rows),
                "files": {
                    f.rsplit(".", 1)[1]: {"name": f, "sha256": hashlib.sha256(files[f]).hexdigest()}
                    for f in files
                    if f.rsplit(".", 1)[0] == name
                },
            }
            for name, rows in gathered.tables.items()
        },
    }
    return (json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def write_files(folder: Path, files: dict[str, bytes]) -> None:
    """Write every file into a hidden folder inside `folder`, then move each into place.

    On any failure the hidden folder goes, and `folder` too if this call made it."""
    made = not folder.exists()
    folder.mkdir(parents=True, exist_ok=True)
    staging = folder / f"{STAGING}{secrets.token_hex(4)}"
    try:
        staging.mkdir()
        for name, data in files.items():
            with (staging / name).open("wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
        for name in files:  # dataset.json last: a manifest always describes the files beside it
            os.replace(staging / name, folder / name)
        fsync_folder(folder)
    except OSError as exc:  # said with the folder the person chose, not the hidden one
        raise OSError(exc.errno, exc.strerror, str(folder)) from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        if made and not (folder / MANIFEST).exists():
            shutil.rmtree(folder, ignore_errors=True)


def export_dataset(
    db: Database, folder: Path, fmt: str, *, opcc: str | None = None, force: str | None = None
) -> DatasetWritten:
    """Write the dataset. The force and the OPCC, when not given, are those of the last
    export that named them (`coordinator_setting`, "dataset."); once written, those given
    are remembered for the next."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown dataset format {fmt!r}")
    remembered = read_settings(db, SETTINGS)
    given = {name: value for name, value in (("force", force), ("opcc", opcc)) if value is not None}
    named = {**remembered, **given}
    gathered = gather(db, named.get("opcc", ""), named.get("force", ""))
    files, missing = render(gathered, fmt)
    write_files(folder, files)
    with db.session() as session:
        save_settings_in(session, SETTINGS, {k: " ".join(v.split()) for k, v in given.items()})
    rows = {name: len(table) for name, table in gathered.tables.items()}
    return DatasetWritten(folder, tuple(files), rows, missing)
