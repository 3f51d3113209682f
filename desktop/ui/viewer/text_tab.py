"""A plain-text document's tab: wrapped, in a large readable font, with zoom and search."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTextEdit, QWidget

from desktop.ui.i18n import tr
from desktop.ui.viewer.control_block import control_rows
from desktop.ui.viewer.controls import FindBar, ZoomBar, next_zoom
from desktop.ui.viewer.tabs import Tab

TEXT_POINT_SIZE = 13.0  # text documents at 100 % (or the interface size if larger)
MATCH_COLOUR = QColor("#fff176")
CURRENT_MATCH_COLOUR = QColor("#ff9800")


class TextTab(Tab):
    """A plain-text document, wrapped, in a large readable font."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("text_view")
        self.text_edit.setReadOnly(True)
        self.text_edit.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text_edit.document().setDocumentMargin(12)
        self.text_edit.setPlainText(text)
        self.zoom_bar = ZoomBar(with_fit_width=False)
        self.find_bar = FindBar()
        layout, self.controls = control_rows([self.zoom_bar], self.find_bar, self.text_edit, self)
        self.setLayout(layout)
        self._zoom = 1.0
        self._matches: list[QTextCursor] = []
        self._current = -1
        self.zoom_bar.zoomOutRequested.connect(lambda: self.zoom_by(-1))
        self.zoom_bar.zoomInRequested.connect(lambda: self.zoom_by(1))
        self.find_bar.searchChanged.connect(self._search)
        self.find_bar.nextRequested.connect(self.find_next)
        self.find_bar.previousRequested.connect(self.find_previous)
        self._set_zoom(1.0)

    def match_count(self) -> int:
        return len(self._matches)

    def cited_page(self) -> int:
        return 1  # a text document is one page, for a citation

    def selected_text(self) -> str:
        return self.text_edit.textCursor().selectedText()

    def show_cited_page(self, page: int) -> None:
        self.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def zoom_factor(self) -> float:
        return self._zoom

    def focus_search(self) -> None:
        self.controls.unfold()
        self.find_bar.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_bar.search_edit.selectAll()

    def zoom_by(self, direction: int) -> None:
        self._set_zoom(next_zoom(self._zoom, direction))

    def zoom_reset(self) -> None:
        self._set_zoom(1.0)

    def _set_zoom(self, factor: float) -> None:
        self._zoom = factor
        font = self.text_edit.font()
        base = max(TEXT_POINT_SIZE, QApplication.font().pointSizeF())
        font.setPointSizeF(base * factor)
        self.text_edit.setFont(font)
        self.zoom_bar.show_zoom(factor)

    def _search(self, text: str) -> None:
        """Find every match at once (case-insensitive, like the PDF search)."""
        document = self.text_edit.document()
        self._matches = []
        cursor = document.find(text, 0) if text else QTextCursor()
        while not cursor.isNull():
            self._matches.append(cursor)
            cursor = document.find(text, cursor)
        self._current = -1
        if self._matches:
            self._go_to_match(0)
        else:
            self._highlight()
        self.searchFinished.emit(len(self._matches))

    def find_next(self) -> None:
        if self._matches:
            self._go_to_match((self._current + 1) % len(self._matches))

    def find_previous(self) -> None:
        if self._matches:
            self._go_to_match((self._current - 1) % len(self._matches))

    def _go_to_match(self, index: int) -> None:
        self._current = index
        self.text_edit.setTextCursor(self._matches[index])
        self.text_edit.ensureCursorVisible()
        self._highlight()

    def _highlight(self) -> None:
        """Mark every match, the current one strongest, without touching the text."""
        selections = []
        for index, cursor in enumerate(self._matches):
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            colour = CURRENT_MATCH_COLOUR if index == self._current else MATCH_COLOUR
            selection.format.setBackground(colour)
            selection.format.setForeground(QColor("black"))
            selections.append(selection)
        self.text_edit.setExtraSelections(selections)
        self.find_bar.show_matches(self._current + 1, len(self._matches), searching=False)

    def retranslate(self) -> None:
        self.zoom_bar.retranslate()
        self.find_bar.retranslate()
        self.text_edit.setAccessibleName(tr("Document text"))

    def release(self) -> None:
        self._matches = []
        self.text_edit.setExtraSelections([])
        self.text_edit.clear()
