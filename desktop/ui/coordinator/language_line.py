"""A small line under a text field: which language the text is still missing in, leading
to that text on the Translation page.

The field's text is written in the round's language; its version in the other language
is kept on the Translation page. The line says "Not yet in Welsh" (or English) when
there is none, "Changed since translated" when the version translates what the text
said before, and nothing once the version is current. It reads what is saved: a field
edited and not yet saved shows the line of its saved text.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from desktop.reports.redaction import Place
from desktop.services.publication import text_sha256
from desktop.services.translations import State, Translations, Unit
from desktop.ui.i18n import Retranslatable, tr


def line_words(unit: Unit) -> str:
    if unit.state is State.CHANGED:
        return tr("Changed since translated")
    return tr("Not yet in Welsh") if unit.language == "cy" else tr("Not yet in English")


def comment_saved(state: Translations, reference: str, comment: str) -> Translations:
    """`state` after the case's comment was saved as `comment`, without reading the round
    again (the case panel saves often): a new text has no version yet; one that had a
    version now has one that translates what it said before."""
    place = Place(reference, "comment")
    old = state.unit(place.text_key)
    if old is not None and old.text == comment:
        return state
    units = [u for u in state.units if u.key != place.text_key]
    if comment.strip():
        version = old.version if old is not None else ""
        unit = Unit(
            place, comment, state.written_in, text_sha256(comment), version,
            State.CHANGED if version else State.MISSING,
        )  # fmt: skip
        at = state.units.index(old) if old is not None else len(units)
        units.insert(at, unit)
    return replace(state, units=tuple(units))


class LanguageLine(Retranslatable, QPushButton):
    """Flat, in words; Tab reaches it and Enter or Space opens the Translation page there."""

    translateWanted = Signal(str)  # the text's key

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key  # `Place.text_key` of the field's text
        self.unit: Unit | None = None
        self.setObjectName("language_line")
        self.setFlat(True)
        self.setStyleSheet("QPushButton { text-decoration: underline; text-align: left; padding: 0 2px; }")
        self.clicked.connect(lambda: self.translateWanted.emit(self.key))
        self.setVisible(False)

    def show_translations(self, state: Translations | None, key: str | None = None) -> None:
        """Where the text at `key` (or this line's own) stands in `state`."""
        if key is not None:
            self.key = key
        unit = state.unit(self.key) if state is not None and self.key else None
        self.unit = unit if unit is not None and unit.wanted else None
        self.retranslate()

    def retranslate(self) -> None:
        self.setVisible(self.unit is not None)
        if self.unit is None:
            return
        words = line_words(self.unit)
        self.setText(words)
        self.setAccessibleName(words)
        self.setAccessibleDescription(tr("Open this text on the Translation page"))
