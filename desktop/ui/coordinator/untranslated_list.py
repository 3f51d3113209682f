"""On the Report page, beside the report's language: how many texts are not yet in the
other language, which ones, and the way to the Translation page.

A report in Welsh (or both) prints a text with no Welsh version as written, in English;
the coordinator sees that here before writing, not in the printed report. "Show them"
opens the first on the Translation page; "List them here" lists them on this page (it
opens only when asked, so the page does not grow while the coordinator tabs through
it), where Enter or a double click opens one on the Translation page.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.reports.languages import other
from desktop.reports.redaction import describe
from desktop.services.translations import Translations, Unit
from desktop.ui.coordinator.page import label_button
from desktop.ui.coordinator.translation_page import missing_words
from desktop.ui.i18n import Retranslatable, current_language, tr

EXCERPT = 70  # characters of a text shown after where it stands
ROWS = 6  # the list's height in rows; it scrolls beyond


def excerpt(text: str) -> str:
    words = " ".join(text.split())
    return words if len(words) <= EXCERPT else words[: EXCERPT - 1] + "…"


class UntranslatedList(Retranslatable, QWidget):
    translateWanted = Signal(str)  # a text's key, or "" for the first not yet translated

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("untranslated")
        self.state: Translations | None = None
        self.count_label = QLabel()
        self.count_label.setObjectName("untranslated_count")
        self.count_label.setWordWrap(True)
        self.texts = QListWidget()
        self.texts.setObjectName("untranslated_texts")
        self._fit_rows()
        self.texts.itemActivated.connect(
            lambda item: self.translateWanted.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.show_button = QPushButton()
        self.show_button.setObjectName("show_untranslated")
        self.show_button.clicked.connect(lambda: self.translateWanted.emit(""))
        self.list_button = QPushButton()
        self.list_button.setObjectName("list_untranslated")
        self.list_button.setCheckable(True)
        self.list_button.toggled.connect(self.texts.setVisible)
        self.list_button.toggled.connect(lambda on: QTimer.singleShot(0, self._keep_in_sight) if on else None)
        self.texts.currentRowChanged.connect(
            lambda _row: self._keep_in_sight() if self.texts.hasFocus() else None
        )
        self.texts.setVisible(False)
        self.count_label.setBuddy(self.texts)
        row = QHBoxLayout()
        row.addWidget(self.count_label, 1)
        row.addWidget(self.show_button)
        row.addWidget(self.list_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.texts)
        self.setVisible(False)
        self.retranslate()

    def _keep_in_sight(self) -> None:
        """Scroll the page to the whole list, then to its current row as the arrows move it:
        Qt scrolls a page on Tab only as far as a list's current row, and never as the
        arrows move on, so at large text the row went on below the window's edge."""
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        content = area.widget() if area is not None else None
        if area is None or content is None or not self.texts.isVisible():
            return
        top = self.texts.mapTo(content, QPoint(0, 0))
        area.ensureVisible(top.x(), top.y() + self.texts.height(), 0, 10)
        area.ensureWidgetVisible(self.texts, 0, 10)  # its current row, if the whole does not fit

    def _fit_rows(self) -> None:
        self.texts.setFixedHeight(self.texts.fontMetrics().lineSpacing() * ROWS + 12)

    def changeEvent(self, event: QEvent) -> None:
        """The text size changed (View → Text size): the list keeps its rows at the new size."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_rows()

    def retranslate(self) -> None:
        label_button(
            self.show_button,
            tr("Show them"),
            tr("Open the Translation page at the first text not yet translated"),
        )
        label_button(
            self.list_button,
            tr("List them here"),
            tr("List the texts not yet translated on this page, or hide the list"),
        )
        self.texts.setAccessibleDescription(tr("Enter opens the text on the Translation page"))
        if self.state is not None:
            self.show_state(self.state)

    def show_state(self, state: Translations | None) -> None:
        """The round's units as read (None: no round, or not read yet)."""
        self.state = state
        missing: tuple[Unit, ...] = ()
        if state is not None:
            missing = state.missing(other(state.written_in))
        self.setVisible(bool(missing))
        self.texts.clear()
        if state is None or not missing:
            return
        total = len([u for u in state.units if not u.optional])
        text = missing_words(other(state.written_in)).format(missing=len(missing), total=total)
        self.count_label.setText(text)
        self.texts.setAccessibleName(text)
        language = current_language()
        for unit in missing:
            item = QListWidgetItem(f"{describe(unit.place, language)}: {excerpt(unit.text)}")
            item.setData(Qt.ItemDataRole.UserRole, unit.key)
            self.texts.addItem(item)
        self.texts.setCurrentRow(0)
