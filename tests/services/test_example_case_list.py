"""The worked example in docs/examples, run as the README writes it, on a profile made a
moment ago: a new coordinator's first round must not stop on the project's own example.

A conflict of interest naming someone the roster does not hold is still refused (a
conflict dropped silently could later let that person be given the case), but the
refusal says, in the language asked for, what to do about it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.services import coordinator_rounds, rounds
from tests.conftest import PASSPHRASE
from tests.services.exchange_world import make_profile, write_case_list
from tests.services.hostile_world import dump
from tests.services.test_cli_errors import ENTRY, cli

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"


def test_the_readme_example_creates_a_round_on_a_fresh_profile(tmp_path: Path) -> None:
    make_profile(tmp_path / "OFFICE", "Olwen Price", "coordinator").close()
    shutil.copy(EXAMPLES / "cases.csv", tmp_path / "cases.csv")
    shutil.copytree(EXAMPLES / "documents", tmp_path / "docs")
    # As the README writes it: cases.csv and docs/ in the folder the command runs in.
    env = {**os.environ, "PANEL_REVIEW_PASSPHRASE": PASSPHRASE, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [str(ENTRY), "--profile", "OFFICE", "round", "create", "--csv", "cases.csv", "--documents", "docs/",
         "--title", "Q1 2027"],
        capture_output=True, text=True, env=env, timeout=120, stdin=subprocess.DEVNULL, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, (result.stdout, result.stderr)
    listed = cli("--profile", tmp_path / "OFFICE", "round", "list")
    assert "Q1 2027" in listed.stdout and "3" in listed.stdout, listed.stdout


@pytest.mark.parametrize(
    ("language", "words"),
    [("en", ("Line 2, column conflicted_members", "Jane Example", "Members page")),
     ("cy", ("Llinell 2, colofn conflicted_members", "Jane Example", "dudalen Aelodau"))],
)  # fmt: skip
def test_a_conflict_naming_someone_not_on_the_roster_says_what_to_do(
    tmp_path: Path, language: str, words: tuple[str, ...]
) -> None:
    db = make_profile(tmp_path / "office", "Olwen Price", "coordinator")
    try:
        csv_path, docs = write_case_list(tmp_path / "input", 2, conflicts={1: "Jane Example"})
        before = dump(db)
        with pytest.raises(coordinator_rounds.UnknownMembers) as raised:
            coordinator_rounds.create_round(db, csv_path, docs, title="Q1", template_id="hate-crime")
        said = raised.value.explain(language)
        assert all(w in said for w in words), said
        assert dump(db) == before and rounds.list_rounds(db) == []
    finally:
        db.close()
