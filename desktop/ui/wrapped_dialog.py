"""A dialog base for paragraphs of wrapped text (messages that must never be cut off)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog


class WrappedTextDialog(QDialog):
    """A dialog whose wrapped paragraphs and buttons always show whole.

    Qt sizes a new window from its layout's size hint, which ignores how many lines a
    wrapped label needs at the width it gets: long Welsh text at 200% size was cut off.
    A minimum width set on the dialog also overrides its layout's, so long Welsh buttons
    were squashed. On showing, and whenever its contents change (a strength sentence, a
    list of problems), the window grows to the width and height its layout needs.
    """

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_contents()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest and self.isVisible():
            self.fit_contents()
        return handled

    def fit_contents(self) -> None:
        """Grow (never shrink) to what the layout needs; the member's own resizing is kept."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        width = layout.totalMinimumSize().width()
        if width > self.minimumWidth():
            self.setMinimumWidth(width)
        width = max(width, self.width())
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else self.height()
        if width > self.width() or height > self.height():
            self.resize(width, max(height, self.height()))
