"""A case's documents, one tab each, read beside the checklist straight from memory.

Documents arrive decrypted from the encrypted database and are shown from memory only:
a PDF is read from a QBuffer that owns a copy of its bytes, a text document from a
string. Nothing readable is ever written to disk, not even a temporary file.

Every control has a visible text label and is large enough for an unsteady hand; the
same controls sit in the same places on every tab. Keys, active only while focus is
inside the viewer: Ctrl+F find, F3 / Shift+F3 next / previous match, Ctrl+= / Ctrl+-
zoom, Ctrl+0 fit to width (or normal size for text), Ctrl+T a PDF's page text instead of
its image, Ctrl+Tab next document.

Translations: texts come from `desktop.ui.i18n.tr` (one shared context that lupdate
records exactly as the code looks it up, whichever class holds the call) and are all
(re)applied in `retranslate()`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QLabel, QStackedLayout, QTabWidget, QWidget

from desktop.ui import settings
from desktop.ui.i18n import Retranslatable, tr
from desktop.ui.viewer.controls import ZOOM_STEPS, enlarge_text
from desktop.ui.viewer.pdf_tab import PdfTab, open_pdf
from desktop.ui.viewer.tabs import MessageTab, PendingTab, Problem, Tab
from desktop.ui.viewer.text_tab import TextTab

PDF_MEDIA_TYPE = "application/pdf"
TEXT_MEDIA_TYPE = "text/plain"
TAB_LETTERS = 12  # a document tab's title is never shortened below about this many letters
CaseDocument = tuple[str, str, bytes]  # (title, media type, bytes; a QByteArray for a PDF)


def is_pdf(media_type: str) -> bool:
    return media_type.split(";", 1)[0].strip().lower() == PDF_MEDIA_TYPE


def remembered_zoom() -> float | None:
    """The PDF zoom the member last chose, or None to fit the width (also for a value
    this version cannot use: a bad setting must never leave a page unreadable)."""
    zoom = settings.read(settings.DOCUMENT_ZOOM)
    return zoom if ZOOM_STEPS[0] - 0.005 <= zoom <= ZOOM_STEPS[-1] + 0.005 else None


def _make_tab(media_type: str, data: bytes, zoom: float | None) -> Tab:
    """The right tab for a document; anything unreadable becomes a plain message."""
    kind = media_type.split(";", 1)[0].strip().lower()
    if kind == PDF_MEDIA_TYPE:
        opened = open_pdf(data)
        return PdfTab(opened, zoom) if isinstance(opened, QPdfDocument) else MessageTab(opened)
    if kind == TEXT_MEDIA_TYPE:
        try:
            return TextTab(data.decode("utf-8-sig"))
        except UnicodeDecodeError:
            return MessageTab(Problem.DAMAGED)
    return MessageTab(Problem.UNSUPPORTED)


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
        enlarge_text(self.placeholder_label)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("document_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.tabBar().setObjectName("document_tab_bar")
        self._size_tabs()
        self.tabs.currentChanged.connect(self._open_pending)
        self._titles: list[str] = []
        self._placeholder = "none"  # what the placeholder says: none, loading or unreadable
        self._spare_pdf_tab: PdfTab | None = None
        self._zoom = remembered_zoom()  # read once: nothing extra when documents arrive
        self._page_text = False  # the member reads PDFs as page text: kept for every tab
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.placeholder_label)
        self._stack.addWidget(self.tabs)
        self._shortcuts = [self._shortcut(keys, slot) for keys, slot in self._key_bindings()]
        self.retranslate()

    def _size_tabs(self) -> None:
        """Tabs big enough to hit, never shortened below about a dozen letters.

        Qt shortens titles to a letter or two ("I…", "C…") before it scrolls; at large
        text two documents could not be told apart. The titles scroll (arrows, Ctrl+Tab)
        instead once each is down to its first words.
        """
        metrics = self.fontMetrics()
        pad_v, pad_h = round(metrics.height() * 0.5), metrics.height()
        least = metrics.averageCharWidth() * TAB_LETTERS
        self.tabs.setStyleSheet(f"QTabBar::tab {{ padding: {pad_v}px {pad_h}px; min-width: {least}px; }}")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_tabs()

    def _key_bindings(self) -> list[tuple[str, Callable[[], None]]]:
        return [
            ("Ctrl+F", self.focus_search),
            ("F3", self.find_next),
            ("Shift+F3", self.find_previous),
            ("Ctrl+=", self.zoom_in),
            ("Ctrl++", self.zoom_in),
            ("Ctrl+-", self.zoom_out),
            ("Ctrl+0", self.zoom_reset),
            ("Ctrl+T", self.toggle_page_text),
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
            tab = self._real_tab(media_type, data) if position == 0 else PendingTab(media_type, data)
            self._titles.append(title)
            index = self.tabs.addTab(tab, "")
            self.tabs.setTabToolTip(index, title)
        self.tabs.setCurrentIndex(0)
        self.tabs.blockSignals(blocked)
        self._retranslate_titles()
        self._placeholder = "none"
        self.retranslate()
        self._stack.setCurrentWidget(self.tabs if self._titles else self.placeholder_label)

    def show_loading(self) -> None:
        """While the case's documents are read in the background."""
        self.clear()
        self._placeholder = "loading"
        self.retranslate()

    def show_unreadable(self) -> None:
        self.clear()
        self._placeholder = "unreadable"
        self.retranslate()

    def _real_tab(self, media_type: str, data: bytes) -> Tab:
        spare, self._spare_pdf_tab = self._spare_pdf_tab, None
        if spare is not None and is_pdf(media_type):
            opened = open_pdf(data)
            if isinstance(opened, QPdfDocument):
                spare.reload(opened, self._zoom)
                spare.show_page_text(self._page_text)
                return spare  # already connected
        if spare is not None:
            spare.deleteLater()
        tab = _make_tab(media_type, data, self._zoom)
        tab.pageRendered.connect(self.pageRendered)
        tab.searchFinished.connect(self.searchFinished)
        tab.zoomChosen.connect(self._remember_zoom)
        tab.show_page_text(self._page_text)
        tab.pageTextChosen.connect(self._remember_page_text)
        tab.retranslate()
        return tab

    def _remember_zoom(self, zoom: float) -> None:
        """Open the next documents, and those after a restart, at the member's choice."""
        self._zoom = zoom or None
        settings.write(settings.DOCUMENT_ZOOM, zoom)

    def _remember_page_text(self, shown: bool) -> None:
        self._page_text = shown

    def _open_pending(self, index: int) -> None:
        """Replace a stand-in with the real document when its tab comes to the front."""
        pending = self.tabs.widget(index)
        if not isinstance(pending, PendingTab):
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
            if isinstance(tab, Tab):
                tab.release()
            if isinstance(tab, PdfTab) and self._spare_pdf_tab is None:
                tab.setParent(self)  # kept hidden, owned by the viewer, out of any layout
                tab.hide()
                self._spare_pdf_tab = tab  # reused for the next case's first PDF
            elif tab is not None:
                tab.deleteLater()
        self.tabs.blockSignals(blocked)
        self._titles = []
        self._stack.setCurrentWidget(self.placeholder_label)

    def current_tab(self) -> Tab | None:
        tab = self.tabs.currentWidget()
        return tab if isinstance(tab, Tab) else None

    def current_page(self) -> int:
        tab = self.current_tab()
        return tab.current_page() if tab else 0

    def page_count(self) -> int:
        tab = self.current_tab()
        return tab.page_count() if tab else 0

    def cited_place(self) -> tuple[int, int, str] | None:
        """The page in view, for a citation: the document's number (1-based, in the
        case's order), the page (1-based) and the words selected on it; None when no
        readable document is in front."""
        tab = self.current_tab()
        if tab is None or tab.cited_page() < 1:
            return None
        return self.tabs.currentIndex() + 1, tab.cited_page(), tab.selected_text()

    def show_cited_page(self, document: int, page: int) -> bool:
        """Bring document `document` (1-based) to the front at `page` and put the focus
        on it; False when the case has no such document."""
        if not 1 <= document <= self.tabs.count():
            return False
        self.tabs.setCurrentIndex(document - 1)  # a stand-in opens as it comes to the front
        tab = self.current_tab()
        if tab is not None:
            tab.show_cited_page(page)
        return True

    def match_count(self) -> int:
        tab = self.current_tab()
        return tab.match_count() if tab else 0

    def zoom_factor(self) -> float:
        tab = self.current_tab()
        return tab.zoom_factor() if tab else 1.0

    def focus_documents(self) -> None:
        """Focus for a member arriving from another pane (F6): the document tabs, or the
        line saying why there are none, which a screen reader then reads."""
        if self._stack.currentWidget() is self.tabs:
            self.tabs.tabBar().setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.placeholder_label.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def release_find_key(self) -> None:
        """For a host that binds Ctrl+F over a wider area (the whole workspace) and calls
        `focus_search`: two live bindings of one key would cancel each other out."""
        self.release_key("Ctrl+F")

    def release_key(self, keys: str) -> None:
        """Give up the viewer's own binding of `keys` to a host that binds it more widely."""
        for shortcut in self._shortcuts:
            if shortcut.key() == QKeySequence(keys):
                shortcut.setEnabled(False)

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

    def toggle_page_text(self) -> None:
        if tab := self.current_tab():
            tab.toggle_page_text()

    def retranslate(self) -> None:
        self.placeholder_label.setText(
            {
                "loading": tr("Opening the case documents…"),
                "unreadable": tr(
                    "The documents of this case could not be read. Your answers are not affected."
                ),
            }.get(self._placeholder, tr("This case has no documents."))
        )
        self.tabs.setAccessibleName(tr("Case documents"))
        self.tabs.tabBar().setAccessibleName(tr("Case documents"))
        self._retranslate_titles()
        for index in range(self.tabs.count()):
            tab = self.tabs.widget(index)
            if isinstance(tab, Tab):
                tab.retranslate()

    def _retranslate_titles(self) -> None:
        for index, title in enumerate(self._titles):
            self.tabs.setTabText(index, title or tr("Untitled document"))
