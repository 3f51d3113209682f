"""A case's documents, one tab each, read beside the checklist straight from memory.

Documents arrive decrypted from the encrypted database and are shown from memory only:
a PDF is read from a QBuffer that owns a copy of its bytes, a text document from a
string. Nothing readable is ever written to disk, not even a temporary file.

Every control has a visible text label and is large enough for an unsteady hand; the
same controls sit in the same places on every tab. Keys, active only while focus is
inside the viewer: Ctrl+F find, F3 / Shift+F3 next / previous match, Ctrl+= / Ctrl+-
zoom, Ctrl+0 fit to width (or normal size for text), Ctrl+Tab next document.

Translations: texts come from `desktop.ui.i18n.tr` (one shared context that lupdate
records exactly as the code looks it up, whichever class holds the call) and are all
(re)applied in `retranslate()`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from enum import Enum

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QObject,
    QPointF,
    QSize,
    QSizeF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QTextCursor,
)
from PySide6.QtPdf import QPdfDocument, QPdfPageRenderer, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStackedLayout,
    QStyle,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.i18n import Retranslatable, tr

PDF_MEDIA_TYPE = "application/pdf"
TEXT_MEDIA_TYPE = "text/plain"
CaseDocument = tuple[str, str, bytes]  # (title, media type, bytes)

ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)
TEXT_POINT_SIZE = 13.0  # text documents at 100 % (or the interface size if larger)
SEARCH_SLICE_SECONDS = 0.03  # PDF search work per event-loop turn: keeps typing smooth
MATCH_COLOUR = QColor("#fff176")
CURRENT_MATCH_COLOUR = QColor("#ff9800")


class Problem(Enum):
    """Why a document is shown as a message instead of its contents."""

    DAMAGED = "damaged"
    PROTECTED = "protected"
    UNSUPPORTED = "unsupported"


def next_zoom(current: float, direction: int) -> float:
    """The preset zoom just above (direction > 0) or below the current one.

    Presets rather than a fixed ratio, so a few presses always land on round numbers,
    even after fit-to-width chose an odd factor.
    """
    if direction > 0:
        return next((s for s in ZOOM_STEPS if s > current + 0.005), ZOOM_STEPS[-1])
    return next((s for s in reversed(ZOOM_STEPS) if s < current - 0.005), ZOOM_STEPS[0])


def _screen_scale() -> float:
    """Pixels per PDF point at zoom 1.0: the rule QPdfView itself uses."""
    return QGuiApplication.primaryScreen().logicalDotsPerInch() / 72.0


def _big(widget: QWidget, name: str) -> QWidget:
    """Name a control and make it a comfortable target (about two lines of text tall)."""
    widget.setObjectName(name)
    widget.setMinimumHeight(max(36, round(widget.fontMetrics().height() * 2.2)))
    return widget


def _enlarge_text(label: QLabel, factor: float = 1.25) -> None:
    """Messages that replace a whole document deserve more than the small print."""
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    label.setFont(font)


def _button(name: str, icon: QStyle.StandardPixmap | None = None) -> QPushButton:
    button = QPushButton()
    _big(button, name)
    button.setAutoDefault(False)
    if icon is not None:
        button.setIcon(button.style().standardIcon(icon))
    return button


class _FindBar(QWidget):
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
        self.previous_match_button = _button("previous_match_button", QStyle.SP_ArrowUp)
        self.next_match_button = _button("next_match_button", QStyle.SP_ArrowDown)
        self.match_label = QLabel()
        self.match_label.setObjectName("match_label")
        self._matches = (0, 0, False)  # (current, total, still searching)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.find_label, self.search_edit, self.previous_match_button):
            layout.addWidget(widget, 1 if widget is self.search_edit else 0)
        layout.addWidget(self.next_match_button)
        layout.addWidget(self.match_label)
        self.search_edit.textChanged.connect(self.searchChanged)
        self.search_edit.returnPressed.connect(self.nextRequested)
        self.next_match_button.clicked.connect(self.nextRequested)
        self.previous_match_button.clicked.connect(self.previousRequested)
        self.show_matches(0, 0, searching=False)
        self.retranslate()

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


class _ZoomBar(QWidget):
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
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
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


class _PageBar(QWidget):
    """Previous / next page buttons around "Page [x] of y", where x can be typed."""

    pageRequested = Signal(int)  # 0-based page index

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.previous_page_button = _button("previous_page_button", QStyle.SP_ArrowUp)
        self.page_label = QLabel()
        self.page_spin = QSpinBox()
        _big(self.page_spin, "page_number_box")
        self.page_spin.setKeyboardTracking(False)  # typing "12" must not visit page 1 first
        self.page_spin.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.page_spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_label.setBuddy(self.page_spin)
        self.page_total_label = QLabel()
        self.page_total_label.setObjectName("page_total")
        self.next_page_button = _button("next_page_button", QStyle.SP_ArrowDown)
        self._page = (0, 0)  # (0-based current, count)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.previous_page_button, self.page_label, self.page_spin):
            layout.addWidget(widget)
        layout.addWidget(self.page_total_label)
        layout.addWidget(self.next_page_button)
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


class _Tab(QWidget):
    """What the viewer asks of every tab; a tab without pages or search keeps these."""

    pageRendered = Signal(int)  # 1-based page number, once its image is on screen
    searchFinished = Signal(int)  # number of matches, once the whole document is searched

    def current_page(self) -> int:
        return 0

    def page_count(self) -> int:
        return 0

    def match_count(self) -> int:
        return 0

    def zoom_factor(self) -> float:
        return 1.0

    def focus_search(self) -> None:
        """Nothing to search on this tab."""

    def find_next(self) -> None:
        """Nothing to search on this tab."""

    def find_previous(self) -> None:
        """Nothing to search on this tab."""

    def zoom_by(self, direction: int) -> None:
        """Nothing to zoom on this tab."""

    def zoom_reset(self) -> None:
        """Nothing to zoom on this tab."""

    def retranslate(self) -> None:
        """No texts of its own."""

    def release(self) -> None:
        """Nothing held."""


class _ControlRow(QWidget):
    """Page and zoom controls side by side, or one above the other in a narrow panel,
    so no button is ever squeezed or cut off, whatever the font size."""

    def __init__(self, widgets: Sequence[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._widgets = list(widgets)
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        for widget in self._widgets:
            self._layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        self._layout.insertStretch(len(self._widgets) - 1, 1)

    def minimumSizeHint(self) -> QSize:
        width = max(w.minimumSizeHint().width() for w in self._widgets)
        return QSize(width, self._layout.minimumSize().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        spacing = self._layout.spacing() * len(self._widgets)
        wanted = sum(w.sizeHint().width() for w in self._widgets) + spacing
        side_by_side = event.size().width() >= wanted
        direction = QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        if self._layout.direction() != direction:
            self._layout.setDirection(direction)
        super().resizeEvent(event)


def _control_rows(top: Sequence[QWidget], find_bar: _FindBar, body: QWidget) -> QVBoxLayout:
    """Same arrangement on every tab: pages and zoom, then find, then the document."""
    layout = QVBoxLayout()
    layout.setContentsMargins(6, 6, 6, 0)
    layout.addWidget(_ControlRow(top))
    layout.addWidget(find_bar)
    layout.addWidget(body, 1)
    return layout


def open_pdf(data: bytes) -> QPdfDocument | Problem:
    """Load PDF bytes from memory; the document owns the buffer it keeps reading from."""
    document = QPdfDocument()
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() == QPdfDocument.Status.Ready and document.pageCount() > 0:
        return document
    locked = {QPdfDocument.Error.IncorrectPassword, QPdfDocument.Error.UnsupportedSecurityScheme}
    problem = Problem.PROTECTED if document.error() in locked else Problem.DAMAGED
    document.close()
    buffer.close()
    document.deleteLater()
    return problem


class _PdfTab(_Tab):
    """A PDF shown page after page, with page, zoom and search controls."""

    def __init__(self, document: QPdfDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._buffer = document.findChild(QBuffer)  # the bytes the document reads from
        self.view = QPdfView()
        self.view.setObjectName("pdf_view")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)  # fit width is ours: see _fit_width
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.setDocument(document)
        self.search_model = QPdfSearchModel()
        self.search_model.setDocument(document)
        self.view.setSearchModel(self.search_model)
        self.page_bar = _PageBar()
        self.zoom_bar = _ZoomBar(with_fit_width=True)
        self.find_bar = _FindBar()
        self.setLayout(_control_rows([self.page_bar, self.zoom_bar], self.find_bar, self.view))
        self._fitting_width = True
        self._next_page_to_search = 0
        self._search_timer = QTimer(self, singleShot=True, interval=0)
        self._connect()
        # Last children, so deleted after the view that draws them.
        self.search_model.setParent(self)
        document.setParent(self)
        self._show_page(self.view.pageNavigator().currentPage())
        self.zoom_bar.show_zoom(self.view.zoomFactor())

    def reload(self, document: QPdfDocument) -> None:
        """Show another document with these same controls (after `release`).

        Building the controls and view is most of a case switch's cost, so the viewer
        keeps one PDF tab and hands it each new case's first document.
        """
        old = self.document
        self.document = document
        self._buffer = document.findChild(QBuffer)
        self.view.setDocument(document)
        self.search_model.setDocument(document)
        self.view.setSearchModel(self.search_model)
        document.setParent(self)
        old.deleteLater()
        self.find_bar.search_edit.clear()
        self._next_page_to_search = 0
        self.view.pageNavigator().jump(0, QPointF(), self.view.zoomFactor())
        self._show_page(0)
        self.zoom_reset()

    def _connect(self) -> None:
        navigator = self.view.pageNavigator()
        navigator.currentPageChanged.connect(self._show_page)
        self.view.zoomFactorChanged.connect(self.zoom_bar.show_zoom)
        self.view.viewport().installEventFilter(self)
        self.page_bar.pageRequested.connect(self.go_to_page)
        self.zoom_bar.zoomOutRequested.connect(lambda: self.zoom_by(-1))
        self.zoom_bar.zoomInRequested.connect(lambda: self.zoom_by(1))
        self.zoom_bar.fitWidthRequested.connect(self.zoom_reset)
        self.find_bar.searchChanged.connect(self._search)
        self.find_bar.nextRequested.connect(self.find_next)
        self.find_bar.previousRequested.connect(self.find_previous)
        self._search_timer.timeout.connect(self._search_some_pages)
        # QPdfView renders off the GUI thread and has no signal of its own for it.
        renderer = self.view.findChild(QPdfPageRenderer)
        if renderer is not None:
            renderer.pageRendered.connect(lambda page, *_: self.pageRendered.emit(page + 1))

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage() + 1

    def page_count(self) -> int:
        return self.document.pageCount()

    def match_count(self) -> int:
        return self.search_model.count()

    def zoom_factor(self) -> float:
        return self.view.zoomFactor()

    def focus_search(self) -> None:
        self.find_bar.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_bar.search_edit.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self._fitting_width:
            self._fit_width()
        return False

    def _show_page(self, page: int) -> None:
        self.page_bar.show_page(page, self.document.pageCount())

    def go_to_page(self, page: int) -> None:
        """Show the top of a page (0-based), remembered in the navigator's history."""
        page = max(0, min(page, self.document.pageCount() - 1))
        self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())
        self.view.verticalScrollBar().setValue(self._page_top(page))

    def zoom_by(self, direction: int) -> None:
        self._fitting_width = False
        self._set_zoom(next_zoom(self.view.zoomFactor(), direction))

    def zoom_reset(self) -> None:
        self._fitting_width = True
        self._fit_width()

    def _fit_width(self) -> None:
        """Custom zoom sized to the panel, not ZoomMode.FitToWidth: in that mode QPdfView
        draws search highlights at the wrong scale and its zoomFactor is not the real one."""
        pages = range(self.document.pageCount())
        widest = max((self.document.pagePointSize(p).width() for p in pages), default=0.0)
        margins = self.view.documentMargins()
        room = self.view.viewport().width() - margins.left() - margins.right() - 2
        if widest > 0 and room > 0:
            self._set_zoom(min(max(room / (widest * _screen_scale()), 0.1), ZOOM_STEPS[-1]))

    def _set_zoom(self, factor: float) -> None:
        """Change the zoom and stay at the same place in the document."""
        bar = self.view.verticalScrollBar()
        fraction = bar.value() / bar.maximum() if bar.maximum() else 0.0
        self.view.setZoomFactor(factor)
        bar.setValue(round(fraction * bar.maximum()))

    def _page_top(self, page: int) -> int:
        """Where QPdfView's page-after-page layout puts the top of a page, in pixels.

        QPdfView has no public page geometry and its navigator scrolls only when the page
        number changes, so bringing a match on the current page into view needs the same
        rule: each page is its point size × screen scale × zoom, rounded, stacked with
        pageSpacing inside documentMargins.
        """
        scale = _screen_scale() * self.view.zoomFactor()
        top = self.view.documentMargins().top()
        for index in range(page):
            size = QSizeF(self.document.pagePointSize(index) * scale).toSize()
            top += size.height() + self.view.pageSpacing()
        return top

    def _search(self, text: str) -> None:
        self._search_timer.stop()
        self.view.setCurrentSearchResultIndex(-1)
        self.search_model.setSearchString(text)
        self._next_page_to_search = 0
        if text:
            self._search_timer.start()
        else:
            self.searchFinished.emit(0)
        self._show_matches()

    def _search_some_pages(self) -> None:
        """Search pages in short slices: QPdfSearchModel's own timer takes a tenth of a
        second per page, too slow for a long case file, and one long search would freeze
        the window."""
        deadline = time.monotonic() + SEARCH_SLICE_SECONDS
        pages = self.document.pageCount()
        while self._next_page_to_search < pages and time.monotonic() < deadline:
            self.search_model.updatePage(self._next_page_to_search)
            self._next_page_to_search += 1
        if self.view.currentSearchResultIndex() < 0 and self.search_model.count() > 0:
            self._go_to_match(0)
        self._show_matches()
        if self._next_page_to_search < pages:
            self._search_timer.start()
        else:
            self.searchFinished.emit(self.search_model.count())

    def _show_matches(self) -> None:
        searching = self._search_timer.isActive()
        current = self.view.currentSearchResultIndex() + 1
        self.find_bar.show_matches(current, self.search_model.count(), searching=searching)

    def find_next(self) -> None:
        self._step_match(1)

    def find_previous(self) -> None:
        self._step_match(-1)

    def _step_match(self, step: int) -> None:
        count = self.search_model.count()
        if count:
            current = self.view.currentSearchResultIndex()
            start = current if current >= 0 else (-1 if step > 0 else 0)
            self._go_to_match((start + step) % count)

    def _go_to_match(self, index: int) -> None:
        """Frame the match, record the jump, and scroll so it sits in the upper half."""
        link = self.search_model.resultAtIndex(index)
        self.view.setCurrentSearchResultIndex(index)
        self.view.pageNavigator().jump(link.page(), link.location(), self.view.zoomFactor())
        scale = _screen_scale() * self.view.zoomFactor()
        viewport = self.view.viewport()
        y = self._page_top(link.page()) + link.location().y() * scale
        # just above the line QPdfView uses to decide the current page (40 % down)
        self.view.verticalScrollBar().setValue(round(y - viewport.height() * 0.4 + 4))
        horizontal = self.view.horizontalScrollBar()
        if horizontal.maximum() > 0:
            page_width = self.document.pagePointSize(link.page()).width() * scale
            left = (horizontal.maximum() + viewport.width() - page_width) / 2
            horizontal.setValue(round(left + link.location().x() * scale - viewport.width() / 4))
        self._show_matches()

    def retranslate(self) -> None:
        for bar in (self.page_bar, self.zoom_bar, self.find_bar):
            bar.retranslate()
        self.view.setAccessibleName(tr("Document pages"))

    def release(self) -> None:
        """Drop the decrypted bytes now, not whenever Qt gets round to deleting the tab."""
        self._search_timer.stop()
        self.view.setSearchModel(None)
        self.search_model.setSearchString("")
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(QByteArray())


