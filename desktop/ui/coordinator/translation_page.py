"""Translation: every text typed for the round, with its version in the other language.

The round's texts are written in English or Welsh (a Welsh-first OPCC writes Welsh);
each text the report prints is listed in report order, grouped as the publication
review groups them (the background, each case, observations, recommendations), with
where its version stands in words and an editor for it. Members' notes are the
members' own words: listed under their case only when everything is shown, as
optional, since a translation is printed beside the note and never instead of it.

Every read and save runs off the GUI thread (`desktop.ui.ops.translations`). A save
carries the hash of the text the coordinator read, so a text edited meanwhile is
refused and nothing is stored; the typed words stay in the editor. Reading the page
again (another screen changed a text) keeps whatever was typed and not yet saved.
F8 goes to the next text not yet translated.
"""

from __future__ import annotations

from dataclasses import replace

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.services import publication
from desktop.services.operations import Changes
from desktop.services.session import ProfileSession
from desktop.services.translations import State, TranslationRefused, Translations, Unit
from desktop.ui.announce import announce
from desktop.ui.coordinator.latest_read import LatestRead
from desktop.ui.coordinator.page import (
    CoordinatorPage,
    RoundChooser,
    button_row,
    label_button,
    narrowable,
    plain_reason,
    refill,
)
from desktop.ui.coordinator.publication_review import group_title
from desktop.ui.coordinator.translation_card import TranslationCard
from desktop.ui.coordinator.translation_files import TranslationFiles
from desktop.ui.dialogs import DialogService
from desktop.ui.i18n import current_language, tr
from desktop.ui.ops import Op
from desktop.ui.ops import translations as translation_ops
from desktop.ui.style import make_heading

WRITTEN_IN = ("en", "cy")
BATCH = 30  # cards built per turn of the event loop (a card takes a few milliseconds)
SHOWN = ("missing", "all")


def missing_words(language: str) -> str:
    """ "Not yet in Welsh: {missing} of {total} texts." (the count after a label, so no
    Welsh noun follows a number)."""
    if language == "cy":
        return tr("Not yet in Welsh: {missing} of {total} texts.")
    return tr("Not yet in English: {missing} of {total} texts.")


