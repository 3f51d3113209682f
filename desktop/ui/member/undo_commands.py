"""Undoable edits of a case: an answer (with hours) or a note.

A command is pushed only after its change has been saved, so the first redo does
nothing. Undo and redo go through the same save path as the member's own edits
(`apply`), so a save that fails there is kept and retried like any other: what the
member sees after Ctrl+Z is what will be stored.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtGui import QUndoCommand

from desktop.ui.member.pending_saves import Edit


class EditCommand(QUndoCommand):
    """Switches one field of one question between its value before and after an edit."""

    def __init__(self, before: Edit, after: Edit, apply: Callable[[Edit], object], label: str) -> None:
        super().__init__(label)
        self.before = replace(before, from_undo=True)
        self.after = replace(after, from_undo=True)
        self.apply = apply
        self._done = True  # pushed after the save succeeded

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.apply(self.after)

    def undo(self) -> None:
        self.apply(self.before)
