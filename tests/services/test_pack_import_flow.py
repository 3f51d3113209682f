"""The pack import flow as a plain state machine: plain values, no Qt, no files."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services.assignment_packs import CoordinatorStatus, PackImported, PackPreview
from desktop.services.operations import Changes
from desktop.services.pack_import import PackImport, Step, WrongStep

PATH = Path("round-7-member-3.prpack")


def preview(status: CoordinatorStatus) -> PackPreview:
    return PackPreview("Olwen Price (OPCC)", "12345 67890", status, "Hate crime Q3", "uid-1", 1, 4, None)


IMPORTED = PackImported(round_id=7, added=4, withdrawn=0, unchanged=False, changes=Changes(rounds=True))


def test_a_new_coordinator_is_checked_then_the_pack_imported() -> None:
    flow = PackImport(PATH).previewed(preview(CoordinatorStatus.NEW))
    assert (flow.step, flow.needs_check) == (Step.PREVIEWED, True)
    assert flow.preview is not None and (flow.preview.round_title, flow.preview.cases) == ("Hate crime Q3", 4)
    flow = flow.confirm()
    assert (flow.step, flow.confirmed_fingerprint) == (Step.CONFIRMED, "12345 67890")
    flow = flow.imported(IMPORTED)
    assert (flow.step, flow.result, flow.finished) == (Step.IMPORTED, IMPORTED, True)


def test_a_known_coordinator_goes_straight_on_and_pins_nothing_new() -> None:
    flow = PackImport(PATH).previewed(preview(CoordinatorStatus.PINNED))
    assert (flow.step, flow.needs_check, flow.confirmed_fingerprint) == (Step.CONFIRMED, False, None)


def test_declining_the_check_cancels_and_nothing_can_follow() -> None:
    flow = PackImport(PATH).previewed(preview(CoordinatorStatus.NEW)).cancel()
    assert (flow.step, flow.finished) == (Step.CANCELLED, True)
    with pytest.raises(WrongStep):
        flow.imported(IMPORTED)
    with pytest.raises(WrongStep):
        flow.confirm()


def test_the_import_cannot_skip_the_check() -> None:
    flow = PackImport(PATH).previewed(preview(CoordinatorStatus.NEW))
    with pytest.raises(WrongStep):
        flow.imported(IMPORTED)
    with pytest.raises(WrongStep):
        PackImport(PATH).confirm()  # nothing read yet: nothing to confirm


@pytest.mark.parametrize("before", ["chosen", "confirmed"])
def test_a_file_that_fails_is_refused_with_why(before: str) -> None:
    flow = PackImport(PATH)
    if before == "confirmed":
        flow = flow.previewed(preview(CoordinatorStatus.PINNED))
    problem = ValueError("damaged")
    refused = flow.failed(problem)
    assert (refused.step, refused.problem, refused.finished) == (Step.REFUSED, problem, True)
    assert flow.step is not Step.REFUSED, "each event returns a new state"


def test_cancelling_a_running_import_ends_it() -> None:
    flow = PackImport(PATH).previewed(preview(CoordinatorStatus.PINNED)).cancel()
    assert flow.step is Step.CANCELLED
    with pytest.raises(WrongStep):
        flow.failed(ValueError("late"))
