"""`report --mode publication` from the command line on a round whose members left
reviews unfinished: one line and exit 2, nothing written, until `--include-unfinished`."""

from __future__ import annotations

import pytest

from tests.services.publication_world import confirm_every_text
from tests.services.report_world import profile_rows
from tests.services.test_cli import cli
from tests.services.unfinished_world import unfinished_panel


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    """The coordinator's profile folder, every text confirmed, nothing open."""
    made = unfinished_panel(tmp_path_factory.mktemp("unfinished-cli"))
    confirm_every_text(made.world.coordinator, made.round_id)
    made.world.coordinator.close()
    for member in made.world.members.values():
        member.close()
    return made.world.root / "coordinator"


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "en",
            "Reviews not marked complete by their members: 3 of 16 – HC-002: Bethan Evans (in progress), "
            "Ceri Hughes (in progress); HC-003: Dafydd Owen (deferred). Nothing was written;",
        ),
        (
            "cy",
            "Adolygiadau heb eu nodi'n gyflawn gan eu haelodau: 3 o 16 – HC-002: Bethan Evans (ar waith), "
            "Ceri Hughes (ar waith); HC-003: Dafydd Owen (wedi'i ohirio). Nid ysgrifennwyd dim;",
        ),
    ],
)
def test_publishing_unfinished_reviews_is_refused_in_one_line(office, tmp_path, language, said) -> None:
    before = profile_rows(office)
    for fmt in ("pdf", "csv"):
        refused = cli("--profile", office, "report", "--round", "1", "--format", fmt, "--mode", "publication",
                      "-o", tmp_path / f"report.{fmt}", language=language)  # fmt: skip
        assert refused.returncode == 2, refused.stdout + refused.stderr
        assert refused.stderr.strip().startswith(said) and len(refused.stderr.strip().splitlines()) == 1
        assert "--include-unfinished" in refused.stderr and refused.stdout == ""
    assert list(tmp_path.iterdir()) == [], "no file, not even a part of one"
    assert profile_rows(office) == before, "nothing recorded"


def test_asked_for_by_name_the_report_is_published_saying_so(office, tmp_path) -> None:
    internal = cli("--profile", office, "report", "--round", "1", "--format", "csv", "--mode", "internal",
                   "-o", tmp_path / "internal.csv")  # fmt: skip
    assert internal.returncode == 0, internal.stderr  # the panel's own copy is never refused
    published = cli("--profile", office, "report", "--round", "1", "--format", "csv", "--mode", "publication",
                    "--include-unfinished", "-o", tmp_path / "q3.csv")  # fmt: skip
    assert published.returncode == 0, published.stderr
    names = {p.name for p in tmp_path.iterdir()}
    assert {"q3-answers.csv", "q3-findings.csv", "q3-agreement.csv"} <= names