class TranslationPage(CoordinatorPage):
    translationsRead = Signal()  # the units of the round shown have arrived

    def __init__(
        self, session: ProfileSession, dialogs: DialogService, parent: QWidget | None = None
    ) -> None:
        super().__init__("translation_page", session, dialogs, parent)
        self.round_id: int | None = None
        self.state: Translations | None = None
        self.cards: list[TranslationCard] = []
        self._pending: list[Unit] = []  # units shown by the filter whose cards are not built yet
        self._typed_pending: dict[str, str] = {}  # words typed on cards replaced, for those units
        self._subject: str | None = None  # the group of the last card built
        self._generation = 0  # which showing of the cards a scheduled batch belongs to
        self.wanted_key = ""  # a text to go to once the round's units arrive
        self.stale = False  # something changed while the page was out of sight
        self.chooser = RoundChooser()
        self.written_combo, self.shown_combo = QComboBox(), QComboBox()
        self.written_combo.setObjectName("written_in")
        self.shown_combo.setObjectName("translation_filter")
        self.written_combo.activated.connect(self._written_in_chosen)
        self.shown_combo.activated.connect(lambda _i: self._show_cards())
        self.choice_labels = [QLabel(), QLabel()]
        self.count_label = QLabel()
        self.count_label.setObjectName("translation_count")
        self.count_label.setWordWrap(True)
        self.offered_button = self._button("use_offered", self.use_offered)
        self.next_button = self._button("next_untranslated", self.go_to_next)
        QShortcut(QKeySequence(Qt.Key.Key_F8), self, self.go_to_next)
        # "Export for translation…" and "Import translation…": files for translators
        self.files = TranslationFiles(self, self)
        self.area = QWidget()  # the cards; the page scrolls in its tab
        self.area.setObjectName("translation_units")
        self.area_layout = QVBoxLayout(self.area)
        self.area_layout.setContentsMargins(0, 0, 0, 0)
        self.inner = QWidget()
        self._column = QVBoxLayout(self.inner)
        self.area_layout.addWidget(self.inner)
        self.units = LatestRead(self._read, self._arrived)
        self._lay_out()
        self.retranslate()

    def _lay_out(self) -> None:
        choices = QFormLayout()
        choices.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for label, combo in zip(self.choice_labels, (self.written_combo, self.shown_combo), strict=True):
            narrowable(combo)
            label.setBuddy(combo)
            choices.addRow(label, combo)
        buttons = button_row(
            self.offered_button, self.next_button, self.files.export_button, self.files.import_button
        )
        self.layout_.addWidget(self.chooser)
        self.layout_.addLayout(choices)
        self.layout_.addWidget(self.count_label)
        self.layout_.addLayout(buttons)
        self.layout_.addWidget(self.area)
        self.layout_.addStretch(1)

    def retranslate(self) -> None:
        self.heading.setText(tr("Translation"))
        self.intro.setText(tr(
            "Every text the report prints, with its version in the other language. A Welsh or "
            "bilingual report prints a text's version only while it translates the text as it is "
            "now. Members' notes stay in the language they were written in; a translation you add "
            "is printed beside the note. F8 goes to the next text not yet translated."
        ))  # fmt: skip
        words = (tr("The round's texts are &written in:"), tr("&Show:"))
        for label, text in zip(self.choice_labels, words, strict=True):
            label.setText(text)
            label.buddy().setAccessibleName(text.replace("&", "").rstrip(":"))
        refill(self.written_combo, [tr("English"), tr("Welsh")])
        refill(
            self.shown_combo, [tr("Only what is not translated yet"), tr("Every text, members' notes too")]
        )
        label_button(
            self.next_button, tr("Next to translate (F8)"), tr("Go to the next text not yet translated")
        )
        self.area.setAccessibleName(tr("The texts to translate"))
        self.files.retranslate()
        if self.state is not None:
            self._show_state(self.state)

    # the round and its texts ---------------------------------------------------------
    def show_round(self, round_id: int | None) -> None:
        if round_id == self.round_id:
            return
        self.round_id = round_id
        self.chooser.show_round(round_id)
        self.state = None
        self._clear_cards()
        self._read_when_shown()

    def on_changes(self, changes: Changes, origin: object | None) -> None:
        """Any text of the report, or a version, may have changed: read again (what was
        typed and not saved stays). The page's own saves are shown already."""
        if self.round_id is None or (origin is self and not changes.rounds):
            return
        if changes.affects_publication() or changes.translations:
            self._read_when_shown()

    def _read_when_shown(self) -> None:
        """Read now if the page is in view; otherwise when it is next shown (every text of
        the round is gathered: no page out of sight reads it after every saved note)."""
        if self.isVisible():
            self.units.request()
        else:
            self.stale = True

    def _read(self) -> Op[Translations] | None:
        if self.round_id is None:
            return None
        return translation_ops.round_translations(self.session, self.round_id)

    def _arrived(self, state: Translations | None) -> None:
        if state is not None and state.round_id != self.round_id:
            return
        self.state = state
        if state is None:
            self._clear_cards()
            return
        self._show_state(state)
        self.translationsRead.emit()

    def _show_state(self, state: Translations) -> None:
        self.written_combo.setCurrentIndex(WRITTEN_IN.index(state.written_in))
        self._show_count(state)
        offered = len(state.offered())
        label_button(
            self.offered_button,
            tr("&Use the earlier translations ({count})").format(count=offered),
            tr("Store the translations given to the same texts before, for every text that has one"),
        )
        self.offered_button.setVisible(offered > 0)
        self._show_cards()
        if self.wanted_key:
            self.go_to(self.wanted_key)

    # the cards ------------------------------------------------------------------------
    def _clear_cards(self) -> dict[str, str]:
        """Remove the cards; what was typed on them and not saved, by text."""
        typed = {card.unit.key: card.editor.toPlainText() for card in self.cards if card.typed}
        typed.update(self._typed_pending)
        self.cards, self._pending, self._typed_pending = [], [], {}
        self._subject = None
        self._generation += 1  # a batch still scheduled for the old cards builds nothing
        self.area_layout.removeWidget(self.inner)
        self.inner.hide()
        self.inner.deleteLater()
        self.inner = QWidget()
        self._column = QVBoxLayout(self.inner)
        self._column.setContentsMargins(0, 0, 0, 0)
        self.area_layout.addWidget(self.inner)
        return typed

    def _show_cards(self) -> None:
        """The texts the filter shows, as cards. A round of hundreds of cases has hundreds
        of texts: the first cards are built at once and the rest a batch per turn of the
        event loop, so the window keeps painting (a card asked for is built on demand)."""
        focused = self._focused_card()
        typed = self._clear_cards()
        if self.state is None:
            return
        everything = SHOWN[self.shown_combo.currentIndex()] == "all"
        self._pending = [
            unit
            for unit in self.state.units
            if everything or unit.wanted or unit.key in typed or unit.key == focused
        ]
        self._typed_pending = {
            key: text for key, text in typed.items() if key in {u.key for u in self._pending}
        }
        self._build(BATCH)
        if not self._pending and not self.cards:
            self._column.addWidget(QLabel(tr("Nothing is waiting to be translated.")))
        self.next_button.setEnabled(
            any(u.wanted for u in self._pending) or any(c.unit.wanted for c in self.cards)
        )
        if focused and self.card(focused) is not None:
            self.go_to(focused, announce_it=False)
        self._build_later(self._generation)

    def _build_later(self, generation: int) -> None:
        if self._pending and generation == self._generation:
            QTimer.singleShot(0, lambda: self._build_batch(generation))

    def _build_batch(self, generation: int) -> None:
        if generation == self._generation and shiboken6.isValid(self):
            self._build(BATCH)
            self._build_later(generation)

    def _build(self, count: int, until: str = "") -> None:
        """Build the next `count` cards (or up to and including the card at `until`)."""
        language = current_language()
        while self._pending and (count > 0 or until):
            unit = self._pending.pop(0)
            subject = publication._group(unit.place)
            if subject != self._subject:
                heading = make_heading(QLabel(group_title(subject, language)), 1.1)
                assert isinstance(heading, QLabel)
                heading.setWordWrap(True)
                self._column.addWidget(heading)
                self._subject = subject
            card = TranslationCard(unit, self.save)
            if unit.key in self._typed_pending:
                card.keep_typed(self._typed_pending.pop(unit.key))
            self._column.addWidget(card)
            self.cards.append(card)
            count -= 1
            if until and unit.key == until:
                break

    def _focused_card(self) -> str:
        widget = self.focusWidget()
        card = widget.parentWidget() if widget is not None else None
        return card.unit.key if isinstance(card, TranslationCard) and card in self.cards else ""

    def _scroll_area(self) -> QScrollArea | None:
        """The tab's scroll area the page sits in (none while the page stands alone)."""
        widget = self.parentWidget()
        while widget is not None and not isinstance(widget, QScrollArea):
            widget = widget.parentWidget()
        return widget

    def card(self, key: str) -> TranslationCard | None:
        """The card of the text at `key`, built now if it was still waiting its turn."""
        if any(u.key == key for u in self._pending):
            self._build(0, until=key)
        return next((c for c in self.cards if c.unit.key == key), None)

    def go_to(self, key: str, *, announce_it: bool = True) -> None:
        """Put the cursor in the editor of the text at `key` (shown even when the filter
        hides it); once the round's texts arrive if they have not yet."""
        if self.state is None:
            self.wanted_key = key
            return
        self.wanted_key = ""
        if self.card(key) is None and self.state.unit(key) is not None:
            self.shown_combo.setCurrentIndex(SHOWN.index("all"))
            self._show_cards()
        card = self.card(key)
        if card is None:
            return
        scroll = self._scroll_area()
        if scroll is not None:
            scroll.ensureWidgetVisible(card.where_label)
            scroll.ensureWidgetVisible(card.save_button, 0, 20)
        card.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        if announce_it:
            announce(card.editor, f"{card.where}: {card.state_label.text()}")

    def go_to_first_missing(self) -> None:
        """From the Report page: the first text a report would print untranslated."""
        if self.state is None:
            self.units.request(then=self.go_to_first_missing)
            return
        self.shown_combo.setCurrentIndex(SHOWN.index("missing"))
        self._show_cards()
        self.go_to_next(from_start=True)

    def go_to_next(self, from_start: bool = False) -> None:
        """F8: the next text not translated yet after the one the cursor is in."""
        at = self._focused_card()
        keys = [c.unit.key for c in self.cards]
        start = 0 if from_start or at not in keys else keys.index(at) + 1
        later = next((u.key for u in self._pending if u.wanted), "")
        order = self.cards[start:] + self.cards[:start]
        card = next((c for c in self.cards[start:] if c.unit.wanted), None)
        if card is None and later:
            card = self.card(later)  # built now: it was still waiting its turn
        if card is None:
            card = next((c for c in order if c.unit.wanted), None)
        if card is not None:
            self.go_to(card.unit.key)

    # changes ---------------------------------------------------------------------------
    def save(self, card: TranslationCard) -> None:
        """Store the card's version off the GUI thread, with the hash of the text shown."""
        if self.round_id is None or card.storing:
            return
        card.storing = True
        text = card.editor.toPlainText()
        translation_ops.save_version(
            self.session, self.round_id, card.unit.key, card.unit.sha256, text
        ).success(lambda _changes: self._saved(card, text)).failure(lambda exc: self._refused(card, exc)).run(
            origin=self
        )

    def _saved(self, card: TranslationCard, text: str) -> None:
        state = State.DONE if text.strip() else State.MISSING
        unit = replace(card.unit, version=text.strip(), state=state, origin="typed")
        card.saved(unit)
        if self.state is not None:
            units = tuple(unit if u.key == unit.key else u for u in self.state.units)
            self.state = replace(self.state, units=units)
            self._show_count(self.state)
        announce(card.state_label, f"{card.where}: {card.state_label.text()}")

    def _show_count(self, state: Translations) -> None:
        """How many texts the report would print untranslated (members' notes never count)."""
        wanted = "cy" if state.written_in == "en" else "en"
        missing = len(state.missing(wanted))
        total = len([u for u in state.units if not u.optional])
        if missing:
            text = missing_words(wanted).format(missing=missing, total=total)
        elif wanted == "cy":
            text = tr("Every text the report prints is in Welsh too.")
        else:
            text = tr("Every text the report prints is in English too.")
        self.count_label.setText(text)
        self.count_label.setAccessibleName(text)

    def _refused(self, card: TranslationCard, exc: Exception) -> None:
        card.storing = False
        if not isinstance(exc, TranslationRefused):
            raise exc
        card.show_state(tr("Not saved: {reason}").format(reason=plain_reason(exc)))
        announce(card.state_label, card.state_label.text(), urgent=True)

    def use_offered(self) -> None:
        if self.round_id is None:
            return
        translation_ops.use_offered(self.session, self.round_id).success(
            lambda used: self._used(used.stored)
        ).failure(self._failed).run(origin=self.offered_button)

    def _used(self, count: int) -> None:
        said = tr("Earlier translations used: {count}.").format(count=count)
        announce(self.count_label, said)

    def _written_in_chosen(self, index: int) -> None:
        if self.round_id is None or self.state is None or WRITTEN_IN[index] == self.state.written_in:
            return
        translation_ops.set_written_in(self.session, self.round_id, WRITTEN_IN[index]).failure(
            self._failed
        ).run(origin=self.written_combo)

    def _failed(self, exc: Exception) -> None:
        if self.state is not None:
            self.written_combo.setCurrentIndex(WRITTEN_IN.index(self.state.written_in))
        self.dialogs.error(self, tr("Translation"), plain_reason(exc))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if (self.state is None or self.stale) and self.round_id is not None and self.session.is_open:
            self.stale = False
            self.units.request()
