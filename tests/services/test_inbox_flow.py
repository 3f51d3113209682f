"""The inbox import flow with plain values: no Qt, no files, no database."""

from __future__ import annotations

from pathlib import Path

from desktop.services.inbox_flow import InboxImport, InboxState, Step
from desktop.services.operations import Changes
from desktop.services.review_packages import Fate, FileFate, InboxImported

A, B, C = Path("a.prreview"), Path("b.prreview"), Path("c.prreview")


def judged(*fates: tuple[Path, Fate]) -> InboxImported:
    accepted = any(fate is Fate.ACCEPTED for _path, fate in fates)
    return InboxImported(tuple(FileFate(path, fate) for path, fate in fates), Changes(packages=accepted))


def flow() -> tuple[InboxImport, list[InboxState]]:
    heard: list[InboxState] = []
    return InboxImport(heard.append), heard


def test_choose_import_and_show_the_fates() -> None:
    machine, heard = flow()
    assert machine.state.step is Step.IDLE and machine.state.counts() == []
    assert machine.choose()
    assert machine.chosen([A, B, Path("notes.txt")])
    assert machine.state.step is Step.IMPORTING and machine.state.importing == (A, B)
    assert not machine.finished(judged((A, Fate.ACCEPTED), (B, Fate.REJECTED)))
    done = machine.state
    assert done.step is Step.DONE and done.reread_progress
    assert done.counts() == [(Fate.ACCEPTED, 1), (Fate.REJECTED, 1)]
    assert [s.step for s in heard] == [Step.CHOOSING, Step.IMPORTING, Step.DONE]


def test_choosing_nothing_goes_back_and_keeps_what_was_shown() -> None:
    machine, _heard = flow()
    machine.chosen([A])
    machine.finished(judged((A, Fate.DUPLICATE)))
    shown = machine.state.shown
    assert not machine.state.reread_progress, "nothing accepted: the progress is as it was"
    machine.choose()
    assert not machine.chosen([])
    assert machine.state.step is Step.DONE and machine.state.shown is shown
    machine.choose()
    assert not machine.chosen([Path("card.prcard")]), "only review files are judged"
    assert machine.state.step is Step.DONE


def test_files_arriving_during_an_import_wait_and_join_the_batch() -> None:
    machine, heard = flow()
    machine.chosen([A])
    assert not machine.choose(), "no second choosing while files are judged"
    assert not machine.chosen([B, C])
    assert machine.state.waiting == (B, C) and machine.state.importing == (A,)
    assert machine.finished(judged((A, Fate.ACCEPTED))), "the waiting files are judged next"
    middle = machine.state
    assert middle.step is Step.IMPORTING and middle.importing == (B, C) and middle.waiting == ()
    assert not middle.reread_progress, "the progress is read once, at the end of the batch"
    assert not machine.finished(judged((B, Fate.REJECTED), (C, Fate.SUPERSEDED)))
    done = machine.state
    assert done.step is Step.DONE and done.reread_progress, "A was accepted earlier in the batch"
    assert [f.path for f in done.shown.fates] == [A, B, C]
    assert sum(s.reread_progress for s in heard) == 1


def test_a_new_import_replaces_the_fates_shown() -> None:
    machine, _heard = flow()
    machine.chosen([A])
    machine.finished(judged((A, Fate.ACCEPTED)))
    machine.chosen([B])
    assert machine.state.shown.fates[0].path == A, "the last fates stay while the next are judged"
    machine.finished(judged((B, Fate.REJECTED)))
    assert [f.path for f in machine.state.shown.fates] == [B]
    assert not machine.state.reread_progress


def test_failed_and_cancelled_drop_the_waiting_files_and_rest() -> None:
    machine, _heard = flow()
    machine.chosen([A])
    machine.chosen([B])
    error = OSError("disk gone")
    machine.failed(error)
    assert machine.state.step is Step.FAILED and machine.state.error is error
    assert machine.state.waiting == () and not machine.state.reread_progress
    assert machine.choose() and machine.state.error is None
    machine.chosen([C])
    machine.cancelled()
    assert machine.state.step is Step.CANCELLED and machine.state.importing == ()
    assert machine.chosen([A]), "a cancelled import rests: dropping files starts again"


def test_outcomes_out_of_turn_change_nothing() -> None:
    machine, heard = flow()
    assert not machine.finished(judged((A, Fate.ACCEPTED)))
    machine.failed(OSError())
    machine.cancelled()
    assert machine.state == InboxState() and heard == []
