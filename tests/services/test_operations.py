"""A long service call reports progress, can be cancelled (and then keeps nothing), and
says what it changed. No Qt: the same contract the CLI uses."""

from __future__ import annotations

import pytest

from desktop.services.operations import Cancelled, CancelToken, Changes
from desktop.services.rounds import import_round, list_cases, list_rounds
from tests.conftest import make_cases, small_template_body
from tests.storage.test_unit_of_work import dump


def test_progress_is_reported_after_each_case_in_order(db) -> None:
    seen: list[tuple[int, int, str]] = []
    import_round(db, "Round", small_template_body(), make_cases(4), progress=lambda *a: seen.append(a))
    assert seen == [(i, 4, f"TEST-{i:03d}") for i in range(1, 5)]


def test_changes_name_the_round_and_every_case_added(db) -> None:
    imported = import_round(db, "Round", small_template_body(), make_cases(3))
    added = {c.id for c in list_cases(db, imported.round_id)}
    assert imported.changes == Changes(rounds=True, cases=frozenset(added))
    assert len(added) == 3
    assert not imported.changes.profile and not imported.changes.answers


def test_a_cancelled_import_leaves_every_table_as_it_was(db) -> None:
    import_round(db, "Kept round", small_template_body(), make_cases(2))
    before = dump(db)
    token = CancelToken()

    def cancel_half_way(done: int, total: int, what: str) -> None:
        if done == 3:  # three cases with their documents are already written in the transaction
            token.cancel()

    with pytest.raises(Cancelled):
        import_round(db, "Cancelled round", small_template_body(), make_cases(6),
                     progress=cancel_half_way, cancel=token)  # fmt: skip
    assert dump(db) == before
    assert [r.title for r in list_rounds(db)] == ["Kept round"]


def test_cancelling_after_the_last_case_still_keeps_nothing(db) -> None:
    before = dump(db)
    token = CancelToken()

    def cancel_at_the_end(done: int, total: int, what: str) -> None:
        if done == total:
            token.cancel()

    with pytest.raises(Cancelled):
        import_round(db, "Round", small_template_body(), make_cases(2), progress=cancel_at_the_end,
                     cancel=token)  # fmt: skip
    assert dump(db) == before


def test_changes_merge_and_say_whether_anything_changed() -> None:
    assert not Changes().any()
    both = Changes(cases=frozenset({1})).merged(Changes(rounds=True, cases=frozenset({2})))
    assert both == Changes(rounds=True, cases=frozenset({1, 2}))
    assert both.any()
