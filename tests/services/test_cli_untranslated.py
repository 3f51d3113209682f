"""`report --language cy` (or both) from the command line on a round whose texts are not all
in Welsh: one line and exit 2, nothing written, until `--allow-untranslated`; a report
in the language the texts are written in is never refused."""

from __future__ import annotations

import pytest

from desktop.reports.content import Background
from desktop.services import background, translations
from tests.services.report_world import coordinator_with_round, profile_rows
from tests.services.test_cli import cli

PERIOD = "Cases closed between April and June."


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    """A coordinator's profile folder with a round whose background is written in English."""
    root = tmp_path_factory.mktemp("untranslated-cli")
    world = coordinator_with_round(root, cases=2)
    background.save_background(world.db, world.round_id, Background(sample_period=PERIOD))
    missing = len(translations.translations(world.db, world.round_id).missing("cy"))
    world.db.close()
    return root / "coordinator", missing


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "Texts not yet translated into Welsh: {count}. Nothing was written;"),
        ("cy", "Testunau heb eu cyfieithu i'r Gymraeg eto: {count}. Nid ysgrifennwyd dim;"),
    ],
)
def test_a_welsh_report_with_english_in_it_is_refused_in_one_line(office, tmp_path, language, said) -> None:
    folder, missing = office
    assert missing > 1  # the period and the cases' summaries
    before = profile_rows(folder)
    for report_language in ("cy", "both"):
        refused = cli("--profile", folder, "report", "--round", "1", "--mode", "internal",
                      "--language", report_language, "-o", tmp_path / "report.pdf",
                      language=language)  # fmt: skip
        assert refused.returncode == 2, refused.stdout + refused.stderr
        line = refused.stderr.strip()
        assert line.startswith(said.format(count=missing)) and len(line.splitlines()) == 1, line
        assert "--allow-untranslated" in line and refused.stdout == ""
    assert list(tmp_path.iterdir()) == [], "no file, not even a part of one"
    assert profile_rows(folder) == before, "nothing recorded"


def test_asked_for_by_name_or_in_english_the_report_is_written(office, tmp_path) -> None:
    folder, _missing = office
    english = cli("--profile", folder, "report", "--round", "1", "--mode", "internal", "--language", "en",
                  "-o", tmp_path / "english.pdf")  # fmt: skip
    assert english.returncode == 0, english.stderr
    welsh = cli("--profile", folder, "report", "--round", "1", "--mode", "internal", "--language", "cy",
                "--allow-untranslated", "-o", tmp_path / "welsh.pdf")  # fmt: skip
    assert welsh.returncode == 0, welsh.stderr
    assert (tmp_path / "welsh.pdf").stat().st_size > 0
