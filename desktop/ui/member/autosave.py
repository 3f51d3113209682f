"""Saving free text while it is typed.

A text field is committed when typing pauses (`IDLE_MS`), when it has held unsaved
text for `MAX_WAIT_MS` even if typing never pauses, and when focus leaves it. So a
killed process loses at most the last second of typing.

Committing only *offers* the text: it counts as saved when the owner calls
`confirm_saved` after the database has taken it. A save that fails leaves the field
dirty, so the text is offered again and never silently dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from desktop.services.review import MAX_NOTE_CHARS

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
        """Show `text` as already saved (loading a case, undo); no commit follows."""
        self._idle.stop()
        self._max_wait.stop()
        self._saved = text
        if self._editor.toPlainText() != text:
            blocked = self._editor.blockSignals(True)
            self._editor.setPlainText(text)
            self._editor.blockSignals(blocked)

    def confirm_saved(self, text: str) -> None:
        """The database now holds `text`; what was typed since stays in the field, unsaved."""
        self._saved = text

    @property
    def dirty(self) -> bool:
        return self._editor.toPlainText() != self._saved

    def _on_changed(self) -> None:
        self._idle.start()
        if not self._max_wait.isActive():
            self._max_wait.start()

    def flush(self) -> None:
        """Offer the text for saving now if anything is unsaved."""
        self._idle.stop()
        self._max_wait.stop()
        text = self._editor.toPlainText()
        if text != self._saved:
            self.commit.emit(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._editor and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False


class NoteEdit(QPlainTextEdit):
    """A plain-text field that leaves Undo/Redo to the window's undo stack and never
    grows past `MAX_NOTE_CHARS`.

    QPlainTextEdit claims Ctrl+Z for its own undo; our undo history covers answers and
    notes together, so the field declines the shortcut and lets the window handle it.
    Typing or pasting that would pass the limit is refused whole (`refused` says so), so
    the note stays as it was rather than being cut somewhere the member did not choose.
    """

    refused = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.max_chars = MAX_NOTE_CHARS
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self.lines = 0  # the height in lines once `fit_lines` set one

    def fit_lines(self, lines: int) -> None:
        """`lines` high at the font in force, and again whenever the text size changes."""
        self.lines = lines
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 14)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.lines:
            self.fit_lines(self.lines)

    def length(self) -> int:
        """Characters in the field (cheap: no copy of the text)."""
        return self.document().characterCount() - 1

    def _fits(self, inserted: str) -> bool:
        selected = len(self.textCursor().selectedText())
        if self.length() - selected + len(inserted) <= self.max_chars:
            return True
        self.refused.emit()
        return False

    def insertFromMimeData(self, source: QMimeData) -> None:
        if self._fits(source.text()):
            super().insertFromMimeData(source)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        typed = event.text()
        if typed and (typed.isprintable() or typed == "\r") and not self._fits(typed):
            return
        super().keyPressEvent(event)

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
