"""Recommendations across rounds: numbering, the dated history, amalgamation, status words."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.recommendation_status import status_label
from desktop.services import recommendations as recs
from desktop.services.entry_problems import Entry, EntryRefused
from tests.services.report_world import Coordinator, another_round, coordinator_with_round, dump


@pytest.fixture
def world(tmp_path: Path) -> Coordinator:
    return coordinator_with_round(tmp_path)


def _add(world: Coordinator, text: str, round_id: int | None = None) -> int:
    saved = recs.add_recommendation(
        world.db, text, "Victim updates", round_id or world.round_id, "Force EDI Manager", "2026-09-30"
    )
    assert saved.changes.recommendations
    return saved.recommendation_id


def test_numbers_run_across_rounds_and_each_row_names_its_round(world: Coordinator, tmp_path: Path) -> None:
    other, _, _ = another_round(world.db, tmp_path, "Stalking deep dive")
    _add(world, "Hate Crime Officers should meet force-wide.")
    _add(world, "Victim updates to be prioritised.", other)
    _add(world, "Lived experience in training.")
    rows = recs.list_recommendations(world.db)
    assert [(r.number, r.round_title) for r in rows] == [
        (1, "Hate crime scrutiny Q3"),
        (2, "Stalking deep dive"),
        (3, "Hate crime scrutiny Q3"),
    ]
    assert (
        rows[0].status == "open" and rows[0].owner == "Force EDI Manager" and rows[0].due_date == "2026-09-30"
    )
    assert rows[0].merged_into is None and rows[0].updates == ()


def test_an_update_sets_the_status_and_the_history_is_oldest_first(world: Coordinator) -> None:
    rec = _add(world, "Training should reinforce follow-up.")
    recs.add_update(
        world.db, rec, "2026-03-10", "Briefed at quarterly meeting.", "Needs to go wider.", "ongoing"
    )
    recs.add_update(world.db, rec, "2026-06-01", "Rolled out to response officers.", "Done.", "discharged")
    recs.add_update(world.db, rec, "2026-01-05", "Backdated note.", "", "ongoing")
    [row] = recs.list_recommendations(world.db)
    assert [u.dated for u in row.updates] == ["2026-01-05", "2026-03-10", "2026-06-01"]
    assert row.status == "ongoing"  # the status of the update recorded last


def test_edit_changes_only_what_is_given(world: Coordinator) -> None:
    rec = _add(world, "Original text.")
    recs.edit_recommendation(world.db, rec, owner="Corporate Comms", due_date=None)
    recs.edit_recommendation(world.db, rec, text="  Better text. ")
    [row] = recs.list_recommendations(world.db)
    assert (row.text, row.theme, row.owner, row.due_date) == (
        "Better text.",
        "Victim updates",
        "Corporate Comms",
        None,
    )


def test_merging_keeps_the_history_records_the_merge_and_discharges(world: Coordinator) -> None:
    kept = _add(world, "Victim updates for vulnerable victims.")
    merged = _add(world, "Victim updates in stalking cases.")
    recs.add_update(world.db, merged, "2026-02-01", "Satisfaction feedback sent to BCUs.", "", "ongoing")
    recs.merge_recommendation(world.db, merged, kept, "2026-03-01", "One victim update recommendation.")
    rows = {r.recommendation_id: r for r in recs.list_recommendations(world.db)}
    gone = rows[merged]
    assert gone.merged_into == 1 and gone.status == "discharged"
    assert [(u.dated, u.update_text, u.status) for u in gone.updates] == [
        ("2026-02-01", "Satisfaction feedback sent to BCUs.", "ongoing"),
        ("2026-03-01", "One victim update recommendation.", "discharged"),
    ]
    assert rows[kept].merged_into is None and rows[kept].status == "open"
    assert (
        status_label(gone.status, "en", gone.merged_into) == "DISCHARGED (amalgamated into recommendation 1)"
    )
    assert status_label(gone.status, "cy", gone.merged_into).startswith("WEDI'I GAU")


def test_wrong_entries_and_impossible_merges_are_refused_and_change_nothing(world: Coordinator) -> None:
    a, b, c = (_add(world, f"Recommendation {n}") for n in "abc")
    recs.merge_recommendation(world.db, b, a, "2026-03-01", "Same point.")
    before = dump(world.db)
    attempts = [
        (lambda: recs.add_recommendation(world.db, " ", "", world.round_id, "", None), Entry.EMPTY_TEXT),
        (lambda: recs.add_recommendation(world.db, "x", "", 999, "", None), Entry.NO_SUCH_ROUND),
        (lambda: recs.add_recommendation(world.db, "x", "", None, "", "30/09/2026"), Entry.BAD_DATE),
        (lambda: recs.add_update(world.db, a, "2026-04-01", "Text", "", "merged"), Entry.BAD_STATUS),
        (lambda: recs.add_update(world.db, a, "", "Text", "", "ongoing"), Entry.BAD_DATE),
        (lambda: recs.add_update(world.db, a, "2026-04-01", " ", " ", "ongoing"), Entry.EMPTY_TEXT),
        (lambda: recs.add_update(world.db, b, "2026-04-01", "Text", "", "ongoing"), Entry.ALREADY_MERGED),
        (lambda: recs.edit_recommendation(world.db, 999, text="x"), Entry.NO_SUCH_RECOMMENDATION),
        (lambda: recs.merge_recommendation(world.db, a, a, "2026-04-01", ""), Entry.MERGE_INTO_ITSELF),
        (lambda: recs.merge_recommendation(world.db, c, b, "2026-04-01", ""), Entry.MERGE_INTO_MERGED),
        (lambda: recs.merge_recommendation(world.db, b, c, "2026-04-01", ""), Entry.ALREADY_MERGED),
    ]
    for attempt, entry in attempts:
        with pytest.raises(EntryRefused) as refused:
            attempt()
        assert refused.value.entry is entry
        assert refused.value.explain("en") != refused.value.explain("cy")
    assert dump(world.db) == before


def test_a_merge_that_would_close_a_loop_is_refused(world: Coordinator) -> None:
    a, b, c = (_add(world, f"Recommendation {n}") for n in "abc")
    recs.merge_recommendation(world.db, b, a, "2026-03-01", "")
    # a is not merged, so merging a into c is allowed; c into a afterwards would be refused as merged
    recs.merge_recommendation(world.db, a, c, "2026-03-02", "")
    with pytest.raises(EntryRefused) as refused:
        recs.merge_recommendation(world.db, c, b, "2026-03-03", "")
    assert refused.value.entry is Entry.MERGE_INTO_MERGED
    rows = {r.number: r.merged_into for r in recs.list_recommendations(world.db)}
    assert rows == {1: 3, 2: 1, 3: None}


def test_status_words_follow_the_tracker_in_both_languages() -> None:
    assert [status_label(s, "en") for s in ("open", "ongoing", "discharged", "escalated")] == [
        "OPEN",
        "ONGOING",
        "DISCHARGED",
        "ESCALATE",
    ]
    assert [status_label(s, "cy") for s in ("open", "ongoing", "discharged", "escalated")] == [
        "AGORED",
        "PARHAUS",
        "WEDI'I GAU",
        "UWCHGYFEIRIO",
    ]
    assert status_label("future", "en") == "FUTURE"
