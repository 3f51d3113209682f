"""A dialog base for paragraphs of wrapped text (messages that must never be cut off)."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog


class WrappedTextDialog(QDialog):
    """A dialog whose wrapped paragraphs always show whole.

    Qt sizes a new window from its layout's size hint, which ignores how many lines a
    wrapped label needs at the width it gets: long Welsh text at 200% size was cut off.
    On showing, the window grows to the height its layout needs at its actual width.
    """

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(self.width())
            if needed > self.height():
                self.resize(self.width(), needed)
