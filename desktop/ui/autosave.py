"""Saving free text while it is typed.

A text field is committed when typing pauses (`IDLE_MS`), when it has held unsaved
text for `MAX_WAIT_MS` even if typing never pauses, and when focus leaves it. So a
killed process loses at most the last second of typing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QPlainTextEdit, QWidget

IDLE_MS = 400
MAX_WAIT_MS = 900


class TextAutosave(QObject):
    """Watches a QPlainTextEdit and emits `commit(text)` under the rules above."""

    commit = Signal(str)

    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__(editor)
        self._editor = editor
        self._saved = editor.toPlainText()
        self._idle = self._timer(IDLE_MS)
        self._max_wait = self._timer(MAX_WAIT_MS)
        editor.textChanged.connect(self._on_changed)
        editor.installEventFilter(self)

    def _timer(self, ms: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(self.flush)
        return timer

    def set_saved_text(self, text: str) -> None:
        """Show `text` as already saved (loading a case); no commit follows."""
        self._idle.stop()
        self._max_wait.stop()
        self._saved = text
        if self._editor.toPlainText() != text:
            blocked = self._editor.blockSignals(True)
            self._editor.setPlainText(text)
            self._editor.blockSignals(blocked)

    @property
    def dirty(self) -> bool:
        return self._editor.toPlainText() != self._saved

    def _on_changed(self) -> None:
        self._idle.start()
        if not self._max_wait.isActive():
            self._max_wait.start()

    def flush(self) -> None:
        """Commit now if anything is unsaved."""
        self._idle.stop()
        self._max_wait.stop()
        text = self._editor.toPlainText()
        if text != self._saved:
            self._saved = text
            self.commit.emit(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._editor and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False


class NoteEdit(QPlainTextEdit):
    """A plain-text field that leaves Undo/Redo to the window's undo stack.

    QPlainTextEdit claims Ctrl+Z for its own undo; our undo history covers answers and
    notes together, so the field declines the shortcut and lets the window handle it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)

    def event(self, event: QEvent) -> bool:
        undo_keys = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and any(event.matches(k) for k in undo_keys)
        ):
            event.ignore()
            return False
        return super().event(event)
