"""A form the coordinator types an entry for the report into: fields, Save and Cancel.

Saving goes through the page (`on_save`), which returns at once why the entry cannot be
saved (a date that is not one), or None once it has started saving it off the GUI
thread; the page then calls `saved()` or `refused(why)`. A refused entry is said inside
the dialog, where the coordinator is looking, and the dialog stays open with everything
typed in it: nothing typed is lost to a wrong date or an empty box. While an entry is
being saved a second Save is ignored, so it is not saved twice.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.force_response_format import is_iso_date
from desktop.services.entry_problems import Entry, EntryRefused
from desktop.ui.announce import announce
from desktop.ui.coordinator.page import label_button
from desktop.ui.i18n import Retranslatable, current_language, tr
from desktop.ui.wrapped_dialog import WrappedTextDialog


def text_box(name: str) -> QPlainTextEdit:
    """A box for a paragraph; Tab leaves it (a tab character in an observation is never wanted)."""
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(90)
    return box


DATE_FIELD = "date_field"


def date_field(name: str, value: str | None = None) -> QLineEdit:
    """A date typed as YYYY-MM-DD: what the response table and the reports print."""
    field = QLineEdit(value or "")
    field.setObjectName(name)
    field.setMaxLength(10)
    field.setProperty(DATE_FIELD, True)  # the dialog words its placeholder in the current language
    return field


def today() -> str:
    return QDate.currentDate().toString("yyyy-MM-dd")


def date_problem(text: str, required: bool = False) -> str | None:
    """Why `text` is not a date, in the interface language, or None if it is one (or may be empty)."""
    text = text.strip()
    if not text and not required:
        return None
    if is_iso_date(text):
        return None
    return EntryRefused(Entry.BAD_DATE, value=text).explain(current_language())


class EntryDialog(Retranslatable, WrappedTextDialog):
    """Subclasses add their fields with `add_field` and word them in `retranslate`."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.on_save: Callable[[], str | None] = lambda: None
        self.saving = False
        self.form = QFormLayout()
        self.labels: list[QLabel] = []
        self.starts_at: QWidget | None = None  # where the cursor starts; the first field unless set
        self.problem = QLabel()
        self.problem.setObjectName("entry_problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.save_button = QPushButton()
        self.save_button.setObjectName("entry_save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.try_save)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("entry_cancel")
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)

    def add_field(self, field: QWidget) -> QLabel:
        label = QLabel()
        label.setBuddy(field)
        label.setWordWrap(True)
        self.labels.append(label)
        self.form.addRow(label, field)
        return label

    def word_fields(self, words: list[tuple[QWidget, str, str]]) -> None:
        """Each field's label (with its Alt letter) and its accessible name, in field order."""
        for label, (field, text, name) in zip(self.labels, words, strict=True):
            label.setText(text)
            field.setAccessibleName(name)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        start = self.starts_at or (self.labels[0].buddy() if self.labels else None)
        if start is not None:
            start.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate(self) -> None:
        label_button(self.save_button, tr("&Save"), tr("Save and close"))
        label_button(self.cancel_button, tr("Cancel"), tr("Close without saving"))
        for label in self.labels:
            field = label.buddy()
            if isinstance(field, QLineEdit) and field.property(DATE_FIELD):
                field.setPlaceholderText(tr("YYYY-MM-DD"))

    def try_save(self) -> None:
        """Save through the page; if refused, say why here and keep every word typed."""
        if self.saving:
            return
        self.saving = True  # until the page says `saved` or `refused` (it may say so at once)
        problem = self.on_save()
        if problem is not None:
            self.refused(problem)

    def saved(self) -> None:
        self.saving = False
        self.accept()

    def refused(self, problem: str) -> None:
        self.saving = False
        self.problem.setText(problem)
        self.problem.setAccessibleName(problem)
        self.problem.show()
        announce(self.problem, problem, urgent=True)
