"""Changes the database has not taken yet, kept and tried again until it does.

A save can fail for reasons outside the app (a full disk, a file made read-only, a
damaged file). The change must then survive: it stays here, in order, and is offered
again on a timer and whenever the member asks, until it lands. Each field keeps only
its newest wanted value, so retrying never writes an older text over a newer one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.services.faults import Fault, SaveFailed
from desktop.services.review import CaseChanged

FIRST_RETRY_MS = 3_000
LONGEST_RETRY_MS = 30_000

EditKey = tuple[int, str, str]


class Outcome(Enum):
    """What became of an edit offered for saving."""

    SAVED = "saved"
    KEPT = "kept"  # refused by the disk for now: waiting, retried
    DROPPED = "dropped"  # can never be saved (see `PendingSaves.dropped`)


@dataclass(frozen=True)
class Edit:
    """One wanted change of a case: an answer (`field` "answer") or a note ("note").

    `from_undo` says the change did not come from the field itself (undo, redo), so
    the screen must show the value rather than keep what is being typed.
    """

    case_id: int
    question_id: str
    field: str
    value: Any
    hours: int | None = None
    from_undo: bool = False

    @property
    def key(self) -> EditKey:
        return (self.case_id, self.question_id, self.field)

    @property
    def on_question(self) -> bool:
        """An answer or a note, shown on its question (a deferral draft is not)."""
        return self.field in ("answer", "note")


class PendingSaves(QObject):
    """Saves edits through `save`; keeps those that fail and retries them.

    `saved(edit, changed)` follows every edit that reaches the disk, at once or on a
    retry; `changed()` follows any change to what is waiting or why. An edit refused for
    a reason retrying cannot cure (its case is gone, a value out of range) is not kept,
    where it would block every later retry: `dropped(edit, error)` says so.
    """

    saved = Signal(object, object)  # Edit, CaseChanged
    dropped = Signal(object, object)  # Edit, Exception: refused for good (not a disk fault)
    changed = Signal()

    def __init__(self, save: Callable[[Edit], CaseChanged], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._edits: dict[EditKey, Edit] = {}
        self.fault: Fault | None = None
        self.detail = ""
        self._delay = FIRST_RETRY_MS
        self._retrying = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.retry)

    def submit(self, edit: Edit) -> Outcome:
        """Save `edit` now; if the disk refuses, keep it (replacing any older value of the field)."""
        outcome = self._attempt(edit)
        if outcome is Outcome.KEPT:
            self._keep(edit)
            return outcome
        self._edits.pop(edit.key, None)  # an older wanted value must not be retried over it
        if outcome is Outcome.SAVED and self._edits:
            self.retry()  # the disk took this one: the others may go through too
        return outcome

    def retry(self) -> None:
        """Offer every waiting edit again, oldest first; stop at the first that fails."""
        if self._retrying:  # a save's screen update led to another submit: it retries itself
            return
        self.timer.stop()
        self._retrying = True
        try:
            failed = self._retry_each()
        finally:
            self._retrying = False
        if failed:
            self._schedule()
        else:
            self._delay = FIRST_RETRY_MS
            self.fault = None
        self.changed.emit()

    def _retry_each(self) -> bool:
        """True if an edit failed again (the rest wait behind it, in order)."""
        for key, edit in list(self._edits.items()):
            if self._edits.get(key) is not edit:
                continue  # replaced by a newer value while the loop ran: that one goes later
            if self._attempt(edit) is Outcome.KEPT:
                return True
            if self._edits.get(key) is edit:
                del self._edits[key]
        return False

    def waiting(self, case_id: int | None = None) -> list[Edit]:
        """The edits not yet on disk (of one case, if given)."""
        return [e for e in self._edits.values() if case_id is None or e.case_id == case_id]

    def take(self) -> list[Edit]:
        """Hand over every waiting edit and forget them (the workspace is closing)."""
        edits = list(self._edits.values())
        self._edits.clear()
        self.timer.stop()
        return edits

    def _attempt(self, edit: Edit) -> Outcome:
        try:
            changed = self._save(edit)
        except SaveFailed as exc:
            self.fault, self.detail = exc.fault, exc.detail
            return Outcome.KEPT
        except Exception as exc:  # retrying cannot help; keeping it would block the rest
            self._edits.pop(edit.key, None)
            self.dropped.emit(edit, exc)
            return Outcome.DROPPED
        self.saved.emit(edit, changed)
        return Outcome.SAVED

    def _keep(self, edit: Edit) -> None:
        self._edits.pop(edit.key, None)  # the newest value goes to the back of the queue
        self._edits[edit.key] = edit
        self._schedule()
        self.changed.emit()

    def _schedule(self) -> None:
        if not self.timer.isActive():
            self.timer.start(self._delay)
            self._delay = min(self._delay * 2, LONGEST_RETRY_MS)
