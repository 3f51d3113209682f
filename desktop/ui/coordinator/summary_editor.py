"""The summary of themes on the Report page: the coordinator's own words, begun from the
draft, kept as written.

The draft (the recurring findings with their cases, the good practice and learning
gathered from every case) follows the round as packages and decisions arrive; the
coordinator's summary never does. Once they have begun from a draft, the page keeps
that draft beside their words and says what the draft has since gained or lost, so a
later package is noticed without a word of theirs being replaced.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from desktop.ui.coordinator.draft_changes import show_draft_changes
from desktop.ui.coordinator.language_line import LanguageLine
from desktop.ui.coordinator.page import label_button
from desktop.ui.i18n import Retranslatable, tr
from desktop.ui.style import make_heading


class SummaryEditor(Retranslatable, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summary_editor")
        self.drafted_from = ""  # the draft the coordinator's words began from ("" if none)
        self.draft = ""  # the draft of the round as it is now
        self.heading = make_heading(QLabel(), 1.15)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("summary_edit")
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(120)
        self.draft_button = QPushButton()
        self.draft_button.setObjectName("draft_summary")
        self.draft_button.clicked.connect(self.use_draft)
        self.changed = QLabel()
        self.changed.setObjectName("summary_draft_changed")
        self.changed.setWordWrap(True)
        self.changed.hide()
        self.language_line = LanguageLine("|themes||")  # the summary's place in the report
        row = QHBoxLayout()
        row.addWidget(self.draft_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.heading, self.intro, self.edit, self.language_line):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(self.changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(tr("Summary of themes"))
        self.intro.setText(tr(
            "What the report's summary says. Begin from the draft — the findings that recur across "
            "cases, and the good practice and learning from every case — and write it as the panel "
            "would. Left empty, the report prints the draft. A line starting with • is a point; any "
            "other line is a heading."
        ))  # fmt: skip
        self.edit.setAccessibleName(tr("Summary of themes"))
        label_button(
            self.draft_button,
            tr("Begin from the dr&aft"),
            tr("Put the drafted summary in place of what is written here; Ctrl+Z puts it back"),
        )
        self._show_changes()

    def show_summary(self, summary: str, drafted_from: str) -> None:
        """What is stored: shown as it is, not an edit."""
        self.edit.setPlainText(summary)
        self.drafted_from = drafted_from
        self._show_changes()

    def show_draft(self, draft: str) -> None:
        """The draft of the round as it is now; the coordinator's words stay as they are."""
        self.draft = draft
        self.draft_button.setEnabled(bool(draft))
        self._show_changes()

    def summary(self) -> tuple[str, str]:
        """(the summary, the draft it began from) as they are to be saved."""
        text = self.edit.toPlainText().strip()
        return text, self.drafted_from if text else ""

    def use_draft(self) -> None:
        """The draft replaces what is written as one edit: Ctrl+Z puts back what was there."""
        cursor = self.edit.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(self.draft)
        self.drafted_from = self.draft
        self._show_changes()

    def _show_changes(self) -> None:
        show_draft_changes(self.changed, self.drafted_from, self.draft)
