"""A layout that places widgets left to right and wraps them onto new lines.

Answer choices use it so a question's options wrap to the checklist's width at any
text size instead of forcing a horizontal scroll bar. An item wider than the row (a long
answer at large text) gets the row's width, and its height for that width, so its words
wrap too (see `choice_buttons`).
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:
        """Everything on one row: what the items would like, room permitting."""
        hints = [item.sizeHint() for item in self._items if not item.isEmpty()]
        if not hints:
            return QSize(0, 0)
        width = sum(h.width() for h in hints) + self._spacing * (len(hints) - 1)
        return QSize(width, max(h.height() for h in hints))

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        return size

    @staticmethod
    def _fitted(item: QLayoutItem, width: int) -> QSize:
        """The item's own size, or the whole row's width (and taller) when it is wider."""
        hint = item.sizeHint()
        if hint.width() <= width or width <= 0:
            return hint
        if item.hasHeightForWidth():
            return QSize(width, item.heightForWidth(width))
        return QSize(max(width, item.minimumSize().width()), hint.height())

    def _rows(self, width: int) -> list[list[tuple[QLayoutItem, QSize]]]:
        """The shown items, with their sizes, in the rows they take at `width`."""
        rows: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        used = 0
        for item in self._items:
            if item.isEmpty():
                continue
            size = self._fitted(item, width)
            if rows[-1] and used + size.width() > width:
                rows.append([])
                used = 0
            rows[-1].append((item, size))
            used += size.width() + self._spacing
        return rows

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        """Lay the items out in rows within `rect`, each centred on its row's middle
        (a label beside taller buttons); returns the height used."""
        y = rect.y()
        for row in self._rows(rect.width()):
            if not row:
                continue
            height = max(size.height() for _item, size in row)
            x = rect.x()
            for item, size in row:
                if place:
                    item.setGeometry(QRect(QPoint(x, y + (height - size.height()) // 2), size))
                x += size.width() + self._spacing
            y += height + self._spacing
        return max(0, y - self._spacing - rect.y())
