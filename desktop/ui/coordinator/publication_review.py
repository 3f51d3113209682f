"""Before a report is published: every text it prints, grouped by case, with what looks
like personal data marked, for the coordinator to keep, edit or blank, one by one.

Texts with the same words on one case (the same note from several members) are one
card naming every place they stand, decided once for all of them (`services.alike_texts`).
Marks are bold and underlined and followed by the kind in words ("a name"), so they do
not rely on colour. Each text has its own Keep, Edit… and Blank buttons, reached with Tab;
F8 moves to the next text not yet confirmed. "Publish…" is enabled only when every text
is confirmed. Confirmations are stored as they are given, so closing the window keeps
them for next time.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.personal_data import kind_word
from desktop.reports.redaction import describe
from desktop.services.alike_texts import AlikeTexts, alike_texts
from desktop.services.operations import Changes
from desktop.services.publication import Block, PublicationRefused, PublicationReview
from desktop.ui.announce import announce
from desktop.ui.i18n import current_language, tr
from desktop.ui.ops import Op
from desktop.ui.style import make_heading

# confirm(((key, sha256), …), decision, edited text): the op that stores the decision for
# every block of a card at once (it fails with PublicationRefused on an empty or overlong edit)
Confirm = Callable[[tuple[tuple[str, str], ...], str, str], Op[Changes]]
EXCERPT = 600  # characters of a text a button's description carries for a screen reader


def marked_html(block: Block, language: str) -> str:
    """The text with each hit bold and underlined and its kind in words after it."""
    out, at = [], 0
    for hit in block.hits:
        out.append(html.escape(block.text[at : hit.start]))
        out.append(
            f"<b><u>{html.escape(hit.text)}</u></b> <i>({html.escape(kind_word(hit.kind, language))})</i>"
        )
        at = hit.end
    out.append(html.escape(block.text[at:]))
    return "".join(out).replace("\n", "<br>")


def group_title(subject: str, language: str) -> str:
    """A heading for a case, an observation, a recommendation or the background."""
    if not subject:
        return tr("Background and comments")
    kind, _, number = subject.partition(" ")
    if kind == "observation" and number:
        return tr("Observation {number}").format(number=number)
    if kind == "recommendation" and number:
        return tr("Recommendation {number}").format(number=number)
    return tr("Case {reference}").format(reference=subject)


def places_words(texts: AlikeTexts, language: str) -> str:
    """ "HC-003 · note (Member A), note (Member C)": every place the words stand, the
    subject said once."""
    first = describe(texts.first.place, language)
    others = [describe(b.place, language) for b in texts.blocks[1:]]
    prefix = f"{texts.first.place.subject} · "
    return ", ".join([first, *(o.removeprefix(prefix) if texts.first.place.subject else o for o in others)])


def state_words(decision: str) -> str:
    if not decision:
        return tr("Not confirmed yet")
    return {
        "kept": tr("Confirmed: kept as written"),
        "edited": tr("Confirmed: edited"),
        "blanked": tr("Confirmed: blanked"),
    }[decision]


class EditDialog(QDialog):
    """The text to publish instead, starting from the text as written."""

    def __init__(self, where: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publication_edit")
        self.setWindowTitle(tr("Edit the text to publish"))
        label = QLabel(tr("What the published report prints for {where}:").format(where=where))
        label.setWordWrap(True)
        self.editor = QPlainTextEdit(text)
        self.editor.setObjectName("publication_edit_text")
        self.editor.setAccessibleName(tr("Text to publish"))
        self.editor.setTabChangesFocus(True)
        label.setBuddy(self.editor)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Publish this text"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        free = (self.screen() or QApplication.primaryScreen()).availableGeometry()
        self.resize(min(800, free.width() - 80), min(480, free.height() - 120))  # room for a long note

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.editor.setFocus()


class BlockCard(QFrame):
    """One text: where it is (every place, when the same words stand in several), its words
    with the hits marked, its state and three buttons."""

    def __init__(self, texts: AlikeTexts, dialog: PublicationReviewDialog) -> None:
        super().__init__()
        self.texts, self.block, self.dialog = texts, texts.first, dialog
        block = self.block
        confirmation = texts.confirmation
        self.decision = confirmation.decision if confirmation else ""  # "" until confirmed
        self.edited = confirmation.text if confirmation else ""
        self.storing = False  # a decision is on its way to the database: another press waits
        self.setObjectName("publication_block")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        language = current_language()
        self.where = places_words(texts, language)
        self.where_label = QLabel(f"<b>{html.escape(self.where)}</b>")
        self.alike_label = QLabel()  # said only when the same words stand in several places
        self.alike_label.setObjectName("publication_alike")
        if len(texts.blocks) > 1:
            alike = tr("Places with these same words: {count}. One decision covers them all.")
            self.alike_label.setText(alike.format(count=len(texts.blocks)))
        self.alike_label.setVisible(len(texts.blocks) > 1)
        self.text_label = QLabel(marked_html(block, language))
        self.text_label.setObjectName("publication_text")
        self.text_label.setTextFormat(Qt.TextFormat.RichText)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hits_label = QLabel(self._hits_sentence(language))
        self.state_label = QLabel()
        self.state_label.setObjectName("publication_state")
        for label in (self.where_label, self.alike_label, self.text_label, self.hits_label, self.state_label):
            label.setWordWrap(True)
        self.keep = self._button("keep", tr("&Keep"), tr("Keep {where} as written"), "kept")
        self.edit = self._button("edit", tr("&Edit…"), tr("Edit {where} before publishing"), "edited")
        self.blank = self._button(
            "blank", tr("&Blank"), tr("Publish a black bar instead of {where}"), "blanked"
        )
        row = QHBoxLayout()
        for button in (self.keep, self.edit, self.blank):
            row.addWidget(button)
        row.addWidget(self.state_label, 1)
        layout = QVBoxLayout(self)
        for widget in (self.where_label, self.alike_label, self.text_label, self.hits_label):
            layout.addWidget(widget)
        layout.addLayout(row)
        self.show_state()

    def _hits_sentence(self, language: str) -> str:
        if not self.block.hits:
            return tr("Nothing here looks like personal data; read it all the same.")
        kinds = sorted({kind_word(h.kind, language) for h in self.block.hits})
        return tr("Marked as possible personal data: {kinds}.").format(kinds=", ".join(kinds))

    def _button(self, name: str, text: str, description: str, decision: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setProperty("action", description.format(where=self.where))
        button.clicked.connect(lambda: self.dialog.decide(self, decision))
        return button

    def published_text(self) -> str:
        return self.edited if self.decision == "edited" else self.block.text

    def show_state(self, problem: str = "") -> None:
        """The state beside the buttons, and in each button's description with the text
        itself, so a screen reader on a button hears what it decides, about which words,
        and what was decided already."""
        state = problem or state_words(self.decision)
        self.state_label.setText(state)
        if self.decision == "edited":
            self.text_label.setText(html.escape(self.edited).replace("\n", "<br>"))
            self.hits_label.setText(tr("The report publishes this text as you edited it."))
        excerpt = " ".join(self.published_text().split())
        excerpt = excerpt if len(excerpt) <= EXCERPT else excerpt[: EXCERPT - 1] + "…"
        for button, decision in ((self.keep, "kept"), (self.edit, "edited"), (self.blank, "blanked")):
            button.setProperty("chosen", decision == self.decision)
            button.setAccessibleDescription(f"{button.property('action')}. {state}. {excerpt}")


def check_summary(marked: Sequence[bool]) -> str:
    """What the personal-data check found in the texts to read (one per card: the same
    words in several places are read once), in one sentence: a check that found nothing
    said nothing, and the coordinator could not tell it had run."""
    if not marked:
        return tr("The report has no texts typed by a person to check.")
    if not any(marked):
        return tr(
            "The personal-data check found nothing that looks like a name, address, date of "
            "birth, phone number or reference in the {total} texts below."
        ).format(total=len(marked))
    return tr("The personal-data check marked {marked} of the {total} texts below.").format(
        marked=sum(marked), total=len(marked)
    )


class PublicationReviewDialog(QDialog):
    """All of a report's texts, confirmed one by one before "Publish…" is enabled."""

    def __init__(self, review: PublicationReview, confirm: Confirm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publication_review")
        self.setWindowTitle(tr("Read every text before publishing"))
        self.confirm = confirm
        intro = QLabel(tr(
            "The published report prints each text below. Read each one and keep it as written, "
            "edit it, or blank it. Words that look like personal data are in bold and underlined, "
            "with what they look like in brackets. Tab moves between the buttons; F8 goes to the "
            "next text not yet confirmed."
        ))  # fmt: skip
        intro.setWordWrap(True)
        self.check_summary = QLabel()  # a clean check says so; filled once the cards are made
        self.check_summary.setObjectName("check_summary")
        self.check_summary.setWordWrap(True)
        self.progress = QLabel()
        self.progress.setObjectName("review_progress")
        self.cards: list[BlockCard] = []
        self.area = QScrollArea()
        self.area.setObjectName("review_blocks")
        self.area.setWidgetResizable(True)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setAccessibleName(tr("The texts to read"))
        self.area.setWidget(self._blocks(review))
        self.check_summary.setText(check_summary([bool(card.block.hits) for card in self.cards]))
        self.buttons = QDialogButtonBox()
        self.publish = self.buttons.addButton(tr("&Publish…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.publish.setObjectName("publish")
        self.publish.setAccessibleDescription(tr("Choose where to save the published report"))
        close = self.buttons.addButton(tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAccessibleDescription(tr("Close; what you confirmed is kept for next time"))
        self.next_button = self.buttons.addButton(
            tr("Next to read (F8)"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.next_button.setObjectName("next_unconfirmed")
        self.next_button.setAccessibleDescription(tr("Go to the next text not yet confirmed"))
        self.next_button.clicked.connect(self.go_to_next)
        QShortcut(QKeySequence(Qt.Key.Key_F8), self, self.go_to_next)
        self.current: BlockCard | None = None  # the text the cursor was last in
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_moved)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.check_summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.area, 1)
        layout.addWidget(self.buttons)
        self._fit_screen()
        self.show_progress()

    def showEvent(self, event: QShowEvent) -> None:
        """The cursor starts on the first text not yet confirmed (a hidden widget cannot
        take focus, so this waits until the window shows)."""
        super().showEvent(event)
        self.next_unconfirmed()

    def _blocks(self, review: PublicationReview) -> QWidget:
        inner = QWidget()
        column = QVBoxLayout(inner)
        language = current_language()
        for subject, texts in alike_texts(review):
            heading = make_heading(QLabel(group_title(subject, language)), 1.1)
            assert isinstance(heading, QLabel)
            heading.setWordWrap(True)
            column.addWidget(heading)
            for alike in texts:
                card = BlockCard(alike, self)
                self.cards.append(card)
                column.addWidget(card)
        column.addStretch(1)
        return inner

    def _fit_screen(self) -> None:
        screen = self.screen() or QApplication.primaryScreen()
        free = screen.availableGeometry()
        self.resize(min(900, free.width() - 40), min(700, free.height() - 60))

    def confirmed(self) -> int:
        return sum(bool(card.decision) for card in self.cards)

    def show_progress(self) -> None:
        done, total = self.confirmed(), len(self.cards)
        self.progress.setText(tr("{done} of {total} confirmed").format(done=done, total=total))
        self.progress.setAccessibleName(self.progress.text())
        self.publish.setEnabled(done == total)

    def decide(self, card: BlockCard, decision: str) -> None:
        """Store the decision; an edit first asks for the text to publish instead.

        The save runs off the GUI thread; until it is stored the card ignores another
        press (its buttons stay enabled: disabling the focused one would move the cursor)
        and the cursor moves on to the next text once it is."""
        if card.storing:
            return
        text = ""
        if decision == "edited":
            editor = EditDialog(card.where, card.edited or card.block.text, self)
            if editor.exec() != QDialog.DialogCode.Accepted:
                return
            text = editor.editor.toPlainText()
        card.storing = True
        self.confirm(card.texts.keyed, decision, text).success(
            lambda _changes: self._decided(card, decision, text)
        ).failure(lambda exc: self._refused(card, exc)).run(origin=self)

    def _refused(self, card: BlockCard, exc: Exception) -> None:
        card.storing = False
        if not isinstance(exc, PublicationRefused):
            raise exc
        card.show_state(exc.explain(current_language()))
        announce(card.state_label, card.state_label.text(), urgent=True)

    def _decided(self, card: BlockCard, decision: str, text: str) -> None:
        card.storing = False
        card.decision, card.edited = decision, text
        card.show_state()
        self.show_progress()
        announce(self.progress, f"{card.where}: {card.state_label.text()}. {self.progress.text()}")
        self.next_unconfirmed(after=card)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        card = new.parentWidget() if new is not None else None
        if isinstance(card, BlockCard) and card in self.cards:
            self.current = card

    def go_to_next(self) -> None:
        """F8 and "Next to read": the next unconfirmed text after the one the cursor was in."""
        self.next_unconfirmed(after=self.current)

    def next_unconfirmed(self, after: BlockCard | None = None) -> None:
        """Scroll to the next text not yet confirmed and put the cursor on its Keep button;
        when all are confirmed, on Publish. A text taller than the list shows as much of
        itself as fits with its buttons: the button with the cursor is always in view."""
        start = self.cards.index(after) + 1 if isinstance(after, BlockCard) else 0
        order = self.cards[start:] + self.cards[:start]
        card = next((c for c in order if not c.decision), None)
        if card is None:
            self.publish.setFocus()
            return
        self.area.ensureWidgetVisible(card)
        self.area.ensureWidgetVisible(card.keep, 0, 20)
        card.keep.setFocus()
