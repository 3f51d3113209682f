"""Storing rounds: one exact template per id@version, stable case uids, UTC timestamps."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from desktop.core.identity import case_uid
from desktop.services import profile, review
from desktop.services.rounds import NewCase, TemplateConflict, add_round, list_cases, template_sha256
from desktop.storage.models import CaseFile, Round, TemplateVersion
from tests.conftest import PASSPHRASE, make_cases, small_template, small_template_body


def everything(db) -> dict[str, list[tuple]]:
    """Every row of every table, to prove a refused call changed nothing."""
    with db.session() as session:
        tables = session.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'")).scalars().all()
        return {
            t: [tuple(r) for r in session.execute(text(f"SELECT * FROM {t} ORDER BY rowid"))] for t in tables
        }


def other_body() -> str:
    """The same id@version as `small_template_body`, with one question reworded."""
    changed = small_template()
    changed["sections"][0]["questions"][1]["text"]["en"] = "Was the risk assessed properly?"
    return json.dumps(changed, ensure_ascii=False)


def test_a_different_body_under_the_same_id_and_version_is_refused(db) -> None:
    first = add_round(db, "Round A", small_template_body(), make_cases(2), uid="round-a")
    before = everything(db)
    with pytest.raises(TemplateConflict, match="'small-test' version 1") as refused:
        add_round(db, "Round B", other_body(), make_cases(2), uid="round-b")
    assert (refused.value.template_id, refused.value.version) == ("small-test", 1)
    assert everything(db) == before

    again = add_round(db, "Round C", small_template_body(), make_cases(2), uid="round-c")
    with db.session() as session:
        templates = session.scalars(select(TemplateVersion)).all()
        pks = {r.id: r.template_pk for r in session.scalars(select(Round))}
    assert len(templates) == 1
    assert templates[0].sha256 == template_sha256(small_template_body())
    assert pks[first] == pks[again] == templates[0].id


def test_case_uids_are_derived_from_the_round_and_reference_on_every_machine(db, tmp_path: Path) -> None:
    round_id = add_round(db, "Round", small_template_body(), make_cases(3), uid="shared-round")
    other_machine = profile.create_profile(tmp_path / "other", "Other Member", PASSPHRASE, "en")
    try:
        other_id = add_round(other_machine, "Round", small_template_body(), make_cases(3), uid="shared-round")
        here, there = _uids(db, round_id), _uids(other_machine, other_id)
    finally:
        other_machine.close()
    assert here == there == {f"TEST-00{i}": case_uid("shared-round", f"TEST-00{i}") for i in (1, 2, 3)}
    elsewhere = add_round(db, "Another round", small_template_body(), make_cases(3), uid="another-round")
    assert set(_uids(db, elsewhere).values()).isdisjoint(here.values())


def test_a_uid_chosen_by_the_caller_is_kept_and_must_be_unique_in_its_round(db) -> None:
    chosen = NewCase("REF-1", "hate_crime", ("race",), "One.", [], uid="coordinator-chosen-1")
    derived = NewCase("REF-2", "hate_crime", ("race",), "Two.", [])
    round_id = add_round(db, "Round", small_template_body(), [chosen, derived], uid="r1")
    assert _uids(db, round_id) == {"REF-1": "coordinator-chosen-1", "REF-2": case_uid("r1", "REF-2")}

    before = everything(db)
    twin = NewCase("REF-3", "hate_crime", ("race",), "Three.", [], uid="coordinator-chosen-1")
    with pytest.raises(IntegrityError):
        add_round(db, "Clash", small_template_body(), [chosen, twin], uid="r2")
    assert everything(db) == before


def test_timestamps_are_written_in_utc_whatever_the_local_zone(db, round_id, monkeypatch) -> None:
    monkeypatch.setenv("TZ", "IST-5:30")
    time.tzset()
    try:
        case = list_cases(db, round_id)[0]
        review.save_answer(db, case.id, "assessed", "yes")
        now = datetime.now(UTC).replace(tzinfo=None)
    finally:
        monkeypatch.undo()
        time.tzset()
    with db.session() as session:
        stamps = session.execute(
            text("SELECT at FROM audit_log UNION ALL SELECT updated_at FROM answer")
        ).scalars()
        for stamp in stamps:
            assert abs(datetime.fromisoformat(stamp) - now) < timedelta(minutes=5)


def _uids(db, round_id: int) -> dict[str, str]:
    with db.session() as session:
        rows = session.scalars(select(CaseFile).where(CaseFile.round_id == round_id))
        return {c.reference: c.uid for c in rows}
