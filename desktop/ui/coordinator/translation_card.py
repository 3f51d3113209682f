"""One typed text on the Translation page: where it stands, the words as written, where
its version in the other language stands, and an editor for that version.

The editor starts from what there is to start from: the stored version (for a text
changed since it was translated, the old version, to adjust), or the earlier
translation the memory offers. What the coordinator types stays in the editor until it
is saved; a refusal is said on the card and changes nothing typed.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout

from desktop.reports.redaction import describe
from desktop.services.translations import State, Unit
from desktop.ui.i18n import current_language, tr


def state_words(unit: Unit) -> str:
    """Where a text's version stands, in words (never colour alone)."""
    if unit.state is State.DONE:
        return tr("Translated")
    if unit.optional:
        return tr("Optional: a translation will be printed beside the note")
    if unit.state is State.CHANGED:
        return tr("Changed since it was translated — check it")
    if unit.state is State.OFFERED:
        return tr("An earlier translation is offered")
    if unit.language == "cy":
        return tr("Missing in Welsh")
    return tr("Missing in English")


def starting_text(unit: Unit) -> str:
    """What the editor shows before anything is typed."""
    return unit.version or unit.offered


class VersionEditor(QPlainTextEdit):
    """The version's editor: Ctrl+Enter saves it (Enter alone starts a new line)."""

    saveAsked = Signal()

    def fit_lines(self) -> None:
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)

    def changeEvent(self, event: QEvent) -> None:
        """The text size changed (View → Text size): still four lines high at the new size."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_lines()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.saveAsked.emit()
            return
        super().keyPressEvent(event)


class TranslationCard(QFrame):
    """A unit of `desktop.services.translations`; `save(card)` is the page's to run."""

    def __init__(self, unit: Unit, save: Callable[[TranslationCard], None]) -> None:
        super().__init__()
        self.unit = unit
        self.storing = False  # a save is on its way: another waits
        self.setObjectName("translation_unit")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.where = describe(unit.place, current_language())
        self.where_label = QLabel(f"<b>{html.escape(self.where)}</b>")
        self.written_label = QLabel()
        self.source = QLabel(html.escape(unit.text).replace("\n", "<br>"))
        self.source.setObjectName("translation_source")
        self.source.setTextFormat(Qt.TextFormat.RichText)
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state_label = QLabel()
        self.state_label.setObjectName("translation_state")
        for label in (self.where_label, self.written_label, self.source, self.state_label):
            label.setWordWrap(True)
        self.editor = VersionEditor(starting_text(unit))
        self.editor.setObjectName("translation_edit")
        self.editor.setTabChangesFocus(True)
        self.editor.fit_lines()
        self.shown = self.editor.toPlainText()  # what was put there, not typed
        self.editor.textChanged.connect(self._typing)
        self.save_button = QPushButton()
        self.save_button.setObjectName("save_translation")
        self.save_button.clicked.connect(lambda: save(self))
        self.editor.saveAsked.connect(lambda: save(self))
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.state_label, 1)
        layout = QVBoxLayout(self)
        for widget in (self.where_label, self.written_label, self.source, self.editor):
            layout.addWidget(widget)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        """Each sentence names its language whole: Welsh mutates a language's name after
        "yn" ("yn Gymraeg"), so no sentence takes one as a value."""
        welsh_first, where = self.unit.written_in == "cy", self.where
        self.written_label.setText(
            tr("As written, in Welsh:") if welsh_first else tr("As written, in English:")
        )
        self.source.setAccessibleName(tr("{where}, as written").format(where=where))
        self.source.setAccessibleDescription(self.unit.text)  # the name hides a label's own text
        wanted = tr("{where} in English") if welsh_first else tr("{where} in Welsh")
        self.editor.setAccessibleName(wanted.format(where=where))
        self.save_button.setText(tr("Save this version"))
        self.save_button.setAccessibleName(self.save_button.text())
        does = (
            tr("Save the English version of {where} (Ctrl+Enter in the text)")
            if welsh_first
            else tr("Save the Welsh version of {where} (Ctrl+Enter in the text)")
        )
        self.save_button.setAccessibleDescription(does.format(where=where))
        self.show_state()

    @property
    def typed(self) -> bool:
        """Whether the editor holds words the coordinator typed and has not saved."""
        return self.editor.toPlainText() != self.shown

    def _typing(self) -> None:
        """Words typed and not yet saved are said to be so, not "no Welsh version yet"."""
        if not self.storing:
            self.show_state()

    def show_state(self, problem: str = "") -> None:
        if not problem and self.typed:
            problem = tr("Not saved yet: Ctrl+Enter or “Save this version” stores it.")
        self.state_label.setText(problem or state_words(self.unit))
        self.editor.setAccessibleDescription(self.state_label.text())

    def saved(self, unit: Unit) -> None:
        """The version is stored as `unit` now holds it; the editor keeps its words."""
        self.storing = False
        self.unit = unit
        self.shown = self.editor.toPlainText()
        self.show_state()

    def keep_typed(self, text: str) -> None:
        """Words typed on the card this one replaces (the page was read again)."""
        self.editor.setPlainText(text)
