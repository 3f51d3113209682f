"""Writing the report as a state machine, with plain values: no database, no Qt.

Every path a coordinator can take from "Write the report…" -- internal or published,
the review accepted or closed, a file chosen or not, a failure or a cancel at each step
-- and the events that must be refused because they cannot happen in that step.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.reports.content import ReportOptions
from desktop.services.operations import Changes
from desktop.services.publication import PublicationReview
from desktop.services.report import ReportWritten
from desktop.services.report_export_flow import ExportFlow, OutOfOrder, Step, Untranslated
from desktop.services.unfinished_reviews import UnfinishedReview

PUBLISHED = ReportOptions("cy", "publication")
INTERNAL = ReportOptions("en", "internal")
REVIEW = PublicationReview(blocks=())
WRITTEN = ReportWritten((Path("report.pdf"),), "ab" * 32, Changes(reports=True))


def test_an_internal_report_skips_the_publication_review() -> None:
    flow = ExportFlow().start(INTERNAL, "docx")
    assert flow.step is Step.SAVING and flow.busy
    flow = flow.saved()
    assert flow.step is Step.CHOOSING
    flow = flow.chosen(Path("report.docx"))
    assert (flow.step, flow.path, flow.fmt, flow.options) == (
        Step.WRITING,
        Path("report.docx"),
        "docx",
        INTERNAL,
    )
    flow = flow.done(WRITTEN)
    assert flow.step is Step.WRITTEN and flow.written == WRITTEN and not flow.busy


def test_a_published_report_is_read_and_confirmed_first() -> None:
    flow = ExportFlow().start(PUBLISHED, "pdf").saved()
    assert flow.step is Step.GATHERING
    flow = flow.gathered(REVIEW)
    assert flow.step is Step.REVIEWING and flow.review == REVIEW
    flow = flow.reviewed(accepted=True)
    assert flow.step is Step.CHOOSING and flow.review is None
    assert flow.chosen(Path("r.pdf")).done(WRITTEN).step is Step.WRITTEN


@pytest.mark.parametrize(
    "walk",
    [
        lambda f: f.start(PUBLISHED, "pdf").saved().gathered(REVIEW).reviewed(accepted=False),
        lambda f: f.start(INTERNAL, "pdf").saved().chosen(None),
        lambda f: f.start(PUBLISHED, "pdf").saved().cancelled(),
        lambda f: f.start(INTERNAL, "csv").saved().chosen(Path("r.csv")).cancelled(),
    ],
    ids=["review closed", "no file chosen", "gathering cancelled", "writing cancelled"],
)
def test_every_way_of_stopping_goes_back_to_the_start(walk) -> None:
    flow = walk(ExportFlow())
    assert flow.step is Step.IDLE and not flow.busy and flow.review is None
    assert flow.start(INTERNAL, "pdf").step is Step.SAVING, "and a new report can be started"


@pytest.mark.parametrize(
    "walk",
    [
        lambda f: f.start(INTERNAL, "pdf"),
        lambda f: f.start(PUBLISHED, "pdf").saved(),
        lambda f: f.start(INTERNAL, "pdf").saved().chosen(Path("r.pdf")),
    ],
    ids=["saving", "gathering", "writing"],
)
def test_a_failure_at_any_step_keeps_its_reason(walk) -> None:
    reason = OSError("No space left on device")
    flow = walk(ExportFlow()).failed(reason)
    assert flow.step is Step.FAILED and flow.reason is reason and not flow.busy
    assert flow.start(INTERNAL, "pdf").step is Step.SAVING


def test_events_that_cannot_happen_now_are_refused() -> None:
    writing = ExportFlow().start(INTERNAL, "pdf").saved().chosen(Path("r.pdf"))
    with pytest.raises(OutOfOrder):
        writing.start(INTERNAL, "pdf")  # a second click while writing
    with pytest.raises(OutOfOrder):
        ExportFlow().done(WRITTEN)  # a result with nothing asked
    with pytest.raises(OutOfOrder):
        ExportFlow().start(INTERNAL, "pdf").saved().cancelled()  # choosing a file is not cancelled
    with pytest.raises(OutOfOrder):
        ExportFlow().start(PUBLISHED, "pdf").saved().chosen(Path("r.pdf"))  # the review comes first
    with pytest.raises(OutOfOrder):
        ExportFlow().start(INTERNAL, "pdf").gathered(REVIEW)  # an internal report is not reviewed


def test_publishing_unfinished_reviews_asks_first_and_no_leaves_all_as_it_was() -> None:
    asking = ExportFlow().start(PUBLISHED, "pdf", unfinished=6)
    assert asking.step is Step.CONFIRMING and asking.busy and asking.unfinished == 6
    with pytest.raises(OutOfOrder):
        asking.saved()  # nothing is saved before the coordinator answers
    with pytest.raises(OutOfOrder):
        asking.start(PUBLISHED, "pdf", unfinished=6)  # a second click while asking
    declined = asking.confirmed(yes=False)
    assert declined == ExportFlow() and not declined.busy
    flow = asking.confirmed(yes=True)
    assert flow.step is Step.SAVING and flow.options == PUBLISHED and flow.fmt == "pdf"
    flow = flow.saved().gathered(REVIEW).reviewed(accepted=True).chosen(Path("r.pdf"))
    assert flow.done(WRITTEN).step is Step.WRITTEN


def test_the_question_carries_whose_reviews_are_unfinished() -> None:
    which = (
        UnfinishedReview("HC-002", "Bethan Evans", "in_progress"),
        UnfinishedReview("HC-003", "Dafydd Owen", "deferred"),
    )
    asking = ExportFlow().start(PUBLISHED, "pdf", unfinished=2, which=which)
    assert asking.step is Step.CONFIRMING and asking.which == which and asking.unfinished == 2
    assert ExportFlow().start(PUBLISHED, "pdf", which=which).unfinished == 2, "named reviews are counted"
    assert ExportFlow().start(INTERNAL, "pdf", unfinished=2, which=which).which == (), "internal asks nothing"


@pytest.mark.parametrize(
    ("options", "unfinished"), [(INTERNAL, 6), (PUBLISHED, 0)], ids=["internal", "all complete"]
)
def test_nothing_is_asked_for_an_internal_report_or_finished_reviews(options, unfinished) -> None:
    flow = ExportFlow().start(options, "pdf", unfinished=unfinished)
    assert flow.step is Step.SAVING
    with pytest.raises(OutOfOrder):
        flow.confirmed(yes=True)


def test_a_welsh_report_with_texts_not_yet_in_welsh_asks_first() -> None:
    flow = ExportFlow().start(PUBLISHED, "pdf", untranslated=12)
    assert flow.step is Step.UNTRANSLATED and flow.busy and flow.untranslated == 12
    finish = flow.translation_chosen(Untranslated.FINISH)
    assert finish.step is Step.IDLE and finish.leads_to == "translation" and not finish.busy
    send = flow.translation_chosen(Untranslated.SEND)
    assert send.step is Step.IDLE and send.leads_to == "export"
    assert flow.translation_chosen(Untranslated.CANCEL) == ExportFlow()


def test_english_only_writes_the_written_language_and_still_asks_about_unfinished_reviews() -> None:
    flow = ExportFlow().start(ReportOptions("both", "publication"), "docx", unfinished=2, untranslated=3)
    flow = flow.translation_chosen(Untranslated.WRITTEN_ONLY)
    assert flow.step is Step.CONFIRMING and flow.options == ReportOptions("en", "publication")
    assert flow.confirmed(True).step is Step.SAVING
    welsh_first = ExportFlow().start(ReportOptions("en", "internal"), "pdf", untranslated=4, written_in="cy")
    assert welsh_first.step is Step.UNTRANSLATED
    only = welsh_first.translation_chosen(Untranslated.WRITTEN_ONLY)
    assert only.step is Step.SAVING and only.options.language == "cy"


def test_a_report_in_the_language_written_never_asks() -> None:
    assert ExportFlow().start(INTERNAL, "pdf", untranslated=9).step is Step.SAVING
    welsh = ReportOptions("cy", "internal")
    assert ExportFlow().start(welsh, "pdf", untranslated=9, written_in="cy").step is Step.SAVING


@pytest.mark.parametrize("event", ["saved", "confirmed", "cancelled"])
def test_nothing_else_is_taken_while_the_choice_is_open(event: str) -> None:
    flow = ExportFlow().start(PUBLISHED, "pdf", untranslated=1)
    with pytest.raises(OutOfOrder):
        getattr(flow, event)(*([True] if event == "confirmed" else []))
    with pytest.raises(OutOfOrder):
        ExportFlow().translation_chosen(Untranslated.FINISH)
