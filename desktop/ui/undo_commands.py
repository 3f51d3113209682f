"""Undoable edits of a case: an answer (with hours) or a note.

Each command saves through the services on redo and undo, so what the member sees
after Ctrl+Z is what is stored. The first redo happens when the command is pushed.
The `shown` callback receives the fields that changed, so undoing an answer never
touches the note beside it and the reverse.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from desktop.core.answers import Answer, AnswerValue
from desktop.services import review
from desktop.services.review import CaseChanged
from desktop.storage.database import Database

Shown = Callable[[int, str, dict[str, Any], CaseChanged], None]


class _CaseEdit(QUndoCommand):
    def __init__(self, db: Database, case_id: int, question_id: str, shown: Shown, label: str) -> None:
        super().__init__(label)
        self.db, self.case_id, self.question_id, self.shown = db, case_id, question_id, shown


class AnswerCommand(_CaseEdit):
    def __init__(
        self, db: Database, case_id: int, question_id: str, old: Answer,
        value: AnswerValue | None, hours: int | None, shown: Shown, label: str,
    ) -> None:  # fmt: skip
        super().__init__(db, case_id, question_id, shown, label)
        self._old = (old.value, old.hours)
        self._new = (value, hours)

    def _apply(self, value: AnswerValue | None, hours: int | None) -> None:
        changed = review.save_answer(self.db, self.case_id, self.question_id, value, hours)
        self.shown(self.case_id, self.question_id, {"value": value, "hours": hours}, changed)

    def redo(self) -> None:
        self._apply(*self._new)

    def undo(self) -> None:
        self._apply(*self._old)


class NoteCommand(_CaseEdit):
    def __init__(
        self, db: Database, case_id: int, question_id: str, old: str, new: str,
        shown: Shown, label: str,
    ) -> None:  # fmt: skip
        super().__init__(db, case_id, question_id, shown, label)
        self._old, self._new = old, new

    def _apply(self, text: str) -> None:
        changed = review.save_note(self.db, self.case_id, self.question_id, text)
        self.shown(self.case_id, self.question_id, {"note": text}, changed)

    def redo(self) -> None:
        self._apply(self._new)

    def undo(self) -> None:
        self._apply(self._old)
