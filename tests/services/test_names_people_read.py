"""A member's own name and a round's title are shown to others: hidden characters are refused
before anything is stored."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.display_names import NameProblem, NameRefused
from desktop.services import coordinator_rounds, profile
from tests.conftest import PASSPHRASE
from tests.services.exchange_world import make_profile, write_case_list
from tests.services.hostile_world import dump


def test_a_member_name_with_a_direction_override_makes_no_profile(tmp_path: Path) -> None:
    with pytest.raises(NameRefused) as caught:
        profile.create_profile(tmp_path / "p", "Ann \u202eJones", PASSPHRASE, "en")
    assert caught.value.problem is NameProblem.DIRECTION
    assert not profile.database_path(tmp_path / "p").exists()


@pytest.mark.parametrize("title", ["Q1 \u202e2026", "\u200b\u200b", "Q1\u200d2026"])
def test_a_round_title_that_would_not_read_as_typed_stores_nothing(tmp_path: Path, title: str) -> None:
    db = make_profile(tmp_path / "coordinator", "OPCC Test", "coordinator")
    csv_path, docs = write_case_list(tmp_path / "input", 2)
    before = dump(db)
    with pytest.raises(NameRefused):
        coordinator_rounds.create_round(db, csv_path, docs, title=title, template_id="hate-crime")
    assert dump(db) == before
    db.close()