class _TextTab(_Tab):
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
        self.zoom_bar = _ZoomBar(with_fit_width=False)
        self.find_bar = _FindBar()
        self.setLayout(_control_rows([self.zoom_bar], self.find_bar, self.text_edit))
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

    def zoom_factor(self) -> float:
        return self._zoom

    def focus_search(self) -> None:
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


class _MessageTab(_Tab):
    """A document that cannot be shown: say so plainly and what to do about it."""

    def __init__(self, problem: Problem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem = problem
        self.message_label = QLabel()
        self.message_label.setObjectName("document_problem")
        self.message_label.setWordWrap(True)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        _enlarge_text(self.message_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.message_label)

    def retranslate(self) -> None:
        if self.problem is Problem.PROTECTED:
            message = tr("This document is protected by a password, so it cannot be opened here.")
        elif self.problem is Problem.UNSUPPORTED:
            message = tr("This kind of document cannot be shown here.")
        else:
            message = tr("This document could not be opened. It may be damaged.")
        advice = tr("If you need it for this review, please tell your panel coordinator.")
        self.message_label.setText(message + "\n\n" + advice)


class _PendingTab(QWidget):
    """Holds a document's bytes until its tab is first shown."""

    def __init__(self, media_type: str, data: bytes) -> None:
        super().__init__()
        self.media_type = media_type
        self.data = data


def _make_tab(media_type: str, data: bytes) -> _Tab:
    """The right tab for a document; anything unreadable becomes a plain message."""
    kind = media_type.split(";", 1)[0].strip().lower()
    if kind == PDF_MEDIA_TYPE:
        opened = open_pdf(data)
        return _PdfTab(opened) if isinstance(opened, QPdfDocument) else _MessageTab(opened)
    if kind == TEXT_MEDIA_TYPE:
        try:
            return _TextTab(data.decode("utf-8-sig"))
        except UnicodeDecodeError:
            return _MessageTab(Problem.DAMAGED)
    return _MessageTab(Problem.UNSUPPORTED)


class DocumentViewer(Retranslatable, QWidget):
    """The documents of one case, one tab each, or a friendly line when there are none.

    Page numbers are 1-based, as the reader sees them; queries answer for the tab in
    front and give 0 (zoom 1.0) when it has no pages, matches or zoom.
    """

    pageRendered = Signal(int)  # a page (1-based) of the PDF in some tab is now drawn
    searchFinished = Signal(int)  # a search ended with this many matches

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("document_viewer")
        self.placeholder_label = QLabel()
        self.placeholder_label.setObjectName("no_documents")
        self.placeholder_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder_label.setWordWrap(True)
        _enlarge_text(self.placeholder_label)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("document_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.tabBar().setObjectName("document_tab_bar")
        self.tabs.setStyleSheet("QTabBar::tab { padding: 8px 16px; }")  # big enough to hit
        self.tabs.currentChanged.connect(self._open_pending)
        self._titles: list[str] = []
        self._spare_pdf_tab: _PdfTab | None = None
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.placeholder_label)
        self._stack.addWidget(self.tabs)
        self._shortcuts = [self._shortcut(keys, slot) for keys, slot in self._key_bindings()]
        self.retranslate()

    def _key_bindings(self) -> list[tuple[str, Callable[[], None]]]:
        return [
            ("Ctrl+F", self.focus_search),
            ("F3", self.find_next),
            ("Shift+F3", self.find_previous),
            ("Ctrl+=", self.zoom_in),
            ("Ctrl++", self.zoom_in),
            ("Ctrl+-", self.zoom_out),
            ("Ctrl+0", self.zoom_reset),
        ]

    def _shortcut(self, keys: str, slot: Callable[[], None]) -> QShortcut:
        """Active only while focus is in the viewer, so the checklist keeps its own keys."""
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        return shortcut

    def set_documents(self, docs: Sequence[CaseDocument]) -> None:
        """Show these documents instead of the current ones, first tab in front.

        Only the front tab is built now; the others hold their bytes in a light
        stand-in and open when first chosen, so switching case stays quick.
        """
        self.clear()
        blocked = self.tabs.blockSignals(True)
        for position, (title, media_type, data) in enumerate(docs):
            tab = self._real_tab(media_type, data) if position == 0 else _PendingTab(media_type, data)
            self._titles.append(title)
            index = self.tabs.addTab(tab, "")
            self.tabs.setTabToolTip(index, title)
        self.tabs.setCurrentIndex(0)
        self.tabs.blockSignals(blocked)
        self._retranslate_titles()
        self._stack.setCurrentWidget(self.tabs if self._titles else self.placeholder_label)

    def _real_tab(self, media_type: str, data: bytes) -> _Tab:
        spare, self._spare_pdf_tab = self._spare_pdf_tab, None
        if spare is not None and media_type.split(";", 1)[0].strip().lower() == PDF_MEDIA_TYPE:
            opened = open_pdf(data)
            if isinstance(opened, QPdfDocument):
                spare.reload(opened)
                return spare  # already connected
        if spare is not None:
            spare.deleteLater()
        tab = _make_tab(media_type, data)
        tab.pageRendered.connect(self.pageRendered)
        tab.searchFinished.connect(self.searchFinished)
        tab.retranslate()
        return tab

    def _open_pending(self, index: int) -> None:
        """Replace a stand-in with the real document when its tab comes to the front."""
        pending = self.tabs.widget(index)
        if not isinstance(pending, _PendingTab):
            return
        real = self._real_tab(pending.media_type, pending.data)
        blocked = self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, real, "")
        self.tabs.setTabToolTip(index, self._titles[index])
        self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(blocked)
        pending.deleteLater()
        self._retranslate_titles()

    def clear(self) -> None:
        """Close every document and let go of its bytes at once."""
        blocked = self.tabs.blockSignals(True)  # no stand-in may open while tabs go
        while self.tabs.count():
            tab = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if isinstance(tab, _Tab):
                tab.release()
            if isinstance(tab, _PdfTab) and self._spare_pdf_tab is None:
                tab.setParent(self)  # kept hidden, owned by the viewer, out of any layout
                tab.hide()
                self._spare_pdf_tab = tab  # reused for the next case's first PDF
            else:
                tab.deleteLater()
        self.tabs.blockSignals(blocked)
        self._titles = []
        self._stack.setCurrentWidget(self.placeholder_label)

    def current_tab(self) -> _Tab | None:
        tab = self.tabs.currentWidget()
        return tab if isinstance(tab, _Tab) else None

    def current_page(self) -> int:
        tab = self.current_tab()
        return tab.current_page() if tab else 0

    def page_count(self) -> int:
        tab = self.current_tab()
        return tab.page_count() if tab else 0

    def match_count(self) -> int:
        tab = self.current_tab()
        return tab.match_count() if tab else 0

    def zoom_factor(self) -> float:
        tab = self.current_tab()
        return tab.zoom_factor() if tab else 1.0

    def focus_search(self) -> None:
        if tab := self.current_tab():
            tab.focus_search()

    def find_next(self) -> None:
        if tab := self.current_tab():
            tab.find_next()

    def find_previous(self) -> None:
        if tab := self.current_tab():
            tab.find_previous()

    def zoom_in(self) -> None:
        if tab := self.current_tab():
            tab.zoom_by(1)

    def zoom_out(self) -> None:
        if tab := self.current_tab():
            tab.zoom_by(-1)

    def zoom_reset(self) -> None:
        if tab := self.current_tab():
            tab.zoom_reset()

    def retranslate(self) -> None:
        self.placeholder_label.setText(tr("This case has no documents."))
        self.tabs.setAccessibleName(tr("Case documents"))
        self.tabs.tabBar().setAccessibleName(tr("Case documents"))
        self._retranslate_titles()
        for index in range(self.tabs.count()):
            tab = self.tabs.widget(index)
            if isinstance(tab, _Tab):
                tab.retranslate()

    def _retranslate_titles(self) -> None:
        for index, title in enumerate(self._titles):
            self.tabs.setTabText(index, title or tr("Untitled document"))
