"""The inbox import as a plain state machine: choosing files, judging them, showing each fate.

    IDLE ──choose──▶ CHOOSING ──chosen(files)──▶ IMPORTING ──finished──▶ DONE
      ▲                 │ chosen(none)               │ failed ──▶ FAILED
      └─────────────────┘ (back where it was)        │ cancelled ──▶ CANCELLED

DONE, FAILED and CANCELLED rest like IDLE: choosing or dropping files starts again.
Files dropped (or opened from the desktop) skip CHOOSING. Files that arrive while an
import runs are not refused: they wait, and are judged as soon as it finishes, their
fates added to the ones shown, as one batch; a failure or a cancel drops them with the
rest of the batch (the failure is said), and the coordinator chooses again.

The machine holds what the page shows (the fates of the last batch stay on screen while
the next is judged) and decides what must be read again: the round's progress only
when a package was accepted, once per import. The inbox page only shows its states and
forwards the clicks, drops and the operation's outcome to it, so the flow is tested with
plain values and no QApplication (tests/services/test_inbox_flow.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path

from desktop.services.review_packages import Fate, InboxImported

REVIEW_SUFFIX = ".prreview"
RECEIPT_SUFFIX = ".prreceipt"  # a member's erasure receipt: judged in the same flow
INBOX_SUFFIXES = (REVIEW_SUFFIX, RECEIPT_SUFFIX)


class Step(Enum):
    IDLE = "idle"  # nothing imported yet in this session
    CHOOSING = "choosing"  # the coordinator is choosing files
    IMPORTING = "importing"  # the files are being read, verified and stored
    DONE = "done"  # each file's fate is shown
    FAILED = "failed"  # the import stopped on an error
    CANCELLED = "cancelled"  # the coordinator stopped it


RESTING = frozenset({Step.IDLE, Step.DONE, Step.FAILED, Step.CANCELLED})


@dataclass(frozen=True)
class InboxState:
    step: Step = Step.IDLE
    importing: tuple[Path, ...] = ()  # the files being judged (IMPORTING)
    waiting: tuple[Path, ...] = ()  # files that arrived during an import, judged next
    shown: InboxImported | None = None  # the fates on screen: the last batch's
    error: Exception | None = None  # why it failed (FAILED)
    reread_progress: bool = False  # entering DONE: a package was accepted, the progress is stale
    before_choosing: Step = Step.IDLE  # where "choose nothing" goes back to

    def counts(self) -> list[tuple[Fate, int]]:
        """How many files met each fate, in the order fates are listed, leaving out the zeros."""
        if self.shown is None:
            return []
        return [(fate, self.shown.count(fate)) for fate in Fate if self.shown.count(fate)]


def review_files(paths: Iterable[Path]) -> tuple[Path, ...]:
    """The review files and erasure receipts among `paths` (a drop may carry anything)."""
    return tuple(p for p in paths if p.suffix.lower() in INBOX_SUFFIXES)


class InboxImport:
    """The flow; `listener` hears every new state (the page shows it)."""

    def __init__(self, listener: Callable[[InboxState], None] | None = None) -> None:
        self._state = InboxState()
        self._listener = listener
        self._continuing = False  # the batch running was waiting behind another: add its fates

    @property
    def state(self) -> InboxState:
        return self._state

    def _enter(self, state: InboxState) -> InboxState:
        self._state = state
        if self._listener is not None:
            self._listener(state)
        return state

    # events ------------------------------------------------------------------
    def choose(self) -> bool:
        """The coordinator asked to choose files; False while busy (nothing to do)."""
        if self._state.step not in RESTING:
            return False
        self._enter(replace(self._state, step=Step.CHOOSING, before_choosing=self._state.step,
                            error=None, reread_progress=False))  # fmt: skip
        return True

    def chosen(self, paths: Iterable[Path]) -> bool:
        """Files were chosen, dropped or opened; True if judging them starts now."""
        files = review_files(paths)
        state = self._state
        if state.step is Step.IMPORTING:
            if files:
                self._enter(replace(state, waiting=state.waiting + files))
            return False
        if not files:
            if state.step is Step.CHOOSING:
                self._enter(replace(state, step=state.before_choosing))
            return False
        self._continuing = False
        self._enter(replace(state, step=Step.IMPORTING, importing=files, error=None, reread_progress=False))
        return True

    def finished(self, result: InboxImported) -> bool:
        """The files were judged; True if files that waited are now being judged in turn."""
        state = self._state
        if state.step is not Step.IMPORTING:
            return False
        shown = result
        if self._continuing and state.shown is not None:
            shown = InboxImported(
                state.shown.fates + result.fates, state.shown.changes.merged(result.changes)
            )
        if state.waiting:  # the progress is read once, when the whole batch is done
            self._continuing = True
            self._enter(replace(state, importing=state.waiting, waiting=(), shown=shown))
            return True
        self._continuing = False
        accepted = shown.changes.packages
        self._enter(replace(state, step=Step.DONE, importing=(), shown=shown, reread_progress=accepted))
        return False

    def failed(self, error: Exception) -> None:
        """The import stopped on an error (the files judged before it keep their fates)."""
        if self._state.step is Step.IMPORTING:
            self._continuing = False
            self._enter(replace(self._state, step=Step.FAILED, importing=(), waiting=(), error=error,
                                reread_progress=False))  # fmt: skip

    def cancelled(self) -> None:
        if self._state.step is Step.IMPORTING:
            self._continuing = False
            self._enter(replace(self._state, step=Step.CANCELLED, importing=(), waiting=(),
                                reread_progress=False))  # fmt: skip
