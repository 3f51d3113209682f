"""A short list of long lines (cited pages, with the words quoted from them): each line
wraps onto as many lines as it needs, and the list is as tall as its first few items.

A plain list cut long citations at its right edge and put a sideways scroll bar in their
place, which, under a list sized for whole rows, hid half of the second row.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QListView, QListWidget, QWidget

SHOWN_ITEMS = 4  # at most, before the list scrolls


class WrappingList(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # lines wrap again as the list narrows

    def fit_rows(self) -> None:
        """As tall as its first `SHOWN_ITEMS` items, wrapped at the width it has now."""
        rows = min(self.count(), SHOWN_ITEMS)
        height = sum(self.visualItemRect(self.item(row)).height() for row in range(rows))
        wanted = height + 2 * self.frameWidth() if rows else 0
        if self.minimumHeight() != wanted or self.maximumHeight() != wanted:
            self.setFixedHeight(wanted)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_rows()
