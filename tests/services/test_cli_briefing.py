"""`panel-review briefing settings|write`: the letterhead set once and shown back; the
briefing written from two rounds; each mistake one line on stderr in the language of
messages, exit 2, nothing written and nothing changed in the profile."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import docx
import pytest

from desktop.services import profile
from desktop.services.demo import DEMO_PASSPHRASE
from tests.services.publication_world import confirmed_quarters
from tests.services.report_world import dump
from tests.services.test_cli import ENTRY


def run(folder: Path, *args: str | Path, language: str = "en") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PANEL_REVIEW_PASSPHRASE": DEMO_PASSPHRASE, "QT_QPA_PLATFORM": "offscreen"}
    command = [str(ENTRY), "--language", language, "--profile", str(folder), *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)


def rows(folder: Path) -> dict[str, list[tuple[object, ...]]]:
    db = profile.unlock(folder, DEMO_PASSPHRASE)
    try:
        return dump(db)
    finally:
        db.close()


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli-briefing") / "office"
    confirmed_quarters(folder).close()
    return folder


def test_the_letterhead_is_set_once_and_shown(office) -> None:
    done = run(
        office, "briefing", "settings", "--office-en", "OPCC\nPO Box 99", "--signatory", "Alex Example"
    )
    assert done.returncode == 0, done.stderr
    assert "Office's name and address (English): OPCC / PO Box 99" in done.stdout
    shown = run(office, "briefing", "settings", language="cy")
    assert "Pwy sy'n llofnodi: Alex Example" in shown.stdout


def test_the_briefing_is_written_from_both_rounds(office, tmp_path) -> None:
    out = tmp_path / "briefing.docx"
    done = run(office, "briefing", "write", "--round", "1", "--round", "2", "--language", "en",
               "--to", "The Home Secretary", "-o", out)  # fmt: skip
    assert done.returncode == 0, done.stderr
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert texts.count("Areas of concern") == 2 and "The Home Secretary" in texts


@pytest.mark.parametrize(
    ("args", "language", "said"),
    [
        (("settings", "--role-en", "Commissioner\x1b[2J"), "en", "Characters that cannot be printed"),
        (("settings", "--office-cy", "x" * 700), "cy", "Rhy hir: enw a chyfeiriad y swyddfa"),
        (
            ("write", "--round", "1", "--round", "2", "--language", "cy"),
            "en",
            "Texts not yet translated into Welsh",
        ),
        (("write", "--round", "9"), "cy", "Nid oes cylch"),
    ],
)
def test_a_mistake_is_one_line_and_changes_nothing(office, tmp_path, args, language, said) -> None:
    before = rows(office)
    out = ("-o", tmp_path / "briefing.docx") if args[0] == "write" else ()
    refused = run(office, "briefing", *args, *out, language=language)
    assert refused.returncode == 2, refused.stdout + refused.stderr
    line = refused.stderr.strip()
    assert said in line and len(line.splitlines()) == 1 and "Traceback" not in line, line
    assert list(tmp_path.iterdir()) == [] and rows(office) == before


def test_a_full_disk_is_one_line_and_leaves_nothing(office, small_disk: Path) -> None:
    from tests.fs_faults import fill, snapshot

    fill(small_disk, leave=8 * 1024)  # less than the briefing needs
    before, rows_before = snapshot(small_disk), rows(office)
    refused = run(office, "briefing", "write", "--round", "1", "--round", "2", "--allow-untranslated",
                  "-o", small_disk / "briefing.docx")  # fmt: skip
    assert refused.returncode == 2, refused.stdout + refused.stderr
    line = refused.stderr.strip()
    assert line.startswith("The disk is full") and len(line.splitlines()) == 1, line
    assert snapshot(small_disk) == before and rows(office) == rows_before
