"""Opening a round or a case off the GUI thread, so a case switch stays within one frame.

The case shown stays whole, answers and all, until the next one has been read; then
the checklist, heading and list row change together in one step, so no stale or half
replaced case is ever painted. A read overtaken by a later request is dropped. Edits
of the case being opened that land while it is read are laid over what the read
returned, and edits still waiting for the disk are shown as given: what the member
sees is what will be stored.

Keys the member types after asking for a case and before it is shown (a fast typist
after Alt+Page Down) are held and given to the field focus lands on in that case,
never to the case that is going.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core.answers import Answer
from desktop.services.review import CaseReview
from desktop.ui.member.pending_saves import Edit
from desktop.ui.ops import review as review_ops
from desktop.ui.ops.review import RoundOpened

if TYPE_CHECKING:
    from desktop.ui.member.workspace import Workspace

HeldKey = tuple[QEvent.Type, int, Any, str, bool, int]


class KeyHold(QObject):
    """Holds the keys meant for `area` until `release`, then gives them to whatever has focus."""

    def __init__(self, area: QWidget) -> None:
        super().__init__(area)
        self._area = area
        self._held: list[HeldKey] = []
        self._on = False

    def start(self) -> None:
        app = QApplication.instance()
        if not self._on and app is not None:
            app.installEventFilter(self)
            self._on = True

    def release(self) -> None:
        app = QApplication.instance()
        if not self._on or app is None:
            return
        app.removeEventFilter(self)
        self._on = False
        held, self._held = self._held, []
        for kind, key, modifiers, text, repeat, count in held:
            target = QApplication.focusWidget()
            if target is None:
                return
            QApplication.sendEvent(target, QKeyEvent(kind, key, modifiers, text, repeat, count))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QWidget)
            and watched is QApplication.focusWidget()  # not a key already on its way up to a parent
            and self._area.isAncestorOf(watched)
        ):
            held = (
                event.type(),
                event.key(),
                event.modifiers(),
                event.text(),
                event.isAutoRepeat(),
                event.count(),
            )
            self._held.append(held)
            return True
        return False


@dataclass
class _Request:
    """One read asked for; `saved` collects the case's edits that land while it is read."""

    generation: int
    case_id: int | None
    saved: list[Edit]


class CaseOpening(QObject):
    """Reads the round or case the workspace asks for and hands it over when it arrives."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        self.ws = workspace
        self._generation = 0
        self._request: _Request | None = None
        self.keys = KeyHold(workspace)
        workspace.checklist.focusDeferred.connect(self.keys.start)
        workspace.pending.saved.connect(self._saved_meanwhile)

    @property
    def wanted(self) -> int | None:
        """The case being read (None: none, or a round)."""
        return self._request.case_id if self._request is not None else None

    def open_round(self, round_id: int) -> None:
        request = self._begin(None)
        review_ops.open_round(self.ws.session, round_id).success(
            lambda opened: self._round_arrived(request, opened)
        ).failure(lambda exc: self._failed(request, exc)).run(origin=self.ws)

    def open_case(self, case_id: int) -> None:
        if case_id == self.wanted:
            return
        if case_id == self.ws.case_id:  # back to the case still shown: the read under way is dropped
            if self._request is not None:
                self._finish()
            return
        request = self._begin(case_id)
        review_ops.open_case(self.ws.session, case_id).success(
            lambda opened: self._case_arrived(request, opened)
        ).failure(lambda exc: self._failed(request, exc)).run(origin=self.ws)

    def _begin(self, case_id: int | None) -> _Request:
        self._generation += 1
        self._request = _Request(self._generation, case_id, [])
        self.ws.checklist.begin_loading()
        return self._request

    def _current(self, request: _Request) -> bool:
        """The answer to the newest request, while the profile is open (not locked meanwhile)."""
        return request is self._request and self.ws.session.is_open

    def _round_arrived(self, request: _Request, opened: RoundOpened) -> None:
        if self._current(request):
            self._request = None
            self.ws.show_round(opened)
            if self._request is None:  # the round has no case to open
                self._finish()

    def _case_arrived(self, request: _Request, opened: CaseReview) -> None:
        if not self._current(request):
            return
        self._request = None
        answers = self.with_edits(opened.case.id, opened.answers, request.saved)
        self.ws.show_case(opened, answers, row_is_current=not request.saved)
        self._finish()

    def _failed(self, request: _Request, exc: Exception) -> None:
        if self._current(request):
            self._request = None
            self._finish()
            self.ws.case_unreadable(exc)

    def _finish(self) -> None:
        self._request = None
        self.ws.checklist.end_loading()
        self.keys.release()

    def _saved_meanwhile(self, edit: Edit, _result: object) -> None:
        if self._request is not None and edit.case_id == self._request.case_id:
            self._request.saved.append(edit)

    def with_edits(self, case_id: int, answers: dict[str, Answer], saved: list[Edit]) -> dict[str, Answer]:
        """The case's answers as the member last left them: saved since the read, or still waiting."""
        shown = dict(answers)
        for edit in [*saved, *self.ws.pending.waiting(case_id)]:
            if edit.on_question:
                shown[edit.question_id] = replace(shown.get(edit.question_id, Answer()), **fields_of(edit))
        return shown


def fields_of(edit: Edit) -> dict[str, Any]:
    """The fields of an `Answer` that an edit sets."""
    if edit.field == "note":
        return {"note": edit.value, "note_language": edit.language} if edit.language else {"note": edit.value}
    return {"value": edit.value, "hours": edit.hours}
