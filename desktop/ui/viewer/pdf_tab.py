"""A PDF document's tab: pages read from memory, with page, zoom and search controls.

A PDF is read from a QBuffer that owns a copy of its bytes; nothing readable is ever
written to disk, not even a temporary file.

"Page text" swaps the page image for the page's text, extracted by QtPdf, in a
read-only text box a screen reader reads. The text is extracted only while that view is
shown, one page at a time, so opening a case costs nothing extra.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QObject, QPointF, QSizeF, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtPdf import QPdfDocument, QPdfPageRenderer, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QStackedWidget, QTextEdit, QWidget

from desktop.ui.i18n import tr
from desktop.ui.text_size import current_text_size
from desktop.ui.viewer.control_block import control_rows
from desktop.ui.viewer.controls import (
    ZOOM_STEPS,
    FindBar,
    PageBar,
    ZoomBar,
    next_zoom,
    toggle_button,
)
from desktop.ui.viewer.tabs import Problem, Tab
from desktop.ui.viewer.text_tab import CURRENT_MATCH_COLOUR, TEXT_POINT_SIZE

LEGIBLE_ZOOM = 0.55  # at normal text size: 10-point print about 7 px high
SEARCH_SLICE_SECONDS = 0.03  # PDF search work per event-loop turn: keeps typing smooth


def _screen_scale() -> float:
    """Pixels per PDF point at zoom 1.0: the rule QPdfView itself uses."""
    return QGuiApplication.primaryScreen().logicalDotsPerInch() / 72.0


def legible_zoom() -> float:
    """The smallest zoom "Fit width" goes to: a case file's body text stays readable.

    Below it the page is wider than the panel and scrolls sideways. It grows with the
    member's text size: someone who needs larger text needs a larger document too.
    """
    return LEGIBLE_ZOOM * current_text_size() / 100


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


class PdfTab(Tab):
    """A PDF shown page after page, with page, zoom and search controls."""

    def __init__(
        self, document: QPdfDocument, zoom: float | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self._no_text = False  # the page text shown is our sentence, not the page's (it is translated)
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
        self.page_bar = PageBar()
        self.zoom_bar = ZoomBar(with_fit_width=True)
        self.find_bar = FindBar()
        self.page_text_button = toggle_button("page_text_button")
        self.page_text = self._page_text_box()
        self.body = QStackedWidget()
        self.body.addWidget(self.view)
        self.body.addWidget(self.page_text)
        layout, self.controls = control_rows(
            [self.page_bar, self.zoom_bar, self.page_text_button], self.find_bar, self.body, self
        )
        self.setLayout(layout)
        self._fitting_width = True
        self._next_page_to_search = 0
        self._search_timer = QTimer(self, singleShot=True, interval=0)
        self._connect()
        # Last children, so deleted after the view that draws them.
        self.search_model.setParent(self)
        document.setParent(self)
        self._show_page(self.view.pageNavigator().currentPage())
        self.zoom_bar.show_zoom(self.view.zoomFactor())
        self.apply_zoom(zoom)

    @staticmethod
    def _page_text_box() -> QPlainTextEdit:
        """Read-only, but with a text cursor, so a screen reader can move through it."""
        box = QPlainTextEdit()
        box.setObjectName("page_text")
        box.setReadOnly(True)
        box.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        box.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        box.document().setDocumentMargin(12)
        font = box.font()
        font.setPointSizeF(max(TEXT_POINT_SIZE, QApplication.font().pointSizeF()))
        box.setFont(font)
        return box

    def reload(self, document: QPdfDocument, zoom: float | None = None) -> None:
        """Show another document with these same controls (after `release`).

        Building the controls and view is most of a case switch's cost, so the viewer
        keeps one PDF tab and hands it each new case's first document.
        """
        old = self.document
        self.document = document
        self._no_text = False  # the page text shown is our sentence, not the page's (it is translated)
        self._buffer = document.findChild(QBuffer)
        self.view.setDocument(document)
        self.search_model.setDocument(document)
        self.view.setSearchModel(self.search_model)
        document.setParent(self)
        old.deleteLater()
        self.find_bar.search_edit.clear()
        self._next_page_to_search = 0
        self.apply_zoom(zoom)
        self.view.pageNavigator().jump(0, QPointF(), self.view.zoomFactor())
        self.view.verticalScrollBar().setValue(0)
        self._show_page(0)

    def _connect(self) -> None:
        navigator = self.view.pageNavigator()
        navigator.currentPageChanged.connect(self._show_page)
        self.view.zoomFactorChanged.connect(self.zoom_bar.show_zoom)
        self.view.viewport().installEventFilter(self)
        self.page_bar.pageRequested.connect(self.go_to_page)
        self.zoom_bar.zoomOutRequested.connect(lambda: self.zoom_by(-1))
        self.zoom_bar.zoomInRequested.connect(lambda: self.zoom_by(1))
        self.zoom_bar.fitWidthRequested.connect(self.zoom_reset)
        self.page_text_button.toggled.connect(self._page_text_toggled)
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

    def selected_text(self) -> str:
        """QPdfView offers no text selection: the page text (Ctrl+T) is where words are
        selected, by mouse or keyboard, on the page in view."""
        return self.page_text.textCursor().selectedText() if self.page_text_button.isChecked() else ""

    def show_cited_page(self, page: int) -> None:
        self.go_to_page(page - 1)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def match_count(self) -> int:
        return self.search_model.count()

    def zoom_factor(self) -> float:
        return self.view.zoomFactor()

    def focus_search(self) -> None:
        self.controls.unfold()
        self.find_bar.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_bar.search_edit.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self._fitting_width:
            self._fit_width()
        return False

    def changeEvent(self, event: QEvent) -> None:
        """A new text size moves the readable floor of "Fit width" with it."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self._fitting_width:
            self._fit_width()

    def _show_page(self, page: int, *, refill: bool = True) -> None:
        """`refill` False (the language changed): the page's own text stays as it is, with the
        words the member selected in it and where they had scrolled to."""
        self.page_bar.show_page(page, self.document.pageCount())
        self.page_text.setAccessibleName(tr("Text of page {page}").replace("{page}", str(page + 1)))
        if self.page_text_button.isChecked() and (refill or self._no_text):
            self._fill_page_text()

    def show_page_text(self, shown: bool) -> None:
        self.page_text_button.setChecked(shown)

    def toggle_page_text(self) -> None:
        """From the keyboard: switch, and put the cursor where the reading is."""
        self.page_text_button.toggle()
        shown = self.page_text_button.isChecked()
        (self.page_text if shown else self.view).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _page_text_toggled(self, shown: bool) -> None:
        if self.page_text.hasFocus() and not shown:
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.body.setCurrentWidget(self.page_text if shown else self.view)
        if shown:
            self._fill_page_text()
        else:
            self.page_text.clear()  # extracted again, if wanted, for the page then shown
        self.pageTextChosen.emit(shown)

    def _fill_page_text(self) -> None:
        page = self.view.pageNavigator().currentPage()
        text = self.document.getAllText(page).text() if self.document.pageCount() else ""
        self._no_text = not text.strip()
        if self._no_text:
            text = tr("This page is an image with no text: ask the coordinator for a text version.")
        self.page_text.setPlainText(text)
        self._mark_match_in_text()

    def _mark_match_in_text(self) -> None:
        """Select the current match in the page text too, so search works there as well."""
        selections = []
        index = self.view.currentSearchResultIndex()
        word = self.search_model.searchString()
        page = self.view.pageNavigator().currentPage()
        if index >= 0 and word and self.search_model.resultAtIndex(index).page() == page:
            ordinal = 0  # matches before this one on the same page
            while index - ordinal > 0 and self.search_model.resultAtIndex(index - ordinal - 1).page() == page:
                ordinal += 1
            document = self.page_text.document()
            cursor = document.find(word, 0)
            for _ in range(ordinal):
                if cursor.isNull():
                    break
                cursor = document.find(word, cursor)
            if not cursor.isNull():
                self.page_text.setTextCursor(cursor)
                self.page_text.ensureCursorVisible()
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format.setBackground(CURRENT_MATCH_COLOUR)
                selection.format.setForeground(QColor("black"))
                selections.append(selection)
        self.page_text.setExtraSelections(selections)

    def go_to_page(self, page: int) -> None:
        """Show the top of a page (0-based), remembered in the navigator's history."""
        page = max(0, min(page, self.document.pageCount() - 1))
        self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())
        self.view.verticalScrollBar().setValue(self._page_top(page))

    def apply_zoom(self, zoom: float | None) -> None:
        """Show the pages at this zoom, or fitted to the panel's width when None."""
        self._fitting_width = zoom is None
        if zoom is None:
            self._fit_width()
        else:
            self._set_zoom(zoom)

    def zoom_by(self, direction: int) -> None:
        self.apply_zoom(next_zoom(self.view.zoomFactor(), direction))
        self.zoomChosen.emit(self.view.zoomFactor())

    def zoom_reset(self) -> None:
        self.apply_zoom(None)
        self.zoomChosen.emit(0.0)

    def _fit_width(self) -> None:
        """Custom zoom sized to the panel, not ZoomMode.FitToWidth: in that mode QPdfView
        draws search highlights at the wrong scale and its zoomFactor is not the real one."""
        pages = range(self.document.pageCount())
        widest = max((self.document.pagePointSize(p).width() for p in pages), default=0.0)
        margins = self.view.documentMargins()
        room = self.view.viewport().width() - margins.left() - margins.right() - 2
        if widest > 0 and room > 0:
            fitted = room / (widest * _screen_scale())
            self._set_zoom(min(max(fitted, legible_zoom()), ZOOM_STEPS[-1]))

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
        if self.page_text_button.isChecked():
            self._mark_match_in_text()
        self._show_matches()

    def retranslate(self) -> None:
        for bar in (self.page_bar, self.zoom_bar, self.find_bar):
            bar.retranslate()
        self.view.setAccessibleName(tr("Document pages"))
        self.page_text_button.setText(tr("Page text"))
        self.page_text_button.setAccessibleName(tr("Page text"))
        self.page_text_button.setAccessibleDescription(
            tr("Shows the text of this page, for reading aloud, instead of its image")
        )
        self.page_text_button.setToolTip(tr("Show this page as text that a screen reader can read (Ctrl+T)"))
        self._show_page(self.view.pageNavigator().currentPage(), refill=False)

    def release(self) -> None:
        """Drop the decrypted bytes now, not whenever Qt gets round to deleting the tab."""
        self._search_timer.stop()
        self.page_text.setExtraSelections([])
        self.page_text.clear()
        self.view.setSearchModel(None)  # type: ignore[arg-type]  # Qt takes None: no search model
        self.search_model.setSearchString("")
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(QByteArray())
