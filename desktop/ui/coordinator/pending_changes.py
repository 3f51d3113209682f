"""The Inbox's "Changes waiting for you": a member's new revision that differs from the one
the coordinator has, with its differences in words, and the two answers to it.

Each waiting revision is a row of the list ("Aled Jones: revision 2, you have revision
1"); choosing one shows its differences as plain sentences in a read-only box a screen
reader reads line by line ("Aled Jones changed question 2 of case HC-001 from Yes to
No on 3 March 2026: '…'"). "Accept changes" takes the new revision; "Keep the earlier
revision" declines it and changes nothing the findings read. The differences are worked
out by the service from the two stored revisions (services.review_differences).
The box keeps four lines and the list two rows at any text size: the Inbox shares its
height between three lists, and at 200% text they were squeezed to two and a half.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.operations import Changes
from desktop.services.review_differences import PendingReview
from desktop.services.session import ProfileSession
from desktop.ui.announce import announce
from desktop.ui.coordinator.page import label_button
from desktop.ui.i18n import current_language, tr
from desktop.ui.ops import inbox as inbox_ops
from desktop.ui.style import make_heading


class PendingChanges(QWidget):
    allDecided = Signal()  # the last waiting revision was decided: the box hides, the keyboard moves on

    def __init__(self, session: ProfileSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deciding = False
        self.setObjectName("pending_changes")
        self.session = session
        self.round_id: int | None = None
        self.reviews: list[PendingReview] = []
        self.heading = QLabel()
        self.heading.setObjectName("section_heading")
        make_heading(self.heading, 1.15)
        self.waiting = QListWidget()
        self.waiting.setObjectName("pending_list")
        self.waiting.currentRowChanged.connect(self._show_differences)
        self.differences = QPlainTextEdit()
        self.differences.setObjectName("pending_differences")
        self.differences.setReadOnly(True)
        self.differences.setTabChangesFocus(True)
        self.accept_button = QPushButton()
        self.accept_button.setObjectName("accept_changes")
        self.accept_button.clicked.connect(self.accept_changes)
        self.keep_button = QPushButton()
        self.keep_button.setObjectName("keep_earlier")
        self.keep_button.clicked.connect(self.keep_earlier)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.keep_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.heading, self.waiting, self.differences):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.retranslate()
        self._show_reviews([])

    def changeEvent(self, event: QEvent) -> None:
        """The text size changed (View → Text size): still four lines and two rows."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_heights()

    def _fit_heights(self) -> None:
        box = self.differences
        chrome = 2 * (box.frameWidth() + round(box.document().documentMargin()))
        box.setMinimumHeight(4 * box.fontMetrics().lineSpacing() + chrome)
        row = max(self.waiting.sizeHintForRow(0), self.waiting.fontMetrics().lineSpacing())
        self.waiting.setMinimumHeight(2 * row + 2 * self.waiting.frameWidth())

    def retranslate(self) -> None:
        self.heading.setText(tr("Changes waiting for you"))
        self.waiting.setAccessibleName(tr("Reviews with changes waiting for your decision"))
        self.differences.setAccessibleName(tr("What the chosen review changes"))
        label_button(self.accept_button, tr("&Accept changes"), tr("Take the member's new revision"))
        label_button(
            self.keep_button,
            tr("&Keep the earlier revision"),
            tr("Decline the new revision; nothing changes"),
        )
        self.refresh()

    def show_round(self, round_id: int | None) -> None:
        self.round_id = round_id
        self.refresh()

    def refresh(self) -> None:
        if self.round_id is None or not self.session.is_open:
            self._show_reviews([])
            return
        inbox_ops.pending_reviews(self.session, self.round_id, current_language()).success(
            self._show_reviews
        ).run(origin=self)

    def _show_reviews(self, reviews: list[PendingReview]) -> None:
        self.reviews = reviews
        self.waiting.clear()
        for review in reviews:
            self.waiting.addItem(
                tr("{member}: revision {revision}, you have revision {accepted}").format(
                    member=review.member, revision=review.revision, accepted=review.accepted_revision
                )
            )
        self.setVisible(bool(reviews))
        self._fit_heights()
        self.waiting.setCurrentRow(0 if reviews else -1)
        self._show_differences(self.waiting.currentRow())
        if self._deciding:
            self._after_decision()

    def _show_differences(self, row: int) -> None:
        chosen = self.reviews[row] if 0 <= row < len(self.reviews) else None
        self.differences.setPlainText("\n".join(chosen.lines) if chosen else "")
        for button in (self.accept_button, self.keep_button):
            button.setEnabled(chosen is not None)

    def _chosen(self) -> PendingReview | None:
        row = self.waiting.currentRow()
        return self.reviews[row] if 0 <= row < len(self.reviews) else None

    def accept_changes(self) -> None:
        chosen = self._chosen()
        if chosen is not None:
            said = tr("The changes from {member} were accepted.").format(member=chosen.member)
            inbox_ops.accept_revision(self.session, chosen.package_id).success(
                lambda _changes: self._decided(said)
            ).run(origin=self)

    def keep_earlier(self) -> None:
        chosen = self._chosen()
        if chosen is not None:
            said = tr("The earlier revision from {member} was kept.").format(member=chosen.member)
            inbox_ops.keep_earlier(self.session, chosen.package_id).success(
                lambda _changes: self._decided(said)
            ).run(origin=self)

    def _decided(self, said: str) -> None:
        announce(self.waiting, said)
        self._deciding = True  # where the keyboard goes is known once the list is read again
        self.refresh()
        self.waiting.setFocus(Qt.FocusReason.OtherFocusReason)

    def _after_decision(self) -> None:
        """Back on the list while revisions still wait; when none does, the box hides
        with the keyboard in it, so the page is told to take it (`allDecided`)."""
        self._deciding = False
        if self.reviews:
            self.waiting.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.allDecided.emit()

    def on_changes(self, changes: Changes, origin: object | None) -> None:
        if changes.packages and origin is not self:
            self.refresh()
