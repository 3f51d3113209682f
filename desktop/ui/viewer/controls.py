"""The controls every document tab shares: find, zoom and page bars, and their layout.

Every control has a visible text label and is large enough for an unsteady hand; the
same controls sit in the same places on every tab. Texts come from `desktop.ui.i18n.tr`
and are (re)applied in each bar's `retranslate()`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QWidget,
)

from desktop.ui.flow_layout import FlowLayout
from desktop.ui.i18n import tr

ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)


def next_zoom(current: float, direction: int) -> float:
    """The preset zoom just above (direction > 0) or below the current one.

    Presets rather than a fixed ratio, so a few presses always land on round numbers,
    even after fit-to-width chose an odd factor.
    """
    if direction > 0:
        return next((s for s in ZOOM_STEPS if s > current + 0.005), ZOOM_STEPS[-1])
    return next((s for s in reversed(ZOOM_STEPS) if s < current - 0.005), ZOOM_STEPS[0])


def _big(widget: QWidget, name: str) -> QWidget:
    """Name a control and make it a comfortable target (about two lines of text tall)."""
    widget.setObjectName(name)
    widget.setMinimumHeight(max(36, round(widget.fontMetrics().height() * 2.2)))
    return widget


def enlarge_text(label: QLabel, factor: float = 1.25) -> None:
    """Messages that replace a whole document deserve more than the small print."""
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    label.setFont(font)


def _side_by_side_if(layout: QBoxLayout, fits: bool) -> None:
    """Parts of a bar side by side when they fit the panel, else one above the other."""
    direction = QBoxLayout.Direction.LeftToRight if fits else QBoxLayout.Direction.TopToBottom
    if layout.direction() != direction:
        layout.setDirection(direction)


def _button(name: str, icon: QStyle.StandardPixmap | None = None) -> QPushButton:
    button = QPushButton()
    _big(button, name)
    button.setAutoDefault(False)
    if icon is not None:
        button.setIcon(button.style().standardIcon(icon))
    return button


def toggle_button(name: str) -> QPushButton:
    """A button that stays pressed while what it shows is on screen."""
    button = _button(name)
    button.setCheckable(True)
    return button


class FindBar(QWidget):
    """Search box, previous / next match buttons and a "Match 2 of 5" label."""

    searchChanged = Signal(str)
    nextRequested = Signal()
    previousRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.find_label = QLabel()
        self.search_edit = QLineEdit()
        _big(self.search_edit, "search_field")
        self.search_edit.setClearButtonEnabled(True)
        self.find_label.setBuddy(self.search_edit)
        self.previous_match_button = _button("previous_match_button", QStyle.StandardPixmap.SP_ArrowUp)
        self.next_match_button = _button("next_match_button", QStyle.StandardPixmap.SP_ArrowDown)
        self.match_label = QLabel()
        self.match_label.setObjectName("match_label")
        self._matches = (0, 0, False)  # (current, total, still searching)
        # Never narrower than a short phrase: in a narrow panel the buttons go below.
        self.search_edit.setMinimumWidth(self.search_edit.fontMetrics().horizontalAdvance("M" * 9))
        search = QWidget()
        search_layout = QHBoxLayout(search)
        search_layout.setContentsMargins(0, 0, 0, 0)
        search_layout.addWidget(self.find_label)
        search_layout.addWidget(self.search_edit, 1)
        moves = QWidget()
        moves_layout = FlowLayout(moves, spacing=6)
        for widget in (self.previous_match_button, self.next_match_button, self.match_label):
            moves_layout.addWidget(widget)
        self._parts = (search, moves)
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(search, 1)
        self._layout.addWidget(moves)
        self.search_edit.textChanged.connect(self.searchChanged)
        self.search_edit.returnPressed.connect(self.nextRequested)
        self.next_match_button.clicked.connect(self.nextRequested)
        self.previous_match_button.clicked.connect(self.previousRequested)
        self.show_matches(0, 0, searching=False)
        self.retranslate()

    def minimumSizeHint(self) -> QSize:
        width = max(part.minimumSizeHint().width() for part in self._parts)
        return QSize(width, self._layout.minimumSize().height())

    def _side_by_side_at(self, width: int) -> bool:
        search, moves = self._parts
        return width >= search.minimumSizeHint().width() + moves.sizeHint().width() + self._layout.spacing()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """The height at `width` in the arrangement that width will get (asked before the
        resize that switches it: answering for the old one left the buttons cut off)."""
        search, moves = self._parts
        if self._side_by_side_at(width):
            return max(search.sizeHint().height(), moves.sizeHint().height())
        return search.sizeHint().height() + self._layout.spacing() + moves.heightForWidth(width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        _side_by_side_if(self._layout, self._side_by_side_at(event.size().width()))
        super().resizeEvent(event)

    def show_matches(self, current: int, total: int, *, searching: bool) -> None:
        """Show the 1-based current match of `total`; 0 means none chosen yet."""
        self._matches = (current, total, searching)
        self.previous_match_button.setEnabled(total > 0)
        self.next_match_button.setEnabled(total > 0)
        self._show_match_text()

    def _show_match_text(self) -> None:
        current, total, searching = self._matches
        if not self.search_edit.text():
            text = ""
        elif total == 0:
            text = tr("Searching…") if searching else tr("No matches")
        else:
            text = tr("Match {current} of {total}").replace("{current}", str(max(current, 1)))
            text = text.replace("{total}", str(total))
        self.match_label.setText(text)

    def retranslate(self) -> None:
        self.find_label.setText(tr("Find:"))
        self.search_edit.setPlaceholderText(tr("Type a word to find"))
        self.search_edit.setAccessibleName(tr("Find in this document"))
        self.search_edit.setToolTip(tr("Find a word in this document (Ctrl+F)"))
        self.previous_match_button.setText(tr("Previous"))
        self.previous_match_button.setAccessibleName(tr("Previous match"))
        self.previous_match_button.setToolTip(tr("Go to the previous match (Shift+F3)"))
        self.next_match_button.setText(tr("Next"))
        self.next_match_button.setAccessibleName(tr("Next match"))
        self.next_match_button.setToolTip(tr("Go to the next match (F3 or Enter)"))
        self._show_match_text()


class ZoomBar(QWidget):
    """Zoom out / in buttons around a percentage, and optionally "Fit width"."""

    zoomOutRequested = Signal()
    zoomInRequested = Signal()
    fitWidthRequested = Signal()

    def __init__(self, *, with_fit_width: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zoom_out_button = _button("zoom_out_button")
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("zoom_label")
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("8888 %"))
        self.zoom_in_button = _button("zoom_in_button")
        self.fit_width_button = _button("fit_width_button")
        self._factor = 1.0
        layout = FlowLayout(self, spacing=6)  # wraps in a narrow panel at large text
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button):
            layout.addWidget(widget)
        layout.addWidget(self.fit_width_button)
        self.fit_width_button.setVisible(with_fit_width)  # only once parented: never a window
        self.zoom_out_button.clicked.connect(self.zoomOutRequested)
        self.zoom_in_button.clicked.connect(self.zoomInRequested)
        self.fit_width_button.clicked.connect(self.fitWidthRequested)
        self.retranslate()

    def show_zoom(self, factor: float) -> None:
        self._factor = factor
        self.zoom_out_button.setEnabled(factor > ZOOM_STEPS[0] + 0.005)
        self.zoom_in_button.setEnabled(factor < ZOOM_STEPS[-1] - 0.005)
        self.zoom_label.setText(tr("{percent}%").replace("{percent}", str(round(factor * 100))))

    def retranslate(self) -> None:
        self.zoom_out_button.setText(tr("− Smaller"))
        self.zoom_out_button.setAccessibleName(tr("Zoom out"))
        self.zoom_out_button.setToolTip(tr("Make the document smaller (Ctrl+-)"))
        self.zoom_in_button.setText(tr("+ Larger"))
        self.zoom_in_button.setAccessibleName(tr("Zoom in"))
        self.zoom_in_button.setToolTip(tr("Make the document larger (Ctrl+=)"))
        self.fit_width_button.setText(tr("Fit width"))
        self.fit_width_button.setAccessibleName(tr("Fit the page to the width"))
        self.fit_width_button.setToolTip(tr("Make the page as wide as this panel (Ctrl+0)"))
        self.show_zoom(self._factor)


class PageBar(QWidget):
    """Previous / next page buttons around "Page [x] of y", where x can be typed."""

    pageRequested = Signal(int)  # 0-based page index

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.previous_page_button = _button("previous_page_button", QStyle.StandardPixmap.SP_ArrowUp)
        self.page_label = QLabel()
        self.page_spin = QSpinBox()
        _big(self.page_spin, "page_number_box")
        self.page_spin.setKeyboardTracking(False)  # typing "12" must not visit page 1 first
        self.page_spin.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.page_spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_label.setBuddy(self.page_spin)
        self.page_total_label = QLabel()
        self.page_total_label.setObjectName("page_total")
        self.next_page_button = _button("next_page_button", QStyle.StandardPixmap.SP_ArrowDown)
        self._page = (0, 0)  # (0-based current, count)
        where = QWidget()  # "Page [x] of y" stays on one line when the bar wraps
        where_layout = QHBoxLayout(where)
        where_layout.setContentsMargins(0, 0, 0, 0)
        for part in (self.page_label, self.page_spin, self.page_total_label):
            where_layout.addWidget(part)
        layout = FlowLayout(self, spacing=6)  # wraps in a narrow panel at large text
        for widget in (self.previous_page_button, where, self.next_page_button):
            layout.addWidget(widget)
        self.previous_page_button.clicked.connect(lambda: self.pageRequested.emit(self._page[0] - 1))
        self.next_page_button.clicked.connect(lambda: self.pageRequested.emit(self._page[0] + 1))
        self.page_spin.valueChanged.connect(lambda value: self.pageRequested.emit(value - 1))
        self.retranslate()

    def show_page(self, current: int, count: int) -> None:
        self._page = (current, count)
        self.page_spin.blockSignals(True)  # showing the page must not request it again
        self.page_spin.setRange(1, max(count, 1))
        self.page_spin.setValue(current + 1)
        self.page_spin.blockSignals(False)
        width = self.page_spin.fontMetrics().horizontalAdvance(str(max(count, 1)) + "88")
        self.page_spin.setFixedWidth(width)
        self.previous_page_button.setEnabled(current > 0)
        self.next_page_button.setEnabled(current < count - 1)
        self.page_total_label.setText(tr("of {count}").replace("{count}", str(count)))

    def retranslate(self) -> None:
        self.previous_page_button.setText(tr("Previous page"))
        self.previous_page_button.setAccessibleName(tr("Previous page"))
        self.page_label.setText(tr("Page"))
        self.page_spin.setAccessibleName(tr("Page number"))
        self.page_spin.setToolTip(tr("Type a page number and press Enter to go there"))
        self.next_page_button.setText(tr("Next page"))
        self.next_page_button.setAccessibleName(tr("Next page"))
        self.show_page(*self._page)


class ControlRow(QWidget):
    """Page and zoom controls side by side, wrapping onto more lines in a narrow panel,
    so no button is ever squeezed or cut off, whatever the font size. A flow of flows:
    each bar wraps inside itself first, and asks for the height its lines need."""

    def __init__(self, widgets: Sequence[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = FlowLayout(self, spacing=12)
        for widget in widgets:
            layout.addWidget(widget)
