"""A coordinator's real encrypted profile with rounds, for the report's services' tests."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.services import coordinator_rounds
from desktop.storage.database import Database
from desktop.storage.models import CaseFile
from tests.services.exchange_world import make_profile, write_case_list


@dataclass
class Coordinator:
    db: Database
    round_id: int
    case_ids: list[int]
    references: list[str]


def coordinator_with_round(root: Path, title: str = "Hate crime scrutiny Q3", cases: int = 4) -> Coordinator:
    db = make_profile(root / "coordinator", "Olwen Price (OPCC)", "coordinator")
    round_id, case_ids, references = another_round(db, root, title, cases)
    return Coordinator(db, round_id, case_ids, references)


def another_round(db: Database, root: Path, title: str, cases: int = 3) -> tuple[int, list[int], list[str]]:
    folder = root / f"input-{title.split()[-1].lower()}"
    csv_path, docs = write_case_list(folder, cases)
    created = coordinator_rounds.create_round(db, csv_path, docs, title=title, template_id="hate-crime")
    with db.session() as session:
        rows = session.execute(
            select(CaseFile.id, CaseFile.reference)
            .where(CaseFile.round_id == created.round_id)
            .order_by(CaseFile.position)
        ).all()
    return created.round_id, [r[0] for r in rows], [r[1] for r in rows]


def dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, read without writing, to show an operation changed nothing."""
    with db.engine.connect() as conn:
        names = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        result = {
            t: sorted((tuple(r) for r in conn.exec_driver_sql(f'SELECT * FROM "{t}"')), key=repr)
            for t in [row[0] for row in names]
        }
        conn.rollback()
        return result


def profile_rows(folder: Path) -> dict[str, list[tuple[Any, ...]]]:
    """`dump` of the profile in `folder`, unlocked for the reading: what a command left there."""
    from desktop.services import profile
    from tests.conftest import PASSPHRASE

    db = profile.unlock(folder, PASSPHRASE)
    try:
        return dump(db)
    finally:
        db.close()
