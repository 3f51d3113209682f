"""The send-review flow as a plain state machine: plain values, no Qt, no files."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services.review_packages import ReviewExported, ReviewSummary
from desktop.services.send_review import SendReview, Step, WrongStep

SUMMARY = ReviewSummary(3, ("HC-001",), ("HC-002",), ("HC-003",), "Olwen Price (OPCC)")
EXPORTED = ReviewExported(Path("out") / "round-7-member-3.prreview", 1, SUMMARY)


def test_summary_then_folder_then_saved() -> None:
    flow = SendReview(7).checked(SUMMARY)
    assert (flow.step, flow.summary) == (Step.SUMMARY, SUMMARY)
    flow = flow.save_to(Path("out"))
    assert (flow.step, flow.folder) == (Step.SAVING, Path("out"))
    flow = flow.saved(EXPORTED)
    assert (flow.step, flow.result, flow.finished) == (Step.SAVED, EXPORTED, True)


def test_nothing_is_saved_before_the_summary_is_shown() -> None:
    with pytest.raises(WrongStep):
        SendReview(7).save_to(Path("out"))
    with pytest.raises(WrongStep):
        SendReview(7).saved(EXPORTED)


def test_closing_the_summary_cancels_and_nothing_follows() -> None:
    flow = SendReview(7).checked(SUMMARY).cancel()
    assert (flow.step, flow.finished) == (Step.CANCELLED, True)
    with pytest.raises(WrongStep):
        flow.save_to(Path("out"))


def test_writing_cannot_be_cancelled_half_way() -> None:
    """A signed file cannot be taken back half-way: once saving, only saved or failed."""
    with pytest.raises(WrongStep):
        SendReview(7).checked(SUMMARY).save_to(Path("out")).cancel()


@pytest.mark.parametrize("saving", [False, True])
def test_a_failure_while_checking_or_saving_ends_in_failed(saving: bool) -> None:
    flow = SendReview(7)
    if saving:
        flow = flow.checked(SUMMARY).save_to(Path("out"))
    problem = OSError("disk full")
    failed = flow.failed(problem)
    assert (failed.step, failed.problem, failed.finished) == (Step.FAILED, problem, True)
    with pytest.raises(WrongStep):
        failed.saved(EXPORTED)
