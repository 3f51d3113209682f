"""Every edit on its way to the disk, saved in order off the GUI thread, kept until it lands.

A save takes a few milliseconds (`bench/latency.py`), too long to make typing wait,
so each runs as an op (`desktop.ui.ops.review`). Edits go one at a time, oldest first:
a later edit of the same field replaces one still queued, so the disk never ends with
an older text over a newer one. An edit is the member's from the moment it is given;
until the disk has it, it is here (`waiting`), shown on screen as given.

A save can fail for reasons outside the app (a full disk, a file made read-only, a
damaged file). The edit then stays here, at the front, and is offered again on a
timer and whenever the member asks, until it lands; the edits behind it wait, in
order. Locking and quitting `settle` first: one more try of everything, waited for.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from desktop.services.faults import Fault, SaveFailed
from desktop.services.review import CaseSaved
from desktop.ui.operations import OperationRunner, wait_for_jobs
from desktop.ui.ops import Op

FIRST_RETRY_MS = 3_000
LONGEST_RETRY_MS = 30_000
SETTLE_SECONDS = 10.0

EditKey = tuple[int, str, str]


@dataclass(frozen=True)
class Edit:
    """One wanted change of a case: an answer (`field` "answer") or a note ("note", with
    the `language` it is marked in: "en", "cy", or "" to keep the mark it has).

    `from_undo` says the change did not come from the field itself (undo, redo), so
    the screen must show the value rather than keep what is being typed.
    """

    case_id: int
    question_id: str
    field: str
    value: Any
    hours: int | None = None
    from_undo: bool = False
    language: str = ""

    @property
    def key(self) -> EditKey:
        return (self.case_id, self.question_id, self.field)

    @property
    def note(self) -> tuple[int, str, str, str]:
        """A note's case, question, words and language: what saving it takes."""
        return (self.case_id, self.question_id, str(self.value), self.language)

    @property
    def on_question(self) -> bool:
        """An answer or a note, shown on its question (a deferral draft is not)."""
        return self.field in ("answer", "note")


class PendingSaves(QObject):
    """Saves edits through `save` (which makes the op), one at a time; keeps those that fail.

    `saved(edit, result)` follows every edit that reaches the disk, at once or on a
    retry; `changed()` follows any change to what is kept after a failure, or why. An
    edit refused for a reason retrying cannot cure (its case is gone, a value out of
    range) is not kept, where it would block every later edit: `dropped(edit, error)`.
    """

    saved = Signal(object, object)  # Edit, CaseSaved
    dropped = Signal(object, object)  # Edit, Exception: refused for good (not a disk fault)
    changed = Signal()

    def __init__(self, save: Callable[[Edit], Op[CaseSaved]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._queue: dict[EditKey, Edit] = {}  # not yet tried, or refused for now; oldest first
        self._in_flight: Edit | None = None
        self._runner: OperationRunner | None = None  # the save under way
        self._generation = 0  # `take` starts a new one: outcomes of older saves are ignored
        self.fault: Fault | None = None
        self.detail = ""
        self._delay = FIRST_RETRY_MS
        self._when_settled: list[Callable[[], object]] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.retry)
        self._again = False  # a retry was asked for while a save ran

    def submit(self, edit: Edit) -> None:
        """Save `edit` after those before it; it replaces any older value of its field still queued."""
        self._queue.pop(edit.key, None)
        self._queue[edit.key] = edit
        if self.fault is not None:
            self.changed.emit()  # shown as not saved at once: the disk refused the last try
        self._next()

    def retry(self) -> None:
        """Offer the waiting edits again now, oldest first (they stop at the first that fails).

        Asked while a save is on its way, the edits are offered again the moment it ends,
        whatever its outcome: "Try again now" clicked as the member frees some disk space
        must not wait for the next scheduled try because an earlier one was still running.
        """
        self.timer.stop()
        if self._in_flight is not None:
            self._again = True
            return
        self._next()

    def waiting(self, case_id: int | None = None) -> list[Edit]:
        """The edits not yet on disk (of one case, if given), the one being saved first."""
        edits = ([self._in_flight] if self._in_flight is not None else []) + list(self._queue.values())
        return [e for e in edits if case_id is None or e.case_id == case_id]

    def kept(self, case_id: int | None = None) -> list[Edit]:
        """The edits held up by a failed save: what the screen marks "Not saved"."""
        return self.waiting(case_id) if self.fault is not None else []

    def when_settled(self, then: Callable[[], object]) -> None:
        """Call `then` once nothing is on its way to the disk: at once if so already, or when
        the last waiting edit lands or a save is refused (what follows then says so itself)."""
        self._when_settled.append(then)
        self._settled()

    def take(self) -> list[Edit]:
        """Hand over every waiting edit and forget them (the workspace is closing)."""
        edits = self.waiting()
        self._queue.clear()
        self._in_flight = None
        self._again = False
        self._generation += 1
        self._when_settled.clear()
        self.timer.stop()
        return edits

    def settle(self) -> list[Edit]:
        """Lock or quit: try everything once more and wait for it; returns what is still not on disk.

        Waiting blocks the GUI thread, on purpose and only here: the window is going, and
        what the member typed must be on disk (or known not to be) before it goes.
        """
        self.retry()
        deadline = time.monotonic() + SETTLE_SECONDS
        while self._runner is not None and self._in_flight is not None and time.monotonic() < deadline:
            wait_for_jobs(int(SETTLE_SECONDS * 1000))
            # deliver that save's outcome, and nothing else (the next edit then starts)
            QCoreApplication.sendPostedEvents(self._runner, QEvent.Type.MetaCall)
        return self.waiting()

    # one save at a time ---------------------------------------------------
    def _next(self) -> None:
        if self._in_flight is not None or not self._queue:
            return
        key = next(iter(self._queue))
        edit = self._in_flight = self._queue.pop(key)
        generation = self._generation
        self._runner = (
            self._save(edit)
            .success(lambda result: self._landed(generation, edit, result))
            .failure(lambda exc: self._refused(generation, edit, exc))
            .run(origin=self.parent())
        )

    def _landed(self, generation: int, edit: Edit, result: CaseSaved) -> None:
        if generation != self._generation:
            return
        self._in_flight = None
        self._again = False  # the rest follow now in any case
        self.saved.emit(edit, result)
        if not self._queue and self.fault is not None:
            self.fault, self.detail, self._delay = None, "", FIRST_RETRY_MS
            self.changed.emit()
        self._next()
        self._settled()

    def _refused(self, generation: int, edit: Edit, exc: Exception) -> None:
        if generation != self._generation:
            return
        self._in_flight = None
        if not isinstance(exc, SaveFailed):  # retrying cannot help; keeping it would block the rest
            self.dropped.emit(edit, exc)
            self._next()
            self._settled()
            return
        if edit.key not in self._queue:  # a newer value of the field, if any, supersedes it
            self._queue = {edit.key: edit, **self._queue}
        self.fault, self.detail = exc.fault, exc.detail
        if self._again:  # asked while this one ran: once more now, not at the scheduled time
            self._again = False
            self.changed.emit()
            self._next()
            return
        self._schedule()
        self.changed.emit()
        self._settled()

    def _settled(self) -> None:
        if self._in_flight is not None or (self._queue and self.fault is None):
            return
        waiting, self._when_settled = self._when_settled, []
        for then in waiting:
            then()

    def _schedule(self) -> None:
        if not self.timer.isActive():
            self.timer.start(self._delay)
            self._delay = min(self._delay * 2, LONGEST_RETRY_MS)
