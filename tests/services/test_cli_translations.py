"""`panel-review translations export|import` run as the installed command, the way a
coordinator's script runs it: texts out, filled, back in; a text changed meanwhile named
by where it stands (exit 1); a refused file one line on stderr (exit 2), nothing changed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from translate.storage import xliff

from desktop.reports.content import Background
from desktop.services import background, translations
from tests.conftest import PASSPHRASE
from tests.hostile.make_translation_files import FOLDER
from tests.services.hostile_world import dump, open_profile
from tests.services.report_world import coordinator_with_round

ENTRY = Path(sys.executable).parent / "panel-review"
DEFINITIONS = "A hate crime is any crime perceived by the victim to be motivated by hostility."


def cli(*args: str | Path, language: str = "en") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PANEL_REVIEW_PASSPHRASE": PASSPHRASE, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [str(ENTRY), "--language", language, *map(str, args)],
        capture_output=True, text=True, env=env, timeout=120, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def _fill(path: Path) -> None:
    store = xliff.xlifffile.parsefile(str(path))
    for unit in store.units:
        unit.target = "Testun wedi'i gyfieithu."
    store.savefile(str(path))


def _one_line(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    said = result.stderr
    assert "Traceback" not in said and said.count("\n") == 1, said
    assert all(word in said for word in words), said


def test_texts_go_out_and_come_back_through_the_command_line(tmp_path: Path) -> None:
    world = coordinator_with_round(tmp_path)
    background.save_background(world.db, world.round_id, Background(definitions=DEFINITIONS))
    world.db.close()
    profile = ("--profile", tmp_path / "coordinator")
    path = tmp_path / "round.xlf"
    sent = cli(*profile, "translations", "export", "--round", str(world.round_id), path)
    assert sent.returncode == 0, sent.stderr
    assert "(5 texts to translate)" in sent.stdout  # the definitions and four case summaries
    word = tmp_path / "round.docx"
    assert cli(*profile, "translations", "export", "--round", "1", "--format", "docx", word).returncode == 0
    _fill(path)

    db = open_profile(tmp_path / "coordinator")
    edited = DEFINITIONS.replace("any crime", "any offence")
    background.save_background(db, world.round_id, Background(definitions=edited))
    db.close()
    taken = cli(*profile, "translations", "import", "--round", "1", path, language="cy")
    assert taken.returncode == 1, taken.stderr
    assert "cyfieithiadau a gadwyd: 4" in taken.stdout and "    diffiniadau" in taken.stdout
    assert not any(ref in taken.stdout for ref in world.references)
    again = cli(*profile, "translations", "import", "--round", "1", "--apply-changed", path)
    assert again.returncode == 0 and "translations stored: 5" in again.stdout, again.stdout

    db = open_profile(tmp_path / "coordinator")
    try:
        state = translations.translations(db, world.round_id)
        assert state.missing("cy") == () and {u.origin for u in state.units if not u.optional} == {"xliff"}
    finally:
        db.close()


def test_a_refused_file_is_one_line_exit_two_and_nothing_changes(tmp_path: Path) -> None:
    world = coordinator_with_round(tmp_path)
    world.db.close()
    folder = tmp_path / "coordinator"
    profile = ("--profile", folder)
    before = _dump(folder)
    for language, words in (("en", "document type"), ("cy", "math o ddogfen")):
        result = cli(
            *profile, "translations", "import", "--round", "1", FOLDER / "xxe-file.xlf", language=language
        )
        _one_line(result, words)
    _one_line(cli(*profile, "translations", "import", "--round", "1", FOLDER / "zip-bomb.docx"), "unpack")
    _one_line(cli(*profile, "translations", "import", "--round", "1", tmp_path / "nowhere.xlf"))
    _one_line(cli(*profile, "translations", "export", "--round", "1", tmp_path / "no" / "such.xlf"))
    _one_line(cli(*profile, "translations", "export", "--round", "9", tmp_path / "r.xlf"), "9")
    _one_line(cli(*profile, "translations", "export", "--round", "1", "--format", "po", tmp_path / "r.po"))
    assert _dump(folder) == before


def _dump(folder: Path) -> object:
    db = open_profile(folder)
    try:
        return dump(db)
    finally:
        db.close()
