"""Which reviews are unfinished, named for the coordinator: read from a round whose members
really left reviews unfinished (real packages), and the list kept short when it is long."""

from __future__ import annotations

import pytest

from desktop.services.unfinished_reviews import UnfinishedReview, unfinished_reviews, which_unfinished
from tests.services.unfinished_world import unfinished_panel


@pytest.fixture(scope="module")
def unfinished(tmp_path_factory):
    made = unfinished_panel(tmp_path_factory.mktemp("which-unfinished"))
    yield made
    made.world.coordinator.close()
    for member in made.world.members.values():
        member.close()


def test_each_unfinished_review_is_named_with_its_case_and_status(unfinished) -> None:
    found = unfinished_reviews(unfinished.world.coordinator, unfinished.round_id)
    assert found == (
        UnfinishedReview("HC-002", "Bethan Evans", "in_progress"),
        UnfinishedReview("HC-002", "Ceri Hughes", "in_progress"),
        UnfinishedReview("HC-003", "Dafydd Owen", "deferred"),
    )
    assert which_unfinished(found, "en") == (
        "HC-002: Bethan Evans (in progress), Ceri Hughes (in progress)",
        "HC-003: Dafydd Owen (deferred)",
    )
    assert which_unfinished(found, "cy") == (
        "HC-002: Bethan Evans (ar waith), Ceri Hughes (ar waith)",
        "HC-003: Dafydd Owen (wedi'i ohirio)",
    )


def test_a_long_list_shows_the_first_cases_and_counts_the_rest() -> None:
    many = tuple(
        UnfinishedReview(f"HC-{n:03}", name, "not_started") for n in range(1, 13) for name in ("Aled", "Ceri")
    )
    lines = which_unfinished(many, "en", shown=8)
    assert len(lines) == 9
    assert lines[0] == "HC-001: Aled (not started), Ceri (not started)"
    assert lines[7].startswith("HC-008: ")
    assert lines[8] == "other cases not listed here: 4"
    assert which_unfinished(many, "cy", shown=8)[8] == "achosion eraill heb eu rhestru yma: 4"
    assert which_unfinished(many[:16], "en", shown=8)[-1].startswith("HC-008: "), "8 cases: nothing left out"
