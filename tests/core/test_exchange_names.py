"""Pack and package file names: a round code, the kind of file, the member's number."""

from __future__ import annotations

from datetime import datetime

import pytest

from desktop.core.exchange_names import CODE_PATTERN, exchange_name, round_code, template_initials


@pytest.mark.parametrize(
    ("template_id", "initials"),
    [("hate-crime", "HC"), ("out-of-court-disposal", "OOCD"), ("stop-and-search", "SAS"), ("---", "R")],
)
def test_a_checklist_is_known_by_its_initials(template_id: str, initials: str) -> None:
    assert template_initials(template_id) == initials


@pytest.mark.parametrize(
    ("month", "ordinal", "code"),
    [(1, 1, "HC-2026Q1"), (3, 1, "HC-2026Q1"), (4, 1, "HC-2026Q2"), (12, 1, "HC-2026Q4"),
     (5, 3, "HC-2026Q2-3")],
)  # fmt: skip
def test_the_round_code_is_the_quarter_and_a_count_of_rounds(month: int, ordinal: int, code: str) -> None:
    made = round_code("hate-crime", datetime(2026, month, 28, 23, 59), ordinal)
    assert made == code and CODE_PATTERN.fullmatch(made)


def test_a_file_name_holds_the_code_kind_number_and_revision_and_nothing_else() -> None:
    assert exchange_name("HC-2026Q1", "pack", 3, 2, ".prpack") == "HC-2026Q1-pack-M03-r2.prpack"
    assert exchange_name("HC-2026Q1", "review", 12, 1, ".prreview") == "HC-2026Q1-review-M12-r1.prreview"
    earlier = exchange_name("spring-review", "review", None, 4, ".prreview")
    assert earlier == "spring-review-review-r4.prreview"
